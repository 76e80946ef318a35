/// <reference types="node" />
// The tus file store as the handler uses it: files owner-only from the start, the unfinished
// uploads counted (for the cap), expired ones removed with tus's own expiration support, and the
// head of each upload judged as soon as it arrives (head-check.ts): a head that cannot begin the
// claimed kind is never written, and the upload is deleted at once.
import { open } from 'node:fs/promises';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { FileStore } from '@tus/file-store';
import type { Upload } from '@tus/server';
import { claimedKind } from '../core/accept.js';
import { headAgrees, headNeeded } from './head-check.js';

/** Thrown by `write` when an upload's head is refused; the upload is already deleted. */
export class HeadRefused extends Error {}

/** A FileStore that knows which uploads are unfinished and refuses a wrong head at once. */
export class TusStore extends FileStore {
  /** Ids of the unfinished uploads in the folder. */
  readonly open = new Set<string>();

  /** Counts the unfinished uploads already in the folder (those without a `receivedAt`). */
  async countOpen(): Promise<void> {
    for (const id of (await this.configstore.list?.()) ?? []) {
      const info = (await this.configstore.get(id)) as Record<string, unknown> | undefined;
      if (info && typeof info.receivedAt !== 'string') this.open.add(id);
    }
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

  /** Marks an upload finished: it no longer counts as open, nor expires. */
  finished(id: string): void {
    this.open.delete(id);
  }

  override async write(readable: Readable, id: string, offset: number): Promise<number> {
    const info = await this.configstore.get(id);
    const { filename = '', filetype = '' } = info?.metadata ?? {};
    const kind = claimedKind(filename ?? '', filetype ?? '');
    const needed = headNeeded(kind, info?.size);
    if (offset >= needed) return super.write(readable, id, offset);
    const guard = new HeadGuard(await this.#head(id, offset), needed, (h) => headAgrees(kind, h));
    readable.on('error', (error) => guard.destroy(error));
    try {
      return await super.write(readable.pipe(guard), id, offset);
    } catch (error) {
      if (!guard.refused) throw error;
      readable.unpipe(guard);
      await this.remove(id);
      throw new HeadRefused();
    }
  }

  /** The first `length` bytes already stored for an upload. */
  async #head(id: string, length: number): Promise<Uint8Array> {
    if (length === 0) return new Uint8Array(0);
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

/**
 * Holds back the bytes of an upload until the first `needed` bytes of the file (with `stored`,
 * those already written) can be judged; passes them on if `agrees`, fails the stream if not. A
 * request that ends sooner passes what it brought: the next one completes the head.
 */
class HeadGuard extends Transform {
  refused = false;
  #held: Buffer[] = [];
  #decided = false;

  constructor(
    private readonly stored: Uint8Array,
    private readonly needed: number,
    private readonly agrees: (head: Uint8Array) => boolean,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.#decided) return done(null, chunk);
    this.#held.push(chunk);
    const head = Buffer.concat([this.stored, ...this.#held]);
    if (head.length < this.needed) return done();
    if (!this.agrees(head.subarray(0, this.needed))) {
      this.refused = true;
      return done(new Error('head refused'));
    }
    this.#decided = true;
    done(null, this.#release());
  }

  override _flush(done: TransformCallback): void {
    done(null, this.#release());
  }

  #release(): Buffer {
    const out = Buffer.concat(this.#held);
    this.#held = [];
    return out;
  }
}
