// A test server on a free loopback port, closed without waiting for the keep-alive connections
// fetch leaves open; and a wait for what a server does after it has replied. Node tests only.
import { createServer } from 'node:http';

/**
 * Listens with `server` on a free port of 127.0.0.1. Resolves with `{ server, port, base, close }`:
 * `base` is `http://127.0.0.1:<port>`; `close()` cuts open connections and resolves once closed.
 */
export async function listen(server) {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const close = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  };
  return { server, port, base: `http://127.0.0.1:${port}`, close };
}

/** Serves `handler` as `listen` does; `handled` also holds each request's handler promise. */
export async function serve(handler) {
  const handled = [];
  const served = await listen(createServer((req, res) => handled.push(handler(req, res))));
  return { ...served, handled };
}

/** Waits (one event-loop turn at a time, `ms` at most) until `check()` is true. */
export async function until(check, ms = 5000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setImmediate(resolve));
  }
}
