// English texts of <resume-upload>, in core beside the code that builds messages from them.
// Translations satisfy this table's type (a missing key is a compile error); `{name}`-style
// placeholders are filled by messages.ts.
import type { Plural } from './messages.js';

export const resumeUploadStrings = {
  label: 'Upload your resume',
  /** After the label (and so in the button's name) when `required` is set. */
  requiredMark: '(required)',
  chooseFile: 'Choose file',
  chooseFiles: 'Choose files',
  dropOne: 'Drop a file here or browse',
  dropMany: 'Drop files here or browse',
  upTo: 'up to {size}',
  upToEach: 'up to {size} each',
  maxFiles: { one: 'at most {count} file', other: 'at most {count} files' } as Plural,
  bytes: { one: 'byte', other: 'bytes' } as Plural,
  /** The words for KB, MB, GB and TB, space-separated ("Ko Mo Go To" in French). */
  units: 'KB MB GB TB',
  /** Between the accepted types in the hint ("، " in Arabic). */
  listSeparator: ', ',
  remove: 'Remove',
  removeName: 'Remove {name}',
  fileList: 'Selected files',
  added: '{name} added, {size}',
  removed: '{name} removed',
  duplicate: '{name} is already in the list',
  rejectType: '{name} is not an accepted file type. Choose a {types} file.',
  rejectFolder: '{name} is a folder. Open it and choose a file inside.',
  rejectContent:
    '{name} does not look like a real {kind} file: its contents do not match its name. Save it again as {kind}, or choose another file.',
  rejectUnreadable: '{name} could not be read. Check the file and choose it again.',
  rejectProtected:
    "{name} is password-protected, so employers can't open it. Save a copy without a password and choose that.",
  rejectDamaged:
    "{name} is damaged, so employers can't open it. Save it again from the program that made it, or choose another file.",
  rejectFormat:
    '{name} is in {format} format, not {kind}. Save it as {kind}, or choose another file.',
  /** Warnings: what may go wrong with an accepted file; a fix* sentence follows each. */
  warnMacros: "{name} contains macros, which some employers' systems block.",
  warnLegacy:
    "{name} is in an old Word format (Word 6.0 or 95) that many employers' systems can't read.",
  warnRestricted:
    "{name} limits copying or printing, so some employers' systems may not read its text.",
  warnEncoding: '{name} uses a text encoding that some programs misread.',
  warnDamaged: "{name} has errors that some programs can't repair.",
  warnFormat: '{name} is not a standard {kind} file: Word opens it, but other programs may not.',
  warnScripts: "{name} contains scripts or media that employers' systems may block.",
  warnEmbedded: "{name} has other files embedded in it, which employers' systems may block.",
  fixResave: 'Save it as DOCX or PDF and choose the new copy.',
  fixRestricted: 'Save a copy without restrictions and choose that.',
  fixEncoding: 'Save it as UTF-8 text and choose the new copy.',
  fixDamaged: 'Open it, save it again, and choose the new copy.',
  fixRemove: 'Save a copy without them and choose that.',
  /** Between a warning and its fix when the page refuses files with that warning. */
  refusedHere: 'This site does not accept such files.',
  rejectSize: '{name} is {size}, larger than the {max} limit. Choose a smaller file.',
  rejectEmpty: '{name} is empty. Choose a file that has content in it.',
  rejectCount: {
    one: '{name} was not added: you can add only {count} file.',
    other: '{name} was not added: you can add up to {count} files. Remove one to add another.',
  } as Plural,
  moreRejected: {
    one: '{count} more file was not added.',
    other: '{count} more files were not added.',
  } as Plural,
  uploading: 'Uploading {name}',
  uploadProgress: '{name}: {percent} uploaded',
  uploaded: 'Uploaded',
  uploadDone: '{name} uploaded',
  cancel: 'Cancel',
  cancelName: 'Cancel upload of {name}',
  retry: 'Retry',
  retryName: 'Retry {name}',
  uploadCancelled: 'Upload of {name} cancelled. Retry it or remove it.',
  /** Shown and said while waiting to try again: what happened and what happens next. */
  uploadRetrying: '{name} could not be uploaded. Trying again in {seconds} s.',
  uploadNetwork:
    '{name} could not be uploaded: the connection failed. Check your connection and retry.',
  uploadTooLarge: '{name} is too large for the server. Choose a smaller file.',
  uploadRefused:
    'The server refused {name}: its type or contents are not allowed. Choose another file.',
  uploadForbidden: 'You are not allowed to upload {name}. Sign in again, then retry.',
  uploadBusy: 'The server is busy and could not take {name}. Retry in a moment.',
  uploadServer: 'The server had a problem saving {name} (error {status}). Retry in a moment.',
  uploadFailed: 'The server did not accept {name} (error {status}). Retry, or choose another file.',
  uploadPending: 'Wait until your file has finished uploading.',
  notFiles: 'Only files can be dropped here. Drag a file from your computer, or use the button.',
  /** With `autofill`, after filling in the form; {fields} is a list of the filled* words below. */
  filled: 'Filled in your {fields} from {name}. Check them before you send.',
  filledName: 'name',
  filledEmail: 'email',
  filledPhone: 'phone',
  filledLocation: 'location',
  filledLinks: 'links',
  undo: 'Undo',
  undone: 'Undone: removed what was filled in from {name}.',
  required: 'Select a file to upload.',
};

/** Every message key of <resume-upload>, for the `strings` property and translations. */
export type ResumeUploadStrings = typeof resumeUploadStrings;
