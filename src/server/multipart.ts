/// <reference types="node" />
// POST multipart/form-data uploads: the file part streamed to a temp file (multipart-stream.ts),
// then its bytes sniffed, and the file kept under its random id with a JSON record.
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import {
  discardBody,
  HttpError,
  mediaTypeOf,
  requireMethod,
  sendFailure,
  sendJson,
  type RequestHandler,
} from './http.js';
import { removeLeftovers } from './expiry.js';
import { SERVER_MESSAGES as M } from './messages.js';
import { receivePart, type ReceivedPart } from './multipart-stream.js';
import {
  contentAgrees,
  ensurePrivateDir,
  removeFiles,
  uploadRecord,
  uploadReply,
  writePrivateJson,
  type UploadRecord,
} from './storage.js';
import { uploadRules, type UploadHandlerOptions, type UploadRules } from './upload-rules.js';

/**
 * A handler for POST multipart/form-data uploads of one file. Replies 201
 * `{ id, name, size, kind }` and stores `<dir>/<id>` with its record `<dir>/<id>.json`;
 * refusals are JSON 4xx replies.
 */
export function createUploadHandler(options: UploadHandlerOptions): RequestHandler {
  const rules = uploadRules(options);
  // What a crash left behind goes first; requests wait for it, so no new temp file is swept.
  const started = removeLeftovers(rules.dir, Date.now()).catch(() => undefined);
  return async (req, res) => {
    try {
      await started;
      requireMethod(req, 'POST');
      if (mediaTypeOf(req) !== 'multipart/form-data') {
        throw new HttpError(415, 'media-type', M.notMultipart);
      }
      await ensurePrivateDir(rules.dir);
      const record = await keepIfGenuine(await receivePart(req, rules), rules);
      sendJson(res, 201, uploadReply(record));
    } catch (error) {
      if (!req.complete) discardBody(req, rules.maxSize);
      sendFailure(res, error);
    }
  };
}

/** Keeps a received part as `<dir>/<id>` + `<id>.json` if it is not empty and its bytes agree. */
async function keepIfGenuine(part: ReceivedPart, rules: UploadRules): Promise<UploadRecord> {
  const record = uploadRecord(part.id, part.name, part.type, part.size);
  const path = join(rules.dir, part.id);
  try {
    if (part.size === 0) throw new HttpError(400, 'empty', M.empty);
    if (!(await contentAgrees(part.tempPath, record.kind))) {
      throw new HttpError(415, 'content', M.content);
    }
    await rename(part.tempPath, path);
    // The record comes last: its presence marks a complete upload.
    await writePrivateJson(`${path}.json`, record);
    return record;
  } catch (error) {
    await removeFiles(part.tempPath, path);
    throw error;
  }
}
