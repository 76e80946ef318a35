// The demo server (demo/server.mjs) run inside the test's own process, on a free loopback port,
// with a fresh data folder. demo-process.mjs runs it as a child process instead, for the tests
// that need a fault to end a real process. Node tests only.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemoServer } from '../../demo/server.mjs';
import { listen } from './serve.mjs';

/**
 * Starts the demo with its data in a new temp folder named `prefix…`. Resolves with
 * `{ base, dataDir, stop }`; `stop()` closes the server and deletes the folder.
 */
export async function serveDemo(prefix) {
  const dataDir = await mkdtemp(join(tmpdir(), prefix));
  const { base, close } = await listen(createDemoServer({ dataDir }));
  const stop = async () => {
    await close();
    await rm(dataDir, { recursive: true, force: true });
  };
  return { base, dataDir, stop };
}
