// The English texts of <resume-upload>: the table lives in core (messages are built there);
// this module is the element's public name for it.
export { resumeUploadStrings, type ResumeUploadStrings } from '../core/upload-strings.js';
