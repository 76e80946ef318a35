// The verdict on a file claimed as PDF. The skeleton (read from the file's ends) settles the
// common case; an encrypted file, or one whose skeleton can't be vouched for, is handed whole to
// a PDF opener (pdf.js, injected: core stays free of it) to learn whether readers open it at all.
import type { ByteSource } from './byte-source.js';
import { latinText, mentionsScripts, pdfSkeleton } from './pdf-skeleton.js';
import { accepted, refused, type ContentVerdict } from './verdict.js';

/** What opening a PDF with a real reader found. */
export interface PdfOpenResult {
  /** It opened without a password. */
  opens: boolean;
  /** It asked for a password to open. */
  needsPassword: boolean;
  /** Its first pages draw something (asked only for files whose structure needed repair). */
  draws: boolean;
}

/** Opens PDF bytes with a real reader (the browser and server pass pdf.js); `pages`: also check
 * that the first pages draw something. It must not throw for a bad file. */
export type PdfOpener = (bytes: Uint8Array, pages: boolean) => Promise<PdfOpenResult>;

/** Both kinds of data are left unencrypted (/Identity) and only embedded files use a filter:
 * the document opens; only its attachments need the password. */
const ONLY_ATTACHMENTS = [/\/StmF\s*\/Identity\b/, /\/StrF\s*\/Identity\b/, /\/EFF\s*\/\w/];

/** The verdict on a file claimed as PDF; `open` is called only for encrypted files and ones the
 * skeleton can't vouch for. */
export async function pdfVerdict(
  source: ByteSource,
  head: Uint8Array,
  open: PdfOpener,
): Promise<ContentVerdict> {
  const skeleton = await pdfSkeleton(source, head);
  if (!skeleton) return refused('content');
  const junk = skeleton.start > 0 && 'damaged';
  if (skeleton.sound && !skeleton.encrypted && !skeleton.wrapper) {
    return accepted(junk, skeleton.scripts && 'scripts');
  }
  const bytes = await source.read(0, source.size);
  const text = latinText(bytes);
  const scripts = mentionsScripts(text) && 'scripts';
  // An unencrypted wrapper (ISO 32000-2, 7.6.7) whose real document is an encrypted payload,
  // as Microsoft's rights management writes them.
  if (/\/EncryptedPayload(?!\w)/.test(text)) return refused('protected');
  const result = await open(bytes, !skeleton.sound);
  if (result.needsPassword) {
    return ONLY_ATTACHMENTS.every((re) => re.test(text))
      ? accepted(junk, scripts)
      : refused('protected');
  }
  if (!result.opens || (!skeleton.sound && !result.draws)) return refused('damaged');
  return accepted(junk, scripts, skeleton.encrypted && 'restricted', !skeleton.sound && 'damaged');
}
