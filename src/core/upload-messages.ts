// Every sentence <resume-upload> shows or announces, built from its message table, so each
// one is unit-tested without a browser.
import { extensionOf, type FileKind } from './accept.js';
import type { RejectedFile, RejectReason } from './file-check.js';
import { displayName, formatSize } from './format.js';
import { numberFormat, pluralRules } from './intl.js';
import { fill, orList, plural } from './messages.js';
import type { UploadTexts } from './upload-strings.js';
import { refusalText, type RefusalFacts } from './verdict-messages.js';

/** What the messages need to know about the element's settings. */
export interface UploadMessageContext {
  strings: UploadTexts;
  locale?: string;
  /** Labels of the accepted types ("PDF", "DOCX", …). */
  types: readonly string[];
  maxSize: number;
  maxFiles: number;
  multiple: boolean;
}

/** A size in the context's locale and words: "1,5 Mo" in French, "٣ بايتات" in Arabic. */
export function sizeText(bytes: number, c: UploadMessageContext): string {
  const { bytes: words, units } = c.strings;
  // formatSize picks "one" or "other": hand it this count's own form (Arabic has six).
  const other = words[pluralRules(c.locale).select(bytes)] ?? words.other;
  const unit = units.split(' ');
  return formatSize(bytes, c.locale, { one: words.one ?? other, other }).replace(
    /[KMGT]B$/,
    (u) => unit['KMGT'.indexOf(u[0])] ?? u,
  );
}

/** "PDF", "DOCX", …; for other files the extension ("ODT") or the MIME type. */
export function kindLabel(kind: FileKind, file: { name: string; type: string }): string {
  if (kind !== 'other') return kind.toUpperCase();
  return extensionOf(file.name).slice(1).toUpperCase() || file.type || '?';
}

/** The hint under the label: "Drop a file here or browse · PDF, DOCX, DOC, RTF, TXT · up to 10 MB". */
export function hintText(c: UploadMessageContext): string {
  const t = c.strings;
  const size = fill(c.multiple ? t.upToEach : t.upTo, { size: sizeText(c.maxSize, c) });
  const parts = [c.multiple ? t.dropMany : t.dropOne];
  if (c.types.length) parts.push(c.types.join(t.listSeparator));
  parts.push(size);
  if (c.multiple) parts.push(plural(t.maxFiles, c.maxFiles, c.locale));
  return parts.join(' · ');
}

type Rejection = RejectedFile<File | { name: string; type: string; size: number }>;

/** A rejection found by reading the file's bytes; its sentences live with the content check. */
function isContentRefusal<R extends { reason: RejectReason }>(
  r: R,
): r is R & { reason: RefusalFacts['reason'] } {
  return r.reason === 'content' || r.reason === 'protected' || r.reason === 'damaged';
}

/** What a rejection's sentence may name: the file, the accepted types, its kind and sizes. */
function rejectValues(r: Rejection, c: UploadMessageContext) {
  return {
    name: displayName(r.file.name),
    types: orList(c.types, c.locale),
    kind: kindLabel(r.kind, r.file),
    size: sizeText(r.file.size, c),
    max: sizeText(c.maxSize, c),
  };
}

/**
 * The sentence for a file refused by a rule checked without reading it (type, empty, size,
 * count): what happened and what to do. The element words these up front and the rest with the
 * content check's chunk; rejectMessage words any.
 */
export function ruleRejectMessage(r: Rejection, c: UploadMessageContext): string {
  const t = c.strings;
  const values = rejectValues(r, c);
  switch (r.reason) {
    case 'type':
      return fill(r.folder ? t.rejectFolder : t.rejectType, values);
    case 'size':
      return fill(t.rejectSize, values);
    case 'empty':
      return fill(t.rejectEmpty, values);
    case 'count':
      return plural(t.rejectCount, c.multiple ? c.maxFiles : 1, c.locale, values);
    default:
      // A content reason without its wording at hand: the one sentence that fits them all.
      return fill(t.rejectUnreadable, values);
  }
}

/** The sentence for one rejected file, for any reason: what happened and what to do. */
export function rejectMessage(r: Rejection, c: UploadMessageContext): string {
  return isContentRefusal(r)
    ? refusalText(r, rejectValues(r, c), c.strings)
    : ruleRejectMessage(r, c);
}

/** The lines shown for a batch's rejections: the first few in full, then how many more. */
export function rejectSummary(
  messages: readonly string[],
  c: UploadMessageContext,
  shown = 3,
): string[] {
  if (messages.length <= shown + 1) return [...messages];
  return [
    ...messages.slice(0, shown),
    plural(c.strings.moreRejected, messages.length - shown, c.locale),
  ];
}

/** "50%" in the locale's format. */
export function percentText(fraction: number, c: UploadMessageContext): string {
  return numberFormat(c.locale, { style: 'percent' }).format(fraction);
}
