// applykit/server without the S3 and PostgreSQL packages installed, as a server that keeps files
// and requests in folders has it: the built package in a temp folder whose node_modules lacks
// @aws-sdk/*, @tus/s3-store and pg. It loads, stores an upload and a request as always, and only
// a storage or store that needs a missing package fails, when first used. Run after the build.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const MISSING = new Set(['@aws-sdk', 'pg', '@tus/s3-store']);
let dir;

/** node_modules with a link to every installed package but the MISSING ones. */
async function linkModules(from, to, scope = '') {
  await mkdir(to, { recursive: true });
  for (const name of await readdir(from)) {
    const full = scope ? `${scope}/${name}` : name;
    if (MISSING.has(full) || name.startsWith('.')) continue;
    if (name.startsWith('@') && !scope) await linkModules(join(from, name), join(to, name), name);
    else await symlink(join(from, name), join(to, name));
  }
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'applykit-no-s3-'));
  await cp(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
  await cp(join(root, 'migrations'), join(dir, 'migrations'), { recursive: true });
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
  await linkModules(join(root, 'node_modules'), join(dir, 'node_modules'));
});
after(() => rm(dir, { recursive: true, force: true }));

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
  await writeFile(join(dir, 'check.mjs'), SCRIPT);
  const { stdout } = await promisify(execFile)(process.execPath, ['check.mjs'], { cwd: dir });
  assert.deepEqual(JSON.parse(stdout), {
    upload: 201,
    s3: 'ERR_MODULE_NOT_FOUND',
    pg: 'ERR_MODULE_NOT_FOUND',
  });
});
