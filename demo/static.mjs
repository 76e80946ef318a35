// The demo's static files: only what lies inside demo/ and dist/, checked after symlinks are
// resolved (a link in either folder that points elsewhere is not followed), no hidden files.
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

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

/**
 * The file a decoded URL path names under `root`, as `{ path, type }`, or null when it is not a
 * public file: outside demo/ and dist/ (by name or through a symlink), hidden, or not a file.
 */
export async function publicFile(root, pathname) {
  const rel = normalize(pathname === '/' ? '/demo/index.html' : pathname).replace(/^[/\\]+/, '');
  const [top] = rel.split(sep);
  if (!PUBLIC.includes(top) || rel.split(sep).some((p) => p.startsWith('.'))) return null;
  try {
    const real = await realpath(join(root, rel));
    const folder = await realpath(join(root, top));
    if (!real.startsWith(folder + sep) || !(await stat(real)).isFile()) return null;
    return { path: real, type: TYPES[extname(real)] ?? 'application/octet-stream' };
  } catch {
    return null; // missing, or a broken link
  }
}

/** Sends a public file (GET or HEAD) with `headers`, or 404. */
export async function sendFile(req, res, root, pathname, headers) {
  const file = await publicFile(root, pathname);
  const body = file && (await readFile(file.path).catch(() => null));
  if (!body) {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    return void res.end('Not found\n');
  }
  res.writeHead(200, { ...headers, 'Content-Type': file.type });
  res.end(req.method === 'HEAD' ? undefined : body);
}
