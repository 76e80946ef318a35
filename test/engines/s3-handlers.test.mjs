// The multipart and tus handlers with `storage: createS3Storage(…)`, against an S3-protocol
// server (started by `npm run test:engines`): what passes is kept with its record and found by
// findUpload; what fails (spoofed bytes, a wrong head, an overrun, a termination, an expiry)
// leaves no object and no unfinished multipart upload behind. Run after `npm run build`.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ListMultipartUploadsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import {
  createS3Storage,
  createTusHandler,
  createUploadHandler,
  findUpload,
} from '../../dist/server/index.js';
import { s3Settings, testBucket } from '../helpers/engines.mjs';
import { serve as serveHandler } from '../helpers/serve.mjs';
import { create, createUpload, head, patch, terminate } from '../helpers/tus-requests.mjs';

const MiB = 1024 * 1024;
const PDF = await readFile(new URL('../fixtures/resumes/resume.pdf', import.meta.url));
const ELF = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(4088).fill(0)]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const { bucket, client } = await testBucket();
const servers = [];
after(() => Promise.all(servers.map((s) => s.close())));

/** Serves `handler` on a free port until the tests end; resolves with its base URL. */
async function serve(handler) {
  const server = await serveHandler(handler);
  servers.push(server);
  return server.base;
}

/** The keys under `prefix`, without it, and the unfinished multipart uploads there. */
async function contents(prefix) {
  const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
  const open = await client.send(new ListMultipartUploadsCommand({ Bucket: bucket }));
  return {
    keys: (listed.Contents ?? []).map((o) => o.Key.slice(prefix.length)).sort(),
    unfinished: (open.Uploads ?? []).filter((u) => u.Key.startsWith(prefix)).length,
  };
}

async function postFile(url, bytes, name, type) {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), name);
  const res = await fetch(url, { method: 'POST', body: form });
  return { status: res.status, body: await res.json() };
}

describe('multipart uploads into a bucket', () => {
  const prefix = 'multipart/';
  const storage = createS3Storage({ bucket, prefix, client: s3Settings });
  let url;
  test('keeps a genuine file with its record, found by findUpload', async () => {
    url = `${await serve(createUploadHandler({ storage, maxSize: 6 * MiB }))}/upload`;
    const { status, body } = await postFile(url, PDF, 'resume.pdf', 'application/pdf');
    assert.equal(status, 201);
    assert.match(body.id, UUID);
    assert.deepEqual((await contents(prefix)).keys, [body.id, `${body.id}.json`]);
    const record = await findUpload(storage, body.id);
    assert.deepEqual([record.name, record.size, record.kind], ['resume.pdf', PDF.length, 'pdf']);
  });

  test('deletes a spoofed file (415) and an overrun past one part (413), leaving nothing', async () => {
    const before = (await contents(prefix)).keys;
    const spoof = await postFile(url, ELF, 'cv.pdf', 'application/pdf');
    assert.deepEqual([spoof.status, spoof.body.error], [415, 'content']);
    const big = Buffer.concat([PDF, Buffer.alloc(7 * MiB, 0x20)]);
    const over = await postFile(url, big, 'big.pdf', 'application/pdf');
    assert.deepEqual([over.status, over.body.error], [413, 'too-large']);
    assert.deepEqual(await contents(prefix), { keys: before, unfinished: 0 });
  });
});

describe('tus uploads into a bucket', () => {
  const prefix = 'tus/';
  const storage = createS3Storage({ bucket, prefix, client: s3Settings });
  const path = '/uploads/tus';
  let endpoint;
  test('an upload sent in pieces is kept with its record; HEAD then reports it whole', async () => {
    endpoint = `${await serve(createTusHandler({ storage, path, maxOpenUploads: 3 }))}${path}`;
    const id = await createUpload(endpoint, 'resume.pdf', 'application/pdf', PDF.length);
    assert.equal((await patch(endpoint, id, 0, PDF.subarray(0, 10))).status, 204);
    assert.deepEqual(await head(endpoint, id), { status: 200, offset: 10 });
    const last = await patch(endpoint, id, 10, PDF.subarray(10));
    assert.equal(last.status, 200);
    assert.deepEqual(await last.json(), { id, name: 'resume.pdf', size: PDF.length, kind: 'pdf' });
    assert.deepEqual(await head(endpoint, id), { status: 200, offset: PDF.length });
    assert.equal((await findUpload(storage, id)).receivedAt.length > 0, true);
    const { keys } = await contents(prefix);
    assert.deepEqual(keys, [id, `${id}.info`, `${id}.json`]);
  });

  test('a head that cannot begin the claimed kind is refused at once and deleted', async () => {
    const before = await contents(prefix);
    const id = await createUpload(endpoint, 'cv.pdf', 'application/pdf', ELF.length);
    const res = await patch(endpoint, id, 0, ELF);
    assert.deepEqual([res.status, (await res.json()).error], [415, 'content']);
    assert.deepEqual(await contents(prefix), before);
    assert.equal((await head(endpoint, id)).status, 404);
  });

  test('bytes that pass the head but not the whole check are deleted when complete', async () => {
    const before = await contents(prefix);
    // A ZIP head, as a DOCX has, then nothing: a ZIP cut short, refused as damaged.
    const fake = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(2000, 0)]);
    const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    const id = await createUpload(endpoint, 'cv.docx', DOCX, fake.length);
    const res = await patch(endpoint, id, 0, fake);
    assert.deepEqual([res.status, (await res.json()).error], [422, 'damaged']);
    assert.deepEqual(await contents(prefix), before);
  });

  test('termination of an unfinished upload leaves nothing; the cap counts the bucket', async () => {
    const before = await contents(prefix);
    const ids = [];
    for (let i = 0; i < 3; i++) {
      ids.push(await createUpload(endpoint, 'resume.pdf', 'application/pdf', PDF.length));
    }
    await patch(endpoint, ids[0], 0, PDF.subarray(0, 2000));
    const busy = await create(endpoint, 'resume.pdf', 'application/pdf', PDF.length);
    assert.equal(busy.status, 429);
    for (const id of ids) assert.equal((await terminate(endpoint, id)).status, 204);
    assert.deepEqual(await contents(prefix), before);
  });

  test('unfinished uploads past expireAfter are removed when a handler starts', async () => {
    const expiring = createS3Storage({ bucket, prefix: 'tus-expiring/', client: s3Settings });
    const options = { storage: expiring, path, expireAfter: 1 };
    const first = `${await serve(createTusHandler(options))}${path}`;
    const id = await createUpload(first, 'resume.pdf', 'application/pdf', PDF.length);
    await patch(first, id, 0, PDF.subarray(0, 100));
    const second = `${await serve(createTusHandler(options))}${path}`;
    assert.equal((await head(second, id)).status, 404);
    assert.deepEqual(await contents('tus-expiring/'), { keys: [], unfinished: 0 });
  });
});
