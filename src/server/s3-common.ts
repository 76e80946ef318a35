// What the bucket storage's modules share (s3-storage.ts, s3-objects.ts, tus-s3-store.ts):
// an opened object's shape, and how the SDK says an object is not there.
import type { StoredFile } from './upload-storage.js';

/** An object opened for reading, with what S3 keeps about it. */
export interface S3StoredFile extends StoredFile {
  contentType: string | undefined;
  /** The object's user metadata (`x-amz-meta-*`, names lower-case). */
  metadata: Record<string, string>;
  /** The ETag the reads are pinned to: a changed object fails them. */
  etag: string | undefined;
}

/** True for the SDK's "no such object" (HeadObject answers a bare 404 named NotFound). */
export function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  return e?.name === 'NotFound' || e?.name === 'NoSuchKey' || e?.$metadata?.httpStatusCode === 404;
}
