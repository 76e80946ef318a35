// Plain text, judged over the whole file (text resumes are small, and max-size caps what is
// read) so a text head over a binary body can't pass. Accepts the encodings people really save
// in: UTF-8, UTF-16 (with a BOM; without one it warns), legacy 8-bit and CJK code pages, and
// EBCDIC with a warning. Refuses UTF-32, NULs and control-code soup.
import type { ByteSource } from './byte-source.js';
import { binarySignature, isPdfHead } from './signatures.js';
import { startsWith } from './sniff-bytes.js';
import { accepted, refused, type ContentVerdict } from './verdict.js';

/** C0 controls that text does carry: BS (overstrike), TAB to CR, SO/SI and ESC (ISO-2022
 * shifts), SUB (the DOS end-of-file mark). */
const TEXT_CONTROLS = new Set([0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x1a, 0x1b]);

/** The verdict on a file claimed as .txt: read whole and judged by `textBytesVerdict`, unless
 * its first bytes `head` already rule it out (a binary signature, or NULs outside UTF-16/32). */
export async function textVerdict(source: ByteSource, head: Uint8Array): Promise<ContentVerdict> {
  if (head.length >= source.size) return textBytesVerdict(head);
  const binary = head.includes(0) && !utf16Order(head) && !utf32Order(head);
  if (binary || isPdfHead(head) || binarySignature(head)) return refused('content');
  return textBytesVerdict(await source.read(0, source.size));
}

/** The verdict on text bytes; with `partial` they are the head of a longer file, which may cut a
 * character in two. */
export function textBytesVerdict(bytes: Uint8Array, partial = false): ContentVerdict {
  if (bytes.length === 0 || isPdfHead(bytes) || binarySignature(bytes)) return refused('content');
  if (utf32Order(bytes)) return refused('content', 'UTF-32');
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return isUtf16Text(bytes.subarray(2), bytes[0] === 0xff ? 'le' : 'be', partial)
      ? accepted()
      : refused('content');
  }
  const order = utf16Order(bytes);
  if (order) return isUtf16Text(bytes, order, partial) ? accepted('encoding') : refused('content');
  if (bytes.includes(0)) return refused('content');
  if (looksEbcdic(bytes)) return accepted('encoding');
  let controls = 0;
  for (const b of bytes) if (b < 0x20 && !TEXT_CONTROLS.has(b)) controls++;
  return controls * 20 > bytes.length ? refused('content') : accepted();
}

/** 'le' or 'be' when the bytes look like UTF-32 (with or without a BOM): of every four bytes,
 * the two high ones are zero. Notepad and most editors can't open it. */
function utf32Order(bytes: Uint8Array): 'le' | 'be' | null {
  if (bytes.length < 4 || bytes.length % 4 !== 0) return null;
  let le = 0;
  let be = 0;
  for (let at = 0; at < bytes.length; at += 4) {
    // A character's high bytes are zero, its lowest is not (text is not a run of NULs).
    if (bytes[at + 2] === 0 && bytes[at + 3] === 0 && bytes[at] !== 0) le++;
    if (bytes[at] === 0 && bytes[at + 1] === 0 && bytes[at + 3] !== 0) be++;
  }
  const units = bytes.length / 4;
  return le >= units * 0.9 ? 'le' : be >= units * 0.9 ? 'be' : null;
}

/** 'le' or 'be' when NUL bytes fall on one side of the 16-bit units only, as in UTF-16 text
 * without a BOM (the high byte of Latin letters, digits and line ends), else null. */
export function utf16Order(bytes: Uint8Array): 'le' | 'be' | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let at = 0; at < bytes.length; at += 2) {
    if (bytes[at] === 0) even++;
    if (bytes[at + 1] === 0) odd++;
  }
  const enough = Math.max(2, bytes.length / 200);
  if (odd >= enough && even * 20 <= odd) return 'le';
  if (even >= enough && odd * 20 <= even) return 'be';
  return null;
}

/** True when `bytes` decode as UTF-16 (no lone surrogates; with `partial`, one may end them) to
 * text without NULs or control codes other than those text carries. */
function isUtf16Text(bytes: Uint8Array, order: 'le' | 'be', partial: boolean): boolean {
  if (bytes.length % 2 !== 0 && !partial) return false;
  let text: string;
  try {
    // A head may end inside a surrogate pair: `stream` leaves it pending instead of an error.
    text = new TextDecoder(`utf-16${order}`, { fatal: true }).decode(bytes, { stream: partial });
  } catch {
    return false;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && !TEXT_CONTROLS.has(c)) return false;
  }
  return true;
}

/** True for EBCDIC text (IBM mainframe code pages such as 500 or 037): its space is 0x40, its
 * letters sit in 0x81–0xA9 and 0xC1–0xE9, and its lines end in 0x15 or 0x25, never 0x0A. */
function looksEbcdic(bytes: Uint8Array): boolean {
  if (bytes.includes(0x0a) || !(bytes.includes(0x15) || bytes.includes(0x25))) return false;
  let spaces = 0;
  let asciiSpaces = 0;
  let letters = 0;
  for (const b of bytes) {
    if (b === 0x40) spaces++;
    else if (b === 0x20) asciiSpaces++;
    else if ((b >= 0x81 && b <= 0xa9) || (b >= 0xc1 && b <= 0xe9)) letters++;
  }
  return (
    spaces * 20 >= bytes.length &&
    asciiSpaces * 4 <= spaces &&
    (letters + spaces) * 5 >= bytes.length * 3
  );
}
