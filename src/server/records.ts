/// <reference types="node" />
// Reading back what the upload handlers stored, so a host's own form handler can tell an upload
// id it issued from anything else a client sends in its place.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isStoredId, type UploadRecord } from './storage.js';

/**
 * The record of a finished upload stored by `createUploadHandler` or `createTusHandler` in `dir`,
 * or null: for an id this package did not make, an unfinished or refused upload, or no such file.
 */
export async function findUpload(dir: string, id: string): Promise<UploadRecord | null> {
  if (typeof id !== 'string' || !isStoredId(id)) return null;
  try {
    const record: unknown = JSON.parse(await readFile(join(dir, `${id}.json`), 'utf8'));
    return isFinished(record, id) ? record : null;
  } catch {
    return null; // missing, or not JSON: not a finished upload
  }
}

/** A record is written (or, for tus, completed) only once its upload has passed every check. */
function isFinished(record: unknown, id: string): record is UploadRecord {
  if (typeof record !== 'object' || record === null) return false;
  const { id: stored, receivedAt } = record as Record<string, unknown>;
  return stored === id && typeof receivedAt === 'string';
}
