// The demo page in a real Chromium, served by the demo server under its strict CSP and
// Trusted Types: the element renders, a real file picker takes the office-suite PDF, and the
// page logs the event — with no CSP or Trusted Types violation and no console error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createDemoServer } from '../../demo/server.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const fixture = (name) => fileURLToPath(new URL(`../fixtures/resumes/${name}`, import.meta.url));
let server;
let browser;
let base;

before(async () => {
  server = createDemoServer();
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
});

async function openDemo() {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const res = await page.goto(`${base}/`, { waitUntil: 'networkidle0' });
  return { page, res, problems };
}

test('serves the job page with a strict CSP and Trusted Types', async () => {
  const { page, res, problems } = await openDemo();
  const csp = res.headers()['content-security-policy'];
  assert.match(csp, /require-trusted-types-for 'script'/);
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  const heading = await page.$eval('h1', (h) => h.textContent);
  assert.equal(heading, 'Senior Machine Learning Engineer — Personalization');
  const label = await page.$eval('resume-upload', (el) => el.shadowRoot.querySelector('[part~=label]').textContent);
  assert.equal(label, 'Upload your resume');
  assert.deepEqual(problems, []);
  await page.close();
});

test('takes a real PDF through the system file picker and logs file-accept', async () => {
  const { page, problems } = await openDemo();
  const [chooser] = await Promise.all([
    page.waitForFileChooser(),
    page.evaluate(() => document.querySelector('resume-upload').shadowRoot.querySelector('[part~=browse-button]').click()),
  ]);
  await chooser.accept([fixture('resume.pdf')]);
  await page.waitForFunction(() => document.querySelector('#event-log').textContent.includes('file-accept'));
  const log = await page.$eval('#event-log', (l) => l.textContent);
  assert.match(log, /file-accept: resume\.pdf \(pdf\)/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('does not serve files outside demo/ and dist/', async () => {
  for (const path of ['/package.json', '/src/index.ts', '/demo/../package.json', '/dist/%2e%2e/package.json']) {
    const res = await fetch(`${base}${path}`);
    assert.equal(res.status, 404, path);
  }
});
