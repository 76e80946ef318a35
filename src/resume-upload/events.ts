// The one source of truth for <resume-upload>'s events: names and detail types (in core, where
// the upload transport fires them too) and the global event-map augmentation that makes
// `el.addEventListener('file-accept', e => e.detail.kind)` typed.
import type { ResumeUploadEventMap } from '../core/upload-events.js';

export type * from '../core/upload-events.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends ResumeUploadEventMap {}
}
