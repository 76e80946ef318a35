// createTusHandler over real HTTP, speaking tus 1.0 with fetch and with tus-js-client (the
// element's client): an upload in chunks, a resume after the connection is cut mid-PATCH (only
// the missing bytes are sent again), and a spoof refused when it completes, with its data and
// info deleted. Run after `npm run build`.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Upload } from 'tus-js-client';
import { createTusHandler } from '../../dist/server/index.js';
import { serve, until } from '../helpers/serve.mjs';
import { create, createUploadUrl, headUrl, patchUrl } from '../helpers/tus-requests.mjs';

const PATH = '/uploads/tus';
const TUS = { 'Tus-Resumable': '1.0.0' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ELF = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(4088).fill(0)]);
const sample = (name) => readFile(new URL(`../fixtures/resumes/${name}`, import.meta.url));
const entries = async (dir) => (await readdir(dir).catch(() => [])).sort();

/** About 1 MiB of résumé-like text: big enough that a resume visibly saves bytes. */
const LONG_TEXT = new TextEncoder().encode(
  'Experience: ten years of careful work.\n'.repeat(27_000),
);

let dir;
let endpoint;
let server;

before(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'applykit-tus-')), 'uploads');
  server = await serve(createTusHandler({ dir, path: PATH, maxSize: 2 * 1024 * 1024 }));
  endpoint = `${server.base}${PATH}`;
});
after(async () => {
  await server.close();
  await rm(join(dir, '..'), { recursive: true, force: true });
});

/** Creates an upload on this file's handler; resolves with its URL. */
const createUpload = (name, type, length) => createUploadUrl(endpoint, name, type, length);

describe('tus: uploads', () => {
  test('stores a PDF sent in two chunks and replies with its record', async () => {
    const bytes = await sample('resume.pdf');
    const url = await createUpload('resume.pdf', 'application/pdf', bytes.length);
    const id = url.split('/').pop();
    assert.match(id, UUID);
    assert.ok(url.startsWith(`${endpoint}/`));
    const half = Math.floor(bytes.length / 2);
    const first = await patchUrl(url, 0, bytes.subarray(0, half));
    assert.equal(first.status, 204);
    assert.equal(first.headers.get('upload-offset'), String(half));
    const last = await patchUrl(url, half, bytes.subarray(half));
    assert.equal(last.status, 200);
    assert.equal(last.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.deepEqual(await last.json(), {
      id,
      name: 'resume.pdf',
      size: bytes.length,
      kind: 'pdf',
    });
    assert.deepEqual(await readFile(join(dir, id)), bytes);
  });

  test('keeps the data and its record owner-only, the record naming the file as data', async () => {
    const bytes = await sample('resume.docx');
    const url = await createUpload('../../cv.docx', 'application/octet-stream', bytes.length);
    const id = url.split('/').pop();
    assert.equal((await patchUrl(url, 0, bytes)).status, 200);
    const info = JSON.parse(await readFile(join(dir, `${id}.json`), 'utf8'));
    assert.equal(info.name, 'cv.docx');
    assert.equal(info.kind, 'docx');
    assert.equal(info.size, bytes.length);
    assert.equal(typeof info.receivedAt, 'string');
    assert.deepEqual(info.warnings, []);
    assert.equal((await stat(join(dir, id))).mode & 0o777, 0o600);
    assert.equal((await stat(join(dir, `${id}.json`))).mode & 0o777, 0o600);
    assert.equal((await stat(dir)).mode & 0o777, 0o700);
    assert.deepEqual(await headUrl(url), { status: 200, offset: bytes.length });
  });

  test('keeps only the cleaned name and the id, not the raw path nor where it is stored', async () => {
    const bytes = await sample('resume.pdf');
    const url = await createUpload('../../../../etc/x\u202E.pdf', 'text/html', bytes.length);
    const id = url.split('/').pop();
    const unfinished = await readFile(join(dir, `${id}.json`), 'utf8');
    assert.doesNotMatch(unfinished, /\.\.|etc|\u202E|text\/html/);
    assert.equal((await patchUrl(url, 0, bytes)).status, 200);
    const text = await readFile(join(dir, `${id}.json`), 'utf8');
    assert.ok(!text.includes(dir), 'no storage path');
    assert.deepEqual(JSON.parse(text), {
      ...JSON.parse(text),
      id,
      name: 'x.pdf',
      size: bytes.length,
      kind: 'pdf',
      type: 'application/pdf',
    });
    assert.deepEqual(Object.keys(JSON.parse(text)).sort(), [
      'id',
      'kind',
      'name',
      'receivedAt',
      'size',
      'type',
      'warnings',
    ]);
  });

  test('resumes after a cut: only the bytes the server lacks are sent again', async () => {
    const size = LONG_TEXT.length;
    const url = await createUpload('resume.txt', 'text/plain', size);
    const sent = Math.floor(size * 0.75);
    assert.equal((await patchUrl(url, 0, LONG_TEXT.subarray(0, sent))).status, 204);

    // The next PATCH is cut once the server has stored some of it.
    const id = url.split('/').pop();
    const cut = request(url, {
      method: 'PATCH',
      headers: {
        ...TUS,
        'Upload-Offset': String(sent),
        'Content-Type': 'application/offset+octet-stream',
        'Content-Length': String(size - sent),
      },
    });
    cut.on('error', () => undefined);
    cut.write(LONG_TEXT.subarray(sent, size - 4096));
    await until(async () => (await stat(join(dir, id))).size > sent);
    cut.destroy();
    await server.handled.at(-1);

    const { status, offset } = await headUrl(url);
    assert.equal(status, 200);
    assert.ok(offset > sent && offset < size, `offset ${offset}`);
    const rest = LONG_TEXT.subarray(offset);
    const done = await patchUrl(url, offset, rest);
    assert.equal(done.status, 200);
    assert.equal((await done.json()).kind, 'txt');
    assert.ok(rest.length < size / 4, `${rest.length} of ${size} bytes sent again`);
    assert.deepEqual(new Uint8Array(await readFile(join(dir, id))), LONG_TEXT);
  });
});

describe('tus: refusals', () => {
  test('refuses ELF bytes named .pdf sent in one PATCH, and deletes them', async () => {
    const before = await entries(dir);
    const url = await createUpload('resume.pdf', 'application/pdf', ELF.length);
    const res = await patchUrl(url, 0, ELF);
    assert.equal(res.status, 415);
    assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.deepEqual(await res.json(), {
      error: 'content',
      reason: 'content',
      message: "The file's contents do not match its type.",
    });
    assert.deepEqual(await entries(dir), before);
    assert.equal((await headUrl(url)).status, 404);
  });

  test('refuses an .odt renamed .docx when it completes', async () => {
    const bytes = await sample('resume.odt');
    const url = await createUpload('resume.docx', '', bytes.length);
    assert.equal((await patchUrl(url, 0, bytes)).status, 415);
  });

  test('refuses a PDF that needs a password with 422 protected, and deletes it', async () => {
    const before = await entries(dir);
    const bytes = await readFile(
      new URL('../fixtures/encrypted/user-password.pdf', import.meta.url),
    );
    const url = await createUpload('resume.pdf', 'application/pdf', bytes.length);
    const res = await patchUrl(url, 0, bytes);
    assert.equal(res.status, 422);
    const body = await res.json();
    assert.equal(body.reason, 'protected');
    assert.equal(typeof body.message, 'string');
    assert.deepEqual(await entries(dir), before);
  });

  test('records the warnings of an accepted file', async () => {
    const bytes = await readFile(
      new URL('../fixtures/encrypted/owner-password.pdf', import.meta.url),
    );
    const url = await createUpload('resume.pdf', 'application/pdf', bytes.length);
    assert.equal((await patchUrl(url, 0, bytes)).status, 200);
    const info = JSON.parse(await readFile(join(dir, `${url.split('/').pop()}.json`), 'utf8'));
    assert.deepEqual(
      info.warnings.map((w) => w.code),
      ['restricted'],
    );
  });

  const creations = [
    [
      'a type outside accept',
      () => create(endpoint, 'setup.exe', 'application/octet-stream', 10),
      415,
      'type',
    ],
    ['an upload without metadata', () => create(endpoint, '', '', 10, ''), 415, 'type'],
    ['an empty file', () => create(endpoint, 'resume.pdf', 'application/pdf', 0), 400, 'empty'],
    [
      'a length over maxSize',
      () => create(endpoint, 'resume.pdf', 'application/pdf', 2 * 1024 * 1024 + 1),
      413,
      'too-large',
    ],
  ];
  for (const [what, send, status, error] of creations) {
    test(`refuses to create ${what} with ${status} ${error}, creating nothing`, async () => {
      const before = await entries(dir);
      const res = await send();
      assert.equal(res.status, status);
      const body = await res.json();
      assert.equal(body.error, error);
      assert.equal(typeof body.message, 'string');
      assert.deepEqual(await entries(dir), before);
    });
  }

  test('states the limit in its 413 message', async () => {
    const res = await create(endpoint, 'resume.pdf', 'application/pdf', 3 * 1024 * 1024);
    assert.equal((await res.json()).message, 'The file is larger than the 2 MB limit.');
  });

  test('does not serve stored files back (GET is 405)', async () => {
    const bytes = await sample('resume.txt');
    const url = await createUpload('resume.txt', 'text/plain', bytes.length);
    assert.equal((await patchUrl(url, 0, bytes)).status, 200);
    const res = await fetch(url);
    assert.equal(res.status, 405);
    assert.equal((await res.json()).error, 'method');
  });

  test('lets a client cancel an unfinished upload but not delete a finished one', async () => {
    const bytes = await sample('resume.txt');
    const unfinished = await createUpload('resume.txt', 'text/plain', bytes.length);
    const finished = await createUpload('resume.txt', 'text/plain', bytes.length);
    assert.equal((await patchUrl(finished, 0, bytes)).status, 200);
    const remove = (url) => fetch(url, { method: 'DELETE', headers: TUS });
    assert.equal((await remove(unfinished)).status, 204);
    assert.equal((await remove(finished)).status, 400);
    const files = await entries(dir);
    assert.ok(!files.includes(unfinished.split('/').pop()));
    assert.ok(files.includes(finished.split('/').pop()));
  });

  test('answers 404 for an id it did not make', async () => {
    const res = await patchUrl(`${endpoint}/..%2F..%2Fetc%2Fpasswd`, 0, new Uint8Array(4));
    assert.equal(res.status, 404);
  });

  test('sends no CORS allowance to another origin', async () => {
    const headers = {
      Origin: 'https://elsewhere.example',
      'Access-Control-Request-Method': 'POST',
    };
    const res = await fetch(endpoint, { method: 'OPTIONS', headers });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });
});

/** Runs a tus-js-client upload of `bytes` to the end, an error, or `stopAfter` chunks. */
function clientUpload(bytes, name, type, { uploadUrl, stopAfter = Infinity } = {}) {
  return new Promise((resolve) => {
    let chunks = 0;
    let resent = 0;
    const upload = new Upload(Buffer.from(bytes), {
      endpoint,
      uploadUrl,
      metadata: { filename: name, filetype: type },
      chunkSize: 256 * 1024,
      retryDelays: null,
      storeFingerprintForResuming: false,
      onChunkComplete(size) {
        resent += size;
        if (++chunks === stopAfter)
          upload.abort().then(() => resolve({ stopped: true, url: upload.url, resent }));
      },
      onSuccess: ({ lastResponse }) =>
        resolve({ url: upload.url, resent, body: lastResponse.getBody() }),
      onError: (error) => {
        const res = error.originalResponse;
        resolve({ status: res?.getStatus(), body: res?.getBody(), error });
      },
    });
    upload.start();
  });
}

describe('tus: with tus-js-client', () => {
  test('uploads in chunks and gets the record back', async () => {
    const { body, resent } = await clientUpload(LONG_TEXT, 'resume.txt', 'text/plain');
    assert.equal(resent, LONG_TEXT.length);
    assert.deepEqual(
      { ...JSON.parse(body), id: '' },
      { id: '', name: 'resume.txt', size: LONG_TEXT.length, kind: 'txt' },
    );
  });

  test('resumes a stopped upload from the server offset', async () => {
    const first = await clientUpload(LONG_TEXT, 'resume.txt', 'text/plain', { stopAfter: 3 });
    assert.equal(first.stopped, true);
    const second = await clientUpload(LONG_TEXT, 'resume.txt', 'text/plain', {
      uploadUrl: first.url,
    });
    assert.equal(second.url, first.url);
    assert.equal(first.resent, 3 * 256 * 1024);
    assert.equal(second.resent, LONG_TEXT.length - first.resent, 'only the missing bytes');
    assert.deepEqual(
      new Uint8Array(await readFile(join(dir, first.url.split('/').pop()))),
      LONG_TEXT,
    );
  });

  test('reports a spoof as a 415 with its JSON reason', async () => {
    const { status, body } = await clientUpload(ELF, 'resume.pdf', 'application/pdf');
    assert.equal(status, 415);
    assert.equal(JSON.parse(body).error, 'content');
  });

  test('reports a type outside accept as a 415 at creation', async () => {
    const { status, body } = await clientUpload(ELF, 'tool.exe', 'application/octet-stream');
    assert.equal(status, 415);
    assert.equal(JSON.parse(body).error, 'type');
  });
});
