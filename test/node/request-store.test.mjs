// createDirectoryRequestStore: the default home of accommodation requests, one owner-only JSON
// file per request, listed newest first, and deleted past `retentionDays`. Run after
// `npm run build`.
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDirectoryRequestStore } from '../../dist/server/index.js';
import { storedRequest as stored } from '../helpers/accommodation-requests.mjs';

const DAY = 24 * 60 * 60 * 1000;

let root;
let dir;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'applykit-requests-'));
  dir = join(root, 'requests');
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('directory request store', () => {
  test('keeps each request as <id>.json, owner-only, in a private folder', async () => {
    const store = createDirectoryRequestStore(dir);
    const request = stored();
    await store.add(request);
    await store.close();
    assert.deepEqual(await readdir(dir), [`${request.id}.json`]);
    assert.equal((await stat(dir)).mode & 0o777, 0o700);
    assert.equal((await stat(join(dir, `${request.id}.json`))).mode & 0o777, 0o600);
  });

  test('lists requests newest first, at most `limit`, ignoring files it did not write', async () => {
    const store = createDirectoryRequestStore(dir);
    const older = stored('2025-11-25T10:00:00.000Z');
    const newer = stored('2025-11-26T10:00:00.000Z');
    await store.add(older);
    await store.add(newer);
    await writeFile(join(dir, 'notes.json'), '{}');
    assert.deepEqual(await store.list(), [newer, older]);
    assert.deepEqual(await store.list({ limit: 1 }), [newer]);
    await store.close();
  });

  test('refuses an id used twice', async () => {
    const store = createDirectoryRequestStore(dir);
    const request = stored();
    await store.add(request);
    await assert.rejects(store.add(request), { code: 'EEXIST' });
    await store.close();
  });

  test('deletes requests older than retentionDays, keeps the rest', async () => {
    const setup = createDirectoryRequestStore(dir);
    const old = stored(new Date(Date.now() - 31 * DAY).toISOString());
    const recent = stored(new Date(Date.now() - 29 * DAY).toISOString());
    await setup.add(old);
    await setup.add(recent);
    await setup.close();
    const store = createDirectoryRequestStore(dir, { retentionDays: 30 });
    await store.removeExpired(); // (the sweep at creation may have removed it already)
    assert.deepEqual(await readdir(dir), [`${recent.id}.json`]);
    await store.close();
  });

  test('keeps everything without retentionDays', async () => {
    const store = createDirectoryRequestStore(dir);
    await store.add(stored('2001-01-01T00:00:00.000Z'));
    assert.equal(await store.removeExpired(), 0);
    assert.equal((await store.list()).length, 1);
    await store.close();
  });

  test('throws on a missing dir or a retentionDays that is not a positive number', () => {
    assert.throws(() => createDirectoryRequestStore(''), TypeError);
    for (const retentionDays of [0, -3, Number.NaN, '7']) {
      assert.throws(() => createDirectoryRequestStore(dir, { retentionDays }), TypeError);
    }
  });
});
