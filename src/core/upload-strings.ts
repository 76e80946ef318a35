// Every English text of <resume-upload>, as one table: what it shows up front (upload-ui-strings.ts)
// and what it says about a file's contents (verdict-strings.ts). Translations satisfy this
// table's type (a missing key is a compile error). The element itself imports the two halves
// apart, so its bundle carries only the first; the server and hosts use this whole table.
import { uploadUiStrings, type UploadUiStrings } from './upload-ui-strings.js';
import { verdictStrings } from './verdict-strings.js';

export const resumeUploadStrings = { ...uploadUiStrings, ...verdictStrings };

/** Every message key of <resume-upload>, for the `strings` property and translations. */
export type ResumeUploadStrings = typeof resumeUploadStrings;

/** The texts the element holds: all it shows up front, and any verdict sentences a translation
 * or the host gave (English ones are the content check's, see verdict-messages.ts). */
export type UploadTexts = UploadUiStrings & Partial<ResumeUploadStrings>;
