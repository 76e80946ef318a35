// The demo job site: `npm start` builds the package, then this serves a job posting page with
// applykit on it at http://127.0.0.1:8000 (or PORT), under a strict Content-Security-Policy with
// Trusted Types, as a careful careers site would. Uploads, accommodation requests and
// applications are stored under ./data (or DATA_DIR) by the handlers of applykit/server.
import { createServer } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createAccommodationHandler,
  createTusHandler,
  createUploadHandler,
} from '../dist/server/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const MAX_SIZE = 10 * 1024 * 1024;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};
// Only these folders are served; everything else (package.json, src, data) is not.
const PUBLIC = ['demo', 'dist'];

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

/** Maps a URL path to a file under a public folder, or null (no traversal, no hidden files). */
function fileFor(pathname) {
  const path = pathname === '/' ? '/demo/index.html' : decodeURIComponent(pathname);
  const rel = normalize(path).replace(/^[/\\]+/, '');
  const [top] = rel.split(sep);
  if (!PUBLIC.includes(top) || rel.split(sep).some((p) => p.startsWith('.'))) return null;
  return join(root, rel);
}

/** The application itself (name, email, the resume's upload id): stored as one JSON file. */
function applicationHandler(dir) {
  return async (req, res) => {
    const reply = (status, body) => {
      res.writeHead(status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST') return reply(405, { error: 'method', message: 'Use POST.' });
    let text = '';
    for await (const chunk of req) {
      text += chunk;
      if (text.length > 16 * 1024)
        return reply(413, { error: 'too-large', message: 'The application is too large.' });
    }
    const form = new URLSearchParams(text);
    const application = {
      fullName: form.get('fullName') ?? '',
      email: form.get('email') ?? '',
      resume: form.getAll('resume'),
    };
    if (!application.fullName || !application.email || !application.resume.length) {
      return reply(400, {
        error: 'invalid',
        message: 'Enter your name and email, and upload your resume.',
      });
    }
    const id = randomUUID();
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await writeFile(
      join(dir, `${id}.json`),
      JSON.stringify({ id, receivedAt: new Date().toISOString(), ...application }),
      { mode: 0o600 },
    );
    reply(201, { id });
  };
}

/** Routes: the API handlers first, then static files from demo/ and dist/. */
export function createDemoServer({
  dataDir = resolve(process.env.DATA_DIR ?? join(root, 'data')),
} = {}) {
  const api = [
    [
      '/api/uploads/tus',
      createTusHandler({
        dir: join(dataDir, 'uploads-tus'),
        path: '/api/uploads/tus',
        maxSize: MAX_SIZE,
      }),
    ],
    [
      '/api/uploads',
      createUploadHandler({
        dir: join(dataDir, 'uploads'),
        maxSize: MAX_SIZE,
        fieldName: 'resume',
      }),
    ],
    ['/api/accommodations', createAccommodationHandler({ dir: join(dataDir, 'accommodations') })],
    ['/api/applications', applicationHandler(join(dataDir, 'applications'))],
  ];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const headers = {
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    };
    const route = api.find(
      ([prefix]) => url.pathname === prefix || url.pathname.startsWith(`${prefix}/`),
    );
    if (route) return route[1](req, res);
    const file = req.method === 'GET' || req.method === 'HEAD' ? fileFor(url.pathname) : null;
    try {
      if (!file) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
      const body = await readFile(file);
      res.writeHead(200, {
        ...headers,
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
    }
  });
  server.dataDir = dataDir;
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT) || 8000;
  const server = createDemoServer();
  server.listen(port, '127.0.0.1', () => {
    const base = `http://127.0.0.1:${port}`;
    console.log(`applykit demo job site: ${base}/`);
    console.log(
      '  a "Senior Machine Learning Engineer — Personalization" posting with <resume-upload> and <accommodation-request>',
    );
    console.log(
      `  uploads:          POST ${base}/api/uploads (multipart), tus at ${base}/api/uploads/tus`,
    );
    console.log(`  accommodations:   POST ${base}/api/accommodations (JSON)`);
    console.log(`  applications:     POST ${base}/api/applications`);
    console.log(`Data is stored under ${server.dataDir} (set DATA_DIR to change). Ctrl+C stops.`);
  });
}
