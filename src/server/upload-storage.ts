/// <reference types="node" />
// Where uploaded files go: the one interface the upload handlers write through, and its default,
// a private folder. Files are named by ids this package makes, never by anything a client sends;
// the record `<id>.json` is written last, so its presence marks an upload that passed its checks.
import { createWriteStream } from 'node:fs';
import { open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ByteSource } from '../core/byte-source.js';
import type { FileWarning } from '../core/file-check.js';
import { HttpError } from './http.js';
import { SERVER_MESSAGES } from './messages.js';
import {
  checkContent,
  ensurePrivateDir,
  fileSource,
  isStoredId,
  removeFiles,
  writePrivateJson,
  type UploadRecord,
} from './storage.js';

/** A stored file opened for reading: its size and ranged reads (for the content check). */
export interface StoredFile extends ByteSource {
  /** Releases what reading holds (a file handle); reads after it fail. */
  close(): Promise<void>;
}

/** Throws unless `id` is one this package made: the only names that reach a path or a key. */
export function checkId(id: string): string {
  if (!isStoredId(id)) throw new TypeError('applykit/server: not an upload id');
  return id;
}

/** Where uploads are kept: a folder (createDirectoryStorage) or a bucket (createS3Storage). */
export interface UploadStorage {
  /** `directory` or `s3`: decides the tus store and whether direct uploads are possible. */
  readonly kind: 'directory' | 's3';
  /**
   * Streams `body` into a new file `id` and resolves with its size in bytes. When `signal` aborts
   * or `body` fails, nothing is kept and it rejects.
   */
  write(id: string, body: Readable, signal: AbortSignal): Promise<number>;
  /** Opens file `id` for reading; null when there is none. */
  open(id: string): Promise<StoredFile | null>;
  /** Writes the record of an upload that passed its checks, as `<id>.json`. */
  writeRecord(record: UploadRecord): Promise<void>;
  /** The parsed `<id>.json` of `id`, or null when there is none (or it is not JSON). */
  readRecord(id: string): Promise<unknown>;
  /** Deletes file `id` and its record; what is already gone is ignored. */
  remove(id: string): Promise<void>;
}

/** The local folder storage. */
export interface DirectoryStorage extends UploadStorage {
  readonly kind: 'directory';
  /** The folder: `<dir>/<id>` and `<dir>/<id>.json`. */
  readonly dir: string;
}

/** The folder storage's files: `<dir>/<id>` with `<dir>/<id>.json`, written as `<id>.part`. */
class FolderStorage implements DirectoryStorage {
  readonly kind = 'directory';

  constructor(readonly dir: string) {}

  async write(id: string, body: Readable, signal: AbortSignal): Promise<number> {
    await ensurePrivateDir(this.dir);
    const part = this.#path(id, '.part');
    const out = createWriteStream(part, { flags: 'wx', mode: 0o600 });
    try {
      await pipeline(body, out, { signal });
      await rename(part, this.#path(id));
    } catch (error) {
      // The pipeline can fail while the file is still being opened: remove it once it is
      // closed, or the open would create it again after the removal.
      if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()));
      await removeFiles(part);
      throw error;
    }
    return out.bytesWritten;
  }

  async open(id: string): Promise<StoredFile | null> {
    const handle = await open(this.#path(id), 'r').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (!handle) return null;
    try {
      const { size } = await handle.stat();
      return { ...fileSource(handle, size), close: () => handle.close() };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async writeRecord(record: UploadRecord): Promise<void> {
    await ensurePrivateDir(this.dir);
    await writePrivateJson(this.#path(record.id, '.json'), record);
  }

  async readRecord(id: string): Promise<unknown> {
    const file = this.#path(id, '.json');
    try {
      return JSON.parse(await readFile(file, 'utf8')) as unknown;
    } catch {
      return null; // missing, or not JSON
    }
  }

  async remove(id: string): Promise<void> {
    await removeFiles(this.#path(id), this.#path(id, '.json'), this.#path(id, '.part'));
  }

  /** Only ids this package made reach a path. */
  #path(id: string, suffix = ''): string {
    return join(this.dir, `${checkId(id)}${suffix}`);
  }
}

/**
 * Files in a private folder (created mode 0700; files 0600): `<dir>/<id>` with its record
 * `<dir>/<id>.json`. A file is written as `<id>.part` and renamed once complete.
 */
export function createDirectoryStorage(dir: string): DirectoryStorage {
  if (typeof dir !== 'string' || !dir) throw new TypeError('applykit/server: `dir` is required');
  return new FolderStorage(dir);
}

/** The content check over stored file `record.id` (see checkContent): its warnings, or the
 * refusal thrown (415 `content` when the file is missing). */
export async function checkStoredContent(
  storage: UploadStorage,
  record: UploadRecord,
): Promise<FileWarning[]> {
  const file = await storage.open(record.id);
  if (!file) throw new HttpError(415, 'content', SERVER_MESSAGES.content, { reason: 'content' });
  try {
    return await checkContent(file, record);
  } finally {
    await file.close();
  }
}
