// <resume-upload>'s events: names and detail types, in core so the upload transport (below the
// element) fires the same typed events; resume-upload/events.ts re-exports them for the page.
import type { FileKind } from './accept.js';
import type { FileWarning, RejectReason, WarningCode } from './file-check.js';
import type { ResumeFields } from '../read/types.js';

export type { FileKind, FileWarning, RejectReason, ResumeFields, WarningCode };

/** A file passed every check and is now in `files`; `warnings` (often none) say what may still
 * cause trouble, each with the sentence shown on its row. */
export interface FileAcceptDetail {
  file: File;
  kind: FileKind;
  warnings: FileWarning[];
}
/** A file was not added; `message` is the sentence the user was shown. `warning` is set when
 * the page's `refuse` turned that warning into the refusal. */
export interface FileRejectDetail {
  file: File;
  reason: RejectReason;
  message: string;
  warning?: WarningCode;
}
/** A file left `files` (its remove button, `removeFile()`, `clear()`, or replaced by a new file). */
export interface FileRemoveDetail {
  file: File;
}

/** An upload began (also on each manual retry). */
export interface UploadStartDetail {
  file: File;
}
/** Bytes sent so far. */
export interface UploadProgressDetail {
  file: File;
  loaded: number;
  total: number;
}
/** The server took the file; `id` is the reference it gave (a JSON reply's `id`, or the tus upload URL). */
export interface UploadSuccessDetail {
  file: File;
  status: number;
  response: string;
  id?: string;
}
/** A try failed; `willRetry` says whether another try is scheduled. `status` is absent for network errors. */
export interface UploadErrorDetail {
  file: File;
  status?: number;
  message: string;
  willRetry: boolean;
}
/** The upload was cancelled (its cancel button, or the file was removed). */
export interface UploadAbortDetail {
  file: File;
}

/** With `autofill`: an accepted resume was read on the device. `fields` are the contact details
 * found (see `readResume()`), `text` the document's plain text. */
export interface ResumeReadDetail {
  file: File;
  fields: ResumeFields;
  text: string;
}

export type FileAcceptEvent = CustomEvent<FileAcceptDetail>;
export type FileRejectEvent = CustomEvent<FileRejectDetail>;
export type FileRemoveEvent = CustomEvent<FileRemoveDetail>;
export type UploadStartEvent = CustomEvent<UploadStartDetail>;
export type UploadProgressEvent = CustomEvent<UploadProgressDetail>;
export type UploadSuccessEvent = CustomEvent<UploadSuccessDetail>;
export type UploadErrorEvent = CustomEvent<UploadErrorDetail>;
export type UploadAbortEvent = CustomEvent<UploadAbortDetail>;
/** Cancelable: `preventDefault()` keeps the element from filling in the form. */
export type ResumeReadEvent = CustomEvent<ResumeReadDetail>;

/** Every event <resume-upload> fires, by name. `change` is a plain `Event`, as on `<input>`. */
export interface ResumeUploadEventMap {
  'file-accept': FileAcceptEvent;
  'file-reject': FileRejectEvent;
  'file-remove': FileRemoveEvent;
  'upload-start': UploadStartEvent;
  'upload-progress': UploadProgressEvent;
  'upload-success': UploadSuccessEvent;
  'upload-error': UploadErrorEvent;
  'upload-abort': UploadAbortEvent;
  'resume-read': ResumeReadEvent;
}
