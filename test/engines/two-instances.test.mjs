// Two demo server processes sharing one bucket and one database, as two instances behind a load
// balancer (started by `npm run test:engines`, which runs the engines): a tus upload begun on
// one is finished on the other, an upload stored by one is accepted in an application sent to
// the other, and an accommodation request sent to one is listed by the other. Nothing is kept
// in either process's data folder. Run after `npm run build`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REQUEST } from '../helpers/accommodation-requests.mjs';
import { startDemo, stopDemo } from '../helpers/demo-process.mjs';
import { testBucket, testDatabase } from '../helpers/engines.mjs';
import { createUpload, head, patch } from '../helpers/tus-requests.mjs';

const MiB = 1024 * 1024;
const TOKEN = 'test-admin-token';
const TUS = '/api/uploads/tus';
const PDF = await readFile(new URL('../fixtures/resumes/resume.pdf', import.meta.url));

/** A plain-text resume of `size` bytes: a file larger than one S3 part when asked. */
function textResume(size) {
  const line = Buffer.from('Ana Pérez — data analyst, 2019–2025, SQL, R, Python.\n');
  return Buffer.concat(Array.from({ length: Math.ceil(size / line.length) }, () => line)).subarray(
    0,
    size,
  );
}

let db;
let a;
let b;
let dirs;
before(async () => {
  const [{ bucket }, database] = await Promise.all([testBucket(), testDatabase()]);
  db = database;
  dirs = await Promise.all([1, 2].map(() => mkdtemp(join(tmpdir(), 'applykit-instance-'))));
  const env = (dataDir) => ({
    DATA_DIR: dataDir,
    S3_ENDPOINT: process.env.APPLYKIT_TEST_S3_ENDPOINT,
    S3_BUCKET: bucket,
    DATABASE_URL: db.url,
    ADMIN_TOKEN: TOKEN,
  });
  [a, b] = await Promise.all(dirs.map((dir) => startDemo(env(dir))));
});
after(async () => {
  await Promise.all([a, b].filter(Boolean).map(stopDemo));
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  await db.drop();
});

/** POSTs an application naming `resume` (upload ids) to `base`. */
async function apply(base, resume) {
  const body = new URLSearchParams({ fullName: 'Ana Pérez', email: 'ana@example.com' });
  for (const id of resume) body.append('resume', id);
  const res = await fetch(`${base}/api/applications`, { method: 'POST', body });
  return { status: res.status, body: await res.json() };
}

describe('two instances, one bucket and one database', () => {
  test('a tus upload begun on one is finished on the other', async () => {
    const file = textResume(6 * MiB + 123);
    const id = await createUpload(`${a.base}${TUS}`, 'resume.txt', 'text/plain', file.length);
    const first = 5.5 * MiB; // a whole S3 part, sent to the first instance
    assert.equal((await patch(`${a.base}${TUS}`, id, 0, file.subarray(0, first))).status, 204);
    const resumed = await head(`${b.base}${TUS}`, id);
    assert.deepEqual(resumed, { status: 200, offset: first });
    const last = await patch(`${b.base}${TUS}`, id, first, file.subarray(first));
    assert.equal(last.status, 200);
    assert.deepEqual(await last.json(), { id, name: 'resume.txt', size: file.length, kind: 'txt' });
    assert.deepEqual(await head(`${a.base}${TUS}`, id), { status: 200, offset: file.length });
    const application = await apply(a.base, [id]);
    assert.equal(application.status, 201, JSON.stringify(application.body));
  });

  test('a few bytes sent to one (below a part) are resumed from the other', async () => {
    const id = await createUpload(`${b.base}${TUS}`, 'resume.pdf', 'application/pdf', PDF.length);
    assert.equal((await patch(`${b.base}${TUS}`, id, 0, PDF.subarray(0, 700))).status, 204);
    assert.deepEqual(await head(`${a.base}${TUS}`, id), { status: 200, offset: 700 });
    const last = await patch(`${a.base}${TUS}`, id, 700, PDF.subarray(700));
    assert.equal(last.status, 200);
    assert.equal((await last.json()).kind, 'pdf');
  });

  test('an upload stored by one is accepted in an application sent to the other', async () => {
    const form = new FormData();
    form.append('resume', new Blob([PDF], { type: 'application/pdf' }), 'resume.pdf');
    const stored = await fetch(`${b.base}/api/uploads`, { method: 'POST', body: form });
    assert.equal(stored.status, 201);
    const { id } = await stored.json();
    assert.equal((await apply(a.base, [id])).status, 201);
    const unknown = await apply(a.base, ['00000000-0000-4000-8000-000000000000']);
    assert.equal(unknown.status, 400);
  });

  test('a request sent to one is listed by the other', async () => {
    const sent = await fetch(`${a.base}/api/accommodations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(REQUEST),
    });
    assert.equal(sent.status, 201);
    const { id } = await sent.json();
    const listed = await fetch(`${b.base}/api/accommodations`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    assert.equal(listed.status, 200);
    const { requests } = await listed.json();
    const found = requests.find((r) => r.id === id);
    assert.deepEqual(
      { ...found, receivedAt: undefined },
      { id, receivedAt: undefined, ...REQUEST },
    );
  });

  test('the list is only for the admin token', async () => {
    const anonymous = await fetch(`${b.base}/api/accommodations`);
    assert.equal(anonymous.status, 401);
    const wrong = await fetch(`${b.base}/api/accommodations`, {
      headers: { authorization: 'Bearer nope' },
    });
    assert.equal(wrong.status, 401);
  });

  test('nothing but applications is kept in either process’s data folder', async () => {
    for (const dir of dirs) {
      assert.deepEqual(
        (await readdir(dir)).filter((name) => name !== 'applications'),
        [],
      );
    }
  });

  test('said at start where they keep things', () => {
    for (const demo of [a, b]) {
      assert.match(demo.output(), /Uploads are stored in s3:\/\/applykit-/);
      assert.match(demo.output(), /Accommodation requests: PostgreSQL/);
    }
  });
});
