// createDirectoryStorage: the default home of uploads, held to the storage contract every
// storage meets (test/helpers/storage-contract.mjs), plus what only a folder has: modes, and
// the `.part` name a file has until it is complete. Run after `npm run build`.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { watch } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createDirectoryStorage } from '../../dist/server/index.js';
import { storageContract } from '../helpers/storage-contract.mjs';

const root = await mkdtemp(join(tmpdir(), 'applykit-storage-'));
after(() => rm(root, { recursive: true, force: true }));

describe('directory storage: the contract', () => {
  storageContract(async () => {
    const dir = join(root, randomUUID());
    return { storage: createDirectoryStorage(dir), keys: () => readdir(dir).catch(() => []) };
  });
});

describe('directory storage: the folder', () => {
  test('creates the folder 0700 and files 0600', async () => {
    const dir = join(root, 'modes', 'uploads');
    const storage = createDirectoryStorage(dir);
    const id = randomUUID();
    const body = new PassThrough();
    body.end('hello');
    await storage.write(id, body, new AbortController().signal);
    assert.equal((await stat(dir)).mode & 0o777, 0o700);
    assert.equal((await stat(join(dir, id))).mode & 0o777, 0o600);
  });

  test('a file being written is <id>.part, and <id> only once complete', async () => {
    const dir = join(root, 'parts');
    await mkdir(dir);
    const storage = createDirectoryStorage(dir);
    const id = randomUUID();
    const body = new PassThrough();
    const watcher = watch(dir);
    const created = once(watcher, 'change');
    const written = storage.write(id, body, new AbortController().signal);
    body.write('half');
    await created;
    watcher.close();
    assert.deepEqual(await readdir(dir), [`${id}.part`]);
    body.end(' and the rest');
    assert.equal(await written, 'half and the rest'.length);
    assert.deepEqual(await readdir(dir), [id]);
  });

  test('throws on a missing dir', () => {
    assert.throws(() => createDirectoryStorage(''), TypeError);
  });
});
