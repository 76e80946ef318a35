// The demo server as an attacker or a careless client meets it: requests that make Node's URL
// parsing throw, a client that leaves in the middle of a body, and symlinks that point out of the
// public folders. Each must get its own answer (or a closed socket) and leave the server serving.
import { describe, test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { request } from 'node:http';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemoServer } from '../../demo/server.mjs';
import { startDemo, stopDemo } from '../helpers/demo-process.mjs';
import { listen } from '../helpers/serve.mjs';

let demo;
let dataDir;

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'applykit-demo-robust-'));
});
after(() => rm(dataDir, { recursive: true, force: true }));

/** Sends `text` as is over a fresh TCP connection; resolves with the status code answered. */
function raw(text) {
  return new Promise((resolve, reject) => {
    const socket = connect(demo.port, '127.0.0.1', () => socket.end(text));
    let reply = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (reply += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? 0)));
  });
}

/** The demo process is still running and still serves the job page (asked three times). */
async function stillServing() {
  for (let i = 0; i < 3; i++) {
    const res = await fetch(`${demo.base}/`);
    assert.equal(res.status, 200);
    await res.text();
  }
  assert.equal(demo.child.exitCode, null, demo.output());
}

describe('demo server: a bad request never stops it', () => {
  // A fresh process for each test, so one that dies does not take the next test with it.
  beforeEach(async () => {
    demo = await startDemo({ DATA_DIR: dataDir });
  });
  afterEach(() => stopDemo(demo));

  test('answers GET /% (malformed percent-encoding) with 400 and keeps serving', async () => {
    assert.equal(await raw('GET /% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n'), 400);
    await stillServing();
  });

  test('answers a request line the URL parser rejects with 400 and keeps serving', async () => {
    const status = await raw(
      'GET http://[/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
    );
    assert.equal(status, 400);
    await stillServing();
  });

  test('survives a client that leaves in the middle of an application body', async () => {
    const req = request(`${demo.base}/api/applications`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': '1000',
        origin: demo.base,
        // The server's "100 Continue" tells that its handler is running and reading the body.
        expect: '100-continue',
      },
    });
    req.on('error', () => undefined);
    await new Promise((resolve) => req.once('continue', resolve));
    req.write('fullName=Ada');
    req.destroy();
    await stillServing();
  });
});

test('does not follow a symlink out of the public folders', async () => {
  const root = await mkdtemp(join(tmpdir(), 'applykit-demo-root-'));
  try {
    await mkdir(join(root, 'demo'));
    await mkdir(join(root, 'dist'));
    await writeFile(join(root, 'secret.txt'), 'not public');
    await writeFile(join(root, 'demo', 'index.html'), '<!doctype html><title>x</title>');
    await symlink(join(root, 'secret.txt'), join(root, 'demo', 'leak.txt'));
    await symlink(root, join(root, 'dist', 'up'));
    await symlink(join(root, 'demo', 'index.html'), join(root, 'demo', 'inside.html'));
    const { base: at, close } = await listen(createDemoServer({ dataDir, root }));
    try {
      for (const path of ['/demo/leak.txt', '/dist/up/secret.txt']) {
        const res = await fetch(`${at}${path}`);
        assert.equal(res.status, 404, path);
        assert.doesNotMatch(await res.text(), /not public/);
      }
      const inside = await fetch(`${at}/demo/inside.html`);
      assert.equal(inside.status, 200, 'a link that stays inside is served');
      await inside.text();
    } finally {
      await close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
