/// <reference types="node" />
// Direct-to-storage uploads: the browser sends the file straight to the bucket with a presigned
// POST (answering the element's `getUploadParams`), then the page asks the completion endpoint,
// which runs the same checks as the other handlers on the stored object and deletes it when it
// fails them. Only an upload that passed is kept under its id, with its record.
import type { IncomingMessage } from 'node:http';
import { readJsonObject } from './body.js';
import { complete, DEFAULT_EXPIRES_IN, sign } from './direct-steps.js';
import {
  answerFailure,
  HttpError,
  requireMediaType,
  requireMethod,
  sendJson,
  type RequestHandler,
} from './http.js';
import { SERVER_MESSAGES as M } from './messages.js';
import type { S3Storage } from './s3-storage.js';
import { fileLimits } from './upload-rules.js';

export { DEFAULT_EXPIRES_IN, type DirectUploadParams } from './direct-steps.js';

/** Options of `createDirectUploadHandler`. */
export interface DirectUploadHandlerOptions {
  /** The bucket: `createS3Storage(…)`. Files land at `<prefix>incoming/<id>` until checked. */
  storage: S3Storage;
  /** The URL path it is mounted at, e.g. `/uploads/direct`; completion is `<path>/complete`. */
  path: string;
  /** Largest file in bytes, in the signed policy and checked again; default 10 MiB. */
  maxSize?: number;
  /** The element's `accept` syntax; default DEFAULT_ACCEPT. */
  accept?: string;
  /** Seconds a presigned POST stays valid; default 300. */
  expiresIn?: number;
}

const NO_ROUTE = 'Nothing is at this address: POST to the upload address, or to its /complete.';
/** Largest JSON body either endpoint reads. */
const MAX_BODY = 4 * 1024;

/**
 * A handler for direct uploads, mounted at `path` and `<path>/complete` (both POST, JSON):
 * `POST <path>` `{ name, type, size }` replies 200 with `{ url, method, fields, fileField, id }`
 * (what `getUploadParams` returns), or refuses the declared name, type or size as the other
 * handlers do; `POST <path>/complete` `{ id }` checks the stored file and replies 201
 * `{ id, name, size, kind }` (200 if it was completed before), or refuses it and deletes it.
 */
export function createDirectUploadHandler(options: DirectUploadHandlerOptions): RequestHandler {
  const { storage, expiresIn = DEFAULT_EXPIRES_IN } = options;
  if (storage?.kind !== 's3') {
    throw new TypeError('applykit/server: direct uploads need `storage: createS3Storage(…)`');
  }
  if (!Number.isSafeInteger(expiresIn) || expiresIn < 1) {
    throw new TypeError('applykit/server: `expiresIn` must be a positive whole number of seconds');
  }
  const limits = fileLimits(options);
  const path = `/${options.path.replace(/^\/+|\/+$/g, '')}`;
  return async (req, res) => {
    try {
      const route = routeOf(req, path);
      requireMethod(req, 'POST');
      requireMediaType(req, 'application/json', M.notJson);
      const body = await readJsonObject(req, MAX_BODY);
      if (route === 'sign') {
        sendJson(res, 200, await sign(storage, body, limits, expiresIn));
      } else {
        const { status, reply } = await complete(storage, body, limits);
        sendJson(res, status, reply);
      }
    } catch (error) {
      answerFailure(req, res, error, MAX_BODY);
    }
  };
}

/** Which endpoint a request is for; 404 for anything else under `path`. */
function routeOf(req: IncomingMessage, path: string): 'sign' | 'complete' {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === path) return 'sign';
  if (pathname === `${path}/complete`) return 'complete';
  throw new HttpError(404, 'not-found', NO_ROUTE);
}
