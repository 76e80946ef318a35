/// <reference types="node" />
// The streaming half of multipart uploads: busboy parses the body and the file part streams
// straight into the storage (a folder or a bucket) under a random id, cut off at the size
// limit; nothing of a failed request is kept.
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import type busboy from 'busboy';
import { HttpError } from './http.js';
import { SERVER_MESSAGES as M } from './messages.js';
import { displayName } from './names.js';
import { newId } from './storage.js';
import { checkDeclared, tooLarge, type UploadRules } from './upload-rules.js';

/** A file part stored as `id`, not yet checked. */
export interface ReceivedPart {
  id: string;
  name: string;
  type: string;
  size: number;
}

/** Parses the body until the file part is stored; rejects (and cleans up) on the first problem. */
export async function receivePart(req: IncomingMessage, rules: UploadRules): Promise<ReceivedPart> {
  // busboy is an optional peer dependency: loaded by the first multipart request, so a server
  // that only takes tus or accommodation requests need not install it.
  const { default: parse } = await import('busboy');
  const parser = openParser(parse, req, rules);
  const cancel = new AbortController(); // stops the part's write when the request fails
  return new Promise((resolve, reject) => {
    let part: Promise<ReceivedPart> | undefined;
    let settled = false;
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      cancel.abort(error);
      req.unpipe(parser);
      // Settle only once a part written meanwhile is gone too: no file outlives the request.
      const written = part?.then((p) => rules.storage.remove(p.id)).catch(() => undefined);
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- an HttpError or the stream's own error
      void Promise.resolve(written).then(() => reject(error));
    };
    const succeed = (received: ReceivedPart): void => {
      if (settled) return void rules.storage.remove(received.id).catch(() => undefined);
      settled = true;
      resolve(received);
    };
    parser.on('file', (field, stream, info) => {
      // A part is ended with an error when the form is cut short: an ignored one needs a
      // listener too, or that error would reach the process.
      stream.on('error', () => undefined);
      // After a failure busboy may still report parts it had already read: none is saved.
      const unwanted =
        settled || part || !info.filename || (rules.fieldName && field !== rules.fieldName);
      if (unwanted) return void stream.resume();
      part = savePart(stream, info, rules, cancel.signal);
      part.catch(fail);
    });
    parser.on('error', () => fail(new HttpError(400, 'malformed', M.malformed)));
    parser.on('close', () => {
      if (part) part.then(succeed, fail);
      else fail(new HttpError(400, 'no-file', M.noFile));
    });
    req.on('close', () => req.complete || fail(new HttpError(400, 'aborted', M.malformed)));
    req.pipe(parser);
  });
}

/** A busboy parser for the request; 415 when the body is not multipart with a boundary. */
function openParser(parse: typeof busboy, req: IncomingMessage, rules: UploadRules): busboy.Busboy {
  try {
    return parse({
      headers: req.headers,
      defParamCharset: 'utf8', // browsers send file names as raw UTF-8
      // busboy signals its limit on reaching it, so one byte more tells "over" from "exactly".
      limits: { fileSize: rules.maxSize + 1, fields: 50, fieldSize: 64 * 1024, parts: 60 },
    });
  } catch {
    throw new HttpError(415, 'media-type', M.notMultipart);
  }
}

/** Streams one file part into the storage, refusing its declared type or an overrun. */
async function savePart(
  stream: Readable,
  info: busboy.FileInfo,
  rules: UploadRules,
  signal: AbortSignal,
): Promise<ReceivedPart> {
  const name = displayName(info.filename ?? '');
  const refusal = checkDeclared(name, info.mimeType, undefined, rules);
  if (refusal) throw refusal;
  const id = newId();
  const overrun = new AbortController();
  stream.once('limit', () => overrun.abort());
  try {
    // The storage keeps nothing of a write that fails or is aborted.
    const size = await rules.storage.write(id, stream, AbortSignal.any([signal, overrun.signal]));
    return { id, name, type: info.mimeType, size };
  } catch (error) {
    throw overrun.signal.aborted ? tooLarge(rules) : error;
  }
}
