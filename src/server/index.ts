/// <reference types="node" />
// applykit/server: Node request handlers for what the elements send — multipart and tus resume
// uploads checked by content with the browser's own check, and accommodation requests.
export { createUploadHandler } from './multipart.js';
export { inspectDocument, type DocumentInspection } from './inspect.js';
export type { FileWarning, WarningCode } from '../core/file-check.js';
export {
  createTusHandler,
  DEFAULT_EXPIRE_AFTER,
  DEFAULT_MAX_OPEN_UPLOADS,
  type TusHandlerOptions,
} from './tus.js';
export {
  createAccommodationHandler,
  DEFAULT_MAX_BYTES,
  type AccommodationHandlerOptions,
} from './accommodation.js';
export {
  checkAccommodation,
  FIELD_MESSAGES,
  type AccommodationCheck,
} from './accommodation-rules.js';
export { DEFAULT_MAX_SIZE, type UploadHandlerOptions } from './upload-rules.js';
export { SERVER_MESSAGES } from './messages.js';
export { discardBody, HttpError, sendFailure, sendJson, type RequestHandler } from './http.js';
export { readBody } from './body.js';
export { findUpload } from './records.js';
export type { UploadRecord, UploadReply } from './storage.js';
export {
  createDirectoryRequestStore,
  type RequestStore,
  type RequestStoreOptions,
  type StoredRequest,
} from './request-store.js';
export {
  createPostgresRequestStore,
  type PostgresRequestStore,
  type PostgresRequestStoreOptions,
} from './pg-request-store.js';
export {
  createDirectoryStorage,
  type DirectoryStorage,
  type StoredFile,
  type UploadStorage,
} from './upload-storage.js';
export {
  createS3Storage,
  type S3Storage,
  type S3StorageOptions,
  type S3StoredFile,
} from './s3-storage.js';
export {
  createDirectUploadHandler,
  DEFAULT_EXPIRES_IN,
  type DirectUploadHandlerOptions,
  type DirectUploadParams,
} from './direct.js';
