/// <reference types="node" />
// The S3 requests the bucket storage makes, through the AWS SDK for JavaScript v3. Imported only
// on first use of a bucket (s3-storage.ts loads it dynamically), so the SDK is needed only then.
// Bodies stream through @aws-sdk/lib-storage: one PutObject for a small file, a multipart upload
// in parts otherwise, never the whole file in memory.
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { isNotFound, type S3StoredFile } from './s3-common.js';

/** Bytes buffered per part while streaming: S3's smallest part. */
const PART_SIZE = 5 * 1024 * 1024;

/** Where an object is: the client, its bucket and its key. */
export interface ObjectAt {
  client: S3Client;
  bucket: string;
  key: string;
}

export const newClient = (config: S3ClientConfig): S3Client => new S3Client(config);

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

/**
 * Streams `body` to the object and resolves with its size. Either side failing stops the other,
 * so both settle and nothing is kept: not upload.abort(), whose done() would reject at once and
 * abort the multipart upload later. The error told is the abort, else the upload's (the bucket's
 * refusal, or the body's error it read).
 */
export async function putStream(
  at: ObjectAt,
  body: Readable,
  signal: AbortSignal,
): Promise<number> {
  const counted = counter();
  const upload = new Upload({
    client: at.client,
    params: { Bucket: at.bucket, Key: at.key, Body: counted },
    queueSize: 1,
    partSize: PART_SIZE,
    leavePartsOnError: false, // a failed upload aborts its multipart upload
  });
  const uploading = upload.done();
  uploading.catch(() => counted.destroy()); // stops the body
  const [piped, uploaded] = await Promise.allSettled([
    pipeline(body, counted, { signal }),
    uploading,
  ]);
  if (piped.status === 'fulfilled' && uploaded.status === 'fulfilled') return counted.bytes;
  await deleteObject(at).catch(() => undefined); // in case the last write won
  if (signal.aborted) throw signal.reason;
  throw uploaded.status === 'rejected' ? uploaded.reason : (piped as PromiseRejectedResult).reason;
}

/** HeadObject, then ranged GetObjects pinned to the ETag seen; null when there is no object. */
export async function openObject(at: ObjectAt): Promise<S3StoredFile | null> {
  const head = await at.client
    .send(new HeadObjectCommand({ Bucket: at.bucket, Key: at.key }))
    .catch((error: unknown) => {
      if (isNotFound(error)) return null;
      throw error;
    });
  if (!head) return null;
  const size = head.ContentLength ?? 0;
  const etag = head.ETag;
  const read = async (start: number, end: number): Promise<Uint8Array> => {
    const from = Math.max(0, start);
    const to = Math.min(end, size);
    if (to <= from) return new Uint8Array(0);
    const Range = `bytes=${from}-${to - 1}`;
    const get = new GetObjectCommand({ Bucket: at.bucket, Key: at.key, Range, IfMatch: etag });
    const got = await at.client.send(get);
    return got.Body ? got.Body.transformToByteArray() : new Uint8Array(0);
  };
  const { ContentType: contentType, Metadata: metadata = {} } = head;
  return { size, contentType, metadata, etag, read, close: async () => undefined };
}

/** Writes `data` as a JSON object. */
export async function putJson(at: ObjectAt, data: unknown): Promise<void> {
  const Body = `${JSON.stringify(data, null, 2)}\n`;
  const put = { Bucket: at.bucket, Key: at.key, Body, ContentType: 'application/json' };
  await at.client.send(new PutObjectCommand(put));
}

/** The object parsed as JSON; null when there is none or it is not JSON. */
export async function getJson(at: ObjectAt): Promise<unknown> {
  try {
    const got = await at.client.send(new GetObjectCommand({ Bucket: at.bucket, Key: at.key }));
    return JSON.parse((await got.Body?.transformToString('utf-8')) ?? '') as unknown;
  } catch (error) {
    if (isNotFound(error) || error instanceof SyntaxError) return null;
    throw error;
  }
}

export async function deleteObject(at: ObjectAt): Promise<void> {
  await at.client.send(new DeleteObjectCommand({ Bucket: at.bucket, Key: at.key }));
}

/** Copies the object at `from` (same bucket) to `at`, only if it still has `etag`. */
export async function copyIfMatch(at: ObjectAt, from: string, etag: string): Promise<void> {
  const source = `${at.bucket}/${from.split('/').map(encodeURIComponent).join('/')}`;
  const copy = { Bucket: at.bucket, Key: at.key, CopySource: source, CopySourceIfMatch: etag };
  await at.client.send(new CopyObjectCommand(copy));
}
