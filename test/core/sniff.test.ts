// Content sniffing over real sample bytes: genuine files of each kind pass, spoofs (renamed
// executables, archives, spreadsheets) fail, malformed input never throws, and reads stay small
// (but for text, which is read whole). Verdicts with reasons and warnings: inspect.test.ts.
import { expect } from '@open-wc/testing';
import {
  blobSource,
  bytesSource,
  contentMatches,
  detectKind,
  isPdfHead,
  isRtfHead,
  isTextHead,
  knownBinarySignature,
  type ByteSource,
  type DocumentKind,
} from '../../src/core/sniff.js';
import { encryptedPackage, pdfAtEnd, word } from '../helpers/documents.js';
import {
  concat,
  docx,
  elf,
  fileOf,
  jar,
  latin1,
  le,
  ole2,
  ole2Far,
  pdf,
  pe,
  png,
  RESUME_TEXT,
  rtf,
  sparseSource,
  txt,
  utf16,
  xlsx,
  zip,
  zipAtEnd,
  zipOf,
  type Part,
} from '../helpers/samples.js';

const KINDS: readonly DocumentKind[] = ['pdf', 'docx', 'doc', 'rtf', 'txt'];
const EMPTY = new Uint8Array(0);
/** A compound file whose WordDocument entry sits in its second directory sector (found through
 * the FAT). Its streams are empty, so as a DOC it is damaged; the malformed cases cut it up. */
const DOC = ole2(['WordDocument', '1Table', 'Data', '\x01CompObj', '\x05SummaryInformation']);
/** A Word 97 document with a real FIB and piece table. */
const WORD = word();
const XLS = ole2(['Workbook']);
const DOCX = docx();
const DOCX64 = docx({ zip64: true });

/** A copy of `bytes` with `value` written at `at` (negative: from the end). */
function patch(bytes: Uint8Array, at: number, value: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  copy.set(value, at < 0 ? copy.length + at : at);
  return copy;
}

/** Field offsets from the end of a zip() archive (no comment): EOCD, then the ZIP64 locator. */
const EOCD = { count: -22 + 10, size: -22 + 12, offset: -22 + 16, zip64Record: -22 - 20 + 8 };
/** OLE2 header fields; ole2() puts the FAT in sector 0, at byte 512. */
const OLE = { shift: 0x1e, firstDir: 0x30, firstDifat: 0x44, fat: (id: number) => 512 + id * 4 };
const FAR_XLS = patch(XLS, OLE.firstDir, le(200_000, 4));

const SIGNATURES: [string | null, Uint8Array][] = [
  ['pdf', pdf()],
  ['pdf', pdf({ junk: 300 })],
  ['zip', zipOf()],
  ['zip', latin1('PK\x05\x06')],
  ['ole2', DOC],
  ['elf', elf()],
  ['pe', pe()],
  ['png', png()],
  ['gzip', latin1('\x1F\x8B\x08\x00')],
  ['7z', latin1("7z\xBC\xAF'\x1C\x00\x04")],
  ['rar', latin1('Rar!\x1A\x07\x01\x00')],
  ['xz', latin1('\xFD7zXZ\x00\x00')],
  ['zstd', latin1('\x28\xB5\x2F\xFD')],
  ['jpeg', latin1('\xFF\xD8\xFF\xE0\x00\x10JFIF')],
  ['gif', latin1('GIF89a\x01\x00')],
  ['mach-o', latin1('\xCF\xFA\xED\xFE\x07\x00\x00\x01')],
  ['mach-o', latin1('\xFE\xED\xFA\xCE')],
  ['java-class', latin1('\xCA\xFE\xBA\xBE\x00\x00\x00\x41')],
  ['wasm', latin1('\x00asm\x01\x00\x00\x00')],
  ['sqlite', latin1('SQLite format 3\x00')],
  [null, txt()],
  [null, rtf()],
  [null, utf16()],
  [null, EMPTY],
];

const HEADS: [string, (head: Uint8Array) => boolean, Uint8Array, boolean][] = [
  ['isPdfHead', isPdfHead, pdf(), true],
  ['isPdfHead', isPdfHead, pdf({ junk: 1019 }), true], // %PDF- ends at byte 1024
  ['isPdfHead', isPdfHead, pdf({ junk: 1020 }), false],
  ['isPdfHead', isPdfHead, latin1('%PDF'), false],
  ['isRtfHead', isRtfHead, rtf(), true],
  ['isRtfHead', isRtfHead, rtf({ bom: true }), true],
  ['isRtfHead', isRtfHead, latin1(' {\\rtf1}'), false],
  ['isRtfHead', isRtfHead, latin1('{\\rt'), false],
  ['isTextHead', isTextHead, txt(), true],
  ['isTextHead', isTextHead, txt('plain ASCII'), true],
  ['isTextHead', isTextHead, txt(RESUME_TEXT, { bom: true }), true],
  ['isTextHead', isTextHead, utf16(), true],
  ['isTextHead', isTextHead, utf16(RESUME_TEXT, 'be'), true],
  ['isTextHead', isTextHead, utf16('a\0b'), false], // a whole NUL code unit
  // A head that ends inside a surrogate pair (utf16() writes only the high half of an emoji).
  ['isTextHead', isTextHead, utf16('Ada \u{1F600}'), true],
  ['isTextHead', isTextHead, concat(txt(), [0], txt()), false],
  ['isTextHead', isTextHead, EMPTY, false],
];

const MATCHES: [string, Uint8Array, DocumentKind, boolean][] = [
  ['a real PDF', pdf(), 'pdf', true],
  ['a PDF after 100 junk bytes', pdf({ junk: 100 }), 'pdf', true],
  ['a PDF whose %PDF- starts past byte 1024', pdf({ junk: 1100 }), 'pdf', false],
  ['an ELF executable', elf(), 'pdf', false],
  ['a PE executable', pe(), 'pdf', false],
  ['a ZIP', zipOf(), 'pdf', false],
  ['an XLSX', xlsx(), 'pdf', false],
  ['a text file', txt(), 'pdf', false],

  ['a real DOCX', DOCX, 'docx', true],
  ['a ZIP64 DOCX', DOCX64, 'docx', true],
  ['a DOCX with an archive comment', docx({ comment: 'made by a test' }), 'docx', true],
  // The package's declarations name the main part, not an entry called word/document.xml.
  ['a ZIP holding only word/document.xml', zipOf('word/document.xml'), 'docx', false],
  ['an XLSX', xlsx(), 'docx', false],
  ['a JAR', jar(), 'docx', false],
  ['a plain ZIP', zipOf(), 'docx', false],
  ['a ZIP64 plain ZIP', zip([{ name: 'a.txt', data: 'a' }], { zip64: true }), 'docx', false],
  ['a ZIP with word/document.xml.bak', zipOf('word/document.xml.bak'), 'docx', false],
  ['a ZIP with old/word/document.xml', zipOf('old/word/document.xml'), 'docx', false],
  [
    'a ZIP naming word/document.xml only in its data',
    zip([{ name: 'a.txt', data: 'word/document.xml' }]),
    'docx',
    false,
  ],
  ['an ELF executable', elf(), 'docx', false],
  ['a PE executable', pe(), 'docx', false],
  ['a PDF', pdf(), 'docx', false],
  ['a DOC', WORD, 'docx', false],

  ['a Word 97 DOC', WORD, 'doc', true],
  ['a compound file with an empty WordDocument', DOC, 'doc', false],
  ['an XLS (Workbook)', XLS, 'doc', false],
  ['a compound file with no streams', ole2([]), 'doc', false],
  ['a compound file with WordDocument2', ole2(['WordDocument2']), 'doc', false],
  ['a DOCX', DOCX, 'doc', false],
  ['an ELF executable', elf(), 'doc', false],

  ['a real RTF', rtf(), 'rtf', true],
  ['an RTF after a UTF-8 BOM', rtf({ bom: true }), 'rtf', true],
  ['a text file', txt(), 'rtf', false],
  ['a PDF', pdf(), 'rtf', false],

  ['UTF-8 text', txt(), 'txt', true],
  ['UTF-8 text with a BOM', txt(RESUME_TEXT, { bom: true }), 'txt', true],
  ['UTF-16LE text with a BOM', utf16(), 'txt', true],
  ['UTF-16BE text with a BOM', utf16(RESUME_TEXT, 'be'), 'txt', true],
  ['an RTF (it is text)', rtf(), 'txt', true],
  ['text with a NUL byte', concat(txt(), [0], txt()), 'txt', false],
  ['an ELF executable', elf(), 'txt', false],
  ['a PE executable', pe(), 'txt', false],
  ['a PNG', png(), 'txt', false],
  ['a PDF with no NUL bytes', pdf(), 'txt', false],
  ['a ZIP of text files', zipOf(), 'txt', false],
  ['a DOC', WORD, 'txt', false],
];

const DETECTS: [string, Uint8Array, DocumentKind | null][] = [
  ['a PDF', pdf(), 'pdf'],
  ['a PDF after junk', pdf({ junk: 500 }), 'pdf'],
  ['an RTF', rtf(), 'rtf'],
  ['an RTF after a BOM', rtf({ bom: true }), 'rtf'],
  ['a DOCX', DOCX, 'docx'],
  ['a ZIP64 DOCX', DOCX64, 'docx'],
  ['a DOC', WORD, 'doc'],
  ['a password-protected DOC', word({ encrypted: true }), 'doc'],
  ['a DOC cut short', WORD.slice(0, 3000), 'doc'],
  ['a password-protected DOCX', encryptedPackage(), 'docx'],
  ['UTF-8 text', txt(), 'txt'],
  ['UTF-16 text', utf16(), 'txt'],
  ['an XLSX', xlsx(), null],
  ['a JAR', jar(), null],
  ['a plain ZIP', zipOf(), null],
  ['an XLS', XLS, null],
  ['an ELF executable', elf(), null],
  ['a PE executable', pe(), null],
  ['a PNG', png(), null],
  ['text with a NUL byte', concat(txt(), [0]), null],
  ['an empty file', EMPTY, null],
];

const DOCUMENT_ONLY = zipOf('word/document.xml');
/** Offset of the name-length field of its only central-directory entry. */
const NAME_LENGTH = -22 - (46 + 17) + 28;
/** A compound file whose directory takes two sectors, 1 then 2. */
const TWO_SECTORS = ole2(['a', 'b', 'c', 'd']);

const MALFORMED: [string, Uint8Array][] = [
  ['a DOCX cut in half', DOCX.slice(0, DOCX.length >> 1)],
  ['a DOCX missing its last byte', DOCX.slice(0, -1)],
  ['a ZIP local header alone', latin1('PK\x03\x04')],
  ['a DOCX whose directory is past the end', patch(DOCX, EOCD.offset, le(0xfffffff0, 4))],
  ['a DOCX whose directory offset is a local header', patch(DOCX, EOCD.offset, le(0, 4))],
  ['a DOCX whose directory size is huge', patch(DOCX, EOCD.size, le(0x7fffffff, 4))],
  ['a DOCX flagged ZIP64 with no locator', patch(DOCX, EOCD.count, le(0xffff, 2))],
  ['a ZIP64 DOCX whose record offset is bogus', patch(DOCX64, EOCD.zip64Record, le(2 ** 52, 8))],
  ['a ZIP entry with a bogus name length', patch(DOCUMENT_ONLY, NAME_LENGTH, le(0xffff, 2))],
  ['an OLE2 signature alone', DOC.slice(0, 8)],
  ['an OLE2 header alone', DOC.slice(0, 512)],
  ['an OLE2 cut inside its directory', DOC.slice(0, 1100)],
  ['an OLE2 with a sector shift of 30', patch(DOC, OLE.shift, le(30, 2))],
  ['an OLE2 with a sector shift of 0xFFFF', patch(DOC, OLE.shift, le(0xffff, 2))],
  ['an OLE2 whose directory is past the end', patch(DOC, OLE.firstDir, le(0xfffffff0, 4))],
  ['an OLE2 whose directory is its FAT', patch(DOC, OLE.firstDir, le(0, 4))],
  ['an OLE2 whose directory loops on itself', patch(TWO_SECTORS, OLE.fat(1), le(1, 4))],
  ['an OLE2 whose directory loops back', patch(TWO_SECTORS, OLE.fat(2), le(1, 4))],
];

const FIXTURES: [string, DocumentKind | null][] = [
  ['resume.pdf', 'pdf'],
  ['resume.docx', 'docx'],
  ['resume.doc', 'doc'],
  ['resume.rtf', 'rtf'],
  ['resume.txt', 'txt'],
  ['resume.odt', null], // a ZIP without word/document.xml
];

const HUGE = 100 * 1024 * 1024;
const BUDGET = 200 * 1024;
/** Directory sector 184,320 is 90 MiB in; its FAT sector is reached through 11 DIFAT sectors. */
const FAR = 184_320;

/** Label, the file's parts, the kind the check accepts it as, and the kind detectKind names
 * (a damaged file is still its kind, so the two differ for those). */
type Huge = [string, Part[], DocumentKind | null, DocumentKind | null];
const HUGE_FILES: Huge[] = [
  ['a PDF with its cross-reference table at the end', pdfAtEnd(HUGE), 'pdf', 'pdf'],
  ['a DOCX with its directory at the end', zipAtEnd(DOCX, HUGE), 'docx', 'docx'],
  ['a DOC', [{ at: 0, bytes: WORD }], 'doc', 'doc'],
  // Found and judged cheaply: its WordDocument stream is empty, so it is a damaged DOC.
  [
    'a DOC, two directory sectors 90 MiB in',
    ole2Far(['a', 'b', 'c', 'WordDocument'], FAR),
    null,
    'doc',
  ],
  ['an XLS with its directory 90 MiB in', ole2Far(['Workbook'], FAR), null, null],
  ['run of zeros', [], null, null],
  ['ZIP head with no end record', [{ at: 0, bytes: latin1('PK\x03\x04') }], null, 'docx'],
  ['OLE2 with a far directory and no DIFAT', [{ at: 0, bytes: FAR_XLS }], null, 'doc'],
  [
    'OLE2 whose DIFAT is zeros',
    [{ at: 0, bytes: patch(FAR_XLS, OLE.firstDifat, le(2, 4)) }],
    null,
    'doc',
  ],
];

/** The fixture served by the test runner, read through blobSource like the element does. */
async function fixture(name: string): Promise<ByteSource> {
  const response = await fetch(`/test/fixtures/resumes/${name}`);
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return blobSource(await response.blob());
}

describe('sniff head helpers', () => {
  for (const [name, head] of SIGNATURES) {
    it(`knownBinarySignature names ${name ?? 'nothing'} for ${head.length} bytes`, () => {
      expect(knownBinarySignature(head)).to.equal(name);
    });
  }
  HEADS.forEach(([name, fn, head, expected], i) => {
    it(`${name} is ${expected} for head #${i}`, () => {
      expect(fn(head)).to.equal(expected);
    });
  });
});

describe('contentMatches', () => {
  for (const [label, bytes, kind, expected] of MATCHES) {
    it(`${expected ? 'accepts' : 'rejects'} ${label} as .${kind}`, async () => {
      expect(await contentMatches(bytesSource(bytes), kind)).to.equal(expected);
    });
  }

  it('rejects an empty file as every kind', async () => {
    const source = bytesSource(EMPTY);
    for (const kind of KINDS) expect(await contentMatches(source, kind), kind).to.equal(false);
  });

  it('reads a File through blobSource', async () => {
    const file = fileOf(DOCX, 'resume.docx', 'application/octet-stream');
    expect(await contentMatches(blobSource(file), 'docx')).to.equal(true);
  });
});

describe('detectKind', () => {
  for (const [label, bytes, expected] of DETECTS) {
    it(`names ${label} ${expected ?? 'null'}`, async () => {
      expect(await detectKind(bytesSource(bytes))).to.equal(expected);
    });
  }
});

describe('sniffing malformed input', () => {
  for (const [label, bytes] of MALFORMED) {
    // A broken ZIP is still a (damaged) DOCX to detectKind, a broken compound file a DOC.
    const family = bytes[0] === 0x50 ? 'docx' : 'doc';
    it(`rejects ${label} without throwing, and names it a damaged ${family}`, async () => {
      const source = bytesSource(bytes);
      for (const kind of KINDS) expect(await contentMatches(source, kind), kind).to.equal(false);
      expect(await detectKind(source)).to.equal(family);
    });
  }
});

describe('sniffing real office-suite samples', () => {
  for (const [name, real] of FIXTURES) {
    it(`${name} matches ${real ?? 'no kind'} and detectKind agrees`, async () => {
      const source = await fixture(name);
      for (const kind of KINDS) {
        // RTF is plain text too, and Word opens it under a .doc name: a real .rtf also passes
        // as .txt and (with a warning) as .doc.
        const expected = kind === real || (real === 'rtf' && (kind === 'txt' || kind === 'doc'));
        expect(await contentMatches(source, kind), `${name} as .${kind}`).to.equal(expected);
      }
      expect(await detectKind(source)).to.equal(real);
    });
  }
});

describe('sniffing cost', () => {
  for (const [label, parts, real, detected] of HUGE_FILES) {
    // Text files are read whole; these heads rule text out at once, so that costs nothing here.
    it(`reads under 200 KiB of a 100 MiB ${label}, for every kind`, async () => {
      for (const kind of KINDS) {
        const source = sparseSource(HUGE, parts);
        expect(await contentMatches(source, kind), kind).to.equal(kind === real);
        expect(source.requested, kind).to.be.below(BUDGET);
      }
      const source = sparseSource(HUGE, parts);
      expect(await detectKind(source)).to.equal(detected);
      expect(source.requested).to.be.below(BUDGET);
    });
  }
});

describe('byte sources', () => {
  const digits = latin1('0123456789');
  const sources: [string, () => ByteSource][] = [
    ['bytesSource', () => bytesSource(digits)],
    ['blobSource', () => blobSource(fileOf(digits, 'digits.txt'))],
  ];
  for (const [name, make] of sources) {
    it(`${name} reports the size and clamps reads to it`, async () => {
      const source = make();
      const read = async (a: number, b: number) =>
        String.fromCharCode(...(await source.read(a, b)));
      expect(source.size).to.equal(10);
      expect(await read(2, 5)).to.equal('234');
      expect(await read(8, 100)).to.equal('89');
      expect(await read(20, 30)).to.equal('');
    });
  }
});
