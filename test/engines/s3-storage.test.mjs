// createS3Storage against an S3-protocol server (started by `npm run test:engines`), held to the
// storage contract every storage meets (test/helpers/storage-contract.mjs), plus what only S3
// has: the prefix, files past one part (multipart upload) and an aborted one leaving no parts.
// Run after `npm run build`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { ListMultipartUploadsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { createS3Storage } from '../../dist/server/index.js';
import { s3Settings, testBucket } from '../helpers/engines.mjs';
import { pattern, storageContract } from '../helpers/storage-contract.mjs';

const { bucket, client } = await testBucket();

/** The keys under `prefix`, without it. */
async function keys(prefix = '') {
  const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
  return (listed.Contents ?? []).map((o) => o.Key.slice(prefix.length));
}

describe('S3 storage: the contract', () => {
  storageContract(async () => {
    const prefix = `contract-${randomUUID()}/`;
    return {
      storage: createS3Storage({ bucket, prefix, client: s3Settings }),
      keys: () => keys(prefix),
    };
  });
});

describe('S3 storage: objects', () => {
  test('keys are <prefix><id> and <prefix><id>.json', async () => {
    const storage = createS3Storage({ bucket, prefix: 'resumes/', client: s3Settings });
    const id = randomUUID();
    await storage.write(id, Readable.from([Buffer.from('hello')]), new AbortController().signal);
    await storage.writeRecord({
      id,
      name: 'a.txt',
      size: 5,
      kind: 'txt',
      type: 'text/plain',
      receivedAt: '2025-01-01T00:00:00.000Z',
    });
    assert.deepEqual((await keys('resumes/')).filter((k) => k.startsWith(id)).sort(), [
      id,
      `${id}.json`,
    ]);
  });

  test('a file of several parts streams as a multipart upload and reads back whole', async () => {
    const storage = createS3Storage({ bucket, prefix: 'big/', client: s3Settings });
    const id = randomUUID();
    const bytes = pattern(11 * 1024 * 1024 + 5);
    const chunks = [];
    for (let i = 0; i < bytes.length; i += 64 * 1024) chunks.push(bytes.subarray(i, i + 64 * 1024));
    assert.equal(
      await storage.write(id, Readable.from(chunks), new AbortController().signal),
      bytes.length,
    );
    const file = await storage.open(id);
    assert.equal(file.size, bytes.length);
    const tail = await file.read(bytes.length - 22, bytes.length);
    assert.deepEqual(Buffer.from(tail), bytes.subarray(bytes.length - 22));
    const across = await file.read(5 * 1024 * 1024 - 4, 5 * 1024 * 1024 + 4);
    assert.deepEqual(Buffer.from(across), bytes.subarray(5 * 1024 * 1024 - 4, 5 * 1024 * 1024 + 4));
  });

  test('an abort after the first part leaves no object and no unfinished multipart upload', async () => {
    const storage = createS3Storage({ bucket, prefix: 'aborted/', client: s3Settings });
    const id = randomUUID();
    const stop = new AbortController();
    let sent = 0;
    const body = new Readable({
      read() {
        sent += 1024 * 1024;
        if (sent > 7 * 1024 * 1024) stop.abort(new Error('over the limit'));
        else this.push(pattern(1024 * 1024));
      },
    });
    await assert.rejects(storage.write(id, body, stop.signal));
    assert.deepEqual(await keys('aborted/'), []);
    const open = await client.send(new ListMultipartUploadsCommand({ Bucket: bucket }));
    assert.deepEqual(
      (open.Uploads ?? []).filter((u) => u.Key.startsWith('aborted/')),
      [],
    );
  });

  test('a bucket that is not there fails the write, small or large, and stops the body', async () => {
    const storage = createS3Storage({ bucket: 'no-such-bucket', client: s3Settings });
    const small = Readable.from([Buffer.from('x')]);
    await assert.rejects(
      storage.write(randomUUID(), small, new AbortController().signal),
      /bucket/i,
    );
    const large = Readable.from(Array.from({ length: 12 }, () => pattern(1024 * 1024)));
    await assert.rejects(
      storage.write(randomUUID(), large, new AbortController().signal),
      /bucket/i,
    );
    assert.ok(large.destroyed);
  });

  test('throws on a missing bucket or a prefix starting with a slash', () => {
    assert.throws(() => createS3Storage({}), TypeError);
    assert.throws(() => createS3Storage({ bucket, prefix: '/x/' }), TypeError);
  });
});
