// The options both upload handlers share, and the checks that need only what the client
// declares (name, type, length): they run before a byte is stored.
import { DEFAULT_ACCEPT, isAccepted, parseAccept } from '../core/accept.js';
import { HttpError } from './http.js';
import { SERVER_MESSAGES, tooLargeMessage, typeMessage } from './messages.js';
import type { S3Storage } from './s3-storage.js';
import { createDirectoryStorage, type DirectoryStorage } from './upload-storage.js';

/** The storages the handlers take: a folder or a bucket. */
export type Storage = DirectoryStorage | S3Storage;

/** Options of `createUploadHandler` (and, with `path`, of `createTusHandler`). */
export interface UploadHandlerOptions {
  /**
   * The folder files are stored in (created owner-only): short for
   * `storage: createDirectoryStorage(dir)`.
   */
  dir?: string;
  /** Where files are stored instead of `dir`: `createS3Storage(…)` or `createDirectoryStorage(…)`. */
  storage?: Storage;
  /** Largest file in bytes, enforced while streaming (413); default 10 MiB. */
  maxSize?: number;
  /** The element's `accept` syntax: extensions, MIME types, `type/*`; default DEFAULT_ACCEPT. */
  accept?: string;
  /** Multipart field to take the file from; default: the first file field. */
  fieldName?: string;
}

/** Options resolved once, when a handler is created. */
export interface UploadRules {
  storage: Storage;
  maxSize: number;
  accept: readonly string[];
  fieldName: string | undefined;
}

export const DEFAULT_MAX_SIZE = 10 * 1024 * 1024;

/** What the checks on a file's declared name, type and size need. */
export type FileLimits = Pick<UploadRules, 'maxSize' | 'accept'>;

/** Resolves `maxSize` and `accept` with their defaults; a bad `maxSize` throws. */
export function fileLimits(options: Pick<UploadHandlerOptions, 'maxSize' | 'accept'>): FileLimits {
  const { maxSize = DEFAULT_MAX_SIZE, accept = DEFAULT_ACCEPT } = options;
  if (!Number.isSafeInteger(maxSize) || maxSize < 1) {
    throw new TypeError('applykit/server: `maxSize` must be a positive whole number of bytes');
  }
  return { maxSize, accept: parseAccept(accept) };
}

/**
 * Resolves the defaults. Neither or both of `dir` and `storage`, or a bad `maxSize`, is a setup
 * mistake, so it throws.
 */
export function uploadRules(options: UploadHandlerOptions): UploadRules {
  const { dir, storage, fieldName } = options;
  if (storage !== undefined && dir !== undefined) {
    throw new TypeError('applykit/server: give `dir` or `storage`, not both');
  }
  if (storage !== undefined && !['directory', 's3'].includes(storage?.kind)) {
    throw new TypeError(
      'applykit/server: `storage` must come from createDirectoryStorage or createS3Storage',
    );
  }
  const where = storage ?? createDirectoryStorage(dir as string); // which throws without a dir
  return { storage: where, ...fileLimits(options), fieldName: fieldName || undefined };
}

/** The 413 refusal for a file over the limit. */
export function tooLarge(rules: FileLimits): HttpError {
  return new HttpError(413, 'too-large', tooLargeMessage(rules.maxSize));
}

/**
 * The refusal for what a client declares about a file, or null: the type by name and MIME type
 * (415), then a declared length of zero (400) or over the limit (413).
 */
export function checkDeclared(
  name: string,
  type: string,
  length: number | undefined,
  rules: FileLimits,
): HttpError | null {
  if (!isAccepted(name, type, rules.accept)) {
    return new HttpError(415, 'type', typeMessage(rules.accept));
  }
  if (length === 0) return new HttpError(400, 'empty', SERVER_MESSAGES.empty);
  if (length !== undefined && length > rules.maxSize) return tooLarge(rules);
  return null;
}
