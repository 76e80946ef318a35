// Builders of real sample files for tests: ZIP-based archives (DOCX, XLSX, JAR) that real unzip
// tools open, a PDF with a correct xref, compound (OLE2) files, RTF and text, and the heads of
// executables and images used as spoofs. Plus sources that stand in for 100 MiB files.
import type { ByteSource } from '../../src/core/sniff.js';

/** Bytes backed by a plain ArrayBuffer (what File and Blob accept). */
export type Bytes = Uint8Array<ArrayBuffer>;

/** UTF-8 bytes of `text`. */
export function utf8(text: string): Bytes {
  return new TextEncoder().encode(text);
}

/** Bytes of a Latin-1 string, one byte per character (for magic numbers such as '\x7FELF'). */
export function latin1(text: string): Bytes {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

/** The parts joined into one array; plain number arrays are taken as bytes. */
export function concat(...parts: ArrayLike<number>[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** `value` as a little-endian unsigned integer of `width` bytes (8 is exact up to 2^53). */
export function le(value: number, width: 1 | 2 | 4 | 8): Bytes {
  const out = new Uint8Array(width);
  for (let i = 0; i < width; i++) out[i] = Math.floor(value / 2 ** (8 * i)) % 256;
  return out;
}

const be32 = (value: number): Bytes => le(value, 4).reverse();

/** `n` little-endian 32-bit values, the i-th being `value(i)` (FAT and DIFAT tables). */
const ids = (n: number, value: (i: number) => number): Bytes =>
  concat(...Array.from({ length: n }, (_, i) => le(value(i), 4)));

/** A File holding `bytes`, for tests that go through the element or blobSource. */
export function fileOf(bytes: Uint8Array, name: string, type = ''): File {
  return new File([bytes.slice()], name, { type });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (ISO-HDLC), as ZIP and PNG store it. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// ---------------------------------------------------------------------------------------- ZIP

export interface ZipEntry {
  name: string;
  data: Uint8Array | string;
}
export interface ZipOptions {
  /** Write the ZIP64 end records and set the classic EOCD fields to 0xFFFF/0xFFFFFFFF. */
  zip64?: boolean;
  /** Archive comment after the EOCD record. */
  comment?: string;
}

const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1; // 2026-01-01

/** A valid ZIP (method "stored", correct CRC-32, local headers, central directory, EOCD). */
export function zip(entries: readonly ZipEntry[], options: ZipOptions = {}): Bytes {
  const local: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = utf8(entry.name);
    const data = typeof entry.data === 'string' ? utf8(entry.data) : entry.data;
    const size = le(data.length, 4);
    // version needed, flags (UTF-8 names), method, time, date, CRC, sizes, name/extra lengths
    const common = concat(le(20, 2), le(0x0800, 2), le(0, 4), le(DOS_DATE, 2));
    const tail = concat(le(crc32(data), 4), size, size, le(name.length, 2), le(0, 2));
    local.push(concat(le(0x04034b50, 4), common, tail, name, data));
    // made by, …, comment length, disk, internal and external attributes, local header offset
    const more = concat(le(0, 2), le(0, 2), le(0, 2), le(0, 4), le(offset, 4));
    central.push(concat(le(0x02014b50, 4), le(20, 2), common, tail, more, name));
    offset += 30 + name.length + data.length;
  }
  const directory = concat(...central);
  return concat(...local, directory, zipEnd(entries.length, directory.length, offset, options));
}

/** The end records: EOCD, preceded by the ZIP64 record and locator when asked. */
function zipEnd(count: number, size: number, offset: number, options: ZipOptions): Bytes {
  const comment = utf8(options.comment ?? '');
  // signature, disks, entry counts, directory size and offset, comment
  const eocd = (n: number, s: number, o: number) =>
    concat(
      le(0x06054b50, 4),
      le(0, 4),
      le(n, 2),
      le(n, 2),
      le(s, 4),
      le(o, 4),
      le(comment.length, 2),
      comment,
    );
  if (!options.zip64) return eocd(count, size, offset);
  // signature, size of the rest, made by, needed, disks, entry counts, directory size and offset
  const record = concat(le(0x06064b50, 4), le(44, 8), le(45, 2), le(45, 2), le(0, 8));
  const fields = concat(le(count, 8), le(count, 8), le(size, 8), le(offset, 8));
  const locator = concat(le(0x07064b50, 4), le(0, 4), le(offset + size, 8), le(1, 4));
  return concat(record, fields, locator, eocd(0xffff, 0xffffffff, 0xffffffff));
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const PKG = 'http://schemas.openxmlformats.org/package/2006';
const RELS = 'application/vnd.openxmlformats-package.relationships+xml';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const OOXML = 'application/vnd.openxmlformats-officedocument';

function contentTypes(overrides: Record<string, string>): string {
  const parts = Object.entries(overrides)
    .map(([part, type]) => `<Override PartName="/${part}" ContentType="${OOXML}.${type}"/>`)
    .join('');
  const defaults =
    `<Default Extension="rels" ContentType="${RELS}"/>` +
    '<Default Extension="xml" ContentType="application/xml"/>';
  return `${XML}<Types xmlns="${PKG}/content-types">${defaults}${parts}</Types>`;
}

function relationships(type: string, target: string): string {
  const one = `<Relationship Id="rId1" Type="${OFFICE}/${type}" Target="${target}"/>`;
  return `${XML}<Relationships xmlns="${PKG}/relationships">${one}</Relationships>`;
}

/** A minimal real DOCX: content types, package relationships and a one-paragraph document. */
export function docx(options: ZipOptions & { text?: string } = {}): Bytes {
  const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const run = `<w:r><w:t>${options.text ?? 'Ada Example, Senior Engineer'}</w:t></w:r>`;
  const body = `<w:body><w:p>${run}</w:p></w:body>`;
  const document = `${XML}<w:document xmlns:w="${w}">${body}</w:document>`;
  const types = contentTypes({ 'word/document.xml': 'wordprocessingml.document.main+xml' });
  const entries: ZipEntry[] = [
    { name: '[Content_Types].xml', data: types },
    { name: '_rels/.rels', data: relationships('officeDocument', 'word/document.xml') },
    { name: 'word/document.xml', data: document },
  ];
  return zip(entries, options);
}

/** A minimal real XLSX (one empty sheet): a ZIP of the same family without word/document.xml. */
export function xlsx(): Bytes {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const sheets = '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>';
  const workbook = `${XML}<workbook xmlns="${ns}" xmlns:r="${OFFICE}">${sheets}</workbook>`;
  const sheet = `${XML}<worksheet xmlns="${ns}"><sheetData/></worksheet>`;
  const sheetTarget = 'worksheets/sheet1.xml';
  const [book, page] = ['spreadsheetml.sheet.main+xml', 'spreadsheetml.worksheet+xml'];
  const types = contentTypes({ 'xl/workbook.xml': book, 'xl/worksheets/sheet1.xml': page });
  return zip([
    { name: '[Content_Types].xml', data: types },
    { name: '_rels/.rels', data: relationships('officeDocument', 'xl/workbook.xml') },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: relationships('worksheet', sheetTarget) },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
  ]);
}

/** A JAR: a ZIP whose only entry is META-INF/MANIFEST.MF. */
export function jar(): Bytes {
  const manifest = 'Manifest-Version: 1.0\r\nMain-Class: Main\r\nCreated-By: applykit\r\n\r\n';
  return zip([{ name: 'META-INF/MANIFEST.MF', data: manifest }]);
}

/** A plain ZIP holding one small text entry per name (default: notes.txt). */
export function zipOf(...names: string[]): Bytes {
  const list = names.length > 0 ? names : ['notes.txt'];
  return zip(list.map((name) => ({ name, data: `Contents of ${name}\n` })));
}

// ---------------------------------------------------------------------------------------- PDF

/** The smallest real PDF (one blank page, a correct xref): the content check accepts it. */
export const SMALLEST_PDF = [
  '%PDF-1.7',
  '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj',
  '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj',
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj',
  'xref',
  '0 4',
  '0000000000 65535 f ',
  '0000000009 00000 n ',
  '0000000052 00000 n ',
  '0000000101 00000 n ',
  'trailer<</Size 4/Root 1 0 R>>',
  'startxref',
  '164',
  '%%EOF',
  '',
].join('\n');

/**
 * A small real PDF 1.4: catalog, pages, one page with a line of Helvetica text, xref, trailer.
 * `junk` filler bytes go before `%PDF-` (readers allow up to 1024); xref offsets then count
 * from `%PDF-`, as readers expect (qpdf --check then reports no damage). `text: ''` gives a
 * page with nothing written on it, as a scan without a text layer reads. `catalog` adds entries
 * to the catalog dictionary (an /OpenAction, say).
 */
export function pdf(options: { junk?: number; text?: string; catalog?: string } = {}): Bytes {
  const junk = 'junk '.repeat(Math.ceil((options.junk ?? 0) / 5)).slice(0, options.junk ?? 0);
  const line = options.text ?? 'Ada Example';
  const text = line ? `BT /F1 24 Tf 72 720 Td (${line}) Tj ET` : '';
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R ${options.catalog ?? ''}>>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R' +
      ' /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n'; // a comment of high bytes marks it binary
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xrefAt = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) out += `${String(at).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return latin1(junk + out);
}

// -------------------------------------------------------------------------------------- OLE2

const FREE = 0xffffffff; // also NOSTREAM in directory links
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const DIFAT_SECTOR = 0xfffffffc;
const OLE2_SIGNATURE = latin1('\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1');

/** Compound-file name order: shorter first, then by upper-cased name. */
const cfbOrder = (a: string, b: string): number =>
  a.length - b.length || (a.toUpperCase() < b.toUpperCase() ? -1 : 1);

/** One 128-byte directory entry (an unused one when `name` is ''). */
function directoryEntry(name: string, type: number, child = FREE, right = FREE): Bytes {
  const entry = new Uint8Array(128);
  for (let i = 0; i < name.length; i++) entry.set(le(name.charCodeAt(i), 2), i * 2);
  entry.set(concat(le(FREE, 4), le(right, 4), le(child, 4)), 0x44); // left, right, child
  if (!name) return entry;
  entry.set(le((name.length + 1) * 2, 2), 0x40); // byte length, terminating NUL included
  entry[0x42] = type;
  entry[0x43] = 1; // black
  entry.set(le(END_OF_CHAIN, 4), 0x74); // empty stream: no sectors
  return entry;
}

/** The 512-byte version-3 header: one FAT sector (sector 0), directory from sector 1. */
function ole2Header(): Bytes {
  return concat(
    OLE2_SIGNATURE,
    new Uint8Array(16), // CLSID
    le(0x3e, 2),
    le(3, 2),
    le(0xfffe, 2),
    le(9, 2),
    le(6, 2), // versions, byte order, shifts
    new Uint8Array(6),
    // directory-sector count (0 in v3), FAT sectors, first directory sector, transaction, cutoff
    le(0, 4),
    le(1, 4),
    le(1, 4),
    le(0, 4),
    le(4096, 4),
    le(END_OF_CHAIN, 4),
    le(0, 4),
    le(END_OF_CHAIN, 4),
    le(0, 4), // no mini FAT, no DIFAT
    ids(109, (i) => (i === 0 ? 0 : FREE)), // the FAT sector ids: just sector 0
  );
}

/**
 * A minimal version-3 compound file (512-byte sectors): header, one FAT sector, then directory
 * sectors holding a Root Entry and an empty stream per name, so more than three names spill
 * into a second directory sector reached through the FAT. The streams hang off the root as a
 * chain of right siblings in compound-file name order (olefile opens it without complaint).
 * ['WordDocument'] is a fake DOC; ['Workbook'] a renamed XLS.
 */
export function ole2(streamNames: readonly string[]): Bytes {
  const names = [...streamNames].sort(cfbOrder);
  const entries = [directoryEntry('Root Entry', 5, names.length > 0 ? 1 : FREE)];
  names.forEach((name, i) => {
    entries.push(directoryEntry(name, 2, FREE, i + 1 < names.length ? i + 2 : FREE));
  });
  const dirSectors = Math.ceil(entries.length / 4);
  while (entries.length < dirSectors * 4) entries.push(directoryEntry('', 0));
  const next = (id: number) => (id < dirSectors ? id + 1 : id === dirSectors ? END_OF_CHAIN : FREE);
  return concat(
    ole2Header(),
    ids(128, (id) => (id === 0 ? FAT_SECTOR : next(id))),
    ...entries,
  );
}

// ------------------------------------------------------------------------------- Text and RTF

/** A short résumé in plain text (non-ASCII included). */
export const RESUME_TEXT =
  'Ada Example\nSenior Engineer · London\nSkills: TypeScript, café, 東京\n';

/** A small RTF document; `bom` prefixes a UTF-8 BOM, as some editors write. */
export function rtf(options: { bom?: boolean } = {}): Bytes {
  const fonts = '{\\fonttbl{\\f0 Times New Roman;}}';
  const doc = `{\\rtf1\\ansi\\deff0${fonts}\\f0\\fs24 Ada Example\\par}\n`;
  return utf8((options.bom ? '\uFEFF' : '') + doc);
}

/** `text` as UTF-8, with a BOM when asked. */
export function txt(text = RESUME_TEXT, options: { bom?: boolean } = {}): Bytes {
  return utf8((options.bom ? '\uFEFF' : '') + text);
}

/** `text` as UTF-16 with its BOM, as Windows Notepad saves "Unicode" (LE) text. */
export function utf16(text = RESUME_TEXT, order: 'le' | 'be' = 'le'): Bytes {
  const units = Array.from('\uFEFF' + text, (c) => le(c.charCodeAt(0), 2));
  return concat(...units.map((u) => (order === 'le' ? u : u.reverse())));
}

// ---------------------------------------------------------------------------- Binary spoofs

/** The 64-byte header of an x86-64 ELF executable. */
export function elf(): Bytes {
  const ident = concat(latin1('\x7FELF'), [2, 1, 1, 0], new Uint8Array(8)); // 64-bit, LE
  const types = concat(le(2, 2), le(0x3e, 2), le(1, 4)); // executable, x86-64, version
  const offsets = concat(le(0x401000, 8), le(64, 8), le(0, 8), le(0, 4)); // entry, tables, flags
  const sizes = concat(le(64, 2), le(56, 2), le(0, 2), le(64, 2), le(0, 2), le(0, 2));
  return concat(ident, types, offsets, sizes);
}

/** The head of a Windows PE executable: DOS header (MZ) pointing at `PE\0\0`, COFF header. */
export function pe(): Bytes {
  const dos = concat(latin1('MZ'), new Uint8Array(0x3a), le(0x40, 4));
  // machine, no sections, no timestamp or symbols, no optional header, executable + large-address
  const coff = concat(le(0x8664, 2), le(0, 2), new Uint8Array(12), le(0, 2), le(0x22, 2));
  return concat(dos, latin1('PE\0\0'), coff);
}

function pngChunk(type: string, data: Uint8Array): Bytes {
  const body = concat(latin1(type), data);
  return concat(be32(data.length), body, be32(crc32(body)));
}

/** A 1×1 PNG head: signature, IHDR and IEND (no pixel data). */
export function png(): Bytes {
  const ihdr = concat(be32(1), be32(1), [8, 2, 0, 0, 0]); // 8-bit RGB
  const signature = latin1('\x89PNG\r\n\x1A\n');
  return concat(signature, pngChunk('IHDR', ihdr), pngChunk('IEND', new Uint8Array(0)));
}

// ------------------------------------------------------------------------------ Huge sources

/** Bytes placed at an offset of a sparse source. */
export type Part = { at: number; bytes: Uint8Array };
/** A ByteSource that also counts the bytes it handed out. */
export type CountingSource = ByteSource & { requested: number };

/**
 * A `size`-byte source that is zeros except for `parts`, generated on each read, so a test can
 * stand in a 100 MiB file without allocating it; `requested` totals the bytes handed out.
 */
export function sparseSource(size: number, parts: readonly Part[] = []): CountingSource {
  const source: CountingSource = {
    size,
    requested: 0,
    async read(start, end) {
      const from = Math.max(0, start);
      const out = new Uint8Array(Math.max(0, Math.min(end, size) - from));
      for (const { at, bytes } of parts) {
        const lo = Math.max(at, from);
        const hi = Math.min(at + bytes.length, from + out.length);
        if (lo < hi) out.set(bytes.subarray(lo - at, hi - at), lo - from);
      }
      source.requested += out.length;
      return out;
    },
  };
  return source;
}

/**
 * Parts for sparseSource: `archive` (from zip(), no comment, not ZIP64) with its entries at the
 * start and its central directory moved to the end of a `size`-byte file, offset patched.
 */
export function zipAtEnd(archive: Uint8Array, size: number): Part[] {
  const eocdAt = archive.length - 22;
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const directoryAt = view.getUint32(eocdAt + 16, true);
  const tail = archive.slice(directoryAt);
  const newAt = size - tail.length;
  new DataView(tail.buffer).setUint32(tail.length - 22 + 16, newAt, true);
  return [
    { at: 0, bytes: archive.subarray(0, directoryAt) },
    { at: newAt, bytes: tail },
  ];
}

/**
 * Parts for sparseSource: a valid compound file (olefile opens it) with ole2(streamNames)'s
 * directory at sector `dirSector` (≥ 13,952, not crossing a multiple of 128), so far in that
 * its FAT sector is found through the DIFAT chain, as in a large file. Layout: DIFAT sectors,
 * then every FAT sector (zeros but for their marks and the directory chain), the directory.
 */
export function ole2Far(streamNames: readonly string[], dirSector: number): Part[] {
  const small = ole2(streamNames);
  const count = (small.length - 1024) / 512; // ole2(): header, FAT, then the directory
  if (dirSector < 13_952 || (dirSector % 128) + count > 128) throw new RangeError('dirSector');
  const at = (id: number) => (id + 1) * 512;
  const fats = Math.floor(dirSector / 128) + 1;
  const difats = Math.ceil((fats - 109) / 127); // each lists 127 FAT sectors, then the next
  const fat = (k: number) => (k < fats ? difats + k : FREE); // FAT sector k is sector difats + k
  const header = small.slice(0, 512);
  header.set(
    ids(2, (i) => [fats, dirSector][i]),
    0x2c,
  );
  header.set(
    ids(2, (i) => [0, difats][i]),
    0x44,
  ); // first DIFAT sector, count
  header.set(ids(109, fat), 0x4c);
  // DIFAT sector i lists FAT sectors 109 + 127i …, then links to DIFAT sector i + 1.
  const difat = ids(difats * 128, (n) => {
    const [i, j] = [Math.floor(n / 128), n % 128];
    return j < 127 ? fat(109 + i * 127 + j) : i + 1 < difats ? i + 1 : END_OF_CHAIN;
  });
  // In the FAT: DIFAT and FAT sectors carry their marks, the directory sectors link up.
  const marks = ids(difats + fats, (id) => (id < difats ? DIFAT_SECTOR : FAT_SECTOR));
  const links = ids(count, (i) => (i + 1 < count ? dirSector + i + 1 : END_OF_CHAIN));
  return [
    { at: 0, bytes: header },
    { at: at(0), bytes: difat },
    { at: at(difats), bytes: marks },
    { at: at(difats + fats - 1) + (dirSector % 128) * 4, bytes: links },
    { at: at(dirSector), bytes: small.slice(1024) },
  ];
}
