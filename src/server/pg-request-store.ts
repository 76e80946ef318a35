/// <reference types="node" />
// Accommodation requests in PostgreSQL through `pg`, loaded on first use so servers that keep
// requests in a folder never need it. One table, created by the migrations this package ships
// (migrations/*.sql), applied under an advisory lock so instances starting together agree.
import { readdir, readFile } from 'node:fs/promises';
import type { Pool } from 'pg';
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
/** The shipped migrations: `<package>/migrations/`, beside `dist/`. */
const MIGRATIONS = new URL('../../migrations/', import.meta.url);
/** Advisory lock held while migrating ("appk"). */
const MIGRATION_LOCK = 0x6170706b;

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

/** Applies every `migrations/*.sql` not yet recorded in `applykit_migrations`, in name order. */
async function applyMigrations(pool: Pool): Promise<string[]> {
  const names = (await readdir(MIGRATIONS)).filter((n) => n.endsWith('.sql')).sort();
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS applykit_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set(
      (await client.query<{ name: string }>('SELECT name FROM applykit_migrations')).rows.map(
        (r) => r.name,
      ),
    );
    const applied: string[] = [];
    for (const name of names.filter((n) => !done.has(n))) {
      await client.query(await readFile(new URL(name, MIGRATIONS), 'utf8'));
      await client.query('INSERT INTO applykit_migrations (name) VALUES ($1)', [name]);
      applied.push(name);
    }
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const toRequest = (row: Row): StoredRequest => ({
  id: row.id,
  receivedAt: row.received_at.toISOString(),
  ...row.request,
});

/**
 * A request store in the PostgreSQL table `applykit_accommodation_requests` (one row per request:
 * `id`, `received_at`, and the request as `jsonb`). Connects on first use; with `retentionDays`,
 * deletes older requests by the database's clock at once and every hour.
 */
export function createPostgresRequestStore(
  options: PostgresRequestStoreOptions = {},
): PostgresRequestStore {
  const days = retentionOf(options);
  const { connectionString, migrate = true } = options;
  let pool: Promise<Pool> | undefined = options.pool ? Promise.resolve(options.pool) : undefined;
  let ready: Promise<unknown> | undefined;
  let closed = false;
  /** The pool, opened on first use; if `pg` cannot be loaded, the next call tries again. */
  const getPool = (): Promise<Pool> => {
    pool ??= openPool(connectionString).catch((error: unknown) => {
      pool = undefined;
      throw error;
    });
    return pool;
  };
  const use = async (): Promise<Pool> => {
    if (closed) throw new Error('applykit/server: the request store is closed');
    const opened = await getPool();
    ready ??= migrate ? applyMigrations(opened) : Promise.resolve();
    // A failed migration (the database was down) is tried again by the next call.
    await ready.catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return opened;
  };
  const store: PostgresRequestStore = {
    async migrate() {
      return applyMigrations(await getPool());
    },
    async add({ id, receivedAt, ...request }) {
      await (
        await use()
      ).query(`INSERT INTO ${TABLE} (id, received_at, request) VALUES ($1, $2, $3::jsonb)`, [
        id,
        receivedAt,
        JSON.stringify(request),
      ]);
    },
    async list({ limit = DEFAULT_LIST_LIMIT } = {}) {
      const { rows } = await (
        await use()
      ).query<Row>(
        `SELECT id, received_at, request FROM ${TABLE} ORDER BY received_at DESC, id LIMIT $1`,
        [limit],
      );
      return rows.map(toRequest);
    },
    async removeExpired() {
      if (days === undefined) return 0;
      const { rowCount } = await (
        await use()
      ).query(`DELETE FROM ${TABLE} WHERE received_at < now() - $1 * interval '1 day'`, [days]);
      return rowCount ?? 0;
    },
    async close() {
      closed = true;
      stopSweeps();
      const opened = await pool?.catch(() => undefined);
      if (!options.pool && opened) await opened.end();
      pool = undefined;
      ready = undefined;
    },
  };
  const stopSweeps =
    days === undefined ? () => undefined : sweepHourly(() => store.removeExpired());
  return store;
}
