// Whether the first bytes of an upload can begin a file of the kind it claims: judged as soon as
// they arrive, so a tus upload whose head is plainly something else is refused after a few KB,
// not after its last byte. The full content check still runs on the whole file. Pure.
import type { FileKind } from '../core/accept.js';
import {
  HEAD_BYTES,
  isPdfHead,
  isRtfHead,
  isTextHead,
  knownBinarySignature,
} from '../core/sniff.js';

/** Bytes of the head each kind needs before it can be judged (`%PDF-` may sit up to byte 1024). */
const NEEDED: Record<FileKind, number> = {
  pdf: 1024,
  rtf: 8, // an optional UTF-8 BOM and `{\rtf`
  docx: 8,
  doc: 8,
  txt: HEAD_BYTES,
  other: 0, // not checked, as in the browser
};

/** The most any kind needs: a write starting at or past it is never checked. */
export const MOST_HEAD_NEEDED = Math.max(...Object.values(NEEDED));

/** Bytes needed to judge the head of a `size`-byte file (unknown size: as many as the kind needs). */
export function headNeeded(kind: FileKind, size?: number): number {
  return Math.min(NEEDED[kind], size ?? Infinity);
}

/** The format named by the magic number at the very start (first 8 bytes), or null. */
const leadingSignature = (head: Uint8Array): string | null =>
  knownBinarySignature(head.subarray(0, 8));

/**
 * True when `head` (the first `headNeeded` bytes, or the whole file if shorter) can begin a file
 * of `kind`: a PDF has `%PDF-` in its first 1024 bytes and starts with no other format's magic
 * number; DOCX starts as a ZIP or a compound file (encrypted), DOC as a compound file or text
 * (Word XML, a web page, RTF), RTF with `{\rtf`; text has no NUL and no binary signature.
 */
export function headAgrees(kind: FileKind, head: Uint8Array): boolean {
  switch (kind) {
    case 'pdf':
      return isPdfHead(head) && [null, 'pdf'].includes(leadingSignature(head));
    case 'docx':
      // A password-protected DOCX is a compound file: the full check calls it `protected`.
      return ['zip', 'ole2'].includes(leadingSignature(head) ?? '');
    case 'doc':
      // Word also opens Word XML, web pages and RTF saved as .doc: only binaries are plainly not.
      return [null, 'ole2'].includes(leadingSignature(head));
    case 'rtf':
      return isRtfHead(head);
    case 'txt':
      return isTextHead(head);
    case 'other':
      return true;
  }
}
