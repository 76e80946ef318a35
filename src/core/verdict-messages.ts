// The sentences for a content check's warnings, from the element's message table: what may go
// wrong with the file, then what to do. Kept apart from upload-messages.ts so the check itself
// (file-check.ts) can word its warnings without depending on the element's other messages.
// `strings` may lack any key (the element's table has no English verdict sentences up front, see
// upload-ui-strings.ts): a missing one is taken from the English table.
import { fill } from './messages.js';
import { resumeUploadStrings, type ResumeUploadStrings } from './upload-strings.js';
import type { WarningCode } from './verdict.js';

type TextKey = {
  [K in keyof ResumeUploadStrings]: ResumeUploadStrings[K] extends string ? K : never;
}[keyof ResumeUploadStrings];

/** Some texts, a translation's or a host's, and English for the rest. */
type Texts = Partial<ResumeUploadStrings>;

/** The text of `key`: from `strings` when there, else English. */
const text = (strings: Texts, key: TextKey): string => strings[key] ?? resumeUploadStrings[key];

/** For each warning: the sentence saying what may go wrong, and the one saying what to do. */
const WARNING_TEXT: Record<WarningCode, readonly [problem: TextKey, fix: TextKey]> = {
  macros: ['warnMacros', 'fixResave'],
  legacy: ['warnLegacy', 'fixResave'],
  restricted: ['warnRestricted', 'fixRestricted'],
  encoding: ['warnEncoding', 'fixEncoding'],
  damaged: ['warnDamaged', 'fixDamaged'],
  format: ['warnFormat', 'fixResave'],
  scripts: ['warnScripts', 'fixRemove'],
  embedded: ['warnEmbedded', 'fixRemove'],
};

/**
 * The text of a warning about a file: "resume.doc contains macros, which some employers'
 * systems block. Save it as DOCX or PDF and choose the new copy." With `refused` (the page
 * refuses such files) "This site does not accept such files." comes between.
 */
export function warningText(
  code: WarningCode,
  values: { name: string; kind: string },
  strings: Texts = {},
  refused = false,
): string {
  const [problem, fix] = WARNING_TEXT[code];
  const keys: TextKey[] = [problem, ...(refused ? (['refusedHere'] as const) : []), fix];
  return fill(keys.map((key) => text(strings, key)).join(' '), values);
}

/** What a content refusal needs to be worded. */
export interface RefusalFacts {
  reason: 'content' | 'protected' | 'damaged';
  /** The format the bytes really are ("DOCM"), for `content`. */
  format?: string;
  /** The warning the page refuses, when that is why. */
  warning?: WarningCode;
  /** The bytes could not be read at all. */
  unreadable?: boolean;
}

/** The sentence for a file the content check refused: what happened and what to do. */
export function refusalText(
  facts: RefusalFacts,
  values: { name: string; kind: string },
  strings: Texts = {},
): string {
  if (facts.warning) return warningText(facts.warning, values, strings, true);
  const say = (key: TextKey) =>
    fill(text(strings, key), { ...values, ...(facts.format && { format: facts.format }) });
  if (facts.reason === 'protected') return say('rejectProtected');
  if (facts.reason === 'damaged') return say('rejectDamaged');
  if (facts.format) return say('rejectFormat');
  return say(facts.unreadable ? 'rejectUnreadable' : 'rejectContent');
}
