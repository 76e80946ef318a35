/// <reference types="node" />
// POST multipart/form-data uploads: the file part streamed into the storage (multipart-stream.ts),
// then its bytes sniffed, and the file kept under its random id with a JSON record.
import {
  answerFailure,
  HttpError,
  requireMediaType,
  requireMethod,
  sendJson,
  type RequestHandler,
} from './http.js';
import { removeLeftovers } from './expiry.js';
import { SERVER_MESSAGES as M } from './messages.js';
import { receivePart, type ReceivedPart } from './multipart-stream.js';
import { uploadRecord, uploadReply, type UploadRecord } from './storage.js';
import { uploadRules, type UploadHandlerOptions, type UploadRules } from './upload-rules.js';
import { checkStoredContent } from './upload-storage.js';

/**
 * A handler for POST multipart/form-data uploads of one file. Replies 201
 * `{ id, name, size, kind }` and stores the file `<id>` with its record `<id>.json` (in `dir`, or
 * in `storage`); refusals are JSON 4xx replies.
 */
export function createUploadHandler(options: UploadHandlerOptions): RequestHandler {
  const rules = uploadRules(options);
  const { storage } = rules;
  // What a crash left in a folder goes first; requests wait for it, so no new file is swept.
  const started =
    storage.kind === 'directory'
      ? removeLeftovers(storage.dir, Date.now()).catch(() => undefined)
      : Promise.resolve();
  return async (req, res) => {
    try {
      await started;
      requireMethod(req, 'POST');
      requireMediaType(req, 'multipart/form-data', M.notMultipart);
      const record = await keepIfGenuine(await receivePart(req, rules), rules);
      sendJson(res, 201, uploadReply(record));
    } catch (error) {
      answerFailure(req, res, error, rules.maxSize);
    }
  };
}

/** Keeps a received part, with its record, if it is not empty and its bytes agree. */
async function keepIfGenuine(part: ReceivedPart, rules: UploadRules): Promise<UploadRecord> {
  const record = uploadRecord(part.id, part.name, part.type, part.size);
  try {
    if (part.size === 0) throw new HttpError(400, 'empty', M.empty);
    record.warnings = await checkStoredContent(rules.storage, record);
    // The record comes last: its presence marks a complete upload.
    await rules.storage.writeRecord(record);
    return record;
  } catch (error) {
    await rules.storage.remove(part.id);
    throw error;
  }
}
