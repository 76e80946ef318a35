// The entry of dist/applykit.bundle.js, for pages that load one <script type="module">: registers
// both elements and exports their classes and defineElement. The English tables
// (resumeUploadStrings, accommodationRequestStrings) stay in the npm modules: a page sets
// `strings` with only the texts it changes, and the bundle keeps the sentences about a file's
// contents in the content check's lazy chunk.
import '../resume-upload/define.js';
import '../accommodation-request/define.js';

export { defineElement } from '../define.js';
export { ResumeUpload } from '../resume-upload/resume-upload.js';
export { AccommodationRequest } from '../accommodation-request/accommodation-request.js';
