// Checks the built Storybook (storybook-static/, from `npm run build-storybook`) really renders:
// serves it on loopback, opens every story's iframe in headless Chromium and asserts that
//   - every state in stories/*.states.ts has a story, and the a11y addon uses the tests' axe tags;
//   - the element upgraded and rendered its shadow root, and the story's play function finished;
//   - the page threw nothing (no pageerror, no console error, no failed request);
//   - the a11y addon ran axe on the story and reported no violation.
// Usage: node scripts/stories-check.mjs [storybook-static]   (npm run test:stories builds first)
//        node scripts/stories-check.mjs --url http://127.0.0.1:6006   (a running `npm run storybook`)
import { findBrowser } from './browsers.mjs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const urlArg = process.argv.indexOf('--url');
const DEV_URL = urlArg > 0 ? process.argv[urlArg + 1].replace(/\/$/, '') : '';
const ROOT = resolve((!DEV_URL && process.argv[2]) || 'storybook-static');
const CHROMIUM = findBrowser('chromium') ?? '/usr/bin/chromium';
const TIMEOUT = 15000;

const failures = [];
const fail = (message) => failures.push(message);

// --- what the stories must cover --------------------------------------------------------------
const names = async (file) =>
  [...(await readFile(file, 'utf8')).matchAll(/^\s{2,4}\{?\s*name: '([\w-]+)'/gm)].map((m) => m[1]);
const expected = {
  'resume-upload': await names('stories/resume-upload.states.ts'),
  'accommodation-request': await names('stories/accommodation-request.states.ts'),
};
const tags = async (file) =>
  /\[('wcag2a'[^\]]*)\]/.exec(await readFile(file, 'utf8'))?.[1].replace(/\s+/g, ' ');
if ((await tags('test/helpers/axe.ts')) !== (await tags('.storybook/preview.ts'))) {
  fail('.storybook/preview.ts runs other axe tags than test/helpers/axe.ts');
}

const index = DEV_URL
  ? await (await fetch(`${DEV_URL}/index.json`)).json()
  : JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
for (const [title, states] of Object.entries(expected)) {
  // Story ids are "<title>--<export name in kebab case>"; the export names spell the state names.
  const have = stories.filter((s) => s.title === title).map((s) => s.id.slice(title.length + 2));
  for (const state of states)
    if (!have.includes(state)) fail(`${title}: no story for the state "${state}"`);
  for (const name of have)
    if (!states.includes(name)) fail(`${title}: story "${name}" has no state`);
}

// --- a static server on loopback --------------------------------------------------------------
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  const file = join(ROOT, path.endsWith('/') ? `${path}index.html` : path);
  try {
    if (!file.startsWith(ROOT) || !(await stat(file)).isFile()) throw new Error('not a file');
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  } catch {
    res.writeHead(404).end();
  }
});
if (!DEV_URL) await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = DEV_URL || `http://127.0.0.1:${server.address().port}`;

// --- every story in Chromium ------------------------------------------------------------------
const started = Date.now();
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const story of stories) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('requestfailed', (r) =>
      errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`),
    );
    page.on(
      'response',
      (r) =>
        r.status() >= 400 &&
        !r.url().endsWith('/favicon.ico') &&
        errors.push(`HTTP ${r.status()}: ${r.url()}`),
    );
    page.on(
      'console',
      (m) =>
        m.type() === 'error' &&
        !m.location()?.url?.endsWith('/favicon.ico') &&
        errors.push(`console.error: ${m.text()}`),
    );
    // Listen to the preview's channel from the start: the a11y addon's report arrives with storyFinished.
    await page.evaluateOnNewDocument(() => {
      let channel;
      Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
        configurable: true,
        get: () => channel,
        set(c) {
          channel = c;
          c.on('storyFinished', (p) => (window.__storyFinished = p));
          c.on('storyThrewException', (e) => (window.__storyError = String(e?.message ?? e)));
          c.on(
            'playFunctionThrewException',
            (e) => (window.__storyError = String(e?.message ?? e)),
          );
        },
      });
    });
    const label = story.id;
    try {
      await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__storyFinished || window.__storyError, {
        timeout: TIMEOUT,
      });
      const result = await page.evaluate((tag) => {
        const root = document.querySelector('#storybook-root [data-state]');
        const el = root?.querySelector(tag);
        const shadow = el?.shadowRoot;
        const a11y = window.__storyFinished?.reporters?.find((r) => r.type === 'a11y');
        return {
          error: window.__storyError,
          ready: root?.hasAttribute('data-ready') ?? false,
          upgraded: !!el && customElements.get(tag) === el.constructor,
          rendered:
            tag === 'resume-upload'
              ? !!shadow?.querySelector('[part~=browse-button]')
              : !!shadow?.querySelector('[part~=form], [part~=confirmation]'),
          status: window.__storyFinished?.status,
          a11y: a11y && {
            status: a11y.status,
            error: a11y.result?.error && String(a11y.result.error.message ?? a11y.result.error),
            violations: (a11y.result?.violations ?? []).map(
              (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
            ),
          },
        };
      }, story.title);
      const problems = [...errors];
      if (result.error) problems.push(`story threw: ${result.error}`);
      if (!result.ready) problems.push('play function did not finish');
      if (!result.upgraded) problems.push(`<${story.title}> not upgraded`);
      if (!result.rendered) problems.push('shadow root did not render');
      if (!result.a11y) problems.push('no a11y report (the addon did not run)');
      else if (result.a11y.status !== 'passed') {
        problems.push(
          `a11y ${result.a11y.status}: ${result.a11y.error ?? result.a11y.violations.join('; ')}`,
        );
      }
      if (problems.length) fail(`${label}: ${problems.join(' | ')}`);
      else console.log(`ok  ${label} (axe: no violations)`);
    } catch (e) {
      fail(`${label}: ${e.message} ${errors.join(' | ')}`);
    } finally {
      await page.close();
    }
  }
} finally {
  await browser.close();
  if (!DEV_URL) server.close();
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
for (const f of failures) console.error(`FAIL ${f}`);
console.log(
  `stories-check: ${stories.length} stories, ${failures.length} problem(s) (${seconds} s in Chromium)`,
);
process.exitCode = failures.length ? 1 : 0;
