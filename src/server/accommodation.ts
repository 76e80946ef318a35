/// <reference types="node" />
// POST accommodation requests as JSON: size-limited while read, checked field by field, kept in
// a request store (a private folder, one owner-only file per request, or PostgreSQL). The body
// is health-related data: it is never logged.
import { DEFAULT_NEEDS } from '../core/accommodation.js';
import { checkAccommodation } from './accommodation-rules.js';
import { readJsonObject } from './body.js';
import {
  answerFailure,
  HttpError,
  requireMediaType,
  requireMethod,
  sendJson,
  type RequestHandler,
} from './http.js';
import { SERVER_MESSAGES as M } from './messages.js';
import { createDirectoryRequestStore, type RequestStore } from './request-store.js';
import { newId } from './storage.js';

/** Options of `createAccommodationHandler`. */
export interface AccommodationHandlerOptions {
  /**
   * The folder requests are kept in, one `<id>.json` each (created owner-only): short for
   * `store: createDirectoryRequestStore(dir)`.
   */
  dir?: string;
  /** Where requests are kept instead of `dir`: `createPostgresRequestStore(…)`, or your own. */
  store?: RequestStore;
  /** Largest body in bytes, enforced while reading (413); default 16 KiB. */
  maxBytes?: number;
  /** Allowed `needs` values; default those of DEFAULT_NEEDS. Match the element's `needs`. */
  needs?: readonly string[];
}

export const DEFAULT_MAX_BYTES = 16 * 1024;

/**
 * A handler for POST application/json accommodation requests. Replies 201 `{ id }` and keeps
 * `{ id, receivedAt, ...request }` in the store (`<dir>/<id>.json`, mode 0600, by default);
 * 400 `{ error: 'invalid', fields }` names each field to correct.
 */
export function createAccommodationHandler(options: AccommodationHandlerOptions): RequestHandler {
  const { dir, maxBytes = DEFAULT_MAX_BYTES } = options;
  const needs = options.needs ?? DEFAULT_NEEDS.map((need) => need.value);
  if (options.store !== undefined && dir !== undefined) {
    throw new TypeError('applykit/server: give `dir` or `store`, not both');
  }
  const store = options.store ?? createDirectoryRequestStore(dir as string); // throws without dir
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) {
    throw new TypeError('applykit/server: `maxBytes` must be a positive whole number of bytes');
  }
  return async (req, res) => {
    try {
      requireMethod(req, 'POST');
      requireMediaType(req, 'application/json', M.notJson);
      const check = checkAccommodation(await readJsonObject(req, maxBytes), needs);
      if (!check.ok) throw new HttpError(400, 'invalid', M.invalid, { fields: check.fields });
      const id = newId();
      await store.add({ id, receivedAt: new Date().toISOString(), ...check.request });
      sendJson(res, 201, { id });
    } catch (error) {
      answerFailure(req, res, error, maxBytes);
    }
  };
}
