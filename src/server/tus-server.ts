/// <reference types="node" />
// The @tus/server instance behind createTusHandler, and its hooks: client metadata reduced to a
// display-safe name and a kind when an upload is created, a refused head answered as JSON, and
// the full content check when the last byte arrives. Its store keeps files in a folder
// (tus-store.ts) or a bucket (tus-s3-store.ts).
import { Metadata, Server, type Upload } from '@tus/server';
import { claimedKind } from '../core/accept.js';
import { HOUR, repeat, removeLeftovers } from './expiry.js';
import { HttpError, JSON_HEADERS } from './http.js';
import { SERVER_MESSAGES as M } from './messages.js';
import { displayName } from './names.js';
import {
  ensurePrivateDir,
  isStoredId,
  newId,
  typeOfKind,
  uploadRecord,
  uploadReply,
} from './storage.js';
import { HeadRefused, type CheckedStore } from './tus-guard.js';
import { TusStore } from './tus-store.js';
import type { Storage, UploadRules } from './upload-rules.js';
import { checkStoredContent } from './upload-storage.js';

/** What tus lets a hook or an error mapping reply with. */
interface HookReply {
  status_code: number;
  headers?: Record<string, string>;
  body: string;
}

/** tus answers its own errors as text; the refusals this handler adds are JSON, like the rest. */
class JsonRefusalServer extends Server {
  override write(...[context, headers, status, body = '']: Parameters<Server['write']>) {
    if (body.startsWith('{')) {
      for (const [name, value] of Object.entries(JSON_HEADERS)) headers.set(name, value);
    }
    return super.write(context, headers, status, body);
  }
}

/** A started tus server and its store. */
export interface TusService {
  server: Server;
  store: CheckedStore;
  /** tus's own parser of the Upload-Metadata header (throws on a malformed one). */
  parseMetadata: (header: string) => Record<string, string | null>;
}

/**
 * The store for `storage`. For a folder: made, swept of what a crash left before `startedAt`,
 * and its unfinished uploads counted.
 */
async function openStore(storage: Storage, expireAfter: number, startedAt: number) {
  if (storage.kind === 's3') {
    const { S3TusStore } = await import('./tus-s3-store.js'); // needs @tus/s3-store
    return new S3TusStore(storage, expireAfter);
  }
  await ensurePrivateDir(storage.dir);
  await removeLeftovers(storage.dir, startedAt);
  const store = new TusStore({
    directory: storage.dir,
    expirationPeriodInMilliseconds: expireAfter,
  });
  await store.countOpen();
  return store;
}

/**
 * Opens the store and sweeps expired uploads (then every hour, or every `expireAfter` if
 * shorter; 0 turns expiry off).
 */
export async function startTus(
  path: string,
  rules: UploadRules,
  expireAfter: number,
  startedAt: number,
): Promise<TusService> {
  const store = await openStore(rules.storage, expireAfter, startedAt);
  const server = new JsonRefusalServer({
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
    onUploadFinish: (_req, upload) => finishUpload(rules.storage, store, upload),
    onResponseError: (_req, error) => (error instanceof HeadRefused ? contentRefusal() : undefined),
  });
  // Expired uploads are swept hourly, or as often as they expire.
  if (expireAfter > 0) {
    await server.cleanUpExpiredUploads();
    repeat(Math.max(1000, Math.min(expireAfter, HOUR)), () => server.cleanUpExpiredUploads());
  }
  return { server, store, parseMetadata: (header) => Metadata.parse(header) };
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
async function finishUpload(
  storage: Storage,
  store: CheckedStore,
  upload: Upload,
): Promise<HookReply> {
  const { filename = '', filetype = '' } = upload.metadata ?? {};
  const record = uploadRecord(upload.id, filename ?? '', filetype ?? '', upload.offset);
  try {
    record.warnings = await checkStoredContent(storage, record);
  } catch (error) {
    await store.remove(upload.id); // the data and its info
    const refusal = error instanceof HttpError ? error : new HttpError(500, 'server', M.server);
    const body = JSON.stringify(refusal.body);
    return { status_code: refusal.status, headers: { ...JSON_HEADERS }, body };
  }
  await store.keep(record);
  return {
    status_code: 200,
    headers: { ...JSON_HEADERS },
    body: JSON.stringify(uploadReply(record)),
  };
}

/** The 415 for a head that cannot begin the claimed kind. */
function contentRefusal(): HookReply {
  const refusal = new HttpError(415, 'content', M.content, { reason: 'content' });
  return { status_code: 415, body: JSON.stringify(refusal.body) };
}
