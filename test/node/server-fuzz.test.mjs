// Seeded, bounded fuzzing of the multipart, tus and JSON handlers over real HTTP (fast-check):
// malformed and hostile requests of every shape must get an answer below 500, never reject the
// handler's promise (which would reach the process), and leave no temp file, no half of an
// upload and no stored request that was refused. A failure prints its seed and shrunk case.
// Run after `npm run build`; a few seconds.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  createAccommodationHandler,
  createTusHandler,
  createUploadHandler,
} from '../../dist/server/index.js';
import { MIME } from '../helpers/media-types.mjs';
import { serve } from '../helpers/serve.mjs';

// Fixed, so every run of `npm test` tries the same cases; FUZZ_SEED and FUZZ_SCALE (a multiplier
// of the case counts) explore further by hand.
const SEED = Number(process.env.FUZZ_SEED ?? 20251129);
const runs = (n) => Math.round(n * Number(process.env.FUZZ_SCALE ?? 1));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const sample = (name) => readFile(new URL(`../fixtures/resumes/${name}`, import.meta.url));
const ELF = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(600).fill(0)]);
let root;
let samples;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'applykit-fuzz-'));
  samples = await Promise.all(
    ['pdf', 'docx', 'doc', 'rtf', 'txt', 'odt'].map((k) => sample(`resume.${k}`)),
  );
});
after(() => rm(root, { recursive: true, force: true }));

/** Sends exactly `body` (a Buffer) with `headers`; resolves with the status, or 0 if cut. */
function send(url, method, headers, body) {
  return new Promise((resolve) => {
    const req = request(url, { method, headers: { ...headers, 'content-length': body.length } });
    req.on('response', (res) => res.resume().on('end', () => resolve(res.statusCode)));
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

/**
 * Every file in `dir` is a stored id or its `.json`, each with its other half: no temp file, no
 * data without its record, no record without its data.
 */
async function assertNoLeftovers(dir) {
  const names = await readdir(dir).catch(() => []);
  const set = new Set(names);
  for (const name of names) {
    const id = name.replace(/\.json$/, '');
    assert.match(id, UUID, `unexpected file ${name}`);
    assert.ok(set.has(id) && set.has(`${id}.json`), `half an upload: ${name}`);
  }
}

/** A status the handlers may answer with: anything but a server error (0: cut by the server). */
const assertAnswered = (status, what) =>
  assert.ok(status === 0 || (status >= 200 && status < 500), `${status} for ${what}`);

const KINDS = ['pdf', 'docx', 'doc', 'rtf', 'txt'];
const hostileName = fc.oneof(
  fc.constantFrom(
    '../../etc/x.pdf',
    'CON.txt',
    'cv\u202Etxt.pdf',
    'C:cv.doc:evil',
    'x'.repeat(300),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => `${s}.txt`),
);
const anyType = fc.oneof(fc.constantFrom(...Object.values(MIME), 'text/html', ''), fc.string());

/**
 * A file as a client sends it, `{ name, type, bytes }`: mostly a real sample under its own name,
 * else a sample cut short or with a byte flipped, an executable named .pdf, one over the 64 KiB
 * limit, or random bytes under a hostile name.
 */
const fileArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ i: fc.nat(4), typed: fc.boolean() }).map(({ i, typed }) => ({
      name: `cv.${KINDS[i]}`,
      type: typed ? MIME[KINDS[i]] : '',
      bytes: samples[i],
    })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ i: fc.nat(5), cut: fc.nat(), flip: fc.option(fc.nat()), name: hostileName })
      .map(({ i, cut, flip, name }) => {
        const bytes = Buffer.from(samples[i].subarray(0, 1 + (cut % samples[i].length)));
        if (flip !== null) bytes[flip % bytes.length] ^= 0xff;
        return { name: i < 5 && flip === null ? `cv.${KINDS[i]}` : name, type: '', bytes };
      }),
  },
  {
    weight: 1,
    arbitrary: fc.constant({ name: 'cv.pdf', type: MIME.pdf, bytes: Buffer.from(ELF) }),
  },
  {
    weight: 1,
    arbitrary: fc.constant({
      name: 'big.txt',
      type: 'text/plain',
      bytes: Buffer.alloc(70_000, 0x61),
    }),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ name: hostileName, type: anyType, bytes: fc.uint8Array({ maxLength: 2048 }) })
      .map((f) => ({ ...f, bytes: Buffer.from(f.bytes) })),
  },
);

describe('fuzz: multipart uploads', () => {
  test('answers every request below 500 and keeps only whole uploads', async () => {
    const dir = join(root, 'multipart');
    const ctx = await serve(createUploadHandler({ dir, maxSize: 64 * 1024 }));
    const seen = new Set();
    const part = fc.record({
      field: fc.constantFrom('resume', 'resume', 'file', 'note'),
      named: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, fc.constant(false)),
      file: fileArb,
    });
    const requestArb = fc.record({
      boundary: fc.stringMatching(/^[A-Za-z0-9'()+_,./:=?-]{1,40}$/),
      parts: fc.array(part, { minLength: 0, maxLength: 3 }),
      contentType: fc.constantFrom('right', 'right', 'right', 'no-boundary', 'other', 'none'),
      cut: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, fc.nat()),
      method: fc.constantFrom('POST', 'POST', 'POST', 'PUT'),
    });
    try {
      await fc.assert(
        fc.asyncProperty(requestArb, async (r) => {
          const pieces = r.parts.map((p) =>
            Buffer.concat([
              Buffer.from(
                `--${r.boundary}\r\nContent-Disposition: form-data; name="${p.field}"` +
                  `${p.named ? `; filename="${p.file.name}"` : ''}\r\n` +
                  `Content-Type: ${p.file.type}\r\n\r\n`,
              ),
              p.file.bytes,
              Buffer.from('\r\n'),
            ]),
          );
          let body = Buffer.concat([...pieces, Buffer.from(`--${r.boundary}--\r\n`)]);
          if (r.cut !== null) body = body.subarray(0, r.cut % (body.length + 1));
          const headers = {
            right: { 'content-type': `multipart/form-data; boundary="${r.boundary}"` },
            'no-boundary': { 'content-type': 'multipart/form-data' },
            other: { 'content-type': 'application/octet-stream' },
            none: {},
          }[r.contentType];
          const status = await send(`${ctx.base}/`, r.method, headers, body);
          seen.add(status);
          assertAnswered(status, 'multipart');
          await Promise.all(ctx.handled);
          await assertNoLeftovers(dir);
        }),
        { seed: SEED, numRuns: runs(120) },
      );
      // The cases reach every outcome, stored and refused alike.
      for (const status of [201, 400, 413, 415]) assert.ok(seen.has(status), `no ${status} seen`);
    } finally {
      await ctx.close();
    }
  });
});

describe('fuzz: tus uploads', () => {
  test('answers every request below 500 and keeps no half of an upload', async () => {
    const dir = join(root, 'tus');
    const ctx = await serve(createTusHandler({ dir, path: '/tus', maxSize: 64 * 1024 }));
    const seen = new Set();
    const b64 = (text) => Buffer.from(text).toString('base64');
    const create = fc.record({
      kind: fc.constant('create'),
      file: fileArb,
      length: fc.constantFrom('right', 'right', 'right', 'defer', 'random', '', 'abc', '-1'),
      random: fc.nat(70_000),
      metadata: fc.constantFrom('good', 'good', 'good', 'junk', 'none'),
      withBody: fc.option(fc.nat(5000)),
    });
    const op = fc.oneof(
      { weight: 2, arbitrary: create },
      {
        weight: 4,
        arbitrary: fc.record({
          kind: fc.constant('patch'),
          target: fc.nat(),
          size: fc.oneof(fc.constant(Infinity), fc.nat(3000)),
          offset: fc.constantFrom('right', 'right', 'right', 'random', 'x'),
          random: fc.nat(70_000),
          contentType: fc.constantFrom('application/offset+octet-stream', 'text/plain'),
          declare: fc.boolean(), // Upload-Length on a deferred upload
        }),
      },
      fc.record({ kind: fc.constantFrom('HEAD', 'DELETE', 'GET', 'OPTIONS'), target: fc.nat() }),
    );
    /** One request; an upload created is remembered as `{ url, file, offset }`. */
    async function run(o, uploads) {
      const tus = { 'tus-resumable': '1.0.0' };
      const pick = (n) =>
        uploads.length && n % 5 ? uploads[n % uploads.length] : { url: `/tus/${n}`, offset: 0 };
      if (o.kind === 'create') {
        const { name, type, bytes } = o.file;
        const headers = { ...tus };
        if (o.length === 'defer') headers['upload-defer-length'] = '1';
        else
          headers['upload-length'] =
            { right: bytes.length, random: o.random }[o.length] ?? o.length;
        if (o.metadata !== 'none') {
          headers['upload-metadata'] =
            o.metadata === 'good'
              ? `filename ${b64(name)},filetype ${b64(type)}`
              : name.replace(/[^\t\x20-\x7e]/g, ''); // what an HTTP header can carry
        }
        const body = o.withBody === null ? Buffer.alloc(0) : bytes.subarray(0, o.withBody);
        if (o.withBody !== null) headers['content-type'] = 'application/offset+octet-stream';
        return new Promise((resolve) => {
          const req = request(`${ctx.base}/tus`, {
            method: 'POST',
            headers: { ...headers, 'content-length': body.length },
          });
          req.on('response', (res) => {
            if (res.statusCode === 201 && res.headers.location) {
              const offset = Number(res.headers['upload-offset'] ?? 0);
              uploads.push({ url: res.headers.location, file: o.file, offset });
            }
            res.resume().on('end', () => resolve(res.statusCode));
          });
          req.on('error', () => resolve(0));
          req.end(body);
        });
      }
      const target = pick(o.target);
      if (o.kind !== 'patch') return send(`${ctx.base}${target.url}`, o.kind, tus, Buffer.alloc(0));
      const bytes = target.file?.bytes ?? Buffer.from(ELF);
      const offset = { right: target.offset, random: o.random }[o.offset] ?? o.offset;
      const headers = { ...tus, 'upload-offset': offset, 'content-type': o.contentType };
      if (o.declare && target.file) headers['upload-length'] = bytes.length;
      const chunk = bytes.subarray(target.offset, target.offset + o.size);
      const status = await send(`${ctx.base}${target.url}`, 'PATCH', headers, chunk);
      if (status === 204 || status === 200) target.offset += chunk.length;
      return status;
    }
    try {
      await fc.assert(
        fc.asyncProperty(create, fc.array(op, { maxLength: 8 }), async (first, rest) => {
          const uploads = [];
          for (const o of [first, ...rest]) {
            const status = await run(o, uploads);
            seen.add(status);
            assertAnswered(status, JSON.stringify({ ...o, file: o.file?.name }));
          }
          await Promise.all(ctx.handled);
          await assertNoLeftovers(dir);
        }),
        { seed: SEED, numRuns: runs(60) },
      );
      for (const status of [200, 201, 204, 404, 409, 413, 415]) {
        assert.ok(seen.has(status), `no ${status} seen`);
      }
    } finally {
      await ctx.close();
    }
  });
});

describe('fuzz: accommodation requests (JSON)', () => {
  test('answers every body below 500 and stores only what it accepted', async () => {
    const dir = join(root, 'accommodations');
    const ctx = await serve(createAccommodationHandler({ dir, maxBytes: 4096 }));
    const VALID = {
      name: 'Ana',
      email: 'ana@example.com',
      stages: ['interviews'],
      needs: ['extra-time'],
      details: '',
      contactMethod: 'email',
      consent: true,
    };
    const body = fc.oneof(
      fc.json().map((text) => Buffer.from(text)),
      // A valid request with some fields replaced or added: any JSON value, any key.
      fc
        .dictionary(
          fc.oneof(
            fc.constantFrom(...Object.keys(VALID), '__proto__', 'constructor', 'submittedAt'),
            fc.string(),
          ),
          fc.jsonValue(),
          { maxKeys: 3 },
        )
        .map((changes) =>
          Buffer.from(
            JSON.stringify({ ...VALID }).replace(/}$/, '') +
              Object.entries(changes)
                .map(([k, v]) => `,${JSON.stringify(k)}:${JSON.stringify(v)}`)
                .join('') +
              '}',
          ),
        ),
      fc.uint8Array({ maxLength: 5000 }).map((b) => Buffer.from(b)),
    );
    const contentType = fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
      '',
    );
    let accepted = 0;
    try {
      await fc.assert(
        fc.asyncProperty(body, contentType, async (bytes, type) => {
          const headers = type ? { 'content-type': type } : {};
          const status = await send(`${ctx.base}/`, 'POST', headers, bytes);
          assert.ok(
            [201, 400, 413, 415].includes(status),
            `${status} for ${bytes.subarray(0, 80)}`,
          );
          if (status === 201) accepted++;
          await Promise.all(ctx.handled);
          assert.equal((await readdir(dir).catch(() => [])).length, accepted);
        }),
        { seed: SEED, numRuns: runs(150) },
      );
      assert.ok(accepted > 0, 'some requests were valid');
    } finally {
      await ctx.close();
    }
  });
});
