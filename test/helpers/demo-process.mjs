// Starts `node demo/server.mjs` as a real child process on a free loopback port, as `npm start`
// runs it, so a fault that would end the process is seen as one. Node tests only.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../../demo/server.mjs', import.meta.url));

/**
 * Resolves with `{ child, base, output, exited }` once the demo prints its address. `output()` is
 * everything it printed so far; `exited` resolves with `{ code, signal }`.
 */
export async function startDemo(env = {}) {
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (text += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (text += chunk));
  const exited = once(child, 'exit').then(([code, signal]) => ({ code, signal }));
  const base = await new Promise((resolve, reject) => {
    const look = () => {
      const found = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(text);
      if (found) resolve(`http://127.0.0.1:${found[1]}`);
    };
    child.stdout.on('data', look);
    exited.then(({ code }) =>
      reject(new Error(`demo exited (${code}) before listening:\n${text}`)),
    );
  });
  return { child, base, port: Number(new URL(base).port), output: () => text, exited };
}

/** Stops a demo started by startDemo (if it still runs) and waits for it to exit. */
export async function stopDemo(demo) {
  if (demo.child.exitCode === null && demo.child.signalCode === null) demo.child.kill('SIGKILL');
  await demo.exited;
}
