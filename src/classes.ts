// dist/classes.js: every class, type and helper, with no side effects: nothing is registered.
// Design systems import from here and register under their own tag names.
export { defineElement } from './define.js';
export { ResumeUpload } from './resume-upload/resume-upload.js';
export type * from './resume-upload/events.js';
export type { UploadParams } from './controllers/upload-transport.js';
export { resumeUploadStrings, type ResumeUploadStrings } from './resume-upload/strings.js';
export { AccommodationRequest } from './accommodation-request/accommodation-request.js';
export type * from './accommodation-request/events.js';
export { accommodationRequestStrings } from './accommodation-request/strings.js';
