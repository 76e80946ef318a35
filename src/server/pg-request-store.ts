/// <reference types="node" />
// Accommodation requests in PostgreSQL through `pg`, loaded on first use so servers that keep
// requests in a folder never need it. One table, created by the migrations this package ships
// (migrations/*.sql), applied under an advisory lock so instances starting together agree.
import type { Pool } from 'pg';
import { applyMigrations } from './pg-migrations.js';
import {
  DEFAULT_LIST_LIMIT,
  retentionOf,
  sweepHourly,
  type RequestStore,
  type RequestStoreOptions,
  type StoredRequest,
} from './request-store.js';

/** Options of `createPostgresRequestStore`. */
export interface PostgresRequestStoreOptions extends RequestStoreOptions {
  /** `postgres://user:password@host:port/database`; default: the PG* environment variables. */
  connectionString?: string;
  /** A pool of your own instead (its settings win); `close()` leaves it open. */
  pool?: Pool;
  /** Apply the shipped migrations before first use; default true. */
  migrate?: boolean;
}

/** A request store in PostgreSQL. */
export interface PostgresRequestStore extends RequestStore {
  /** Applies the shipped migrations not applied yet; resolves with their names. */
  migrate(): Promise<string[]>;
}

const TABLE = 'applykit_accommodation_requests';

interface Row {
  id: string;
  received_at: Date;
  request: Omit<StoredRequest, 'id' | 'receivedAt'>;
}

/** Creates a pool for `connectionString`; its idle-connection errors must not end the process. */
async function openPool(connectionString: string | undefined): Promise<Pool> {
  const pg = await import('pg');
  const pool = new (pg.default ?? pg).Pool({ connectionString });
  pool.on('error', () => undefined); // a dropped idle connection: the next query reconnects
  return pool;
}

const toRequest = (row: Row): StoredRequest => ({
  id: row.id,
  receivedAt: row.received_at.toISOString(),
  ...row.request,
});

/** The store: a pool opened on first use, the migrations applied before the first query. */
class PostgresStore implements PostgresRequestStore {
  #pool: Promise<Pool> | undefined;
  #ready: Promise<unknown> | undefined;
  #closed = false;
  readonly #stopSweeps: () => void;

  constructor(
    private readonly options: PostgresRequestStoreOptions,
    private readonly days: number | undefined,
  ) {
    if (options.pool) this.#pool = Promise.resolve(options.pool);
    this.#stopSweeps =
      days === undefined ? () => undefined : sweepHourly(() => this.removeExpired());
  }

  async migrate(): Promise<string[]> {
    const applied = applyMigrations(await this.#getPool());
    // The first query then waits for this run instead of starting another.
    this.#ready = applied;
    return applied;
  }

  async add({ id, receivedAt, ...request }: StoredRequest): Promise<void> {
    const sql = `INSERT INTO ${TABLE} (id, received_at, request) VALUES ($1, $2, $3::jsonb)`;
    await (await this.#use()).query(sql, [id, receivedAt, JSON.stringify(request)]);
  }

  async list({ limit = DEFAULT_LIST_LIMIT } = {}): Promise<StoredRequest[]> {
    const sql = `SELECT id, received_at, request FROM ${TABLE} ORDER BY received_at DESC, id LIMIT $1`;
    const { rows } = await (await this.#use()).query<Row>(sql, [limit]);
    return rows.map(toRequest);
  }

  async removeExpired(): Promise<number> {
    if (this.days === undefined) return 0;
    const sql = `DELETE FROM ${TABLE} WHERE received_at < now() - $1 * interval '1 day'`;
    const { rowCount } = await (await this.#use()).query(sql, [this.days]);
    return rowCount ?? 0;
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#stopSweeps();
    const opened = await this.#pool?.catch(() => undefined);
    if (!this.options.pool && opened) await opened.end();
    this.#pool = undefined;
    this.#ready = undefined;
  }

  /** The pool, opened on first use; if `pg` cannot be loaded, the next call tries again. */
  #getPool(): Promise<Pool> {
    this.#pool ??= openPool(this.options.connectionString).catch((error: unknown) => {
      this.#pool = undefined;
      throw error;
    });
    return this.#pool;
  }

  /** The pool once migrated; a failed migration (the database was down) is tried again. */
  async #use(): Promise<Pool> {
    if (this.#closed) throw new Error('applykit/server: the request store is closed');
    const pool = await this.#getPool();
    this.#ready ??= this.options.migrate === false ? Promise.resolve() : applyMigrations(pool);
    await this.#ready.catch((error: unknown) => {
      this.#ready = undefined;
      throw error;
    });
    return pool;
  }
}

/**
 * A request store in the PostgreSQL table `applykit_accommodation_requests` (one row per request:
 * `id`, `received_at`, and the request as `jsonb`). Connects on first use; with `retentionDays`,
 * deletes older requests by the database's clock at once and every hour.
 */
export function createPostgresRequestStore(
  options: PostgresRequestStoreOptions = {},
): PostgresRequestStore {
  return new PostgresStore(options, retentionOf(options));
}
