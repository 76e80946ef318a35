/// <reference types="node" />
// Resumable uploads over tus (@tus/server with its file store, tus-server.ts). In front of tus:
// the declared name, type and length are checked, and creations beyond the cap on unfinished
// uploads refused (429). Behind it: the head judged as it arrives, the whole file when it
// completes, and unfinished uploads expiring (24 h by default).
import { once } from 'node:events';
import type { IncomingMessage } from 'node:http';
import { answerFailure, HttpError, requireMethod, type RequestHandler } from './http.js';
import { SERVER_MESSAGES as M } from './messages.js';
import { displayName } from './names.js';
import type { TusService } from './tus-server.js';
import {
  checkDeclared,
  uploadRules,
  type UploadHandlerOptions,
  type UploadRules,
} from './upload-rules.js';

/** Options of `createTusHandler`: the upload options plus the public URL path it is mounted at. */
export interface TusHandlerOptions extends UploadHandlerOptions {
  /** The URL path of the endpoint, e.g. `/uploads/tus`; uploads live at `<path>/<id>`. */
  path: string;
  /** Milliseconds after its creation an unfinished upload expires; default 24 h, 0 never. */
  expireAfter?: number;
  /** Most unfinished uploads kept at once; beyond it creation answers 429. Default 100. */
  maxOpenUploads?: number;
}

export const DEFAULT_EXPIRE_AFTER = 24 * 60 * 60 * 1000;
export const DEFAULT_MAX_OPEN_UPLOADS = 100;
/** Seconds a client refused for the cap is asked to wait (Retry-After). */
const RETRY_AFTER = 60;

/**
 * A tus 1.0 endpoint: mount it for `path` and everything under it. Creation, HEAD, PATCH and
 * termination of unfinished uploads; no GET (stored files are not served back). The final PATCH
 * replies 200 `{ id, name, size, kind }`, or 415/422 `{ error, reason, message }` for a file the
 * content check refuses (`content`, `protected`, `damaged`); any PATCH whose first bytes cannot
 * begin the claimed kind gets the 415.
 */
export function createTusHandler(options: TusHandlerOptions): RequestHandler {
  const rules = uploadRules(options);
  const { expireAfter, maxOpenUploads } = tusLimits(options);
  const path = `/${options.path.replace(/^\/+|\/+$/g, '')}`;
  const startedAt = Date.now();
  let service: Promise<TusService> | undefined;
  const start = (): Promise<TusService> => {
    // @tus/server and its stores are optional peer dependencies, loaded when the handler starts.
    service = import('./tus-server.js').then((tus) =>
      tus.startTus(path, rules, expireAfter, startedAt),
    );
    service.catch(() => (service = undefined)); // the next request tries again
    return service;
  };
  void start(); // sweeps the folder now, not at the first request (a failure is handled above)
  let creating = 0;
  return async (req, res) => {
    try {
      requireMethod(req, 'POST', 'HEAD', 'PATCH', 'DELETE', 'OPTIONS');
      const { server, store, parseMetadata } = await (service ?? start());
      if (req.method === 'POST') refuseDeclared(req, rules, parseMetadata);
      const creation = req.method === 'POST';
      if (creation) creating++; // before counting, which may wait (a bucket is asked)
      try {
        if (creation && (await store.openCount()) + creating > maxOpenUploads) {
          throw new HttpError(429, 'busy', M.busy, {}, { 'Retry-After': String(RETRY_AFTER) });
        }
        // tus may never settle for a client that has gone; the exchange is over once `res` closes.
        await Promise.race([server.handle(req, res), once(res, 'close')]);
      } finally {
        if (creation) creating--;
      }
    } catch (error) {
      answerFailure(req, res, error, rules.maxSize);
    }
  };
}

/** Resolves the tus-only options; a bad value is a setup mistake, so it throws. */
function tusLimits(options: TusHandlerOptions): { expireAfter: number; maxOpenUploads: number } {
  const { expireAfter = DEFAULT_EXPIRE_AFTER, maxOpenUploads = DEFAULT_MAX_OPEN_UPLOADS } = options;
  if (!Number.isSafeInteger(expireAfter) || expireAfter < 0) {
    throw new TypeError('applykit/server: `expireAfter` must be a whole number of milliseconds');
  }
  if (
    !(maxOpenUploads === Infinity || Number.isSafeInteger(maxOpenUploads)) ||
    maxOpenUploads < 1
  ) {
    throw new TypeError('applykit/server: `maxOpenUploads` must be a positive whole number');
  }
  return { expireAfter, maxOpenUploads };
}

/**
 * Throws the refusal for a creation request's declared name, type and length. Done in front of
 * tus, not in its `onUploadCreate`, because a hook's refusal could only be sent as text/plain.
 * No metadata counts as a file without a name; malformed headers are left for tus to answer.
 */
function refuseDeclared(
  req: IncomingMessage,
  rules: UploadRules,
  parseMetadata: TusService['parseMetadata'],
): void {
  const header = (name: string): string => String(req.headers[name] ?? '');
  const raw = header('upload-metadata');
  let metadata: Record<string, string | null> = {};
  try {
    if (raw) metadata = parseMetadata(raw);
  } catch {
    return; // malformed: tus answers 400 and creates nothing
  }
  const length = Number.parseInt(header('upload-length'), 10);
  const name = displayName(metadata.filename ?? '');
  const type = metadata.filetype ?? '';
  const refusal = checkDeclared(name, type, Number.isNaN(length) ? undefined : length, rules);
  if (refusal) throw refusal;
}
