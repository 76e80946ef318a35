// The demo's POST /api/applications, as a careers site would copy it: only from its own origin,
// only form-encoded UTF-8 (decoded as bytes, so a character split across packets survives),
// fields checked with the form's own messages, and only resumes this server stored.
import { describe, test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDemo } from '../helpers/demo-server.mjs';

const TUS = { 'Tus-Resumable': '1.0.0' };
const sample = (name) => readFile(new URL(`../fixtures/resumes/${name}`, import.meta.url));
const FORM = 'application/x-www-form-urlencoded';

let demo;
let base;
let dataDir;
let resumeId;

before(async () => {
  demo = await serveDemo('applykit-demo-apply-');
  ({ base, dataDir } = demo);
  const form = new FormData();
  form.append(
    'resume',
    new Blob([await sample('resume.pdf')], { type: 'application/pdf' }),
    'cv.pdf',
  );
  const res = await fetch(`${base}/api/uploads`, { method: 'POST', body: form });
  assert.equal(res.status, 201);
  resumeId = (await res.json()).id;
});
after(() => demo.stop());

const stored = async () => (await readdir(join(dataDir, 'applications')).catch(() => [])).sort();
const record = async (id) =>
  JSON.parse(await readFile(join(dataDir, 'applications', `${id}.json`), 'utf8'));

/** POSTs `fields` (an object, or a ready body) as the page's script does, from its own origin. */
async function apply(fields, headers = {}) {
  const body = typeof fields === 'string' ? fields : new URLSearchParams(fields).toString();
  const res = await fetch(`${base}/api/applications`, {
    method: 'POST',
    headers: { 'content-type': FORM, origin: base, ...headers },
    body,
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

const VALID = () => ({ fullName: 'Ada Lovelace', email: 'ada@example.com', resume: resumeId });

describe('applications: stored', () => {
  test('stores a same-origin application that refers to a stored upload', async () => {
    const { status, headers, body } = await apply({ ...VALID(), fullName: '  Ada Lovelace ' });
    assert.equal(status, 201);
    assert.equal(headers.get('x-content-type-options'), 'nosniff');
    assert.equal(headers.get('content-type'), 'application/json; charset=utf-8');
    const saved = await record(body.id);
    assert.deepEqual(
      { ...saved, id: '', receivedAt: '' },
      {
        id: '',
        receivedAt: '',
        fullName: 'Ada Lovelace',
        email: 'ada@example.com',
        resume: [resumeId],
      },
    );
  });

  test('accepts Sec-Fetch-Site: same-origin when no Origin is sent', async () => {
    const res = await fetch(`${base}/api/applications`, {
      method: 'POST',
      headers: { 'content-type': FORM, 'sec-fetch-site': 'same-origin' },
      body: new URLSearchParams(VALID()).toString(),
    });
    assert.equal(res.status, 201);
  });

  test('accepts a finished tus upload as the resume', async () => {
    const bytes = await sample('resume.txt');
    const b64 = (text) => Buffer.from(text).toString('base64');
    const created = await fetch(`${base}/api/uploads/tus`, {
      method: 'POST',
      headers: {
        ...TUS,
        'Upload-Length': String(bytes.length),
        'Upload-Metadata': `filename ${b64('cv.txt')},filetype ${b64('text/plain')}`,
      },
    });
    const url = new URL(created.headers.get('location'), base);
    const done = await fetch(url, {
      method: 'PATCH',
      headers: { ...TUS, 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' },
      body: bytes,
    });
    assert.equal(done.status, 200);
    const id = url.pathname.split('/').pop();
    assert.equal((await apply({ ...VALID(), resume: id })).status, 201);
  });

  test('decodes the body as bytes: "Zoë" split across two packets is stored intact', async () => {
    const body = Buffer.from(`fullName=Zo\u00eb&email=zoe%40example.com&resume=${resumeId}`);
    const split = body.indexOf(0xc3) + 1; // between the two bytes of "ë"
    const reply = await new Promise((resolve, reject) => {
      const req = request(`${base}/api/applications`, {
        method: 'POST',
        headers: {
          'content-type': FORM,
          'content-length': String(body.length),
          origin: base,
          expect: '100-continue',
        },
      });
      req.on('error', reject);
      req.on('response', (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode, body: JSON.parse(text) }));
      });
      req.once('continue', async () => {
        req.write(body.subarray(0, split));
        // One full round trip on another connection: the first half has arrived on its own.
        await (await fetch(`${base}/`)).text();
        req.end(body.subarray(split));
      });
    });
    assert.equal(reply.status, 201);
    assert.equal((await record(reply.body.id)).fullName, 'Zo\u00eb');
  });
});

describe('applications: refused, nothing stored', () => {
  let before;
  beforeEach(async () => {
    before = await stored();
  });
  afterEach(async () => {
    assert.deepEqual(await stored(), before, 'nothing stored');
  });

  test('refuses a form posted from another site (Origin) with 403', async () => {
    const { status, headers, body } = await apply(VALID(), { origin: 'https://evil.example' });
    assert.equal(status, 403);
    assert.equal(body.error, 'origin');
    assert.equal(typeof body.message, 'string');
    assert.equal(headers.get('x-content-type-options'), 'nosniff');
  });

  test('refuses Origin: null (a sandboxed or privacy-redirected form)', async () => {
    assert.equal((await apply(VALID(), { origin: 'null' })).status, 403);
  });

  test('refuses Sec-Fetch-Site: cross-site when no Origin is sent', async () => {
    const res = await fetch(`${base}/api/applications`, {
      method: 'POST',
      headers: { 'content-type': FORM, 'sec-fetch-site': 'cross-site' },
      body: new URLSearchParams(VALID()).toString(),
    });
    assert.equal(res.status, 403);
  });

  for (const type of ['application/json', 'text/plain', 'multipart/form-data; boundary=x']) {
    test(`refuses a ${type.split(';')[0]} body with 415`, async () => {
      const { status, body } = await apply('{}', { 'content-type': type });
      assert.equal(status, 415);
      assert.equal(body.error, 'media-type');
    });
  }

  test('names each invalid field with the form messages', async () => {
    const { status, body } = await apply({ fullName: ' ', email: 'ada.example.com', resume: '' });
    assert.equal(status, 400);
    assert.equal(body.error, 'invalid');
    assert.deepEqual(body.fields, {
      fullName: 'Enter your full name',
      email: 'Enter an email address in the correct format, like name@example.com',
      resume: 'Select a file to upload.',
    });
  });

  test('refuses a missing email and over-long texts', async () => {
    const { body } = await apply({ ...VALID(), fullName: 'A'.repeat(501), email: '' });
    assert.deepEqual(body.fields, {
      fullName: 'Must be 500 characters or fewer',
      email: 'Enter your email address',
    });
  });

  for (const [what, id] of [
    ['an id it never issued', '6f1c2a56-1b7e-4f0a-9a51-3d2b7c1e9f00'],
    ['a path', '../uploads/x'],
    ['a word', 'resume'],
  ]) {
    test(`refuses a resume that is ${what}`, async () => {
      const { status, body } = await apply({ ...VALID(), resume: id });
      assert.equal(status, 400);
      assert.deepEqual(Object.keys(body.fields), ['resume']);
    });
  }

  test('refuses an unfinished tus upload as the resume', async () => {
    const created = await fetch(`${base}/api/uploads/tus`, {
      method: 'POST',
      headers: {
        ...TUS,
        'Upload-Length': '1000',
        'Upload-Metadata': `filename ${Buffer.from('cv.txt').toString('base64')}`,
      },
    });
    assert.equal(created.status, 201);
    const id = created.headers.get('location').split('/').pop();
    const { status, body } = await apply({ ...VALID(), resume: id });
    assert.equal(status, 400);
    assert.deepEqual(Object.keys(body.fields), ['resume']);
  });

  test('refuses bytes that are not UTF-8 with 400', async () => {
    const body = Buffer.concat([
      Buffer.from('fullName=Zo'),
      Buffer.from([0xeb]), // "ë" in Latin-1
      Buffer.from(`&email=zoe%40example.com&resume=${resumeId}`),
    ]);
    const res = await fetch(`${base}/api/applications`, {
      method: 'POST',
      headers: { 'content-type': FORM, origin: base },
      body,
    });
    assert.equal(res.status, 400);
  });

  test('refuses GET with 405', async () => {
    const res = await fetch(`${base}/api/applications`);
    assert.equal(res.status, 405);
    assert.equal(res.headers.get('allow'), 'POST');
  });
});
