/// <reference types="node" />
// The tus store for a bucket: @tus/s3-store. An upload's parts, offset and info live in the
// bucket, not in a process, so an upload begun on one instance resumes on any other. Its keys get
// the storage's prefix; the head check and the record work as for a folder. This module is only
// imported (dynamically, by tus-server.ts) for a bucket, so @tus/s3-store is needed only then.
import type { Readable } from 'node:stream';
import { S3Store } from '@tus/s3-store';
import { isNotFound } from './s3-common.js';
import type { S3Storage } from './s3-storage.js';
import type { UploadRecord } from './storage.js';
import { writeCheckingHead, type CheckedStore } from './tus-guard.js';

type Input = Record<string, unknown> & {
  Key?: string;
  Prefix?: string;
  KeyMarker?: string;
  Delete?: { Objects?: { Key?: string }[] };
};
type Output = { output: { Uploads?: { Key?: string }[]; NextKeyMarker?: string } };
type Next = (args: { input: Input }) => Promise<Output>;

/**
 * Client middleware putting `prefix` before every key S3Store sends (it has no prefix option),
 * and taking it off the keys ListMultipartUploads answers with, which S3Store reads back.
 */
function prefixKeys(prefix: string) {
  return (next: Next, context: { commandName?: string }) =>
    async (args: { input: Input }): Promise<Output> => {
      const input: Input = { ...args.input };
      if (typeof input.Key === 'string') input.Key = prefix + input.Key;
      if (input.Delete?.Objects) {
        const objects = input.Delete.Objects.map((o) => ({ ...o, Key: prefix + (o.Key ?? '') }));
        input.Delete = { ...input.Delete, Objects: objects };
      }
      const listing = context.commandName === 'ListMultipartUploadsCommand';
      if (listing) {
        input.Prefix = prefix + (input.Prefix ?? '');
        if (input.KeyMarker) input.KeyMarker = prefix + input.KeyMarker;
      }
      const result = await next({ ...args, input });
      if (listing) {
        const strip = (key?: string): string | undefined => key?.slice(prefix.length);
        const { Uploads, NextKeyMarker } = result.output;
        if (Uploads) result.output.Uploads = Uploads.map((u) => ({ ...u, Key: strip(u.Key) }));
        if (NextKeyMarker) result.output.NextKeyMarker = strip(NextKeyMarker);
      }
      return result;
    };
}

/** The tus store over `storage`'s bucket; unfinished uploads expire after `expireAfter` ms. */
export class S3TusStore extends S3Store implements CheckedStore {
  constructor(
    private readonly storage: S3Storage,
    expireAfter: number,
  ) {
    super({
      s3ClientConfig: { bucket: storage.bucket, ...storage.clientConfig },
      expirationPeriodInMilliseconds: expireAfter,
      useTags: false, // expiry by listing unfinished uploads: works where tagging does not
    });
    if (storage.prefix) {
      const stack = this.client.middlewareStack as unknown as {
        add(middleware: unknown, options: unknown): void;
      };
      stack.add(prefixKeys(storage.prefix), { step: 'initialize', name: 'applykitKeyPrefix' });
    }
  }

  /** Unfinished uploads in the bucket, from every instance: its multipart uploads. */
  async openCount(): Promise<number> {
    let count = 0;
    let KeyMarker: string | undefined;
    let UploadIdMarker: string | undefined;
    for (;;) {
      const page = await this.client.listMultipartUploads({
        Bucket: this.bucket,
        KeyMarker,
        UploadIdMarker,
      });
      count += page.Uploads?.length ?? 0;
      if (!page.IsTruncated) return count;
      ({ NextKeyMarker: KeyMarker, NextUploadIdMarker: UploadIdMarker } = page);
    }
  }

  async keep(record: UploadRecord): Promise<void> {
    await this.storage.writeRecord(record);
  }

  override async write(readable: Readable, id: string, offset: number): Promise<number> {
    return writeCheckingHead({
      upload: async () => (await this.getMetadata(id)).file,
      offset,
      readable,
      storedHead: (length) => this.#head(id, length),
      write: (guarded) => super.write(guarded, id, offset),
      remove: () => this.remove(id),
    });
  }

  /**
   * Deletes an upload, finished or not: S3Store's own remove gives up when the multipart upload
   * is already complete, leaving the object behind.
   */
  override async remove(id: string): Promise<void> {
    const meta = await this.getMetadata(id).catch(() => null);
    const UploadId = meta?.['upload-id'];
    if (UploadId) {
      await this.client
        .abortMultipartUpload({ Bucket: this.bucket, Key: id, UploadId })
        .catch((error: unknown) => {
          if (!isNotFound(error)) throw error;
        });
    }
    const keys = [id, this.infoKey(id), this.partKey(id, true)];
    await Promise.all(keys.map((Key) => this.client.deleteObject({ Bucket: this.bucket, Key })));
    await this.clearCache(id);
  }

  /** The first `length` bytes stored: below the smallest part, they are the incomplete part. */
  async #head(id: string, length: number): Promise<Uint8Array> {
    const part = await this.getIncompletePart(id);
    if (!part) return new Uint8Array(0);
    const chunks: Buffer[] = [];
    let got = 0;
    for await (const chunk of part as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      got += chunk.length;
      if (got >= length) break; // ends the download
    }
    return Buffer.concat(chunks).subarray(0, length);
  }
}
