/// <reference types="node" />
// Where accommodation requests are kept: the interface the handler writes through, and its
// default, a private folder with one owner-only JSON file per request. Both stores delete
// requests past their retention period, at once and then every hour.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { AccommodationRequest } from '../core/accommodation-types.js';
import { ensurePrivateDir, isStoredId, writePrivateJson } from './storage.js';
import { HOUR, repeat } from './expiry.js';

/** A request as stored: the checked request plus the server's id and time of receipt. */
export interface StoredRequest extends AccommodationRequest {
  /** Random UUID, the reference the requester gets. */
  id: string;
  /** ISO 8601 time the server received it (`submittedAt` is the client's clock). */
  receivedAt: string;
}

/** Where requests are kept: a folder (createDirectoryRequestStore) or PostgreSQL. */
export interface RequestStore {
  /** Keeps a new request. */
  add(request: StoredRequest): Promise<void>;
  /** The requests kept, newest first (at most `limit`, default 1000). */
  list(options?: { limit?: number }): Promise<StoredRequest[]>;
  /** Deletes the requests past the retention period now; resolves with how many. */
  removeExpired(): Promise<number>;
  /** Stops the hourly deletion and releases connections. */
  close(): Promise<void>;
}

/** Options shared by the request stores. */
export interface RequestStoreOptions {
  /** Days a request is kept after it is received; older ones are deleted. Default: kept. */
  retentionDays?: number;
}

const DAY = 24 * HOUR;
export const DEFAULT_LIST_LIMIT = 1000;

/** The validated retention period in days, or undefined; a bad value is a setup mistake. */
export function retentionOf(options: RequestStoreOptions): number | undefined {
  const { retentionDays } = options;
  if (retentionDays === undefined) return undefined;
  if (
    typeof retentionDays !== 'number' ||
    !(retentionDays > 0) ||
    !Number.isFinite(retentionDays)
  ) {
    throw new TypeError('applykit/server: `retentionDays` must be a positive number of days');
  }
  return retentionDays;
}

/** Runs `sweep` now and then every hour (see repeat). Returns the function that stops it. */
export const sweepHourly = (sweep: () => Promise<unknown>): (() => void) =>
  repeat(HOUR, sweep, { now: true });

/** The folder store: one owner-only `<id>.json` per request. */
class FolderRequestStore implements RequestStore {
  readonly #stopSweeps: () => void;

  constructor(
    private readonly dir: string,
    private readonly days: number | undefined,
  ) {
    this.#stopSweeps =
      days === undefined ? () => undefined : sweepHourly(() => this.removeExpired());
  }

  async add(request: StoredRequest): Promise<void> {
    await ensurePrivateDir(this.dir);
    await writePrivateJson(join(this.dir, `${request.id}.json`), request);
  }

  async list({ limit = DEFAULT_LIST_LIMIT } = {}): Promise<StoredRequest[]> {
    const all = await this.#readAll();
    all.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
    return all.slice(0, limit);
  }

  async removeExpired(): Promise<number> {
    if (this.days === undefined) return 0;
    const cutoff = Date.now() - this.days * DAY;
    const old = (await this.#readAll()).filter((r) => Date.parse(r.receivedAt) < cutoff);
    await Promise.all(old.map((r) => rm(join(this.dir, `${r.id}.json`), { force: true })));
    return old.length;
  }

  async close(): Promise<void> {
    this.#stopSweeps();
  }

  /** Every request in the folder (files it did not write are left alone). */
  async #readAll(): Promise<StoredRequest[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const ours = names.filter((n) => n.endsWith('.json') && isStoredId(n.slice(0, -5)));
    const read = (name: string): Promise<StoredRequest | null> =>
      readFile(join(this.dir, name), 'utf8').then(
        (text) => JSON.parse(text) as StoredRequest,
        () => null, // deleted meanwhile
      );
    const all = await Promise.all(ours.map(read));
    return all.filter((r): r is StoredRequest => r !== null);
  }
}

/**
 * The default store: `<dir>/<id>.json` per request (folder 0700, files 0600), as
 * createAccommodationHandler({ dir }) always kept them.
 */
export function createDirectoryRequestStore(
  dir: string,
  options: RequestStoreOptions = {},
): RequestStore {
  if (typeof dir !== 'string' || !dir) throw new TypeError('applykit/server: `dir` is required');
  return new FolderRequestStore(dir, retentionOf(options));
}
