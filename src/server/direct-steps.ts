/// <reference types="node" />
// The two steps of a direct upload (direct.ts): signing a POST for what the page declares, and
// completing it: the same checks as the other handlers on the stored object, which is then kept
// under its id with its record, or deleted.
import {
  acceptIncoming,
  NAME_META,
  openIncoming,
  presignPost,
  removeIncoming,
} from './direct-storage.js';
import { HttpError } from './http.js';
import { SERVER_MESSAGES as M } from './messages.js';
import { displayName } from './names.js';
import { findUpload } from './records.js';
import type { S3StoredFile } from './s3-common.js';
import type { S3Storage } from './s3-storage.js';
import {
  checkContent,
  isStoredId,
  newId,
  uploadRecord,
  uploadReply,
  type UploadReply,
} from './storage.js';
import { checkDeclared, tooLarge, type FileLimits } from './upload-rules.js';

/** Seconds a presigned POST is valid by default: long enough to start, short enough to expire. */
export const DEFAULT_EXPIRES_IN = 300;

const MESSAGES = {
  notFound: 'No file has been uploaded for that id: send the file first.',
  changed: 'The file changed while it was being checked: upload it again.',
  fields: {
    name: 'Must be the file name, as text',
    type: 'Must be the file’s MIME type, as text',
    size: 'Must be the file size in bytes, a whole number',
    id: 'Must be the id given with the upload address',
  },
};

/** What `POST <path>` replies: the element's UploadParams for one file. */
export interface DirectUploadParams {
  url: string;
  method: 'POST';
  fields: Record<string, string>;
  fileField: 'file';
  /** The reference of the upload: send it to `<path>/complete` once the file is sent. */
  id: string;
}

/** A 400 naming the field to correct. */
const invalid = (field: keyof typeof MESSAGES.fields): HttpError =>
  new HttpError(400, 'invalid', M.invalid, { fields: { [field]: MESSAGES.fields[field] } });

/** Checks what the page declares about the file, then signs a POST for it. */
export async function sign(
  storage: S3Storage,
  body: Record<string, unknown>,
  limits: FileLimits,
  expiresIn: number,
): Promise<DirectUploadParams> {
  const { name, type = '', size } = body;
  if (typeof name !== 'string') throw invalid('name');
  if (typeof type !== 'string') throw invalid('type');
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) throw invalid('size');
  const plain = displayName(name);
  const refusal = checkDeclared(plain, type, size, limits);
  if (refusal) throw refusal;
  const id = newId();
  const contentType = type || 'application/octet-stream';
  const maxSize = limits.maxSize;
  const post = await presignPost(storage, id, { maxSize, contentType, name: plain, expiresIn });
  return { url: post.url, method: 'POST', fields: post.fields, fileField: 'file', id };
}

/** Checks the posted file; keeps it under its id with its record, or deletes it and refuses. */
export async function complete(
  storage: S3Storage,
  body: Record<string, unknown>,
  limits: FileLimits,
): Promise<{ status: number; reply: UploadReply }> {
  const { id } = body;
  if (typeof id !== 'string' || !isStoredId(id)) throw invalid('id');
  const before = await findUpload(storage, id);
  if (before) return { status: 200, reply: uploadReply(before) };
  const file = await openIncoming(storage, id);
  if (!file) throw new HttpError(404, 'not-found', MESSAGES.notFound);
  try {
    const record = uploadRecord(id, nameOf(file), file.contentType ?? '', file.size);
    check(file, record.name, limits);
    record.warnings = await checkContent(file, record);
    await acceptIncoming(storage, id, file.etag ?? '*');
    await storage.writeRecord(record);
    return { status: 201, reply: uploadReply(record) };
  } catch (error) {
    const changed =
      (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 412;
    if (error instanceof HttpError || changed) await removeIncoming(storage, id);
    throw changed ? new HttpError(409, 'changed', MESSAGES.changed) : error;
  }
}

/** The client's file name, as signed into the object's metadata. */
function nameOf(file: S3StoredFile): string {
  try {
    return decodeURIComponent(file.metadata[NAME_META] ?? '');
  } catch {
    return '';
  }
}

/** Refuses what the policy should have refused (an emulator or a lax store may not). */
function check(file: S3StoredFile, name: string, limits: FileLimits): void {
  if (file.size > limits.maxSize) throw tooLarge(limits);
  const refusal = checkDeclared(name, file.contentType ?? '', file.size, limits);
  if (refusal) throw refusal;
}
