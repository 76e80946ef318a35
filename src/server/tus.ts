/// <reference types="node" />
// Resumable uploads over tus (@tus/server with its file store). The declared name, type and
// length are checked before tus creates anything, and the bytes once the upload completes: a
// file whose contents do not match its type is deleted with its record and refused with 415.
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { FileStore } from '@tus/file-store';
import { Metadata, Server, type Upload } from '@tus/server';
import {
  discardBody,
  HttpError,
  JSON_HEADERS,
  requireMethod,
  sendFailure,
  type RequestHandler,
} from './http.js';
import { SERVER_MESSAGES as M } from './messages.js';
import { claimedKind } from '../core/accept.js';
import { displayName } from './names.js';
import {
  contentAgrees,
  ensurePrivateDir,
  isStoredId,
  newId,
  typeOfKind,
  uploadRecord,
  uploadReply,
} from './storage.js';
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
}

/** What tus lets a finish hook reply with. */
interface HookReply {
  status_code: number;
  headers: Record<string, string>;
  body: string;
}

/** A file store whose data and info files are created owner-only (tus keeps their mode later). */
class PrivateFileStore extends FileStore {
  override async create(upload: Upload): Promise<Upload> {
    const path = join(this.directory, upload.id);
    await writeFile(path, '', { mode: 0o600, flag: 'wx' });
    await writeFile(`${path}.json`, '', { mode: 0o600, flag: 'wx' });
    return super.create(upload);
  }
}

/**
 * A tus 1.0 endpoint: mount it for `path` and everything under it. Creation, HEAD, PATCH and
 * termination of unfinished uploads; no GET (stored files are not served back). The final PATCH
 * replies 200 `{ id, name, size, kind }`, or 415 `{ error: 'content' }` for a spoofed file.
 */
export function createTusHandler(options: TusHandlerOptions): RequestHandler {
  const rules = uploadRules(options);
  const path = `/${options.path.replace(/^\/+|\/+$/g, '')}`;
  let server: Promise<Server> | undefined;
  return async (req, res) => {
    try {
      requireMethod(req, 'POST', 'HEAD', 'PATCH', 'DELETE', 'OPTIONS');
      if (req.method === 'POST') refuseDeclared(req, rules);
      server ??= startServer(path, rules).catch((error: unknown) => {
        server = undefined; // let the next request try again (e.g. the folder is fixed)
        throw error;
      });
      const tus = await server;
      // tus may never settle for a client that has gone; the exchange is over once `res` closes.
      await Promise.race([tus.handle(req, res), once(res, 'close')]);
    } catch (error) {
      if (!req.complete) discardBody(req, rules.maxSize);
      sendFailure(res, error);
    }
  };
}

/**
 * Throws the refusal for a creation request's declared name, type and length. Done in front of
 * tus, not in its `onUploadCreate`, because a hook's refusal could only be sent as text/plain.
 * No metadata counts as a file without a name; malformed headers are left for tus to answer.
 */
function refuseDeclared(req: IncomingMessage, rules: UploadRules): void {
  const header = (name: string): string => String(req.headers[name] ?? '');
  const raw = header('upload-metadata');
  let metadata: Record<string, string | null> = {};
  try {
    if (raw) metadata = Metadata.parse(raw);
  } catch {
    return; // malformed: tus answers 400 and creates nothing
  }
  const length = Number.parseInt(header('upload-length'), 10);
  const name = displayName(metadata.filename ?? '');
  const type = metadata.filetype ?? '';
  const refusal = checkDeclared(name, type, Number.isNaN(length) ? undefined : length, rules);
  if (refusal) throw refusal;
}

async function startServer(path: string, rules: UploadRules): Promise<Server> {
  await ensurePrivateDir(rules.dir);
  const store = new PrivateFileStore({ directory: rules.dir });
  return new Server({
    path,
    datastore: store,
    maxSize: rules.maxSize,
    relativeLocation: true, // right behind proxies; tus clients resolve it against the endpoint
    allowedOrigins: [], // same-origin only: no Access-Control-Allow-Origin
    disableTerminationForFinishedUploads: true,
    namingFunction: () => newId(),
    // Only ids this handler made reach the store, so a path never comes from the client.
    getFileIdFromRequest: (_req, last) => (last && isStoredId(last) ? last : undefined),
    onUploadCreate: async (_req, upload) => ({ metadata: safeMetadata(upload.metadata) }),
    onUploadFinish: (_req, upload) => finishUpload(store, upload),
  });
}

/**
 * What an unfinished upload's info keeps of the client's metadata: the display-safe name and the
 * type of the kind it claims (enough to check its bytes later), nothing else the client sent.
 */
function safeMetadata(metadata: Upload['metadata']): Record<string, string> {
  const filename = displayName(metadata?.filename ?? '');
  return { filename, filetype: typeOfKind(claimedKind(filename, metadata?.filetype ?? '')) };
}

/** Checks a completed upload's bytes; keeps it with its record, or deletes it and refuses. */
async function finishUpload(store: FileStore, upload: Upload): Promise<HookReply> {
  const { filename = '', filetype = '' } = upload.metadata ?? {};
  const record = uploadRecord(upload.id, filename ?? '', filetype ?? '', upload.offset);
  if (!(await contentAgrees(join(store.directory, upload.id), record.kind))) {
    await store.remove(upload.id); // the data file and its .json info
    return hookReply(415, new HttpError(415, 'content', M.content).body);
  }
  // The info file becomes the record alone, as a multipart upload's: no client metadata, no path.
  // tus still reads it (HEAD of a finished upload); without creation_date it never expires.
  await store.configstore.set(upload.id, record as unknown as Upload);
  return hookReply(200, uploadReply(record));
}

function hookReply(status: number, body: unknown): HookReply {
  return { status_code: status, headers: { ...JSON_HEADERS }, body: JSON.stringify(body) };
}
