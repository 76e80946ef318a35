// Which of the five document kinds a file's bytes are, for callers that want the kind alone
// (the full verdict, with reasons and warnings, is inspect.ts). Pure: runs in Node too.
import type { ByteSource } from './byte-source.js';
import { inspectContent, type PdfOpener } from './inspect.js';
import { textBytesVerdict } from './text-check.js';
import type { DocumentKind } from './verdict.js';

export { blobSource, bytesSource, type ByteSource } from './byte-source.js';
export { HEAD_BYTES } from './inspect.js';
export { isPdfHead, isRtfHead, knownBinarySignature } from './signatures.js';
export type { DocumentKind } from './verdict.js';

/** Opens nothing: here a PDF whose skeleton can't settle it counts as a PDF. */
const ASSUME_OPENS: PdfOpener = async () => ({ opens: true, needsPassword: false, draws: true });

/** True when `head`, the start of a file, can be text: not empty, no binary signature, no NUL
 * outside UTF-16 (a character it cuts at its end is not held against it). */
export function isTextHead(head: Uint8Array): boolean {
  return textBytesVerdict(head, true).reason === undefined;
}

/**
 * True when the content check accepts the bytes as the claimed kind (a PDF that would need
 * pdf.js to settle counts as accepted). Malformed content gives false, never an error; the
 * promise rejects only when the source itself fails to read.
 */
export async function contentMatches(source: ByteSource, kind: DocumentKind): Promise<boolean> {
  return (await inspectContent(source, kind, ASSUME_OPENS)).reason === undefined;
}

/** What the bytes are, among the five kinds, or null (unknown / binary): the first kind, in the
 * order pdf, rtf, docx, doc, txt, whose check does not refuse them as `content`. A password-
 * protected or damaged file is still its kind (readers then say why they can't open it). */
export async function detectKind(source: ByteSource): Promise<DocumentKind | null> {
  for (const kind of ['pdf', 'rtf', 'docx', 'doc', 'txt'] as const) {
    if ((await inspectContent(source, kind, ASSUME_OPENS)).reason !== 'content') return kind;
  }
  return null;
}
