// Server endpoints the component tests talk to, mounted in wtr's dev server (Node side).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Test endpoints for elements that talk to a server: /__test__/<status> answers with that
// status (201 with a JSON {id}, others with a JSON error), /__test__/drop cuts the connection,
// /__test__/echo replies with the request body, /__test__/hang never answers, and
// /__test__/fail/<n>/<status>/<key> answers <status> (Retry-After: 0) n times per key, then 201.
// They read the body first, as a server would.
const failures = new Map();

// The real applykit/server handlers (from the build: `npm test` builds first), mounted under
// /__server__/ with their files in a temporary folder removed on exit:
//   uploads (10 MiB), uploads-small (64 KiB limit), tus, and tus-cut, which cuts the
//   connection of each upload's first PATCH once 80% of it has arrived (a dropped mobile
//   connection), and counts the PATCH bytes each upload received: GET /__server__/received/<id>.
export async function serverEndpoints() {
  let server;
  try {
    server = await import('../../dist/server/index.js');
  } catch {
    console.warn(
      'web-test-runner: dist/server is not built; /__server__/ endpoints are off (run npm run build).',
    );
    return (ctx, next) => next();
  }
  const dir = mkdtempSync(join(tmpdir(), 'applykit-wtr-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const handlers = [
    [
      '/__server__/uploads-small',
      server.createUploadHandler({ dir: join(dir, 'small'), maxSize: 64 * 1024 }),
    ],
    ['/__server__/uploads', server.createUploadHandler({ dir: join(dir, 'uploads') })],
    [
      '/__server__/tus-cut',
      server.createTusHandler({ dir: join(dir, 'tus-cut'), path: '/__server__/tus-cut' }),
    ],
    [
      '/__server__/tus',
      server.createTusHandler({ dir: join(dir, 'tus'), path: '/__server__/tus' }),
    ],
  ];
  const received = new Map();
  const cut = new Set();
  return async (ctx, next) => {
    const got = /^\/__server__\/received\/([\w-]+)$/.exec(ctx.path);
    if (got) {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ bytes: received.get(got[1]) ?? 0 });
      return;
    }
    const route = handlers.find(
      ([prefix]) => ctx.path === prefix || ctx.path.startsWith(`${prefix}/`),
    );
    if (!route) return next();
    ctx.respond = false;
    const { req, res } = ctx;
    if (req.method === 'PATCH') {
      const id = ctx.path.split('/').pop();
      const length = Number(req.headers['content-length'] ?? 0);
      let seen = 0;
      // Watch 'data' as the handler's own pipe receives it; a listener of ours would switch the
      // stream to flowing before the handler is ready and lose bytes.
      const emit = req.emit;
      req.emit = function (event, chunk, ...rest) {
        if (event === 'data') {
          seen += chunk.length;
          received.set(id, (received.get(id) ?? 0) + chunk.length);
          if (route[0] === '/__server__/tus-cut' && !cut.has(id) && seen >= length * 0.8) {
            cut.add(id);
            req.socket.destroy();
          }
        }
        return emit.call(this, event, chunk, ...rest);
      };
    }
    await route[1](req, res);
  };
}

export function testEndpoints() {
  return async (ctx, next) => {
    const m = /^\/__test__\/(\w+)/.exec(ctx.path);
    if (!m) return next();
    if (m[1] === 'hang') {
      ctx.respond = false;
      ctx.req.on('data', () => {});
      return;
    }
    const fail = /^\/__test__\/fail\/(\d+)\/(\d+)\/([\w-]+)/.exec(ctx.path);
    if (fail) {
      const [, times, status, key] = fail;
      const seen = failures.get(key) ?? 0;
      failures.set(key, seen + 1);
      for await (const _ of ctx.req);
      const failing = seen < Number(times);
      ctx.status = failing ? Number(status) : 201;
      if (failing) ctx.set('Retry-After', '0');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(failing ? { error: 'flaky' } : { id: `${key}-${seen}` });
      return;
    }
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    const body = Buffer.concat(chunks).toString('utf8');
    const what = m[1];
    if (what === 'drop') {
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    if (what === 'headers') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(ctx.headers);
      return;
    }
    if (what === 'echo') {
      ctx.status = 200;
      ctx.type = ctx.get('content-type') || 'text/plain';
      ctx.body = body;
      return;
    }
    const status = Number(what) || 404;
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(status < 300 ? { id: 'REQ-1234' } : { error: `status ${status}` });
  };
}
