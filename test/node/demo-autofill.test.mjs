// The demo job page's autofill in a real Chromium, under the demo server's strict CSP and
// Trusted Types: a PDF resume chosen through the system file picker is read on the page (pdf.js
// with no eval and no worker URL), the empty fields are filled, the notice is shown with Undo,
// and nothing leaves the page but the upload itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createDemoServer } from '../../demo/server.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const labelled = (name) =>
  fileURLToPath(new URL(`../fixtures/labelled/pdf/${name}`, import.meta.url));
let server;
let browser;
let base;
let dataDir;

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'applykit-demo-autofill-'));
  server = createDemoServer({ dataDir });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-component-update'],
  });
});
after(async () => {
  await browser?.close();
  server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

test('fills the application from a PDF resume under the strict CSP, with Undo', async () => {
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => requests.push(`${r.method()} ${r.url().replace(base, '')}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const res = await page.goto(`${base}/`, { waitUntil: 'networkidle0' });
  assert.match(res.headers()['content-security-policy'], /require-trusted-types-for 'script'/);

  const [chooser] = await Promise.all([
    page.waitForFileChooser(),
    page.click('resume-upload >>> [part~=browse-button]'),
  ]);
  await chooser.accept([labelled('r01-classic.pdf')]);
  await page.waitForSelector('resume-upload >>> [part~=autofill]', { timeout: 20_000 });

  const values = await page.$$eval('#full-name, #email, #phone', (els) => els.map((e) => e.value));
  assert.deepEqual(values, ['Sean Murphy', 'sean.murphy@example.com', '(617) 555-0142']);
  const notice = await page.$eval('resume-upload >>> [part~=autofill]', (n) => n.textContent);
  assert.match(notice, /Filled in your name, email, and phone from r01-classic\.pdf/);
  const log = await page.$eval('#event-log', (l) => l.textContent);
  assert.match(log, /resume-read: r01-classic\.pdf: found name, email, phone, location, links/);
  assert.doesNotMatch(log, /sean\.murphy/, 'the page log names what was found, not the values');

  await page.click('resume-upload >>> [part~=undo-button]');
  await page.waitForFunction(() => document.querySelector('#full-name').value === '');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'full-name');

  // What the page fetched: the page, its own scripts and chunks, and the upload. No resume text
  // anywhere, and nothing from another origin.
  const others = requests.filter((r) => !/^GET \/(demo\/|dist\/|$)/.test(r));
  assert.deepEqual(others, ['POST /api/uploads']);
  assert.deepEqual(problems, []);
  await page.close();
});
