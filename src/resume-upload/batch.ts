// What one batch of chosen or dropped files does to <resume-upload>'s list: which files join,
// which one they replace, which are refused and why, and what the user hears. No DOM: the
// element applies the outcome, then fires the events.
import { parseAccept } from '../core/accept.js';
import { sentence } from '../core/announce.js';
import { checkFiles, type RejectedFile, type WarningCode } from '../core/file-check.js';
import { displayName } from '../core/format.js';
import { fill } from '../core/messages.js';
import {
  rejectSummary,
  ruleRejectMessage,
  sizeText,
  type UploadMessageContext,
} from '../core/upload-messages.js';
import type { FileEntry } from './file-list.js';

export interface BatchOutcome {
  /** The list once the batch is in (unchanged when nothing was accepted). */
  entries: FileEntry[];
  /** Files the batch accepted, in order. */
  accepted: FileEntry[];
  /** Files it replaced (single-file mode). */
  replaced: FileEntry[];
  rejected: RejectedFile<File>[];
  /** One sentence per rejected file, in order. */
  messages: string[];
  /** What the error area shows: the first few messages, then how many more. */
  errors: string[];
  /** The polite announcement for what was added (with its warnings) or already listed. */
  news: string;
}

/** Checks `files` against the element's rules (`refuse`: warnings that refuse a file) and
 * current `entries`. */
export async function takeBatch(
  files: readonly File[],
  folders: ReadonlySet<File>,
  entries: readonly FileEntry[],
  accept: string,
  refuse: readonly WarningCode[],
  c: UploadMessageContext,
): Promise<BatchOutcome> {
  const kept = c.multiple ? entries : [];
  const same = (a: File, b: File) =>
    a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
  const dupes = files.filter((f) => kept.some((e) => same(e.file, f)));
  const fresh = files.filter((f) => !dupes.includes(f));
  const rules = { accept: parseAccept(accept), maxSize: c.maxSize, refuse };
  const slots = c.multiple ? Math.max(0, c.maxFiles - kept.length) : 1;
  const { accepted, rejected } = await checkFiles(fresh, rules, slots, (f) => folders.has(f), {
    strings: c.strings,
  });
  // A refusal by content comes worded by the check; the rest need the element's context.
  const messages = rejected.map((r) => r.message ?? ruleRejectMessage(r, c));
  const replaced = accepted.length && !c.multiple ? [...entries] : [];
  const news = [
    ...accepted.flatMap(({ file, warnings }) => [
      fill(c.strings.added, { name: displayName(file.name), size: sizeText(file.size, c) }),
      ...warnings.map((w) => w.message),
    ]),
    // Without `multiple` the new file takes the old one's place: say so in the same announcement.
    ...replaced.map(({ file }) => fill(c.strings.removed, { name: displayName(file.name) })),
    ...dupes.map((f) => fill(c.strings.duplicate, { name: displayName(f.name) })),
  ];
  return {
    entries: accepted.length ? [...kept, ...accepted] : [...entries],
    accepted,
    replaced,
    rejected,
    messages,
    errors: rejectSummary(messages, c),
    news: sentence(news),
  };
}
