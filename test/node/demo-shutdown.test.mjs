// Stopping the demo with SIGTERM or SIGINT, as a process manager or Ctrl+C does: it stops taking
// connections, lets the requests in flight finish (for a bounded time), then exits 0, and leaves
// nothing half-written under DATA_DIR. The demo runs as a real child process.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect } from 'node:net';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { startDemo, stopDemo } from '../helpers/demo-process.mjs';
import { until } from '../helpers/serve.mjs';

const sample = (name) => readFile(new URL(`../fixtures/resumes/${name}`, import.meta.url));
let dataDir;
let demo;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'applykit-demo-stop-'));
});
afterEach(async () => {
  if (demo) await stopDemo(demo);
  await rm(dataDir, { recursive: true, force: true });
});

/** Every file under `dir`, as paths relative to it. */
async function files(dir) {
  const found = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return found
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)));
}

/** True once a new TCP connection to the demo is refused. */
const refusesConnections = () =>
  new Promise((resolve) => {
    const socket = connect(demo.port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(true));
  });

/**
 * Starts a multipart upload of the real PDF and sends all but its last part; resolves once the
 * demo is writing it to disk, with `finish()` (sends the rest, resolves with the reply's status)
 * and `reply` (resolves with the status, or 0 when the connection is cut).
 */
async function halfUpload() {
  const pdf = await sample('resume.pdf');
  const boundary = 'applykit-stop';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="resume"; filename="cv.pdf"\r\n` +
      'Content-Type: application/pdf\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const body = Buffer.concat([head, pdf, tail]);
  const cut = head.length + Math.floor(pdf.length / 2);
  const req = request(`${demo.base}/api/uploads`, {
    method: 'POST',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': String(body.length),
    },
  });
  const reply = new Promise((resolve) => {
    req.on('response', (res) => res.resume().on('end', () => resolve(res.statusCode)));
    req.on('error', () => resolve(0));
  });
  req.write(body.subarray(0, cut));
  const uploads = join(dataDir, 'uploads');
  await until(async () => (await files(uploads)).some((name) => name.endsWith('.part')), 10_000);
  return { reply, finish: () => (req.end(body.subarray(cut)), reply) };
}

test('SIGTERM: stops taking connections, finishes the upload in flight, exits 0', async () => {
  demo = await startDemo({ DATA_DIR: dataDir, SHUTDOWN_GRACE_MS: '60000' });
  await (await fetch(`${demo.base}/`)).text(); // leaves an idle keep-alive connection open
  const upload = await halfUpload();
  demo.child.kill('SIGTERM');
  await until(refusesConnections, 10_000);
  assert.equal(await upload.finish(), 201);
  assert.deepEqual(await demo.exited, { code: 0, signal: null });
  const stored = await files(dataDir);
  assert.equal(stored.length, 2, String(stored)); // the file and its record
  assert.ok(stored.every((name) => !name.endsWith('.part')));
});

test('SIGINT: a request that never finishes is cut after the grace period, nothing half-written', async () => {
  demo = await startDemo({ DATA_DIR: dataDir, SHUTDOWN_GRACE_MS: '200' });
  const upload = await halfUpload();
  demo.child.kill('SIGINT');
  assert.deepEqual(await demo.exited, { code: 0, signal: null });
  assert.equal(await upload.reply, 0, 'the connection was cut');
  assert.deepEqual(await files(dataDir), []);
});

test('SIGTERM with nothing in flight exits at once', async () => {
  demo = await startDemo({ DATA_DIR: dataDir, SHUTDOWN_GRACE_MS: '60000' });
  await (await fetch(`${demo.base}/`)).text();
  demo.child.kill('SIGTERM');
  assert.deepEqual(await demo.exited, { code: 0, signal: null });
  assert.match(demo.output(), /stopp/i);
});

test('stops cleanly even when nobody reads its output any more', async () => {
  demo = await startDemo({ DATA_DIR: dataDir, SHUTDOWN_GRACE_MS: '60000' });
  demo.child.stdout.destroy(); // as when its output was piped into `head`, which has exited
  demo.child.kill('SIGTERM');
  assert.deepEqual(await demo.exited, { code: 0, signal: null });
});
