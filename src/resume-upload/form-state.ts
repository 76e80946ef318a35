// What <resume-upload> tells its form: the value (the files, or with uploads each server
// reference) and the validity (a required file missing, or an upload still under way).
import type { UploadTexts } from '../core/upload-strings.js';
import type { UploadController } from '../controllers/upload-controller.js';
import type { FileEntry } from './file-list.js';

export interface FormState {
  value: FormData | null;
  flags: ValidityStateFlags;
  message: string;
}

/** The form value and validity for `entries` under the element's `name` and `required`. */
export function formState(
  entries: readonly FileEntry[],
  uploads: UploadController,
  o: { name: string; required: boolean; strings: UploadTexts },
): FormState {
  const uploading = uploads.enabled;
  const values = entries.flatMap<string | File>(({ file }) =>
    uploading ? (uploads.get(file)?.id ?? []) : [file],
  );
  let value: FormData | null = null;
  if (o.name && values.length) {
    value = new FormData();
    for (const v of values) value.append(o.name, v);
  }
  const pending = uploads.pending;
  const done = uploading
    ? entries.filter(({ file }) => uploads.get(file)?.status === 'done')
    : values;
  const missing = o.required && done.length === 0;
  // Files listed but none uploaded (failed or cancelled): say why and what to do, as the file's
  // row does ("… is too large for the server. Choose a smaller file."), not "Select a file".
  const stuck = entries.map(({ file }) => uploads.get(file)?.message).find(Boolean);
  return {
    value,
    flags: { valueMissing: missing && !pending, customError: pending },
    message: pending ? o.strings.uploadPending : missing ? stuck || o.strings.required : '',
  };
}
