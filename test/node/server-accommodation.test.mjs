// createAccommodationHandler over real HTTP: a valid request is stored owner-only, one file per
// request; each invalid field gets the form's own message; bodies are size-limited while read;
// nothing is logged. Run after `npm run build`.
import { describe, test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAccommodationHandler } from '../../dist/server/index.js';
import { serve } from '../helpers/serve.mjs';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const VALID = {
  name: 'Ana Pérez',
  email: 'ana@example.com',
  phone: '+1 555 0100',
  job: 'Data analyst (R-1042)',
  stages: ['interviews', 'assessment'],
  needs: ['extra-time', 'something-else'],
  details: 'A screen reader works best for me.',
  contactMethod: 'email',
  consent: true,
  submittedAt: '2025-11-25T09:30:00.000Z',
};

let root;
let dir;
let url;
let server;
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'applykit-accommodation-'));
  dir = join(root, 'requests');
  server = await serve(createAccommodationHandler({ dir }));
  url = `${server.base}/accommodations`;
});
after(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

/** POSTs `body` (an object is sent as JSON) and reads the JSON reply. */
async function send(body, headers = { 'content-type': 'application/json' }) {
  const text =
    typeof body === 'string' || body instanceof ReadableStream ? body : JSON.stringify(body);
  const res = await fetch(url, { method: 'POST', headers, body: text, duplex: 'half' });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

const stored = async () => (await readdir(dir).catch(() => [])).sort();

describe('accommodation requests: stored', () => {
  test('stores a valid request owner-only and replies 201 with its id', async () => {
    const { status, headers, body } = await send(VALID);
    assert.equal(status, 201);
    assert.equal(headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(headers.get('cache-control'), 'no-store');
    assert.match(body.id, UUID);
    const path = join(dir, `${body.id}.json`);
    assert.equal((await stat(path)).mode & 0o777, 0o600);
    assert.equal((await stat(dir)).mode & 0o777, 0o700);
    const record = JSON.parse(await readFile(path, 'utf8'));
    assert.equal(record.id, body.id);
    assert.equal(typeof record.receivedAt, 'string');
    const { id, receivedAt, ...request } = record;
    assert.deepEqual(request, VALID);
  });

  test('stores one file per request', async () => {
    const before = await stored();
    const first = await send(VALID);
    const second = await send(VALID);
    assert.notEqual(first.body.id, second.body.id);
    assert.equal((await stored()).length, before.length + 2);
  });

  for (const submittedAt of ['2025-11-25T09:30:00Z', '2025-11-25T10:30:00.5+01:00']) {
    test(`takes submittedAt ${submittedAt}`, async () => {
      const { status, body } = await send({ ...VALID, submittedAt });
      assert.equal(status, 201);
      const record = JSON.parse(await readFile(join(dir, `${body.id}.json`), 'utf8'));
      assert.equal(record.submittedAt, submittedAt);
    });
  }

  test('trims texts and takes a request without the optional fields', async () => {
    const { phone, job, submittedAt, ...required } = VALID;
    const { status, body } = await send({ ...required, name: '  Ana  ' });
    assert.equal(status, 201);
    const record = JSON.parse(await readFile(join(dir, `${body.id}.json`), 'utf8'));
    assert.equal(record.name, 'Ana');
    assert.equal('phone' in record, false);
  });
});

describe('accommodation requests: refused field by field', () => {
  let before;
  beforeEach(async () => {
    before = await stored();
  });
  afterEach(async () => {
    assert.deepEqual(await stored(), before, 'nothing stored');
  });

  test('names each invalid field with the form message', async () => {
    const { status, body } = await send({
      ...VALID,
      name: ' ',
      email: 'ana.example.com',
      stages: [],
    });
    assert.equal(status, 400);
    assert.equal(body.error, 'invalid');
    assert.equal(typeof body.message, 'string');
    assert.deepEqual(body.fields, {
      name: 'Enter your full name',
      email: 'Enter an email address in the correct format, like name@example.com',
      stages: 'Select at least one stage of the process',
    });
  });

  test('requires consent and details for "something else"', async () => {
    const { body } = await send({ ...VALID, consent: false, details: '' });
    assert.deepEqual(Object.keys(body.fields).sort(), ['consent', 'details']);
  });

  test('refuses unknown fields rather than storing them', async () => {
    const { status, body } = await send({ ...VALID, ssn: '078-05-1120' });
    assert.equal(status, 400);
    assert.deepEqual(body.fields, {
      ssn: 'Remove this field: it is not part of an accommodation request',
    });
  });

  for (const key of ['__proto__', 'constructor', 'toString']) {
    test(`refuses ${key} as an unknown field`, async () => {
      const body = JSON.stringify(VALID).replace(/^\{/, `{"${key}":{"polluted":true},`);
      const { status, body: reply } = await send(body);
      assert.equal(status, 400);
      assert.deepEqual(Object.entries(reply.fields), [
        [key, 'Remove this field: it is not part of an accommodation request'],
      ]);
      assert.equal({}.polluted, undefined);
    });
  }

  for (const submittedAt of [
    '1',
    '2020',
    `2020 (${'A'.repeat(12_000)})`,
    'Tue, 25 Nov 2025 09:30:00 GMT',
    '2025-11-25',
    '2025-11-25 09:30',
    '2025-13-45T09:30:00Z',
  ]) {
    test(`refuses submittedAt ${JSON.stringify(submittedAt.slice(0, 30))}: ISO 8601 only`, async () => {
      const { status, body } = await send({ ...VALID, submittedAt });
      assert.equal(status, 400);
      assert.deepEqual(body.fields, {
        submittedAt: 'Must be a date and time in ISO 8601 format',
      });
    });
  }

  test('refuses values of the wrong JSON type', async () => {
    const { body } = await send({ ...VALID, stages: 'interviews', consent: 'yes', phone: 5 });
    assert.deepEqual(body.fields, {
      stages: 'Must be a list of text values',
      consent: 'Must be true or false',
      phone: 'Must be text',
    });
  });

  test('refuses options that are not offered', async () => {
    const { body } = await send({ ...VALID, stages: ['lunch'], needs: ['a-pony'] });
    assert.deepEqual(body.fields, {
      stages: 'Choose only from the options offered',
      needs: 'Choose only from the options offered',
    });
  });

  test('refuses details over 2,000 characters', async () => {
    const { body } = await send({ ...VALID, details: 'x'.repeat(2001) });
    assert.deepEqual(body.fields, { details: 'Details must be 2,000 characters or fewer' });
  });

  test('refuses broken JSON with 400 invalid-json', async () => {
    const { status, body } = await send('{"name": "Ana",');
    assert.equal(status, 400);
    assert.equal(body.error, 'invalid-json');
  });

  test('refuses a JSON array with 400 invalid-json', async () => {
    assert.equal((await send([VALID])).body.error, 'invalid-json');
  });

  test('refuses a form-encoded body with 415', async () => {
    const { status, body } = await send('name=Ana', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    assert.equal(status, 415);
    assert.equal(body.error, 'media-type');
  });

  test('refuses GET with 405', async () => {
    const res = await fetch(url);
    assert.equal(res.status, 405);
    assert.equal(res.headers.get('allow'), 'POST');
  });
});

describe('accommodation requests: size limit', () => {
  test('refuses a body over 16 KiB with 413 and its limit', async () => {
    const { status, body } = await send({ ...VALID, details: 'x'.repeat(17 * 1024) });
    assert.equal(status, 413);
    assert.deepEqual(body, {
      error: 'too-large',
      message: 'The request is larger than the 16 KB limit.',
    });
  });

  test('counts a body without Content-Length while it arrives', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(4096));
    let sent = 0;
    const stream = new ReadableStream({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const { status } = await send(stream);
    assert.equal(status, 413);
  });

  test('takes maxBytes from its options', async () => {
    const other = await serve(createAccommodationHandler({ dir, maxBytes: 100 }));
    try {
      const res = await fetch(`${other.base}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(VALID),
      });
      assert.equal(res.status, 413);
      assert.equal((await res.json()).message, 'The request is larger than the 100 bytes limit.');
    } finally {
      await other.close();
    }
  });
});

describe('accommodation requests: privacy', () => {
  test('logs nothing, stored or refused', async () => {
    const calls = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'];
    const saved = methods.map((m) => console[m]);
    for (const m of methods) console[m] = (...args) => calls.push([m, ...args]);
    try {
      await send(VALID);
      await send({ ...VALID, email: 'nope' });
      await send('{broken');
    } finally {
      methods.forEach((m, i) => (console[m] = saved[i]));
    }
    assert.deepEqual(calls, []);
  });
});
