// What every UploadStorage must do, as one list of tests run against each implementation: the
// folder (test/node/upload-storage.test.mjs) and S3 (test/engines/s3-storage.test.mjs).
// Node tests only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';

/** Bytes 0, 1, …, 255, 0, 1, … of `size`: every range is recognisable. */
export function pattern(size) {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = i % 256;
  return bytes;
}

/** A body that sends `head`, then fails. */
function failingBody(head) {
  return new Readable({
    read() {
      if (head) {
        this.push(head);
        head = null;
      } else this.destroy(new Error('client went away'));
    },
  });
}

const record = (id, size) => ({
  id,
  name: 'cv.pdf',
  size,
  kind: 'pdf',
  type: 'application/pdf',
  receivedAt: new Date().toISOString(),
});

/**
 * Registers the contract tests. `make()` resolves with `{ storage, keys }`, `keys()` listing
 * what the storage holds now (file names or object keys, without prefix).
 */
export function storageContract(make) {
  test('writes a streamed file and reads back any range of it', async () => {
    const { storage } = await make();
    const id = randomUUID();
    const bytes = pattern(70_000);
    const size = await storage.write(id, Readable.from([bytes]), new AbortController().signal);
    assert.equal(size, bytes.length);
    const file = await storage.open(id);
    try {
      assert.equal(file.size, bytes.length);
      assert.deepEqual(Buffer.from(await file.read(0, 8)), bytes.subarray(0, 8));
      assert.deepEqual(
        Buffer.from(await file.read(65_530, 65_540)),
        bytes.subarray(65_530, 65_540),
      );
      assert.deepEqual(Buffer.from(await file.read(69_990, 80_000)), bytes.subarray(69_990));
      assert.equal((await file.read(80_000, 90_000)).length, 0);
    } finally {
      await file.close();
    }
  });

  test('keeps a record beside the file and deletes both', async () => {
    const { storage, keys } = await make();
    const id = randomUUID();
    await storage.write(
      id,
      Readable.from([Buffer.from('%PDF-1.7\n')]),
      new AbortController().signal,
    );
    assert.equal(await storage.readRecord(id), null, 'no record until it is written');
    const kept = record(id, 9);
    await storage.writeRecord(kept);
    assert.deepEqual(await storage.readRecord(id), kept);
    assert.deepEqual((await keys()).filter((k) => k.startsWith(id)).sort(), [id, `${id}.json`]);
    await storage.remove(id);
    assert.deepEqual(
      (await keys()).filter((k) => k.startsWith(id)),
      [],
    );
    assert.equal(await storage.open(id), null);
    await storage.remove(id); // gone already: no error
  });

  test('keeps nothing of a body that fails part-way', async () => {
    const { storage, keys } = await make();
    const id = randomUUID();
    await assert.rejects(
      storage.write(id, failingBody(pattern(1000)), new AbortController().signal),
      /client went away/,
    );
    assert.deepEqual(
      (await keys()).filter((k) => k.startsWith(id)),
      [],
    );
  });

  test('keeps nothing when the signal aborts the write', async () => {
    const { storage, keys } = await make();
    const id = randomUUID();
    const stop = new AbortController();
    let sent = 0;
    const body = new Readable({
      read() {
        sent += 1;
        if (sent === 3) stop.abort(new Error('too large'));
        this.push(pattern(16 * 1024));
      },
    });
    await assert.rejects(storage.write(id, body, stop.signal));
    assert.deepEqual(
      (await keys()).filter((k) => k.startsWith(id)),
      [],
    );
  });

  test('takes only ids it made: a path or a key cannot come from a client', async () => {
    const { storage } = await make();
    for (const id of ['../x', 'a/b', '', 'CON']) {
      await assert.rejects(storage.open(id), TypeError);
      await assert.rejects(storage.readRecord(id), TypeError);
    }
  });
}
