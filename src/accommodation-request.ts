// Entry of dist/accommodation-request.js: registers <accommodation-request> only, exports its class and types.
import './accommodation-request/define.js';
export * from './accommodation-request/accommodation-request.js';
export type * from './accommodation-request/events.js';
