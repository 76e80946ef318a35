// createPostgresRequestStore against a real PostgreSQL (started by `npm run test:engines`): the
// shipped migration creates one table, once, even when instances start together; requests go in
// and come back as the folder store keeps them; retention deletes by the database's clock; a
// database that is down fails the call, not the process. Run after `npm run build`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { createPostgresRequestStore } from '../../dist/server/index.js';
import { REQUEST, storedRequest as stored } from '../helpers/accommodation-requests.mjs';
import { testDatabase } from '../helpers/engines.mjs';

let db;
let sql;
before(async () => {
  db = await testDatabase();
  sql = new pg.Pool({ connectionString: db.url });
});
after(async () => {
  await sql.end();
  await db.drop();
});

describe('migrations', () => {
  test('instances starting together create the table once, and record the migration', async () => {
    const stores = [1, 2, 3].map(() => createPostgresRequestStore({ connectionString: db.url }));
    const applied = await Promise.all(stores.map((s) => s.migrate()));
    await Promise.all(stores.map((s) => s.close()));
    assert.deepEqual(applied.flat(), ['001-accommodation-requests.sql']);
    const { rows } = await sql.query('SELECT name FROM applykit_migrations');
    assert.deepEqual(rows, [{ name: '001-accommodation-requests.sql' }]);
    const columns = await sql.query(
      `SELECT column_name, data_type FROM information_schema.columns
       WHERE table_name = 'applykit_accommodation_requests' ORDER BY ordinal_position`,
    );
    assert.deepEqual(
      columns.rows.map((c) => `${c.column_name} ${c.data_type}`),
      ['id uuid', 'received_at timestamp with time zone', 'request jsonb'],
    );
  });

  test('a store migrated at start does not migrate again on its first query', async () => {
    // applyMigrations takes a client of its own (connect() without a callback); queries don't.
    let migrations = 0;
    const pool = new (class extends pg.Pool {
      connect(...args) {
        if (args.length === 0) migrations++;
        return super.connect(...args);
      }
    })({ connectionString: db.url });
    const store = createPostgresRequestStore({ pool });
    try {
      await store.migrate();
      await store.list();
      assert.equal(migrations, 1);
    } finally {
      await store.close();
      await pool.end();
    }
  });

  test('with migrate: false nothing is created, and a missing table fails the call', async () => {
    const other = await testDatabase();
    const store = createPostgresRequestStore({ connectionString: other.url, migrate: false });
    try {
      await assert.rejects(store.add(stored()), /applykit_accommodation_requests/);
      const { rows } = await sql.query("SELECT to_regclass('applykit_migrations') AS t");
      assert.ok(rows[0].t, 'the first database has it (control)');
    } finally {
      await store.close();
      await other.drop();
    }
  });
});

describe('requests', () => {
  test('a request is kept as one row and listed as it was stored, newest first', async () => {
    const store = createPostgresRequestStore({ connectionString: db.url });
    try {
      const older = stored('2025-11-25T10:00:00.000Z');
      const newer = stored('2025-11-26T10:00:00.000Z');
      await store.add(older);
      await store.add(newer);
      const listed = (await store.list()).filter((r) => [older.id, newer.id].includes(r.id));
      assert.deepEqual(listed, [newer, older]);
      const { rows } = await sql.query(
        'SELECT request FROM applykit_accommodation_requests WHERE id = $1',
        [older.id],
      );
      assert.deepEqual(rows[0].request, REQUEST, 'id and receivedAt are columns, not repeated');
      assert.equal((await store.list({ limit: 1 })).length, 1);
    } finally {
      await store.close();
    }
  });

  test('an id used twice is refused, not overwritten', async () => {
    const store = createPostgresRequestStore({ connectionString: db.url });
    try {
      const first = stored();
      await store.add(first);
      await assert.rejects(store.add({ ...first, name: 'Someone else' }), /duplicate key/);
      assert.equal((await store.list()).find((r) => r.id === first.id).name, REQUEST.name);
    } finally {
      await store.close();
    }
  });

  test('a pool of your own is used as it is and left open', async () => {
    const pool = new pg.Pool({ connectionString: db.url });
    const store = createPostgresRequestStore({ pool });
    const request = stored();
    await store.add(request);
    await store.close();
    const { rows } = await pool.query(
      'SELECT count(*)::int AS n FROM applykit_accommodation_requests WHERE id = $1',
      [request.id],
    );
    assert.equal(rows[0].n, 1);
    await pool.end();
  });
});

describe('retention', () => {
  test('requests older than retentionDays are deleted, by the database clock', async () => {
    const setup = createPostgresRequestStore({ connectionString: db.url });
    const old = stored();
    const recent = stored();
    await setup.add(old);
    await setup.add(recent);
    await setup.close();
    await sql.query(
      "UPDATE applykit_accommodation_requests SET received_at = now() - interval '31 days' WHERE id = $1",
      [old.id],
    );
    const store = createPostgresRequestStore({ connectionString: db.url, retentionDays: 30 });
    try {
      await store.removeExpired(); // (the sweep at creation may have removed it already)
      const ids = (await store.list()).map((r) => r.id);
      assert.ok(!ids.includes(old.id));
      assert.ok(ids.includes(recent.id));
    } finally {
      await store.close();
    }
  });

  test('without retentionDays nothing is deleted', async () => {
    const store = createPostgresRequestStore({ connectionString: db.url });
    try {
      await store.add(stored('2001-01-01T00:00:00.000Z'));
      assert.equal(await store.removeExpired(), 0);
    } finally {
      await store.close();
    }
  });

  test('a retentionDays that is not a positive number throws when the store is created', () => {
    for (const retentionDays of [0, -1, Number.NaN, Infinity, '30']) {
      assert.throws(() => createPostgresRequestStore({ retentionDays }), TypeError);
    }
  });
});

describe('failures', () => {
  test('a database that is not there fails each call, not the process', async () => {
    const down = new URL(db.url);
    down.port = '1'; // nothing listens there
    const store = createPostgresRequestStore({ connectionString: down.href, retentionDays: 1 });
    try {
      await assert.rejects(store.add(stored()), /ECONNREFUSED/);
      await assert.rejects(store.list(), /ECONNREFUSED/);
    } finally {
      await store.close();
    }
  });

  test('a closed store refuses calls', async () => {
    const store = createPostgresRequestStore({ connectionString: db.url });
    await store.close();
    await assert.rejects(store.list(), /closed/);
  });
});
