// English texts <resume-upload> shows before any file's bytes are read: label, hint, list, rule
// refusals, uploads, autofill. They load with the element. The sentences about what a file's
// bytes show (verdict-strings.ts) load with the content check, the only code that needs them.
// `{name}`-style placeholders are filled by messages.ts.
import type { Plural } from './messages.js';

export const uploadUiStrings = {
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
  rejectUnreadable: '{name} could not be read. Check the file and choose it again.',
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

/** The texts the element keeps at hand: every key of ResumeUploadStrings but the verdict ones. */
export type UploadUiStrings = typeof uploadUiStrings;
