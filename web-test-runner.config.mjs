// @web/test-runner: TypeScript tests run directly (esbuild), in Debian's Chromium and Firefox ESR.
// Browsers come from apt (chromium, firefox-esr); nothing is downloaded by npm.
// WTR_BROWSERS=chromium (or firefox) limits the run to one browser.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const wanted = (process.env.WTR_BROWSERS ?? 'chromium,firefox').split(',');

// Puppeteer's WebDriver BiDi keyboard (Firefox) knows the key ' ' but not the name 'Space',
// which Chromium takes: map the name, so a keyboard test reads the same in both browsers.
const { BidiKeyboard } = await import('puppeteer-core/internal/bidi/Input.js');
for (const method of ['down', 'up', 'press']) {
  const original = BidiKeyboard.prototype[method];
  BidiKeyboard.prototype[method] = function (key, ...rest) {
    return original.call(this, key === 'Space' ? ' ' : key, ...rest);
  };
}

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM,
        headless: true, // puppeteer adds --headless=new, --no-first-run, --disable-sync, --disable-background-networking
        // --no-sandbox: Chromium refuses to start as root without it.
        args: ['--no-sandbox', '--disable-gpu', '--disable-component-update'],
      },
    }),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    // puppeteer-core drives Firefox over WebDriver BiDi. Passing `puppeteer` makes chromeLauncher
    // forward launchOptions.browser to puppeteer.launch (that is all @web/test-runner-puppeteer's
    // puppeteerLauncher does, but that package depends on full `puppeteer`, which downloads a browser).
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
    }),
  );
}

// Prints one closing line "wtr: N passed, N failed, N skipped" that CI log readers understand.
// A test file that failed to load counts as one failure.
function countReporter() {
  return {
    stop({ sessions }) {
      let passed = 0,
        failed = 0,
        skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests) t.skipped ? skipped++ : t.passed ? passed++ : failed++;
        for (const s of suite.suites) walk(s);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        if (s.errors?.length) failed++;
      }
      // wtr's terminal swallows console output at this point; print when the process exits.
      process.once('exit', () =>
        process.stdout.write(`wtr: ${passed} passed, ${failed} failed, ${skipped} skipped\n`),
      );
    },
  };
}

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
async function serverEndpoints() {
  let server;
  try {
    server = await import('./dist/server/index.js');
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

function testEndpoints() {
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

export default {
  middleware: [testEndpoints(), await serverEndpoints()],
  // test/dist/ checks the built bundle: `npm test` builds first.
  files: ['test/**/*.test.{ts,js}'],
  // One page at a time: keyboard and focus tests need the focused window to themselves.
  concurrency: 1,
  nodeResolve: { browser: true },
  // target 'es2022' is required: with the default 'auto', esbuild treats current Chromium/Firefox as
  // "esnext" and leaves standard decorators in place -> "SyntaxError: Invalid or unexpected token".
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    // tus-js-client (and React, for the wrapper tests) ship CommonJS inside.
    fromRollup(rollupCommonjs)({
      include: [
        '**/node_modules/{url-parse,querystringify,requires-port,js-base64,combine-errors,custom-error-instance,lodash.throttle,buffer-from,is-stream,react,react-dom,scheduler}/**',
      ],
      // Converted file by file, a `require()` of another CommonJS file can't see that it is
      // CommonJS and returns a namespace wrapper ({ default, __moduleExports }) instead of its
      // module.exports; React's files require each other, so give them module.exports.
      requireReturnsDefault: (id) =>
        /\/node_modules\/(react|react-dom|scheduler)\//.test(id) ? 'preferred' : false,
    }),
    // React (test/react/) picks its build with `process.env.NODE_ENV`, which browsers don't have.
    // Use the development build (it warns) and point the entries' `require` of the production
    // build at it too: converted file by file, both branches' requires become imports and run.
    {
      name: 'react-development',
      transform(context) {
        if (
          /\/node_modules\/(react|react-dom|scheduler)\//.test(context.path) &&
          typeof context.body === 'string'
        ) {
          const body = context.body.replaceAll('process.env.NODE_ENV', '"development"');
          return { body: body.replaceAll('.production.js', '.development.js') };
        }
      },
    },
  ],
  browsers,
  reporters: [defaultReporter(), countReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
};
