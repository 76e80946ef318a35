/// <reference types="node" />
// The migrations this package ships (migrations/*.sql, beside dist/), applied in name order and
// recorded in `applykit_migrations`, under an advisory lock so instances starting together agree.
import { readdir, readFile } from 'node:fs/promises';
import type { Pool } from 'pg';

/** The shipped migrations: `<package>/migrations/`, beside `dist/`. */
const MIGRATIONS = new URL('../../migrations/', import.meta.url);
/** Advisory lock held while migrating ("appk"). */
const MIGRATION_LOCK = 0x6170706b;

/** Applies every `migrations/*.sql` not yet recorded in `applykit_migrations`, in name order. */
export async function applyMigrations(pool: Pool): Promise<string[]> {
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
