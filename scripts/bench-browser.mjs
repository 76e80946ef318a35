// The browser half of `npm run bench` (see bench.mjs): upload throughput of <resume-upload>
// against a bare fetch of the same Blob, over loopback in headless Chromium, with the built
// bundle. The element must reach at least 90% of fetch's throughput. Also reports how long
// checking a file takes, which must not grow with the file's size.
import { findBrowser } from './browsers.mjs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const MB = 1024 * 1024;
const SIZE = Number(process.env.BENCH_MB ?? 100) * MB;
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const root = fileURLToPath(new URL('..', import.meta.url));

// A sink: reads every byte of a POST and answers 201 with an id, like an upload endpoint.
const server = createServer(async (req, res) => {
  if (req.method === 'POST') {
    let bytes = 0;
    for await (const chunk of req) bytes += chunk.length;
    res.writeHead(201, { 'Content-Type': 'application/json' });
    return res.end(JSON.stringify({ id: `bench-${bytes}` }));
  }
  const path = req.url === '/' ? '/bench.html' : req.url;
  if (path === '/bench.html') {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    return res.end(
      '<!doctype html><html lang="en"><title>bench</title><script type="module" src="/dist/applykit.bundle.js"></script><body></body>',
    );
  }
  try {
    const body = await readFile(join(root, path.replace(/^\/+/, '').replace(/\.\./g, '')));
    res.writeHead(200, {
      'Content-Type': extname(path) === '.js' ? 'text/javascript' : 'application/octet-stream',
    });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: findBrowser('chromium') ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-component-update'],
});
const page = await browser.newPage();
await page.goto(`${base}/`);
await page.waitForFunction(() => customElements.get('resume-upload'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const result = await page.evaluate(
  async (size, runs) => {
    const head = new TextEncoder().encode('%PDF-1.7\n');
    const bytes = new Uint8Array(size);
    bytes.set(head);
    const file = new File([bytes], 'big-resume.pdf', { type: 'application/pdf' });
    const fetchMs = [];
    const elementMs = [];
    const checkMs = [];
    const viaFetch = async () => {
      const t = performance.now();
      const res = await fetch('/upload', { method: 'POST', body: file });
      await res.text();
      return performance.now() - t;
    };
    const viaElement = async () => {
      const el = document.createElement('resume-upload');
      el.setAttribute('endpoint', '/upload');
      el.setAttribute('max-size', String(size * 2));
      document.body.append(el);
      await el.updateComplete;
      const dt = new DataTransfer();
      dt.items.add(file);
      const dropped = performance.now();
      const started = new Promise((r) =>
        el.addEventListener('upload-start', () => r(performance.now()), { once: true }),
      );
      const done = new Promise((r) =>
        el.addEventListener('upload-success', () => r(performance.now()), { once: true }),
      );
      el.shadowRoot
        .querySelector('[part~=dropzone]')
        .dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
      const t = await started;
      const end = await done;
      el.remove();
      return [end - t, t - dropped];
    };
    // One unmeasured round warms up the connection and loads the upload chunk; then the two
    // take turns going first, so neither always meets a cold or a busy moment.
    await viaFetch();
    await viaElement();
    for (let i = 0; i < runs; i++) {
      const order = i % 2 ? [viaElement, viaFetch] : [viaFetch, viaElement];
      for (const run of order) {
        const r = await run();
        if (Array.isArray(r)) {
          elementMs.push(r[0]);
          checkMs.push(r[1]);
        } else fetchMs.push(r);
      }
    }
    return { fetchMs, elementMs, checkMs };
  },
  SIZE,
  RUNS,
);
await browser.close();
server.close();

const fetchMs = median(result.fetchMs);
const elementMs = median(result.elementMs);
const mbps = (ms) => (SIZE / MB / (ms / 1000)).toFixed(0);
const ratio = fetchMs / elementMs;
console.log(`upload of ${SIZE / MB} MB over loopback, median of ${RUNS} runs:`);
console.log(`  bare fetch(Blob):        ${fetchMs.toFixed(0)} ms  (${mbps(fetchMs)} MB/s)`);
console.log(`  <resume-upload> upload:  ${elementMs.toFixed(0)} ms  (${mbps(elementMs)} MB/s)`);
console.log(
  `  checking the file first: ${median(result.checkMs).toFixed(1)} ms (reads only its head)`,
);
console.log(`  element / fetch throughput: ${(ratio * 100).toFixed(0)}% (budget: at least 90%)`);
if (ratio < 0.9) {
  console.error('bench: upload throughput is below 90% of a bare fetch');
  process.exit(1);
}
