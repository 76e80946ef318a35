/// <reference types="node" />
// What both tus stores (a folder, tus-store.ts; a bucket, tus-s3-store.ts) share: the interface
// the handler uses, and the head check of each upload as soon as its first bytes arrive
// (head-check.ts): a head that cannot begin the claimed kind is never written, and the upload is
// deleted at once.
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import type { DataStore, Upload } from '@tus/server';
import { claimedKind } from '../core/accept.js';
import { headAgrees, headNeeded, MOST_HEAD_NEEDED } from './head-check.js';
import type { UploadRecord } from './storage.js';

/** Thrown by `write` when an upload's head is refused; the upload is already deleted. */
export class HeadRefused extends Error {}

/** A tus store as the handler uses it. */
export interface CheckedStore extends DataStore {
  /** How many uploads are unfinished now (for the cap on open uploads). */
  openCount(): Promise<number>;
  /** Keeps the record of an upload that passed its checks: it no longer counts as open. */
  keep(record: UploadRecord): Promise<void>;
}

/** How `writeCheckingHead` reaches the store. */
export interface HeadWrite {
  /** The upload as the store knows it (its metadata and declared size); asked for only while
   * the head may still need checking, so later chunks cost no read of it. */
  upload(): Promise<Pick<Upload, 'metadata' | 'size'> | undefined>;
  offset: number;
  readable: Readable;
  /** The first `length` bytes already stored. */
  storedHead(length: number): Promise<Uint8Array>;
  /** The store's own write. */
  write(readable: Readable): Promise<number>;
  /** Deletes the upload. */
  remove(): Promise<void>;
}

/**
 * Writes through `write`, judging the head of the file first while it is not yet complete: a
 * head that cannot begin the claimed kind stops the write, deletes the upload and throws
 * HeadRefused.
 */
export async function writeCheckingHead(w: HeadWrite): Promise<number> {
  if (w.offset >= MOST_HEAD_NEEDED) return w.write(w.readable);
  const upload = await w.upload();
  const { filename = '', filetype = '' } = upload?.metadata ?? {};
  const kind = claimedKind(filename ?? '', filetype ?? '');
  const needed = headNeeded(kind, upload?.size);
  if (w.offset >= needed) return w.write(w.readable);
  const stored = w.offset > 0 ? await w.storedHead(w.offset) : new Uint8Array(0);
  const guard = new HeadGuard(stored, needed, (h) => headAgrees(kind, h));
  w.readable.on('error', (error) => guard.destroy(error));
  // The guard may refuse before the store has wired its own stream handling (S3Store first asks
  // the bucket for the parts): that error then reaches the store's write as the stream's state.
  guard.on('error', () => undefined);
  try {
    return await w.write(w.readable.pipe(guard));
  } catch (error) {
    if (!guard.refused) throw error;
    w.readable.unpipe(guard);
    await w.remove();
    throw new HeadRefused();
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
