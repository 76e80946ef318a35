/// <reference types="node" />
// Direct-to-storage uploads: the browser sends the file straight to the bucket with a presigned
// POST (answering the element's `getUploadParams`), then the page asks the completion endpoint,
// which runs the same checks as the other handlers on the stored object and deletes it when it
// fails them. Only an upload that passed is kept under its id, with its record.
import type { IncomingMessage } from 'node:http';
import { readJsonObject } from './body.js';
import {
  acceptIncoming,
  NAME_META,
  openIncoming,
  presignPost,
  removeIncoming,
} from './direct-storage.js';
import {
  discardBody,
  HttpError,
  mediaTypeOf,
  requireMethod,
  sendFailure,
  sendJson,
  type RequestHandler,
} from './http.js';
import { SERVER_MESSAGES as M } from './messages.js';
import { displayName } from './names.js';
import { findUpload } from './records.js';
import type { S3Storage, S3StoredFile } from './s3-storage.js';
import {
  contentAgrees,
  isStoredId,
  newId,
  uploadRecord,
  uploadReply,
  type UploadReply,
} from './storage.js';
import { checkDeclared, fileLimits, tooLarge, type FileLimits } from './upload-rules.js';

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

/** Seconds a presigned POST is valid by default: long enough to start, short enough to expire. */
export const DEFAULT_EXPIRES_IN = 300;
/** Largest JSON body either endpoint reads. */
const MAX_BODY = 4 * 1024;

const MESSAGES = {
  noRoute: 'Nothing is at this address: POST to the upload address, or to its /complete.',
  notFound: 'No file has been uploaded for that id: send the file first.',
  changed: 'The file changed while it was being checked: upload it again.',
  fields: {
    name: 'Must be the file name, as text',
    type: 'Must be the file’s MIME type, as text',
    size: 'Must be the file size in bytes, a whole number',
    id: 'Must be the id given with the upload address',
  },
};

/** What `POST <path>` replies: the element's UploadParams for one file. */
export interface DirectUploadParams {
  url: string;
  method: 'POST';
  fields: Record<string, string>;
  fileField: 'file';
  /** The reference of the upload: send it to `<path>/complete` once the file is sent. */
  id: string;
}

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
      if (mediaTypeOf(req) !== 'application/json') {
        throw new HttpError(415, 'media-type', M.notJson);
      }
      const body = await readJsonObject(req, MAX_BODY);
      if (route === 'sign') {
        sendJson(res, 200, await sign(storage, body, limits, expiresIn));
      } else {
        const { status, reply } = await complete(storage, body, limits);
        sendJson(res, status, reply);
      }
    } catch (error) {
      if (!req.complete) discardBody(req, MAX_BODY);
      sendFailure(res, error);
    }
  };
}

/** Which endpoint a request is for; 404 for anything else under `path`. */
function routeOf(req: IncomingMessage, path: string): 'sign' | 'complete' {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === path) return 'sign';
  if (pathname === `${path}/complete`) return 'complete';
  throw new HttpError(404, 'not-found', MESSAGES.noRoute);
}

/** A 400 naming the field to correct. */
const invalid = (field: keyof typeof MESSAGES.fields): HttpError =>
  new HttpError(400, 'invalid', M.invalid, { fields: { [field]: MESSAGES.fields[field] } });

/** Checks what the page declares about the file, then signs a POST for it. */
async function sign(
  storage: S3Storage,
  body: Record<string, unknown>,
  limits: FileLimits,
  expiresIn: number,
): Promise<DirectUploadParams> {
  const { name, type = '', size } = body;
  if (typeof name !== 'string') throw invalid('name');
  if (typeof type !== 'string') throw invalid('type');
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) throw invalid('size');
  const plain = displayName(name);
  const refusal = checkDeclared(plain, type, size, limits);
  if (refusal) throw refusal;
  const id = newId();
  const contentType = type || 'application/octet-stream';
  const maxSize = limits.maxSize;
  const post = await presignPost(storage, id, { maxSize, contentType, name: plain, expiresIn });
  return { url: post.url, method: 'POST', fields: post.fields, fileField: 'file', id };
}

/** Checks the posted file; keeps it under its id with its record, or deletes it and refuses. */
async function complete(
  storage: S3Storage,
  body: Record<string, unknown>,
  limits: FileLimits,
): Promise<{ status: number; reply: UploadReply }> {
  const { id } = body;
  if (typeof id !== 'string' || !isStoredId(id)) throw invalid('id');
  const before = await findUpload(storage, id);
  if (before) return { status: 200, reply: uploadReply(before) };
  const file = await openIncoming(storage, id);
  if (!file) throw new HttpError(404, 'not-found', MESSAGES.notFound);
  try {
    const record = uploadRecord(id, nameOf(file), file.contentType ?? '', file.size);
    check(file, record.name, limits);
    if (!(await contentAgrees(file, record.kind))) throw new HttpError(415, 'content', M.content);
    await acceptIncoming(storage, id, file.etag ?? '*');
    await storage.writeRecord(record);
    return { status: 201, reply: uploadReply(record) };
  } catch (error) {
    const changed =
      (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 412;
    if (error instanceof HttpError || changed) await removeIncoming(storage, id);
    throw changed ? new HttpError(409, 'changed', MESSAGES.changed) : error;
  }
}

/** The client's file name, as signed into the object's metadata. */
function nameOf(file: S3StoredFile): string {
  try {
    return decodeURIComponent(file.metadata[NAME_META] ?? '');
  } catch {
    return '';
  }
}

/** Refuses what the policy should have refused (an emulator or a lax store may not). */
function check(file: S3StoredFile, name: string, limits: FileLimits): void {
  if (file.size > limits.maxSize) throw tooLarge(limits);
  const refusal = checkDeclared(name, file.contentType ?? '', file.size, limits);
  if (refusal) throw refusal;
}
