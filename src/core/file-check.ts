// The rules a chosen file must pass, in the order a user can act on: type, empty, size, count,
// then content (read last and only for files that passed the rest, so a drop of 1,000 files
// reads at most `slots` of them). The content check is loaded on first use (a lazy chunk in the
// bundles), and pdf.js only for the PDFs that need it.
import { claimedKind, isAccepted, type FileKind } from './accept.js';
import { blobSource } from './byte-source.js';
import { displayName } from './format.js';
import type * as ContentCheck from './content-check.js';
import type { PdfOpener } from './pdf-check.js';
import type { ResumeUploadStrings } from './upload-strings.js';
import type { ContentReason, ContentVerdict, WarningCode } from './verdict.js';

export type { PdfOpener, PdfOpenResult } from './pdf-check.js';
export type { WarningCode } from './verdict.js';

/**
 * Why a file was not added: `type`, `content` (its bytes are not its kind, or it has a warning
 * the page refuses), `protected` (it needs a password or rights management to open), `damaged`
 * (broken beyond what readers repair), `size`, `empty`, `count`.
 */
export type RejectReason =
  'type' | 'content' | 'protected' | 'damaged' | 'size' | 'empty' | 'count';

export interface FileRules {
  /** Parsed accept tokens (see parseAccept). */
  accept: readonly string[];
  /** Largest size in bytes. */
  maxSize: number;
  /** Warnings that refuse a file instead (`refuse="macros legacy"`). */
  refuse?: readonly WarningCode[];
}

/** Something about an accepted file that may cause trouble, and the sentence saying so. */
export interface FileWarning {
  code: WarningCode;
  message: string;
}

export interface AcceptedFile<F> {
  file: F;
  kind: FileKind;
  /** Always an array; empty when nothing is wrong. */
  warnings: FileWarning[];
}
export interface RejectedFile<F> {
  file: F;
  kind: FileKind;
  reason: RejectReason;
  /** Set for a `type` rejection of a dropped folder. */
  folder?: boolean;
  /** Set for a `content` rejection when the bytes could not be read at all. */
  unreadable?: boolean;
  /** For `content`: the format the bytes really are, when worth naming ("DOCM"). */
  format?: string;
  /** Set when the file was refused for a warning the rules refuse. */
  warning?: WarningCode;
  /** For a refusal by content: its sentence, in `strings` (CheckOptions) or English. Absent
   * when the content check could not load, and for the other reasons, which need the
   * element's context (see upload-messages.ts). */
  message?: string;
}

/** Options of checkFiles. */
export interface CheckOptions<F> {
  /** Opens PDFs the cheap check can't settle; default: pdf.js, loaded on first use. */
  openPdf?: PdfOpener;
  /** The sentence for a warning; default: from `strings`. */
  warningMessage?: (code: WarningCode, file: F, kind: FileKind) => string;
  /** Texts for the sentences of warnings and content refusals (a translation, a host's);
   * English for the rest. */
  strings?: Partial<ResumeUploadStrings>;
}

/** pdf.js, loaded only when a PDF needs it (its own lazy chunk in the bundles). */
const openWithPdfjs: PdfOpener = async (bytes, pages) =>
  (await import('../pdfjs/open.js')).openPdf(bytes, pages);

/** The checks that need no reading: type, empty, size. */
export function precheck(
  file: { name: string; type: string; size: number },
  rules: FileRules,
): RejectReason | null {
  if (!isAccepted(file.name, file.type, rules.accept)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > rules.maxSize) return 'size';
  return null;
}

/**
 * Sorts a batch into accepted and rejected files, keeping their order. At most `slots` files
 * are accepted; later good files are rejected with `count`. `isFolder` flags dropped folders.
 */
export async function checkFiles<F extends Blob & { name: string }>(
  files: readonly F[],
  rules: FileRules,
  slots: number,
  isFolder: (file: F) => boolean = () => false,
  options: CheckOptions<F> = {},
): Promise<{ accepted: AcceptedFile<F>[]; rejected: RejectedFile<F>[] }> {
  const accepted: AcceptedFile<F>[] = [];
  const rejected: RejectedFile<F>[] = [];
  for (const file of files) {
    const kind = claimedKind(file.name, file.type);
    if (isFolder(file)) {
      rejected.push({ file, kind, reason: 'type', folder: true });
      continue;
    }
    const reason = precheck(file, rules) ?? (accepted.length >= slots ? 'count' : null);
    if (reason) {
      rejected.push({ file, kind, reason });
      continue;
    }
    const [verdict, check] = await inspectFile(file, kind, options.openPdf ?? openWithPdfjs);
    const words = { name: displayName(file.name), kind: kind.toUpperCase() };
    /** A refusal by content, worded here where the check's sentences are loaded. */
    const refuse = (r: RejectedFile<F> & { reason: ContentReason }) => {
      const message = check?.refusalText(r, words, options.strings);
      rejected.push(message ? { ...r, message } : r);
    };
    const refusal = verdict.warnings.find((code) => rules.refuse?.includes(code));
    if (verdict.reason) {
      const { reason, format, unreadable } = verdict;
      refuse({ file, kind, reason, ...(format && { format }), ...(unreadable && { unreadable }) });
    } else if (refusal) refuse({ file, kind, reason: refusedAs(refusal), warning: refusal });
    else {
      const message = (code: WarningCode) =>
        options.warningMessage?.(code, file, kind) ??
        // Warnings come only from a check that loaded.
        check!.warningText(code, words, options.strings);
      accepted.push({
        file,
        kind,
        warnings: verdict.warnings.map((code) => ({ code, message: message(code) })),
      });
    }
  }
  return { accepted, rejected };
}

/** The content check's verdict, and the check when it loaded; kinds it does not know ('other')
 * pass unread. */
async function inspectFile<F extends Blob>(
  file: F,
  kind: FileKind,
  openPdf: PdfOpener,
): Promise<[ContentVerdict, typeof ContentCheck?]> {
  if (kind === 'other') return [{ warnings: [] }];
  try {
    // In the bundles the byte checks are a chunk of their own (autofill shares them), which the
    // check's chunk imports: ask for both at once, so they load side by side, not in turn.
    const [check] = await Promise.all([import('./content-check.js'), import('./inspect.js')]);
    return [await check.inspectContent(blobSource(file), kind, openPdf), check];
  } catch {
    return [{ reason: 'content', unreadable: true, warnings: [] }];
  }
}

/** The rejection reason of a warning the page refuses. */
function refusedAs(code: WarningCode): ContentReason {
  return code === 'damaged' ? 'damaged' : code === 'restricted' ? 'protected' : 'content';
}
