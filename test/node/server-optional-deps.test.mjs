// applykit/server without its optional peer packages, as a server that needs only some of it has
// it: the built package in a temp folder whose node_modules lacks them. Without @aws-sdk/*,
// @tus/s3-store and pg it stores uploads and requests in folders as always; without busboy and
// @tus/* too it still loads, takes accommodation requests and inspects documents. Only what
// needs a missing package fails, when first used. Run after the build.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const NO_STORES = new Set(['@aws-sdk', 'pg', '@tus/s3-store']);
const NO_PEERS = new Set([...NO_STORES, 'busboy', '@tus']);
const dirs = [];

/** node_modules with a link to every installed package but the `missing` ones. */
async function linkModules(missing, from, to, scope = '') {
  await mkdir(to, { recursive: true });
  for (const name of await readdir(from)) {
    const full = scope ? `${scope}/${name}` : name;
    if (missing.has(full) || name.startsWith('.')) continue;
    if (name.startsWith('@') && !scope) {
      await linkModules(missing, join(from, name), join(to, name), name);
    } else await symlink(join(from, name), join(to, name));
  }
}

/** A folder holding the built package, `script` and node_modules without `missing`. */
async function installWithout(missing, script) {
  const dir = await mkdtemp(join(tmpdir(), 'applykit-no-peers-'));
  dirs.push(dir);
  await cp(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
  await cp(join(root, 'migrations'), join(dir, 'migrations'), { recursive: true });
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
  await linkModules(missing, join(root, 'node_modules'), join(dir, 'node_modules'));
  await writeFile(join(dir, 'check.mjs'), script);
  const { stdout } = await promisify(execFile)(process.execPath, ['check.mjs'], { cwd: dir });
  return JSON.parse(stdout);
}

after(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

const SCRIPT = `
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import * as server from './dist/server/index.js';
const pdf = await readFile(${JSON.stringify(join(root, 'test/fixtures/resumes/resume.pdf'))});
const upload = server.createUploadHandler({ dir: 'data/uploads' });
const http = createServer((req, res) => upload(req, res));
await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
const form = new FormData();
form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'resume.pdf');
const res = await fetch('http://127.0.0.1:' + http.address().port, { method: 'POST', body: form });
http.close();
const missing = async (promise) => promise.then(() => 'loaded', (e) => e.code);
const s3 = server.createS3Storage({ bucket: 'b' });
const pg = server.createPostgresRequestStore({ connectionString: 'postgres://x@127.0.0.1:1/x' });
console.log(JSON.stringify({
  upload: res.status,
  s3: await missing(s3.readRecord('00000000-0000-4000-8000-000000000000')),
  pg: await missing(pg.list()),
}));
await pg.close();
`;

test('loads and stores without the S3 and PostgreSQL packages; those fail only when used', async () => {
  assert.deepEqual(await installWithout(NO_STORES, SCRIPT), {
    upload: 201,
    s3: 'ERR_MODULE_NOT_FOUND',
    pg: 'ERR_MODULE_NOT_FOUND',
  });
});

const WITHOUT_PEERS = `
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import * as server from './dist/server/index.js';
const pdf = await readFile(${JSON.stringify(join(root, 'test/fixtures/resumes/resume.pdf'))});
const inspected = await server.inspectDocument(new Uint8Array(pdf), 'resume.pdf');
const requests = server.createAccommodationHandler({ dir: 'data/requests' });
const upload = server.createUploadHandler({ dir: 'data/uploads' });
const tus = server.createTusHandler({ dir: 'data/tus', path: '/tus' });
const http = createServer((req, res) =>
  (req.url === '/requests' ? requests : req.url.startsWith('/tus') ? tus : upload)(req, res),
);
await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
const url = 'http://127.0.0.1:' + http.address().port;
const request = await fetch(url + '/requests', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({
    name: 'Ada Lovelace', email: 'ada@example.com', contactMethod: 'email', consent: true,
    stages: ['interviews'], needs: ['extra-time'], submittedAt: '2025-11-25T09:30:00.000Z',
  }),
});
const form = new FormData();
form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'resume.pdf');
const multipart = await fetch(url, { method: 'POST', body: form });
const created = await fetch(url + '/tus', {
  method: 'POST',
  headers: { 'Tus-Resumable': '1.0.0', 'Upload-Length': '10' },
});
http.close();
console.log(JSON.stringify({
  kind: inspected.kind,
  request: request.status,
  multipart: multipart.status,
  tus: created.status,
}));
`;

test('loads without busboy and @tus/*: requests and inspectDocument work, uploads fail when used', async () => {
  assert.deepEqual(await installWithout(NO_PEERS, WITHOUT_PEERS), {
    kind: 'pdf',
    request: 201,
    multipart: 500,
    tus: 500,
  });
});
