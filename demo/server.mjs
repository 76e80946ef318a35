// The demo job site: `npm start` builds the package, then this serves a job posting page
// with applykit on it at http://127.0.0.1:8000 (or PORT), under a strict Content-Security-Policy
// with Trusted Types, as a careful careers site would.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
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

export function createDemoServer() {
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const headers = {
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    };
    const file = req.method === 'GET' || req.method === 'HEAD' ? fileFor(url.pathname) : null;
    try {
      if (!file) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
    }
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT) || 8000;
  createDemoServer().listen(port, '127.0.0.1', () => {
    console.log(`applykit demo: http://127.0.0.1:${port}/ (a job posting with <resume-upload>)`);
    console.log('Serving demo/ and dist/ under a strict Content-Security-Policy with Trusted Types. Ctrl+C stops.');
  });
}
