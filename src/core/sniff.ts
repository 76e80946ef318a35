// File-type sniffing by content: extension and MIME type are easy to fake, so for the five known
// document kinds the bytes must agree. Reads a head (and, for ZIP/OLE2, a few directory sectors),
// never the whole file, so the cost does not grow with the file's size. Pure: runs in Node too.
import type { ByteSource } from './byte-source.js';
import { ole2HasStream } from './ole2.js';
import { latin1, startsWith } from './sniff-bytes.js';
import { zipHasEntry } from './zip.js';

export { blobSource, bytesSource, type ByteSource } from './byte-source.js';

export type DocumentKind = 'pdf' | 'docx' | 'doc' | 'rtf' | 'txt';

/** How much of the start of a file is read: the PDF window, the OLE2 header and the text check. */
export const HEAD_BYTES = 8192;
/** `%PDF-` may sit anywhere in the first 1024 bytes (readers skip junk such as a mail header). */
const PDF_WINDOW = 1024;
const PDF = latin1('%PDF-');
const RTF = latin1('{\\rtf');
const UTF8_BOM = latin1('\xEF\xBB\xBF');
const ZIP = latin1('PK\x03\x04');
const OLE2 = latin1('\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1');

/** Magic numbers of binary formats that must never pass as text (first match wins). */
const BINARY_SIGNATURES: ReadonlyArray<readonly [name: string, magic: Uint8Array]> = [
  ['zip', ZIP],
  ['zip', latin1('PK\x05\x06')], // an empty archive
  ['ole2', OLE2],
  ['elf', latin1('\x7FELF')],
  ['pe', latin1('MZ')], // DOS/Windows executables and DLLs
  ['gzip', latin1('\x1F\x8B')],
  ['7z', latin1("7z\xBC\xAF'\x1C")],
  ['rar', latin1('Rar!\x1A\x07')],
  ['xz', latin1('\xFD7zXZ\x00')],
  ['zstd', latin1('\x28\xB5\x2F\xFD')],
  ['png', latin1('\x89PNG\r\n\x1A\n')],
  ['jpeg', latin1('\xFF\xD8\xFF')],
  ['gif', latin1('GIF8')],
  ['mach-o', latin1('\xFE\xED\xFA\xCE')],
  ['mach-o', latin1('\xFE\xED\xFA\xCF')],
  ['mach-o', latin1('\xCE\xFA\xED\xFE')],
  ['mach-o', latin1('\xCF\xFA\xED\xFE')],
  ['java-class', latin1('\xCA\xFE\xBA\xBE')], // also a Mach-O universal binary
  ['wasm', latin1('\x00asm')],
  ['sqlite', latin1('SQLite format 3\x00')],
];

/** True when `%PDF-` appears within the first 1024 bytes of `head`. */
export function isPdfHead(head: Uint8Array): boolean {
  const area = head.subarray(0, PDF_WINDOW);
  for (let at = area.indexOf(PDF[0]); at >= 0; at = area.indexOf(PDF[0], at + 1)) {
    if (startsWith(area, PDF, at)) return true;
  }
  return false;
}

/** True when `head` starts with `{\rtf`, after an optional UTF-8 BOM. */
export function isRtfHead(head: Uint8Array): boolean {
  return startsWith(head, RTF, startsWith(head, UTF8_BOM) ? UTF8_BOM.length : 0);
}

/** The name of the binary format `head` starts with ('pdf', 'zip', 'elf', 'pe', …), or null. */
export function knownBinarySignature(head: Uint8Array): string | null {
  if (isPdfHead(head)) return 'pdf';
  return BINARY_SIGNATURES.find(([, magic]) => startsWith(head, magic))?.[0] ?? null;
}

/** True when `head` looks like plain text: not empty, no known binary signature, no NUL. */
export function isTextHead(head: Uint8Array): boolean {
  if (head.length === 0 || knownBinarySignature(head) !== null) return false;
  // Windows Notepad saves "Unicode" as UTF-16 with a BOM: its NULs are half of each ASCII
  // character, so look for whole NUL code units instead.
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) {
    for (let at = 2; at + 1 < head.length; at += 2) {
      if (head[at] === 0 && head[at + 1] === 0) return false;
    }
    return true;
  }
  return !head.includes(0);
}

type Check = (source: ByteSource, head: Uint8Array) => boolean | Promise<boolean>;

/** One check per kind, in detectKind's order: specific formats before plain text. */
const CHECKS: ReadonlyArray<readonly [DocumentKind, Check]> = [
  ['pdf', (_, head) => isPdfHead(head)],
  ['rtf', (_, head) => isRtfHead(head)],
  ['docx', (source, head) => startsWith(head, ZIP) && zipHasEntry(source, 'word/document.xml')],
  ['doc', (source, head) => startsWith(head, OLE2) && ole2HasStream(source, head, 'WordDocument')],
  ['txt', (_, head) => isTextHead(head)],
];

/** The first HEAD_BYTES of `source`, or null for an empty source. */
async function readHead(source: ByteSource): Promise<Uint8Array | null> {
  return source.size > 0 ? source.read(0, HEAD_BYTES) : null;
}

/**
 * True when the bytes agree with the claimed kind. Malformed content gives false, never an
 * error; the promise rejects only when the source itself fails to read.
 */
export async function contentMatches(source: ByteSource, kind: DocumentKind): Promise<boolean> {
  const head = await readHead(source);
  const check = CHECKS.find(([k]) => k === kind)?.[1];
  return head !== null && check !== undefined && (await check(source, head));
}

/** What the bytes are, among the five kinds, or null (unknown / binary). Order: pdf, rtf, docx
 * (zip with word/document.xml), doc (OLE2 with WordDocument), txt. */
export async function detectKind(source: ByteSource): Promise<DocumentKind | null> {
  const head = await readHead(source);
  if (head === null) return null;
  for (const [kind, check] of CHECKS) if (await check(source, head)) return kind;
  return null;
}
