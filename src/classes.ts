// dist/classes.js: every class, type and helper, with no side effects: nothing is registered.
// Design systems import from here and register under their own tag names.
export { defineElement } from './define.js';
export { ResumeUpload } from './resume-upload/resume-upload.js';
export type * from './resume-upload/events.js';
export { resumeUploadStrings, type ResumeUploadStrings } from './resume-upload/strings.js';
