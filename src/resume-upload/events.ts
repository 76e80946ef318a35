// The one source of truth for <resume-upload>'s events: names, detail types, and the global
// event-map augmentation that makes `el.addEventListener('file-accept', e => e.detail.kind)` typed.
import type { FileKind } from '../core/accept.js';
import type { RejectReason } from '../core/file-check.js';

export type { FileKind, RejectReason };

/** A file passed every check and is now in `files`. */
export interface FileAcceptDetail {
  file: File;
  kind: FileKind;
}
/** A file was not added; `message` is the sentence the user was shown. */
export interface FileRejectDetail {
  file: File;
  reason: RejectReason;
  message: string;
}
/** A file left `files` (its remove button, `removeFile()`, `clear()`, or replaced by a new file). */
export interface FileRemoveDetail {
  file: File;
}

export type FileAcceptEvent = CustomEvent<FileAcceptDetail>;
export type FileRejectEvent = CustomEvent<FileRejectDetail>;
export type FileRemoveEvent = CustomEvent<FileRemoveDetail>;

/** Every event <resume-upload> fires, by name. `change` is a plain `Event`, as on `<input>`. */
export interface ResumeUploadEventMap {
  'file-accept': FileAcceptEvent;
  'file-reject': FileRejectEvent;
  'file-remove': FileRemoveEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends ResumeUploadEventMap {}
}
