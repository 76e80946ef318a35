// Magic numbers: what a file's first bytes say it is. Used to tell a real PDF, RTF or text file
// from another format wearing its name (an executable, an archive, a web page).
import { latin1, startsWith } from './sniff-bytes.js';

/** `%PDF-` may sit anywhere in the first 1024 bytes (readers skip junk such as a mail header). */
const PDF_WINDOW = 1024;
const PDF = latin1('%PDF-');
const RTF = latin1('{\\rtf');
export const UTF8_BOM = latin1('\xEF\xBB\xBF');
export const ZIP = latin1('PK\x03\x04');
export const OLE2 = latin1('\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1');

/** Magic numbers of binary formats that must never pass as text or PDF (first match wins). */
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

/** Where `%PDF-` starts within the first 1024 bytes of `head`, or -1. */
export function pdfStart(head: Uint8Array): number {
  const area = head.subarray(0, PDF_WINDOW);
  for (let at = area.indexOf(PDF[0]); at >= 0; at = area.indexOf(PDF[0], at + 1)) {
    if (startsWith(area, PDF, at)) return at;
  }
  return -1;
}

/** True when `%PDF-` appears within the first 1024 bytes of `head`. */
export function isPdfHead(head: Uint8Array): boolean {
  return pdfStart(head) >= 0;
}

/** True when `head` starts with `{\rtf`, after an optional UTF-8 BOM. */
export function isRtfHead(head: Uint8Array): boolean {
  return startsWith(head, RTF, startsWith(head, UTF8_BOM) ? UTF8_BOM.length : 0);
}

/** The binary format `head` starts with ('zip', 'elf', 'pe', …), ignoring PDF; or null. */
export function binarySignature(head: Uint8Array): string | null {
  return BINARY_SIGNATURES.find(([, magic]) => startsWith(head, magic))?.[0] ?? null;
}

/** The name of the binary format `head` starts with ('pdf', 'zip', 'elf', 'pe', …), or null. */
export function knownBinarySignature(head: Uint8Array): string | null {
  return isPdfHead(head) ? 'pdf' : binarySignature(head);
}

/** True when `head` begins, after a BOM and white space, with markup: `<html`, `<?xml`, `<svg`,
 * … No PDF starts so, so a web page holding `%PDF-` near its top is not one. */
export function isMarkupHead(head: Uint8Array): boolean {
  let at = startsWith(head, UTF8_BOM) ? UTF8_BOM.length : 0;
  while (at < head.length && (head[at] === 0x20 || (head[at] >= 0x09 && head[at] <= 0x0d))) at++;
  return head[at] === 0x3c && /[!?a-z]/i.test(String.fromCharCode(head[at + 1] ?? 0));
}
