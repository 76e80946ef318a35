// createTusHandler's limits over real HTTP: unfinished uploads expire (swept when the handler
// starts and every so often after), a cap on unfinished uploads answers 429 with Retry-After,
// and the first bytes are judged as soon as they arrive: a head that cannot begin the claimed
// kind is refused and deleted at once, not after its last byte. Run after `npm run build`.
import { describe, test, before, after, mock } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTusHandler } from '../../dist/server/index.js';
import { serve, until } from '../helpers/serve.mjs';
import { create, createUploadUrl, headUrl, patchUrl } from '../helpers/tus-requests.mjs';

const PATH = '/uploads/tus';
const TUS = { 'Tus-Resumable': '1.0.0' };
const MiB = 1024 * 1024;
const ELF = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(64 * 1024).fill(0)]);
const sample = (name) => readFile(new URL(`../fixtures/resumes/${name}`, import.meta.url));
const entries = async (dir) => (await readdir(dir).catch(() => [])).sort();

let root;
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'applykit-tus-limits-'));
});
after(() => rm(root, { recursive: true, force: true }));

/**
 * A tus handler with `options` on a free port, in `dir` (a fresh folder by default):
 * `{ dir, endpoint, close }`.
 */
async function serveTus(options = {}, dir = join(root, Math.random().toString(36).slice(2))) {
  const handler = createTusHandler({ dir, path: PATH, maxSize: 10 * MiB, ...options });
  const { base, close } = await serve(handler);
  return { dir, endpoint: `${base}${PATH}`, close };
}

/** Moves an upload's creation time back by `ms`, as if it had been created that long ago. */
async function age(dir, id, ms) {
  const path = join(dir, `${id}.json`);
  const info = JSON.parse(await readFile(path, 'utf8'));
  info.creation_date = new Date(Date.parse(info.creation_date) - ms).toISOString();
  await writeFile(path, JSON.stringify(info));
}

describe('tus: unfinished uploads expire', () => {
  test('says when an upload expires: 24 hours after its creation by default', async () => {
    const ctx = await serveTus();
    try {
      const res = await create(ctx.endpoint, 'cv.txt', 'text/plain', 100);
      const expires = Date.parse(res.headers.get('upload-expires'));
      const day = 24 * 60 * 60 * 1000;
      assert.ok(Math.abs(expires - (Date.now() + day)) < 60_000, res.headers.get('upload-expires'));
    } finally {
      await ctx.close();
    }
  });

  test('answers 410 for an expired upload and removes it when a handler starts', async () => {
    const first = await serveTus();
    const bytes = await sample('resume.txt');
    const [stale, fresh, done] = [
      await createUploadUrl(first.endpoint, 'a.txt', 'text/plain', bytes.length),
      await createUploadUrl(first.endpoint, 'b.txt', 'text/plain', bytes.length),
      await createUploadUrl(first.endpoint, 'c.txt', 'text/plain', bytes.length),
    ];
    assert.equal((await patchUrl(done, 0, bytes)).status, 200);
    const id = (url) => url.split('/').pop();
    await age(first.dir, id(stale), 25 * 60 * 60 * 1000);
    await age(first.dir, id(fresh), 23 * 60 * 60 * 1000);
    assert.equal((await headUrl(stale)).status, 410);
    assert.equal((await patchUrl(stale, 0, bytes)).status, 410);
    await first.close();

    const second = await serveTus({}, first.dir);
    try {
      const gone = (left) => !left.includes(id(stale)) && !left.includes(`${id(stale)}.json`);
      await until(async () => gone(await entries(second.dir)));
      const left = await entries(second.dir);
      for (const kept of [fresh, done]) assert.ok(left.includes(id(kept)), 'others stay');
    } finally {
      await second.close();
    }
  });

  test('removes what a crash left (data without info, info without data) when it starts', async () => {
    const dir = join(root, 'crashed');
    await mkdir(dir);
    const [data, info] = [randomUUID(), randomUUID()];
    await writeFile(join(dir, data), 'half');
    await writeFile(join(dir, `${info}.json`), '{}');
    const anHourAgo = new Date(Date.now() - 3600_000);
    for (const name of [data, `${info}.json`]) await utimes(join(dir, name), anHourAgo, anHourAgo);
    const ctx = await serveTus({}, dir);
    try {
      await until(async () => (await entries(dir)).length === 0);
    } finally {
      await ctx.close();
    }
  });

  test('sweeps expired uploads periodically while it runs, after expireAfter', async () => {
    mock.timers.enable({ apis: ['setInterval'] });
    let ctx;
    try {
      ctx = await serveTus({ expireAfter: 60_000 });
      const url = await createUploadUrl(ctx.endpoint, 'cv.txt', 'text/plain', 100);
      const id = url.split('/').pop();
      await age(ctx.dir, id, 61_000);
      mock.timers.tick(60_000);
      await until(async () => !(await entries(ctx.dir)).includes(id));
    } finally {
      mock.timers.reset();
      await ctx?.close();
    }
  });

  test('never expires uploads with expireAfter: 0', async () => {
    const ctx = await serveTus({ expireAfter: 0 });
    try {
      const res = await create(ctx.endpoint, 'cv.txt', 'text/plain', 100);
      assert.equal(res.headers.get('upload-expires'), null);
      const url = new URL(res.headers.get('location'), ctx.endpoint).href;
      await age(ctx.dir, url.split('/').pop(), 365 * 24 * 60 * 60 * 1000);
      assert.equal((await headUrl(url)).status, 200);
    } finally {
      await ctx.close();
    }
  });

  test('refuses a bad expireAfter or maxOpenUploads at setup', () => {
    const dir = join(root, 'setup');
    for (const bad of [{ expireAfter: -1 }, { expireAfter: 1.5 }, { maxOpenUploads: 0 }]) {
      assert.throws(() => createTusHandler({ dir, path: PATH, ...bad }), TypeError);
    }
  });
});

describe('tus: a cap on unfinished uploads', () => {
  test('answers 429 with Retry-After beyond maxOpenUploads, and creates nothing', async () => {
    const ctx = await serveTus({ maxOpenUploads: 3 });
    try {
      const urls = [];
      for (let i = 0; i < 3; i++)
        urls.push(await createUploadUrl(ctx.endpoint, 'cv.txt', 'text/plain', 9));
      const before = await entries(ctx.dir);
      const res = await create(ctx.endpoint, 'cv.txt', 'text/plain', 9);
      assert.equal(res.status, 429);
      assert.match(res.headers.get('retry-after'), /^\d+$/);
      assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
      const body = await res.json();
      assert.equal(body.error, 'busy');
      assert.equal(typeof body.message, 'string');
      assert.deepEqual(await entries(ctx.dir), before);

      // A finished upload and a cancelled one each free a place.
      assert.equal((await patchUrl(urls[0], 0, new TextEncoder().encode('finished!'))).status, 200);
      assert.equal((await create(ctx.endpoint, 'cv.txt', 'text/plain', 9)).status, 201);
      assert.equal((await fetch(urls[1], { method: 'DELETE', headers: TUS })).status, 204);
      assert.equal((await create(ctx.endpoint, 'cv.txt', 'text/plain', 9)).status, 201);
      assert.equal((await create(ctx.endpoint, 'cv.txt', 'text/plain', 9)).status, 429);
    } finally {
      await ctx.close();
    }
  });

  test('counts the unfinished uploads already in its folder when it starts', async () => {
    const first = await serveTus({ maxOpenUploads: 2 });
    await createUploadUrl(first.endpoint, 'cv.txt', 'text/plain', 9);
    await createUploadUrl(first.endpoint, 'cv.txt', 'text/plain', 9);
    await first.close();
    const second = await serveTus({ maxOpenUploads: 2 }, first.dir);
    try {
      assert.equal((await create(second.endpoint, 'cv.txt', 'text/plain', 9)).status, 429);
    } finally {
      await second.close();
    }
  });

  test('holds under 100 creations at once: never more than the cap exist', async () => {
    const ctx = await serveTus({ maxOpenUploads: 10 });
    try {
      const replies = await Promise.all(
        Array.from({ length: 100 }, () =>
          create(ctx.endpoint, 'cv.pdf', 'application/pdf', 10 * MiB),
        ),
      );
      const statuses = replies.map((r) => r.status);
      assert.ok(
        statuses.every((s) => s === 201 || s === 429),
        String(statuses),
      );
      assert.ok(statuses.filter((s) => s === 201).length <= 10);
      assert.ok((await entries(ctx.dir)).length <= 20);
    } finally {
      await ctx.close();
    }
  });
});

describe('tus: the head is judged as soon as it arrives', () => {
  test('refuses ELF bytes claimed as a 10 MiB PDF after its first chunk, deleting the upload', async () => {
    const ctx = await serveTus();
    try {
      const url = await createUploadUrl(ctx.endpoint, 'cv.pdf', 'application/pdf', 10 * MiB);
      const res = await patchUrl(url, 0, ELF);
      assert.equal(res.status, 415);
      assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.deepEqual(await res.json(), {
        error: 'content',
        reason: 'content',
        message: "The file's contents do not match its type.",
      });
      assert.deepEqual(await entries(ctx.dir), []);
      assert.equal((await headUrl(url)).status, 404);
    } finally {
      await ctx.close();
    }
  });

  test(
    'answers while a 10 MiB spoof is still being sent, not after its last byte',
    { timeout: 20_000 },
    async () => {
      const ctx = await serveTus();
      try {
        const url = await createUploadUrl(ctx.endpoint, 'cv.pdf', 'application/pdf', 10 * MiB);
        const status = await new Promise((resolve, reject) => {
          const req = request(url, {
            method: 'PATCH',
            headers: {
              ...TUS,
              'Upload-Offset': '0',
              'Content-Type': 'application/offset+octet-stream',
              'Content-Length': String(10 * MiB),
            },
          });
          req.on('error', () => undefined);
          req.on('response', (res) => {
            resolve(res.statusCode);
            req.destroy();
          });
          req.write(ELF, (error) => error && reject(error)); // 64 KiB of the 10 MiB, then silence
        });
        assert.equal(status, 415);
        await until(async () => (await entries(ctx.dir)).length === 0);
      } finally {
        await ctx.close();
      }
    },
  );

  test('judges a head sent in small pieces once enough of it has arrived', async () => {
    const ctx = await serveTus();
    try {
      const url = await createUploadUrl(ctx.endpoint, 'cv.pdf', 'application/pdf', 10 * MiB);
      assert.equal((await patchUrl(url, 0, ELF.subarray(0, 512))).status, 204);
      assert.equal((await patchUrl(url, 512, ELF.subarray(512, 4096))).status, 415);
      assert.deepEqual(await entries(ctx.dir), []);
    } finally {
      await ctx.close();
    }
  });

  const genuine = [
    ['pdf', 'application/pdf'],
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['doc', 'application/msword'],
    ['rtf', 'application/rtf'],
    ['txt', 'text/plain'],
  ];
  for (const [kind, type] of genuine) {
    test(`lets a real .${kind} through in 100-byte first pieces`, async () => {
      const ctx = await serveTus();
      try {
        const bytes = await sample(`resume.${kind}`);
        const url = await createUploadUrl(ctx.endpoint, `cv.${kind}`, type, bytes.length);
        let offset = 0;
        for (const size of [100, 100, 100]) {
          const res = await patchUrl(url, offset, bytes.subarray(offset, offset + size));
          assert.equal(res.status, 204);
          offset += size;
        }
        const last = await patchUrl(url, offset, bytes.subarray(offset));
        assert.equal(last.status, 200);
        assert.equal((await last.json()).kind, kind);
      } finally {
        await ctx.close();
      }
    });
  }

  const spoofs = [
    ['a PE executable as .docx', 'cv.docx', [0x4d, 0x5a, 0x90, 0]],
    ['a ZIP-less file as .docx', 'cv.docx', [...Buffer.from('<html><body>')]],
    ['a PNG as .doc', 'cv.doc', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['HTML as .rtf', 'cv.rtf', [...Buffer.from('<html><body>')]],
    [
      'ELF with %PDF- inside as .pdf',
      'cv.pdf',
      [0x7f, 0x45, 0x4c, 0x46, ...Buffer.from(' %PDF-1.7')],
    ],
    ['binary as .txt', 'cv.txt', [...Buffer.from('Name: Ana'), 0, 0, 0]],
  ];
  for (const [what, name, start] of spoofs) {
    test(`refuses ${what} at its head`, async () => {
      const ctx = await serveTus();
      try {
        const bytes = new Uint8Array(16 * 1024).fill(0x20);
        bytes.set(start);
        const url = await createUploadUrl(ctx.endpoint, name, '', 10 * MiB);
        assert.equal((await patchUrl(url, 0, bytes)).status, 415);
        assert.deepEqual(await entries(ctx.dir), []);
      } finally {
        await ctx.close();
      }
    });
  }
});
