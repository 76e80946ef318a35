// The folder tus store under the handler's PATCHes: past the bytes the head check needs, a
// chunk is written without reading the upload's info again. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Upload } from '@tus/server';
import { TusStore } from '../../dist/server/tus-store.js';

test("reads an upload's info for its head only, not for every later chunk", async (t) => {
  const directory = await mkdtemp(join(tmpdir(), 'applykit-tus-store-'));
  t.after(() => rm(directory, { recursive: true, force: true }));
  const store = new TusStore({ directory });
  const size = 20_000;
  const metadata = { filename: 'cv.txt', filetype: 'text/plain' };
  await store.create(new Upload({ id: 'a', size, offset: 0, metadata }));
  let reads = 0;
  const get = store.configstore.get.bind(store.configstore);
  store.configstore.get = (id) => (reads++, get(id));
  const text = (n) => Readable.from([Buffer.alloc(n, 'a')]);
  assert.equal(await store.write(text(10_000), 'a', 0), 10_000);
  assert.equal(reads, 1, 'the first chunk reads the info to judge the head');
  assert.equal(await store.write(text(10_000), 'a', 10_000), 20_000);
  assert.equal(reads, 1, 'a later chunk does not');
});
