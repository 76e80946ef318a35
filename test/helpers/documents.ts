// Builders of the documents the content check must judge as readers do (issue #9): Word files
// with a real File Information Block and piece table, OOXML packages whose declarations differ
// from their entry names, PDFs that are truncated, blank or scripted, disguises carrying %PDF-,
// and text in the encodings people save in. Real bytes, built in code: nothing is copied.
import {
  concat,
  elf,
  latin1,
  le,
  pdf,
  RESUME_TEXT,
  utf8,
  zip,
  type Bytes,
  type Part,
  type ZipEntry,
} from './samples.js';

// --------------------------------------------------------------------------- Compound files

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

/** One item at the root of a compound file: a stream with data, or an (empty) storage. */
export interface CfbItem {
  name: string;
  data?: Uint8Array;
  storage?: boolean;
}

const cfbOrder = (a: CfbItem, b: CfbItem): number =>
  a.name.length - b.name.length || (a.name.toUpperCase() < b.name.toUpperCase() ? -1 : 1);

function entry(name: string, type: number, fields: { child?: number; right?: number } = {}) {
  const out = new Uint8Array(128);
  for (let i = 0; i < name.length; i++) out.set(le(name.charCodeAt(i), 2), i * 2);
  out.set(concat(le(FREE, 4), le(fields.right ?? FREE, 4), le(fields.child ?? FREE, 4)), 0x44);
  if (!name) return out;
  out.set(le((name.length + 1) * 2, 2), 0x40);
  out[0x42] = type;
  out[0x43] = 1; // black
  return out;
}

/**
 * A version-3 compound file (512-byte sectors): header, one FAT sector, the directory, then
 * each stream's data in its own chain of sectors. Data is padded to at least 4 KiB, so every
 * stream lives in regular sectors (Word pads its streams so too). At most ~60 KiB of data.
 */
export function compound(items: readonly CfbItem[]): Bytes {
  const sorted = [...items].sort(cfbOrder);
  const dirSectors = Math.ceil((sorted.length + 1) / 4);
  const fat: number[] = Array.from({ length: 128 }, () => FREE);
  fat[0] = FAT_SECTOR;
  for (let id = 1; id <= dirSectors; id++) fat[id] = id < dirSectors ? id + 1 : END_OF_CHAIN;
  let next = dirSectors + 1;
  const entries = [entry('Root Entry', 5, { child: sorted.length > 0 ? 1 : FREE })];
  const data: Uint8Array[] = [];
  sorted.forEach((item, i) => {
    const length = item.data ? Math.max(4096, Math.ceil(item.data.length / 512) * 512) : 0;
    const bytes = new Uint8Array(length);
    if (item.data) bytes.set(item.data);
    const count = length / 512;
    for (let k = 0; k < count; k++) fat[next + k] = k + 1 < count ? next + k + 1 : END_OF_CHAIN;
    const start = count > 0 ? next : END_OF_CHAIN;
    next += count;
    data.push(bytes);
    const right = i + 1 < sorted.length ? i + 2 : FREE;
    const e = entry(item.name, item.storage ? 1 : 2, { right });
    e.set(concat(le(start, 4), le(length, 4)), 0x74);
    entries.push(e);
  });
  if (next > 128) throw new RangeError('compound(): more than one FAT sector of data');
  while (entries.length < dirSectors * 4) entries.push(entry('', 0));
  const header = concat(
    latin1('\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1'),
    new Uint8Array(16),
    concat(le(0x3e, 2), le(3, 2), le(0xfffe, 2), le(9, 2), le(6, 2), new Uint8Array(6)),
    concat(le(0, 4), le(1, 4), le(1, 4), le(0, 4), le(4096, 4)),
    concat(le(END_OF_CHAIN, 4), le(0, 4), le(END_OF_CHAIN, 4), le(0, 4)),
    concat(le(0, 4), ...Array.from({ length: 108 }, () => le(FREE, 4))),
  );
  return concat(header, ...fat.map((id) => le(id, 4)), ...entries, ...data);
}

/** What kind of Word document `word()` builds. */
export interface WordOptions {
  /** Letter case of the stream names ("WORDDOCUMENT", "worddocument"). */
  names?: 'normal' | 'upper' | 'lower';
  /** The FIB's fEncrypted flag (a password-protected document). */
  encrypted?: boolean;
  /** A Word 6.0/95 FIB instead of Word 97's. */
  legacy?: boolean;
  /** A Macros storage (VBA). */
  macros?: boolean;
  /** A piece table that lies outside the table stream. */
  brokenPieceTable?: boolean;
  /** Extra root items (e.g. \tDRMContent). */
  extra?: CfbItem[];
}

/** A Word 97 FIB (or Word 6.0's) pointing at a piece table at the start of 1Table. */
function fib(options: WordOptions): Bytes {
  const b = new Uint8Array(4096);
  const set16 = (at: number, v: number) => b.set(le(v, 2), at);
  const set32 = (at: number, v: number) => b.set(le(v, 4), at);
  if (options.legacy) {
    set16(0, 0xa5dc);
    set16(2, 101);
    set16(0x0a, options.encrypted ? 0x0100 : 0);
    return b;
  }
  set16(0, 0xa5ec);
  set16(2, 0xc1);
  set16(0x0a, 0x0200 | (options.encrypted ? 0x0100 : 0)); // fWhichTblStm: 1Table
  set16(0x20, 14); // csw
  set16(0x3e, 22); // cslw
  set16(0x98, 93); // cbRgFcLcb
  set32(0x9a + 33 * 8, options.brokenPieceTable ? 8000 : 0); // fcClx
  set32(0x9a + 33 * 8 + 4, 21); // lcbClx
  return b;
}

/** A piece table (Clx) of one piece: 0x02, its size, CPs 0 and 11, one PCD. */
const CLX = concat([2], le(16, 4), le(0, 4), le(11, 4), le(0, 2), le(0x40000800, 4), le(0, 2));

/** A small Word document as Word writes it: WordDocument with a FIB, 1Table with a piece table. */
export function word(options: WordOptions = {}): Bytes {
  const name = (n: string) =>
    options.names === 'upper' ? n.toUpperCase() : options.names === 'lower' ? n.toLowerCase() : n;
  const items: CfbItem[] = [{ name: name('WordDocument'), data: fib(options) }];
  if (!options.legacy) items.push({ name: name('1Table'), data: CLX });
  if (options.macros) items.push({ name: 'Macros', storage: true });
  return compound([...items, ...(options.extra ?? [])]);
}

/** A password-protected OOXML document: a compound file with EncryptionInfo and the package. */
export function encryptedPackage(): Bytes {
  const info = concat(le(4, 2), le(4, 2), le(0x40, 4), utf8('<encryption/>'));
  return compound([
    { name: 'EncryptionInfo', data: info },
    { name: 'EncryptedPackage', data: new Uint8Array(4096).fill(0x5a) },
    { name: '\x06DataSpaces', storage: true },
  ]);
}

// --------------------------------------------------------------------------- OOXML packages

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const PKG = 'http://schemas.openxmlformats.org/package/2006';
const OFFICE_DOCUMENT =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
export const WORD_MAIN =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
export const DOCM_MAIN = 'application/vnd.ms-word.document.macroEnabled.main+xml';
export const DOTX_MAIN =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml';
export const XLSX_MAIN =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

/** A package whose _rels/.rels names `main` as the officeDocument and whose content types give
 * it `type`; `parts` are added as they are (e.g. a word/document.xml the package never names). */
export function ooxml(main: string, type: string, parts: readonly ZipEntry[] = []): Bytes {
  const rels = `${XML}<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT}" Target="${main}"/></Relationships>`;
  const types =
    `${XML}<Types xmlns="${PKG}/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/${main}" ContentType="${type}"/></Types>`;
  const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const body = `${XML}<w:document xmlns:w="${w}"><w:body><w:p><w:r><w:t>Ada Example</w:t></w:r></w:p></w:body></w:document>`;
  return zip([
    { name: '[Content_Types].xml', data: types },
    { name: '_rels/.rels', data: rels },
    { name: main, data: body },
    ...parts,
  ]);
}

// ------------------------------------------------------------------------------------- PDFs

/** A PDF whose download stopped short: its end (startxref and %%EOF) is missing. */
export function truncatedPdf(): Bytes {
  const whole = pdf();
  return whole.slice(0, String.fromCharCode(...whole).lastIndexOf('startxref'));
}

/** A fuzzer-style PDF: objects for a blank page and nothing else (no xref, no trailer). */
export function blankBrokenPdf(): Bytes {
  return latin1(
    '%PDF-1.7\n1 0 obj <</Type /Catalog /Pages 2 0 R>>\nendobj\n' +
      '2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>>\nendobj\n' +
      '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 10 10]>>\nendobj\n',
  );
}

/** The real PDF of pdf(), after another format's first bytes, %PDF- at byte `at`. */
export function pdfInside(head: Uint8Array, at: number): Bytes {
  return concat(head, new Uint8Array(Math.max(0, at - head.length)), pdf());
}

/** An ELF executable with a real PDF at byte 900: within the 1024 bytes readers search. */
export const elfWithPdf = (): Bytes => pdfInside(elf(), 900);

/** A web page whose text holds a whole PDF near its top. */
export const htmlWithPdf = (): Bytes => pdfInside(utf8('<!DOCTYPE html><html><body><pre>'), 40);

// -------------------------------------------------------------------------------------- Text

/** UTF-16 without a byte-order mark, as some editors and exports write it. */
export function utf16NoBom(text = RESUME_TEXT, order: 'le' | 'be' = 'le'): Bytes {
  const units = Array.from(text, (c) => le(c.charCodeAt(0), 2));
  return concat(...units.map((u) => (order === 'le' ? u : u.reverse())));
}

/** UTF-32 LE without a BOM: almost no editor opens it. */
export function utf32NoBom(text = RESUME_TEXT): Bytes {
  return concat(...Array.from(text, (c) => le(c.codePointAt(0) ?? 0, 4)));
}

/** `text` in EBCDIC (IBM code page 037): letters, digits, space and line ends (NL is 0x25). */
export function ebcdic(text = 'Ada Example\nSenior Engineer\nLondon\n'.repeat(8)): Bytes {
  // a-i, j-r and s-z sit in three runs; capitals 0x40 above their small letters.
  const letter = (i: number) => (i < 9 ? 0x81 + i : i < 18 ? 0x91 + i - 9 : 0xa2 + i - 18);
  return Uint8Array.from(text, (c) => {
    if (c === ' ') return 0x40;
    if (c === '\n') return 0x25;
    if (c >= '0' && c <= '9') return 0xf0 + Number(c);
    const lower = c.toLowerCase();
    return letter(lower.charCodeAt(0) - 97) + (c === lower ? 0 : 0x40);
  });
}

/** Text whose first 8 KiB are clean and the rest a binary blob (a disguised payload). */
export function textThenBinary(): Bytes {
  const head = utf8('Ada Example, Senior Engineer. '.repeat(300));
  return concat(
    head,
    new Uint8Array(4096).map((_, i) => i % 256),
  );
}

/**
 * Parts for sparseSource: the PDF of pdf() in a `size`-byte file, its objects at the start and
 * its cross-reference table, trailer and startxref at the very end, as in a large real PDF.
 */
export function pdfAtEnd(size: number): Part[] {
  const whole = pdf();
  const text = String.fromCharCode(...whole);
  const xrefAt = text.lastIndexOf('\nxref\n') + 1;
  const table = text.slice(xrefAt, text.lastIndexOf('startxref'));
  const tail = (at: number) => latin1(`${table}startxref\n${at}\n%%EOF\n`);
  const length = tail(size).length;
  return [
    { at: 0, bytes: whole.subarray(0, xrefAt) },
    { at: size - length, bytes: tail(size - length) },
  ];
}
