// `npm run bench`, third part: how long reading a two-page resume takes, per kind, with the
// median and 95th percentile of BENCH_READ_RUNS runs after one warm-up run (which also loads the
// chunks). In Chromium it is timed through the element, as a candidate meets it: from
// `file-accept` to `resume-read` on <resume-upload autofill> with the built bundle; in Node,
// readResume() from dist/read/. The goal: under 300 ms for a PDF in the browser.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findBrowser } from './browsers.mjs';

export const KINDS = ['pdf', 'docx', 'doc', 'rtf', 'txt'];
/** The two-page resume of the labelled set. */
export const TWO_PAGES = 'r56-long';
export const GOAL_MS = 300;

const sorted = (xs) => [...xs].sort((a, b) => a - b);
export const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
export const p95 = (xs) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

/** Reading times in the page (which has loaded dist/applykit.bundle.js), per kind. */
export async function browserTimes(page, runs) {
  return page.evaluate(
    async (kinds, id, runs) => {
      const times = {};
      for (const kind of kinds) {
        const blob = await (await fetch(`/test/fixtures/labelled/${kind}/${id}.${kind}`)).blob();
        const el = document.createElement('resume-upload');
        el.autofill = true;
        document.body.append(el);
        await el.updateComplete;
        const once = async () => {
          const file = new File([blob], `${id}.${kind}`);
          const accepted = new Promise((r) =>
            el.addEventListener('file-accept', () => r(performance.now()), { once: true }),
          );
          const read = new Promise((r) =>
            el.addEventListener('resume-read', () => r(performance.now()), { once: true }),
          );
          const dt = new DataTransfer();
          dt.items.add(file);
          el.shadowRoot
            .querySelector('[part~=dropzone]')
            .dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
          const [start, end] = await Promise.all([accepted, read]);
          return end - start;
        };
        // The first run loads the reader chunk (and, for a PDF, pdf.js) from the server.
        times[`${kind}-first`] = [await once()];
        times[kind] = [];
        for (let i = 0; i < runs; i++) times[kind].push(await once());
        el.remove();
      }
      return times;
    },
    KINDS,
    TWO_PAGES,
    runs,
  );
}

/** Reading times of readResume() in this Node process, per kind. */
export async function nodeTimes(runs) {
  const { readResume } = await import('../dist/read/index.js');
  const times = {};
  for (const kind of KINDS) {
    const bytes = await readFile(
      new URL(`../test/fixtures/labelled/${kind}/${TWO_PAGES}.${kind}`, import.meta.url),
    );
    const file = new File([bytes], `${TWO_PAGES}.${kind}`);
    await readResume(file);
    times[kind] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await readResume(file);
      times[kind].push(performance.now() - t);
    }
  }
  return times;
}

/** The report's lines; `ok` is false when a PDF takes the browser 300 ms or more. */
export function report(browser, node) {
  const ms = (x) => `${x.toFixed(0)} ms`.padStart(7);
  const lines = [
    `reading a two-page resume (${TWO_PAGES}), median / p95:`,
    '  kind   Chromium            Node',
  ];
  for (const kind of KINDS) {
    lines.push(
      `  ${kind.padEnd(5)}  ${ms(median(browser[kind]))} / ${ms(p95(browser[kind]))}   ${ms(median(node[kind]))} / ${ms(p95(node[kind]))}`,
    );
  }
  lines.push(
    `  first read in the page, with its chunks loading over loopback: ${KINDS.map((k) => `${k} ${browser[`${k}-first`][0].toFixed(0)} ms`).join(', ')}`,
  );
  const pdf = median(browser.pdf);
  const ok = pdf < GOAL_MS;
  lines.push(
    `  PDF in the browser: ${pdf.toFixed(0)} ms median (goal: under ${GOAL_MS} ms)${ok ? '' : ' — OVER'}`,
  );
  return { lines, ok };
}

const RUNS = Number(process.env.BENCH_READ_RUNS ?? 21);
const root = fileURLToPath(new URL('..', import.meta.url));

/** Serves the built bundle and the labelled set on loopback; times the reading in Chromium and
 * Node; prints the report. Resolves to false when the PDF goal is missed. */
export async function readBench() {
  const server = createServer(async (req, res) => {
    if (req.url === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.end(
        '<!doctype html><html lang="en"><title>bench</title><script type="module" src="/dist/applykit.bundle.js"></script><body></body>',
      );
    }
    try {
      const body = await readFile(join(root, req.url.replace(/^\/+/, '').replace(/\.\./g, '')));
      const type = extname(req.url) === '.js' ? 'text/javascript' : 'application/octet-stream';
      res.writeHead(200, { 'Content-Type': type });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({
    executablePath: findBrowser('chromium') ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => customElements.get('resume-upload'));
    const { lines, ok } = report(await browserTimes(page, RUNS), await nodeTimes(RUNS));
    for (const line of lines) console.log(line);
    return ok;
  } finally {
    await browser.close();
    server.close();
  }
}
