// The demo job site: `npm start` builds the package, then this serves a job posting page with
// applykit on it at http://127.0.0.1:8000 (or PORT), under a strict Content-Security-Policy with
// Trusted Types, as a careful careers site would. Uploads, accommodation requests and
// applications are stored under ./data (or DATA_DIR) by the handlers of applykit/server; with
// S3_BUCKET and DATABASE_URL set, uploads go to the bucket and requests to PostgreSQL
// (backends.mjs), so several processes can serve the site together.
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createAccommodationHandler,
  createDirectUploadHandler,
  createTusHandler,
  createUploadHandler,
  HttpError,
  SERVER_MESSAGES,
  sendFailure,
} from '../dist/server/index.js';
import { applicationHandler } from './applications.mjs';
import { backendsFromEnv, SettingError } from './backends.mjs';
import { requestListHandler } from './requests-list.mjs';
import { sendFile } from './static.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAX_SIZE = 10 * 1024 * 1024;

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const PAGE_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** The decoded path of a request, or null when its target is not a URL or not decodable. */
function pathOf(req) {
  try {
    return decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return null;
  }
}

/** The API routes: [path prefix, handler], the longest prefixes first. */
function apiRoutes(dataDir, origin, backends, adminToken) {
  const { uploads, tusUploads, directUploads, requests } = backends;
  const tusPath = '/api/uploads/tus';
  const directPath = '/api/uploads/direct';
  const accommodation = createAccommodationHandler({ store: requests });
  // GET lists the requests, for the people who arrange accommodations: only with ADMIN_TOKEN.
  const list = adminToken ? requestListHandler({ store: requests, token: adminToken }) : null;
  const stores = [uploads, tusUploads, ...(directUploads ? [directUploads] : [])];
  return [
    [tusPath, createTusHandler({ storage: tusUploads, path: tusPath, maxSize: MAX_SIZE })],
    ...(directUploads
      ? [
          [
            directPath,
            createDirectUploadHandler({
              storage: directUploads,
              path: directPath,
              maxSize: MAX_SIZE,
            }),
          ],
        ]
      : []),
    [
      '/api/uploads',
      createUploadHandler({ storage: uploads, maxSize: MAX_SIZE, fieldName: 'resume' }),
    ],
    [
      '/api/accommodations',
      (req, res) => (list && req.method === 'GET' ? list : accommodation)(req, res),
    ],
    [
      '/api/applications',
      applicationHandler({ dir: join(dataDir, 'applications'), uploads: stores, origin }),
    ],
  ];
}

/**
 * Routes: the API handlers first, then static files from demo/ and dist/. `origin` is the site's
 * public origin (default: what each request's Host names); `root` the folder holding demo/ and
 * dist/; `env` the settings backends.mjs reads (S3_*, DATABASE_URL, …) and ADMIN_TOKEN. Throws a
 * SettingError for settings that cannot work.
 */
export function createDemoServer({
  dataDir = resolve(process.env.DATA_DIR ?? join(ROOT, 'data')),
  origin = process.env.ORIGIN || undefined,
  root = ROOT,
  env = process.env,
} = {}) {
  const backends = backendsFromEnv(env, dataDir);
  const api = apiRoutes(dataDir, origin, backends, env.ADMIN_TOKEN || undefined);
  async function route(req, res) {
    const path = pathOf(req);
    if (path === null) throw new HttpError(400, 'bad-request', 'The request address is not valid.');
    const found = api.find(([prefix]) => path === prefix || path.startsWith(`${prefix}/`));
    if (found) return found[1](req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new HttpError(405, 'method', SERVER_MESSAGES.method, {}, { Allow: 'GET, HEAD' });
    }
    await sendFile(req, res, root, path, PAGE_HEADERS);
  }
  // The one boundary around every request: whatever fails answers that request (or, once its
  // reply has begun, closes its socket) and goes no further.
  const inFlight = new Set();
  const server = createServer((req, res) => {
    if (!server.listening) res.setHeader('Connection', 'close'); // stopping: no next request
    const done = route(req, res).catch((error) => {
      try {
        if (res.headersSent) res.destroy();
        else sendFailure(res, error);
      } catch {
        res.destroy();
      }
    });
    inFlight.add(done);
    done.then(() => inFlight.delete(done));
  });
  server.dataDir = dataDir;
  server.backends = backends;
  server.shutDown = async (grace) => {
    await shutDown(server, inFlight, grace);
    await backends.requests.close(); // the PostgreSQL pool, if any
  };
  return server;
}

/** Milliseconds handlers get to clean up (delete temp files) after their connections are cut. */
const CLEANUP_MS = 5000;

/** Resolves after `ms`, or at once through `cancel`. */
function delay(ms) {
  let cancel;
  const done = new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    cancel = () => resolve(clearTimeout(timer));
  });
  return Object.assign(done, { cancel });
}

/** Resolves true once no request is in flight, or false after `ms`. */
async function drained(inFlight, ms) {
  const limit = delay(ms);
  const timedOut = limit.then(() => true);
  while (inFlight.size) {
    if (await Promise.race([Promise.allSettled([...inFlight]), timedOut])) return false;
  }
  limit.cancel();
  return true;
}

/**
 * Stops the server: no new connection is taken and idle ones are closed; the requests in flight
 * get `grace` ms to finish (their connections close after the reply); past that their
 * connections are cut, and their handlers get a moment to remove what they were writing.
 */
async function shutDown(server, inFlight, grace) {
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeIdleConnections();
  if (!(await drained(inFlight, grace))) {
    server.closeAllConnections();
    await drained(inFlight, CLEANUP_MS);
  }
  server.closeAllConnections();
  await closed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = process.env.PORT ? Number(process.env.PORT) : 8000; // 0: any free port
  let server;
  try {
    server = createDemoServer();
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  // The request table is made (or checked) now, so a database that cannot be reached is said at
  // once; the site still starts, and requests fail until it can be reached.
  server.backends.requests.migrate?.().catch((error) => {
    console.error(`PostgreSQL: ${error.message}. Accommodation requests fail until it is reached.`);
  });
  server.listen(port, '127.0.0.1', () => {
    const base = `http://127.0.0.1:${server.address().port}`;
    console.log(`applykit demo job site: ${base}/`);
    console.log(
      '  a "Senior Machine Learning Engineer — Personalization" posting with <resume-upload> and <accommodation-request>',
    );
    console.log(
      `  uploads:          POST ${base}/api/uploads (multipart), tus at ${base}/api/uploads/tus`,
    );
    if (server.backends.directUploads) {
      console.log(`  direct uploads:   POST ${base}/api/uploads/direct (presigned POST to S3)`);
    }
    console.log(`  accommodations:   POST ${base}/api/accommodations (JSON)`);
    console.log(`  applications:     POST ${base}/api/applications`);
    for (const line of server.backends.summary) console.log(line);
    console.log(`Set DATA_DIR, S3_BUCKET or DATABASE_URL to change where data goes. Ctrl+C stops.`);
  });
  // SIGTERM or Ctrl+C: finish what is in flight (SHUTDOWN_GRACE_MS, default 10 s), then exit. A
  // second signal has no handler left, so it stops the process at once.
  // Output is for whoever watches; once nobody reads it (a closed pipe), writing must not fail.
  process.stdout.on('error', () => undefined);
  const grace = Number(process.env.SHUTDOWN_GRACE_MS ?? 10_000);
  const stop = async (signal) => {
    console.log(
      `${signal}: stopping; requests in flight may finish (a second ${signal} stops now)`,
    );
    await server.shutDown(grace);
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
