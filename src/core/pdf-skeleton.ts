// A cheap look at a PDF's skeleton, read from its ends: the header, the `startxref` pointer in
// the tail, the cross-reference section it points to and, for a classic table, that the catalog
// and page tree sit where the table says. A file it vouches for needs no PDF library; the others
// (and every encrypted file) go to pdf.js. Not a parser: it reads no object's contents.
import type { ByteSource } from './byte-source.js';
import { latinText, sectionStart, soundStreamDictionary, soundTable } from './pdf-xref.js';
import { binarySignature, isMarkupHead, pdfStart } from './signatures.js';

export { latinText } from './pdf-xref.js';

const TAIL = 8192;
const SCRIPTS = /\/(JavaScript|JS|RichMedia|Launch)(?![\w#.-])/;

/** What the ends of a PDF say about it. */
export interface PdfSkeleton {
  /** Where `%PDF-` starts: bytes before it are junk readers skip. */
  start: number;
  /** True when the cross-reference data is where the tail says and well formed. */
  sound: boolean;
  encrypted: boolean;
  /** It mentions a portfolio or an encrypted payload: it may wrap an encrypted document. */
  wrapper: boolean;
  /** It mentions JavaScript, rich media or launch actions. */
  scripts: boolean;
}

/** True when `text` names JavaScript, rich media or a launch action. */
export const mentionsScripts = (text: string): boolean => SCRIPTS.test(text);

/** The skeleton of a file claimed as PDF, or null when it is not one: no `%PDF-` in its first
 * 1024 bytes, or it starts as another format (an executable, an archive, a web page). */
export async function pdfSkeleton(
  source: ByteSource,
  head: Uint8Array,
): Promise<PdfSkeleton | null> {
  const start = pdfStart(head);
  if (start < 0 || binarySignature(head) || isMarkupHead(head)) return null;
  const tail = latinText(await source.read(Math.max(0, source.size - TAIL), source.size));
  const ends = latinText(head) + tail;
  const skeleton: PdfSkeleton = {
    start,
    sound: false,
    encrypted: /\/Encrypt(?!\w)/.test(ends),
    wrapper: /\/(Collection|EncryptedPayload)(?!\w)/.test(ends),
    scripts: mentionsScripts(ends),
  };
  const pointer = [...tail.matchAll(/startxref\s+(\d{1,12})\s+%%EOF/g)].pop();
  if (!pointer) return skeleton;
  const at = Number(pointer[1]);
  skeleton.sound =
    (await soundFrom(source, start, at)) || (start > 0 && (await soundFrom(source, 0, at)));
  return skeleton;
}

/** True when offsets count from `start` and the section at `at` checks out. */
async function soundFrom(source: ByteSource, start: number, at: number): Promise<boolean> {
  const chunk = await sectionStart(source, start, at);
  if (chunk.startsWith('xref')) return soundTable(source, start, at);
  const catalog = /\/Root\s+\d+\s+\d+\s+R/.test(chunk);
  return /^\d+\s+\d+\s+obj\b/.test(chunk) && catalog && soundStreamDictionary(chunk);
}
