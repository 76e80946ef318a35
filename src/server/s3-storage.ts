/// <reference types="node" />
// Uploads in S3-compatible object storage (AWS S3, MinIO, Cloudflare R2, …) through the AWS SDK
// for JavaScript v3, loaded on first use so servers that keep files in a folder never need it.
// Keys are `<prefix><id>` and `<prefix><id>.json`. Files stream to the bucket in parts
// (@aws-sdk/lib-storage), never whole in memory; the content check reads byte ranges.
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import type { UploadRecord } from './storage.js';
import { checkId, type StoredFile, type UploadStorage } from './upload-storage.js';

/** Options of `createS3Storage`. */
export interface S3StorageOptions {
  /** The bucket; it must exist. */
  bucket: string;
  /** Prepended to every key, e.g. `resumes/`; default none. */
  prefix?: string;
  /**
   * S3 client settings: `region`, `endpoint`, `credentials`, `forcePathStyle`, … Default: what the
   * SDK reads from the environment (AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, …).
   */
  client?: S3ClientConfig;
}

/** An object opened for reading, with what S3 keeps about it. */
export interface S3StoredFile extends StoredFile {
  contentType: string | undefined;
  /** The object's user metadata (`x-amz-meta-*`, names lower-case). */
  metadata: Record<string, string>;
  /** The ETag the reads are pinned to: a changed object fails them. */
  etag: string | undefined;
}

/** The S3 storage. */
export interface S3Storage extends UploadStorage {
  readonly kind: 's3';
  readonly bucket: string;
  readonly prefix: string;
  /** The client settings (@tus/s3-store makes its own client from them). */
  readonly clientConfig: S3ClientConfig;
  /** The client, made on first use. */
  client(): Promise<S3Client>;
  /** Opens the object at `key` for reading; null when there is none. */
  openKey(key: string): Promise<S3StoredFile | null>;
  /** Deletes the object at `key`, if any. */
  removeKey(key: string): Promise<void>;
}

/** Bytes buffered per part while streaming: S3's smallest part. */
const PART_SIZE = 5 * 1024 * 1024;

/** True for the SDK's "no such object" (HeadObject answers a bare 404 named NotFound). */
export function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  return e?.name === 'NotFound' || e?.name === 'NoSuchKey' || e?.$metadata?.httpStatusCode === 404;
}

/** A Transform that counts what passes through. */
function counter(): Transform & { bytes: number } {
  const t = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      t.bytes += chunk.length;
      done(null, chunk);
    },
  }) as Transform & { bytes: number };
  t.bytes = 0;
  return t;
}

/** Files as objects in `bucket` under `prefix`. Nothing is loaded or connected until first use. */
export function createS3Storage(options: S3StorageOptions): S3Storage {
  const { bucket, prefix = '', client: clientConfig = {} } = options ?? {};
  if (typeof bucket !== 'string' || !bucket) {
    throw new TypeError('applykit/server: `bucket` is required');
  }
  if (typeof prefix !== 'string' || prefix.startsWith('/')) {
    throw new TypeError('applykit/server: `prefix` must be a key prefix like "resumes/"');
  }
  let client: Promise<S3Client> | undefined;
  const sdk = () => import('@aws-sdk/client-s3');
  const key = (id: string, suffix = ''): string => `${prefix}${checkId(id)}${suffix}`;
  const storage: S3Storage = {
    kind: 's3',
    bucket,
    prefix,
    clientConfig,
    // If the SDK cannot be loaded (not installed), the next call tries again.
    client: () =>
      (client ??= sdk().then(
        ({ S3Client }) => new S3Client(clientConfig),
        (error: unknown) => {
          client = undefined;
          throw error;
        },
      )),
    async write(id, body, signal) {
      const [{ Upload }, s3] = await Promise.all([
        import('@aws-sdk/lib-storage'),
        storage.client(),
      ]);
      const counted = counter();
      const upload = new Upload({
        client: s3,
        params: { Bucket: bucket, Key: key(id), Body: counted },
        queueSize: 1,
        partSize: PART_SIZE,
        leavePartsOnError: false, // a failed upload aborts its multipart upload
      });
      // Not upload.abort(): its done() would reject at once and abort the multipart upload later.
      // Either side failing stops the other, so both settle, and nothing is kept. The error told
      // is the abort, else the upload's: the bucket's refusal, or the body's error it read.
      const uploading = upload.done();
      uploading.catch(() => counted.destroy()); // stops the body
      const [piped, uploaded] = await Promise.allSettled([
        pipeline(body, counted, { signal }),
        uploading,
      ]);
      if (piped.status === 'fulfilled' && uploaded.status === 'fulfilled') return counted.bytes;
      await storage.removeKey(key(id)).catch(() => undefined); // in case the last write won
      if (signal.aborted) throw signal.reason;
      throw uploaded.status === 'rejected'
        ? uploaded.reason
        : (piped as PromiseRejectedResult).reason;
    },
    open: async (id) => storage.openKey(key(id)),
    async openKey(objectKey) {
      const [{ HeadObjectCommand, GetObjectCommand }, s3] = await Promise.all([
        sdk(),
        storage.client(),
      ]);
      const head = await s3
        .send(new HeadObjectCommand({ Bucket: bucket, Key: objectKey }))
        .catch((error: unknown) => {
          if (isNotFound(error)) return null;
          throw error;
        });
      if (!head) return null;
      const size = head.ContentLength ?? 0;
      const etag = head.ETag;
      return {
        size,
        contentType: head.ContentType,
        metadata: head.Metadata ?? {},
        etag,
        async read(start, end) {
          const from = Math.max(0, start);
          const to = Math.min(end, size);
          if (to <= from) return new Uint8Array(0);
          const range = `bytes=${from}-${to - 1}`;
          const got = await s3.send(
            new GetObjectCommand({ Bucket: bucket, Key: objectKey, Range: range, IfMatch: etag }),
          );
          return got.Body ? got.Body.transformToByteArray() : new Uint8Array(0);
        },
        close: async () => undefined,
      };
    },
    async writeRecord(record: UploadRecord) {
      const [{ PutObjectCommand }, s3] = await Promise.all([sdk(), storage.client()]);
      await s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key(record.id, '.json'),
          Body: `${JSON.stringify(record, null, 2)}\n`,
          ContentType: 'application/json',
        }),
      );
    },
    async readRecord(id) {
      const [{ GetObjectCommand }, s3] = await Promise.all([sdk(), storage.client()]);
      try {
        const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key(id, '.json') }));
        return JSON.parse((await got.Body?.transformToString('utf-8')) ?? '') as unknown;
      } catch (error) {
        if (isNotFound(error) || error instanceof SyntaxError) return null;
        throw error;
      }
    },
    async remove(id) {
      await Promise.all([storage.removeKey(key(id)), storage.removeKey(key(id, '.json'))]);
    },
    async removeKey(objectKey) {
      const [{ DeleteObjectCommand }, s3] = await Promise.all([sdk(), storage.client()]);
      await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: objectKey }));
    },
  };
  return storage;
}
