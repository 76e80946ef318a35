/// <reference types="node" />
// Reading back what the upload handlers stored, so a host's own form handler can tell an upload
// id it issued from anything else a client sends in its place.
import { isStoredId, type UploadRecord } from './storage.js';
import { createDirectoryStorage, type UploadStorage } from './upload-storage.js';

/**
 * The record of a finished upload stored by `createUploadHandler`, `createTusHandler` or
 * `createDirectUploadHandler` in `where` (a folder, or a storage), or null: for an id this
 * package did not make, an unfinished or refused upload, or no such file.
 */
export async function findUpload(
  where: string | UploadStorage,
  id: string,
): Promise<UploadRecord | null> {
  if (typeof id !== 'string' || !isStoredId(id)) return null;
  const storage = typeof where === 'string' ? createDirectoryStorage(where) : where;
  const record = await storage.readRecord(id);
  return isFinished(record, id) ? record : null;
}

/** A record is written (or, for tus, completed) only once its upload has passed every check. */
function isFinished(record: unknown, id: string): record is UploadRecord {
  if (typeof record !== 'object' || record === null) return false;
  const { id: stored, receivedAt } = record as Record<string, unknown>;
  return stored === id && typeof receivedAt === 'string';
}
