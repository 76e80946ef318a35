/// <reference types="node" />
// What every upload and request store shares: private folders and files, random ids for every
// path or key (a client's file name is data in a JSON record, never part of a path), records,
// and the content check over a byte source that reads only the ranges the check asks for.
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { claimedKind, type FileKind } from '../core/accept.js';
import type { ByteSource } from '../core/byte-source.js';
import type { FileWarning } from '../core/file-check.js';
import { HttpError } from './http.js';
import { inspectSource } from './inspect.js';
import { SERVER_MESSAGES } from './messages.js';
import { displayName } from './names.js';

/** What the sidecar `<id>.json` of a stored upload holds. */
export interface UploadRecord {
  /** The random id: the stored file is `<dir>/<id>`. */
  id: string;
  /** The client's file name made display-safe (see `displayName`); data only. */
  name: string;
  size: number;
  kind: FileKind;
  /** The MIME type of the checked kind (`application/octet-stream` for 'other'), not the claim. */
  type: string;
  /** ISO 8601 time the upload was stored. */
  receivedAt: string;
  /** What may cause trouble with the file (the content check's warnings), often none. */
  warnings: FileWarning[];
}

/** The reply to a stored upload. */
export type UploadReply = Pick<UploadRecord, 'id' | 'name' | 'size' | 'kind'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A fresh random id for a stored file or request. */
export const newId = (): string => randomUUID();

/** True for an id this module made: the only names allowed into a path. */
export const isStoredId = (id: string): boolean => UUID.test(id);

/** Creates `dir` (and parents) readable by this user only; an existing folder keeps its mode. */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
}

/** Writes `data` as JSON to a new file readable by this user only; fails if it exists. */
export async function writePrivateJson(path: string, data: unknown): Promise<void> {
  await writeFile(path, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
}

/** Deletes files, ignoring ones already gone. */
export async function removeFiles(...paths: string[]): Promise<void> {
  await Promise.all(paths.map((path) => rm(path, { force: true })));
}

/** The MIME type stored for each kind the content check knows. */
const TYPE_OF_KIND: Record<FileKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  rtf: 'application/rtf',
  txt: 'text/plain',
  other: 'application/octet-stream',
};

/** The record of an upload, stamped now; `type` is the client's claim. The content check
 * (checkContent) adds its warnings. */
export function uploadRecord(id: string, name: string, type: string, size: number): UploadRecord {
  const safe = displayName(name);
  const kind = claimedKind(safe, type);
  return {
    id,
    name: safe,
    size,
    kind,
    type: TYPE_OF_KIND[kind],
    receivedAt: new Date().toISOString(),
    warnings: [],
  };
}

/** The MIME type that follows from a kind. */
export const typeOfKind = (kind: FileKind): string => TYPE_OF_KIND[kind];

/** The reply fields of a record. */
export function uploadReply({ id, name, size, kind }: UploadRecord): UploadReply {
  return { id, name, size, kind };
}

/** A ByteSource over an open file: each read is one positioned read of just that range. */
export function fileSource(handle: FileHandle, size: number): ByteSource {
  return {
    size,
    async read(start, end) {
      const from = Math.max(0, start);
      const length = Math.max(0, Math.min(end, size) - from);
      const buffer = new Uint8Array(length);
      const { bytesRead } = await handle.read(buffer, 0, length, from);
      return buffer.subarray(0, bytesRead);
    },
  };
}

/**
 * Runs the content check (the browser's own, see inspect.ts) over a stored file's bytes and
 * returns its warnings; throws the refusal when the bytes rule it out: 415 for `content` (not its
 * kind), 422 for `protected` and `damaged`, each as `{ error, reason, message }` (the server's
 * own English sentence: the element shows its localized one). Kinds the check does not know
 * ('other', allowed only by a wider `accept`) pass, as in the browser.
 */
export async function checkContent(
  source: ByteSource,
  record: UploadRecord,
): Promise<FileWarning[]> {
  const { reason, warnings } = await inspectSource(source, record.name, record.kind);
  if (!reason) return warnings;
  const status = reason === 'content' ? 415 : 422;
  throw new HttpError(status, reason, SERVER_MESSAGES[reason], { reason });
}
