// The load half of `npm run bench`: the demo server (`node demo/server.mjs`, as `npm start` runs
// it) in its own process on loopback, given N concurrent uploads of a real 2 MB PDF (multipart,
// then tus) and N concurrent accommodation requests. Reports throughput, p50/p99 latency and the
// server's RSS before and after, and checks every stored file's sha256 against what was sent.
// Bounded: BENCH_LOAD_N requests per kind (default 50), each given 60 s at most.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const MB = 1024 * 1024;
const TIMEOUT = 60_000;

/**
 * A real PDF of about `size` bytes: the office-suite sample with an incremental update appended
 * (one more stream object, an xref section and a trailer pointing back at the original's), as a
 * PDF editor saves one. The padding is deterministic, so every run sends the same bytes.
 */
export async function bigPdf(size = 2 * MB) {
  const pdf = await readFile(join(root, 'test/fixtures/resumes/resume.pdf'));
  const tail = pdf.subarray(-1024).toString('latin1');
  const objects = Number(/\/Size (\d+)/.exec(tail)[1]);
  const rootRef = /\/Root (\d+ \d+ R)/.exec(tail)[1];
  const previous = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)[1]);
  const padding = Buffer.alloc(size - pdf.length - 400);
  for (let i = 0, x = 2463534242; i < padding.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    padding[i] = x & 0xff;
  }
  const object = Buffer.concat([
    Buffer.from(`\n${objects} 0 obj\n<</Length ${padding.length}>>\nstream\n`, 'latin1'),
    padding,
    Buffer.from('\nendstream\nendobj\n', 'latin1'),
  ]);
  const xref = pdf.length + object.length;
  const update = Buffer.from(
    `xref\n${objects} 1\n${String(pdf.length + 1).padStart(10, '0')} 00000 n \n` +
      `trailer\n<</Size ${objects + 1}/Root ${rootRef}/Prev ${previous}>>\n` +
      `startxref\n${xref}\n%%EOF\n`,
    'latin1',
  );
  return Buffer.concat([pdf, object, update]);
}

/** Resident memory of a process in MiB, from /proc (Linux). */
async function rssOf(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The value below which `p` of the sorted numbers fall. */
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

/** Runs `count` requests at once; each resolves with its id (or throws). */
async function concurrently(count, send) {
  const times = [];
  const started = performance.now();
  const results = await Promise.allSettled(
    Array.from({ length: count }, async (_, i) => {
      const t = performance.now();
      const id = await send(i);
      times.push(performance.now() - t);
      return id;
    }),
  );
  const wall = performance.now() - started;
  times.sort((a, b) => a - b);
  const ids = results.filter((r) => r.status === 'fulfilled').map((r) => r.value);
  const errors = results.filter((r) => r.status === 'rejected').map((r) => String(r.reason));
  return { ids, errors, wall, p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

/** Starts the demo in its own process; resolves with `{ child, base }` once it listens. */
async function startDemo(dataDir) {
  const child = spawn(process.execPath, [join(root, 'demo/server.mjs')], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let text = '';
  // Read everything it prints, to the end (a pipe nobody reads would fill, or break).
  child.stdout.setEncoding('utf8').on('data', (chunk) => (text += chunk));
  const exited = once(child, 'exit');
  while (!/http:\/\/127\.0\.0\.1:\d+\//.test(text)) {
    const printed = once(child.stdout, 'data');
    if ((await Promise.race([printed, exited.then(() => null)])) === null) {
      throw new Error(`the demo did not start:\n${text}`);
    }
  }
  return { child, base: /http:\/\/127\.0\.0\.1:\d+/.exec(text)[0] };
}

const signal = () => AbortSignal.timeout(TIMEOUT);

async function multipartUpload(base, pdf) {
  const form = new FormData();
  form.append('resume', new Blob([pdf], { type: 'application/pdf' }), 'resume.pdf');
  const res = await fetch(`${base}/api/uploads`, { method: 'POST', body: form, signal: signal() });
  if (res.status !== 201) throw new Error(`multipart: ${res.status} ${await res.text()}`);
  return (await res.json()).id;
}

async function tusUpload(base, pdf) {
  const tus = { 'Tus-Resumable': '1.0.0' };
  const metadata = `filename ${btoa('resume.pdf')},filetype ${btoa('application/pdf')}`;
  const created = await fetch(`${base}/api/uploads/tus`, {
    method: 'POST',
    headers: { ...tus, 'Upload-Length': String(pdf.length), 'Upload-Metadata': metadata },
    signal: signal(),
  });
  if (created.status !== 201) throw new Error(`tus creation: ${created.status}`);
  const url = new URL(created.headers.get('location'), base);
  const done = await fetch(url, {
    method: 'PATCH',
    headers: { ...tus, 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' },
    body: pdf,
    signal: signal(),
  });
  if (done.status !== 200) throw new Error(`tus: ${done.status} ${await done.text()}`);
  return (await done.json()).id;
}

async function accommodation(base, i) {
  const request = {
    name: `Candidate ${i}`,
    email: `candidate${i}@example.com`,
    stages: ['interviews'],
    needs: ['extra-time', 'captions'],
    details: 'A quiet room and written questions help me.',
    contactMethod: 'email',
    consent: true,
    submittedAt: new Date().toISOString(),
  };
  const res = await fetch(`${base}/api/accommodations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    signal: signal(),
  });
  if (res.status !== 201) throw new Error(`accommodation: ${res.status}`);
  return (await res.json()).id;
}

/** How many of the stored files under `dir` have the sha256 of `pdf`. */
async function matching(dir, ids, pdf) {
  const expected = sha256(pdf);
  const stored = await Promise.all(ids.map((id) => readFile(join(dir, id)).catch(() => null)));
  return stored.filter((bytes) => bytes && sha256(bytes) === expected).length;
}

/** Runs the load bench; returns false when a request failed or a stored file differs. */
export async function loadBench(n = Number(process.env.BENCH_LOAD_N ?? 50)) {
  const pdf = await bigPdf();
  const dataDir = await mkdtemp(join(tmpdir(), 'applykit-bench-'));
  const { child, base } = await startDemo(dataDir);
  let ok = true;
  try {
    await (await fetch(`${base}/`)).text(); // warm up
    const rssBefore = await rssOf(child.pid);
    console.log(
      `\nload on loopback: the demo server in its own process, ${n} concurrent requests of each kind`,
    );
    const kinds = [
      ['multipart upload (2 MB PDF)', () => multipartUpload(base, pdf), 'uploads'],
      ['tus upload (2 MB PDF)', () => tusUpload(base, pdf), 'uploads-tus'],
      ['accommodation request', (i) => accommodation(base, i), null],
    ];
    for (const [label, send, folder] of kinds) {
      const r = await concurrently(n, send);
      const perSecond = (r.ids.length / r.wall) * 1000;
      const mbps = folder
        ? `, ${((r.ids.length * pdf.length) / MB / (r.wall / 1000)).toFixed(0)} MB/s`
        : '';
      console.log(
        `  ${label.padEnd(28)} ${r.ids.length}/${n} stored in ${r.wall.toFixed(0)} ms ` +
          `(${perSecond.toFixed(0)}/s${mbps}); latency p50 ${r.p50.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms`,
      );
      if (folder) {
        const same = await matching(join(dataDir, folder), r.ids, pdf);
        console.log(
          `  ${''.padEnd(28)} sha256 of the stored file matches for ${same}/${r.ids.length}`,
        );
        ok &&= same === n;
      }
      for (const error of new Set(r.errors)) console.error(`  failed: ${error}`);
      ok &&= r.errors.length === 0;
    }
    const rssAfter = await rssOf(child.pid);
    console.log(
      `  server RSS: ${rssBefore.toFixed(0)} MiB before, ${rssAfter.toFixed(0)} MiB after`,
    );
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
    await rm(dataDir, { recursive: true, force: true });
  }
  return ok;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!(await loadBench())) process.exit(1);
}
