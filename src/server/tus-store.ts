/// <reference types="node" />
// The tus file store as the handler uses it for a folder: files owner-only from the start, the
// unfinished uploads counted (for the cap), expired ones removed with tus's own expiration
// support, and the head of each upload judged as soon as it arrives (tus-guard.ts).
import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { FileStore } from '@tus/file-store';
import type { Upload } from '@tus/server';
import type { UploadRecord } from './storage.js';
import { writeCheckingHead, type CheckedStore } from './tus-guard.js';

/** A FileStore that knows which uploads are unfinished and refuses a wrong head at once. */
export class TusStore extends FileStore implements CheckedStore {
  /** Ids of the unfinished uploads in the folder. */
  readonly open = new Set<string>();

  /** Counts the unfinished uploads already in the folder (those without a `receivedAt`). */
  async countOpen(): Promise<void> {
    for (const id of (await this.configstore.list?.()) ?? []) {
      const info = (await this.configstore.get(id)) as Record<string, unknown> | undefined;
      if (info && typeof info.receivedAt !== 'string') this.open.add(id);
    }
  }

  async openCount(): Promise<number> {
    return this.open.size;
  }

  override async create(upload: Upload): Promise<Upload> {
    const path = join(this.directory, upload.id);
    await writeFile(path, '', { mode: 0o600, flag: 'wx' });
    await writeFile(`${path}.json`, '', { mode: 0o600, flag: 'wx' });
    this.open.add(upload.id);
    return super.create(upload);
  }

  override async remove(id: string): Promise<void> {
    try {
      await super.remove(id);
    } finally {
      this.open.delete(id);
    }
  }

  /**
   * The info file becomes the record alone, as a multipart upload's: no client metadata, no
   * path. tus still reads it (HEAD of a finished upload); without creation_date it never expires.
   */
  async keep(record: UploadRecord): Promise<void> {
    await this.configstore.set(record.id, record as unknown as Upload);
    this.open.delete(record.id);
  }

  override async write(readable: Readable, id: string, offset: number): Promise<number> {
    return writeCheckingHead({
      upload: () => this.configstore.get(id),
      offset,
      readable,
      storedHead: (length) => this.#head(id, length),
      write: (guarded) => super.write(guarded, id, offset),
      remove: () => this.remove(id),
    });
  }

  /** The first `length` bytes already stored for an upload. */
  async #head(id: string, length: number): Promise<Uint8Array> {
    const file = await open(join(this.directory, id), 'r');
    try {
      const head = new Uint8Array(length);
      const { bytesRead } = await file.read(head, 0, length, 0);
      return head.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  }
}
