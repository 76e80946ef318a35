// The entry of dist/resume-upload.bundle.js: registers <resume-upload> alone and exports its
// class (see applykit.ts for what the bundles leave to the npm modules).
import '../resume-upload/define.js';

export { ResumeUpload } from '../resume-upload/resume-upload.js';
