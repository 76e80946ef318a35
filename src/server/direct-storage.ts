/// <reference types="node" />
// The bucket side of direct-to-storage uploads: a presigned POST lets one browser put one file at
// `<prefix>incoming/<id>` (size range, content type and name bound by the signed policy); once
// the file passes its checks it is copied to `<prefix><id>`, pinned to the ETag that was checked,
// and the incoming object is deleted. The policy stays valid until it expires, so a client could
// post again to the incoming key: nothing there is ever read as a checked upload.
import type { S3Storage, S3StoredFile } from './s3-storage.js';
import { checkId } from './upload-storage.js';

/** What the browser sends to the bucket: `url`, `fields` first, then the file as `file`. */
export interface PresignedPost {
  url: string;
  fields: Record<string, string>;
}

/** The user-metadata name of the client's file name (URI-encoded: metadata is ASCII). */
export const NAME_META = 'filename';

/** The key a direct upload lands at before its checks. */
const incomingKey = (storage: S3Storage, id: string): string =>
  `${storage.prefix}incoming/${checkId(id)}`;

/**
 * A presigned POST for a file of 1 to `maxSize` bytes at `incomingKey(id)`, stored with
 * `contentType` and `name` (as `x-amz-meta-filename`), valid for `expiresIn` seconds.
 */
export async function presignPost(
  storage: S3Storage,
  id: string,
  {
    maxSize,
    contentType,
    name,
    expiresIn,
  }: { maxSize: number; contentType: string; name: string; expiresIn: number },
): Promise<PresignedPost> {
  const [{ createPresignedPost }, client] = await Promise.all([
    import('@aws-sdk/s3-presigned-post'),
    storage.client(),
  ]);
  return createPresignedPost(client, {
    Bucket: storage.bucket,
    Key: incomingKey(storage, id),
    // Each field becomes an exact-match condition of the policy, and so does the key.
    Fields: { 'Content-Type': contentType, [`x-amz-meta-${NAME_META}`]: encodeURIComponent(name) },
    Conditions: [['content-length-range', 1, maxSize]],
    Expires: expiresIn,
  });
}

/** Opens the incoming object of `id` (null when the browser has not posted it). */
export const openIncoming = (storage: S3Storage, id: string): Promise<S3StoredFile | null> =>
  storage.openKey(incomingKey(storage, id));

/**
 * Makes the checked incoming object the upload `id`: copies it to `<prefix><id>` only if it still
 * has the ETag that was checked, then deletes the incoming object.
 */
export async function acceptIncoming(storage: S3Storage, id: string, etag: string): Promise<void> {
  const from = incomingKey(storage, id);
  await storage.copyKey(from, `${storage.prefix}${checkId(id)}`, etag);
  await storage.removeKey(from);
}

/** Deletes the incoming object of `id`, if any. */
export const removeIncoming = (storage: S3Storage, id: string): Promise<void> =>
  storage.removeKey(incomingKey(storage, id));
