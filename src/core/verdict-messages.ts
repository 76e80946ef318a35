// The sentences for a content check's warnings, from the element's message table: what may go
// wrong with the file, then what to do. Kept apart from upload-messages.ts so the check itself
// (file-check.ts) can word its warnings without depending on the element's other messages.
import { fill } from './messages.js';
import type { ResumeUploadStrings } from './upload-strings.js';
import type { WarningCode } from './verdict.js';

type TextKey = {
  [K in keyof ResumeUploadStrings]: ResumeUploadStrings[K] extends string ? K : never;
}[keyof ResumeUploadStrings];

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
  strings: ResumeUploadStrings,
  refused = false,
): string {
  const [problem, fix] = WARNING_TEXT[code];
  const sentences = [strings[problem], ...(refused ? [strings.refusedHere] : []), strings[fix]];
  return fill(sentences.join(' '), values);
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
  strings: ResumeUploadStrings,
): string {
  if (facts.warning) return warningText(facts.warning, values, strings, true);
  if (facts.reason === 'protected') return fill(strings.rejectProtected, values);
  if (facts.reason === 'damaged') return fill(strings.rejectDamaged, values);
  if (facts.format) return fill(strings.rejectFormat, { ...values, format: facts.format });
  return fill(facts.unreadable ? strings.rejectUnreadable : strings.rejectContent, values);
}
