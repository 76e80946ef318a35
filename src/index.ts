// dist/index.js: registers every applykit element whose tag is still free, and exports
// the classes and types (see classes.ts for the side-effect-free version).
import './resume-upload/define.js';
import './accommodation-request/define.js';

export * from './classes.js';
