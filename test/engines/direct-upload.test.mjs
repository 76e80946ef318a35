// createDirectUploadHandler against an S3-protocol server (started by `npm run test:engines`):
// the signed policy binds key, size range, content type and name; the browser's POST goes
// straight to the bucket; completion checks the stored object, keeps a genuine file under its id
// with its record, and deletes whatever fails. Run after `npm run build`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import {
  createDirectoryStorage,
  createDirectUploadHandler,
  createS3Storage,
} from '../../dist/server/index.js';
import { s3Settings, testBucket } from '../helpers/engines.mjs';
import { serve } from '../helpers/serve.mjs';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PDF = await readFile(new URL('../fixtures/resumes/resume.pdf', import.meta.url));
const DOCX = await readFile(new URL('../fixtures/resumes/resume.docx', import.meta.url));
const ELF = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(4088).fill(0)]);
const PREFIX = 'direct/';
const MAX_SIZE = 64 * 1024;

const { bucket, client } = await testBucket();
const storage = createS3Storage({ bucket, prefix: PREFIX, client: s3Settings });
let server;
let base;
before(async () => {
  server = await serve(
    createDirectUploadHandler({ storage, path: '/uploads/direct', maxSize: MAX_SIZE }),
  );
  base = `${server.base}/uploads/direct`;
});
after(() => server.close());

async function postJson(url, body) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

/** What the element does with the params: fields first, then the file as `fileField`. */
async function sendToBucket(params, bytes, name = 'cv.pdf') {
  const form = new FormData();
  for (const [key, value] of Object.entries(params.fields)) form.append(key, value);
  form.append(params.fileField, new Blob([bytes]), name);
  return fetch(params.url, { method: params.method, body: form });
}

async function keys() {
  const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: PREFIX }));
  return (listed.Contents ?? []).map((o) => o.Key.slice(PREFIX.length)).sort();
}

const decodePolicy = (fields) => JSON.parse(Buffer.from(fields.Policy, 'base64').toString());

describe('direct uploads: signing', () => {
  test('answers getUploadParams with a presigned POST bound to one key, size, type and name', async () => {
    const { status, body } = await postJson(base, {
      name: 'C:\\cv\\Ana Pérez.pdf',
      type: 'application/pdf',
      size: PDF.length,
    });
    assert.equal(status, 200);
    assert.match(body.id, UUID);
    assert.equal(body.method, 'POST');
    assert.equal(body.fileField, 'file');
    assert.equal(new URL(body.url).origin, new URL(s3Settings.endpoint).origin);
    assert.equal(body.fields.key, `${PREFIX}incoming/${body.id}`);
    const policy = decodePolicy(body.fields);
    assert.deepEqual(
      policy.conditions.filter((c) => Array.isArray(c)),
      [['content-length-range', 1, MAX_SIZE]],
    );
    const exact = Object.assign({}, ...policy.conditions.filter((c) => !Array.isArray(c)));
    assert.equal(exact.key, `${PREFIX}incoming/${body.id}`);
    assert.equal(exact.bucket, bucket);
    assert.equal(exact['Content-Type'], 'application/pdf');
    assert.equal(exact['x-amz-meta-filename'], encodeURIComponent('Ana Pérez.pdf'));
    const expires = Date.parse(policy.expiration) - Date.now();
    assert.ok(expires > 250_000 && expires <= 300_000, `expires in ${expires} ms`);
  });

  test('refuses what the page declares, as the other handlers do', async () => {
    const cases = [
      [{ name: 'tool.exe', type: 'application/x-msdownload', size: 10 }, 415, 'type'],
      [{ name: 'cv.pdf', type: 'application/pdf', size: MAX_SIZE + 1 }, 413, 'too-large'],
      [{ name: 'cv.pdf', type: 'application/pdf', size: 0 }, 400, 'empty'],
      [{ name: 'cv.pdf', type: 'application/pdf', size: '12' }, 400, 'invalid'],
      [{ type: 'application/pdf', size: 12 }, 400, 'invalid'],
      ['not json', 400, 'invalid-json'],
    ];
    for (const [body, status, error] of cases) {
      const reply = await postJson(base, body);
      assert.deepEqual([reply.status, reply.body.error], [status, error], JSON.stringify(body));
    }
  });

  test('takes POST with JSON only, at its path and /complete only', async () => {
    assert.equal((await fetch(base)).status, 405);
    const form = await fetch(base, { method: 'POST', body: 'name=cv.pdf' });
    assert.equal(form.status, 415);
    assert.equal((await postJson(`${base}/other`, {})).status, 404);
  });

  test('needs S3 storage', () => {
    const dir = createDirectoryStorage('/tmp/applykit-not-used');
    assert.throws(() => createDirectUploadHandler({ storage: dir, path: '/d' }), TypeError);
  });
});

describe('direct uploads: completion', () => {
  test('keeps a genuine file under its id with its record, and deletes the incoming copy', async () => {
    const { body: params } = await postJson(base, {
      name: 'resume.docx',
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      size: DOCX.length,
    });
    assert.equal((await sendToBucket(params, DOCX, 'resume.docx')).status, 204);
    assert.ok((await keys()).includes(`incoming/${params.id}`));
    const done = await postJson(`${base}/complete`, { id: params.id });
    assert.equal(done.status, 201);
    assert.deepEqual(done.body, {
      id: params.id,
      name: 'resume.docx',
      size: DOCX.length,
      kind: 'docx',
    });
    const now = await keys();
    assert.ok(now.includes(params.id) && now.includes(`${params.id}.json`));
    assert.ok(!now.includes(`incoming/${params.id}`));
    const record = await storage.readRecord(params.id);
    assert.equal(record.name, 'resume.docx');
    const stored = await storage.open(params.id);
    assert.deepEqual(Buffer.from(await stored.read(0, DOCX.length)), DOCX);
    const again = await postJson(`${base}/complete`, { id: params.id });
    assert.deepEqual([again.status, again.body], [200, done.body]);
  });

  test('deletes a file whose bytes are not what its name says, and refuses it (415)', async () => {
    const { body: params } = await postJson(base, {
      name: 'cv.pdf',
      type: 'application/pdf',
      size: ELF.length,
    });
    await sendToBucket(params, ELF);
    const done = await postJson(`${base}/complete`, { id: params.id });
    assert.deepEqual([done.status, done.body.error], [415, 'content']);
    assert.deepEqual(
      (await keys()).filter((k) => k.includes(params.id)),
      [],
    );
  });

  test('checks the size again: a store that ignores the policy does not let a big file in', async () => {
    const { body: params } = await postJson(base, {
      name: 'cv.pdf',
      type: 'application/pdf',
      size: 1000,
    });
    await sendToBucket(params, Buffer.concat([PDF, PDF, PDF])); // s3rver does not check policies
    const done = await postJson(`${base}/complete`, { id: params.id });
    assert.deepEqual([done.status, done.body.error], [413, 'too-large']);
    assert.deepEqual(
      (await keys()).filter((k) => k.includes(params.id)),
      [],
    );
  });

  test('answers 404 for an id whose file never arrived, and 400 for one it did not make', async () => {
    const { body: params } = await postJson(base, {
      name: 'cv.pdf',
      type: 'application/pdf',
      size: 10,
    });
    const missing = await postJson(`${base}/complete`, { id: params.id });
    assert.deepEqual([missing.status, missing.body.error], [404, 'not-found']);
    for (const id of ['../x', 'incoming/abc', 42, undefined]) {
      const bad = await postJson(`${base}/complete`, { id });
      assert.deepEqual([bad.status, bad.body.error], [400, 'invalid'], String(id));
    }
  });
});
