// dist/resume-upload.js: registers <resume-upload> only, and exports its class and types.
import './resume-upload/define.js';

export { ResumeUpload } from './resume-upload/resume-upload.js';
export type * from './resume-upload/events.js';
export { resumeUploadStrings, type ResumeUploadStrings } from './resume-upload/strings.js';
