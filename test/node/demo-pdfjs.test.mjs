// pdf.js on the demo job page, under its strict CSP and Trusted Types, in a real Chromium: a PDF
// that needs a password is refused as `protected` and one with an owner password only is
// accepted and uploaded. pdf.js is fetched as a lazy chunk, runs without eval or a Worker, and
// causes no CSP or Trusted Types violation and no console error. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseFile, useDemoPage, waitForLog } from '../helpers/demo-page.mjs';

const fixture = (path) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
const site = useDemoPage('applykit-demo-pdfjs-');

/** Opens the job page, collecting console errors, page errors and CSP violations. */
async function openDemo() {
  const scripts = [];
  const { page, problems } = await site.open((page) =>
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url())),
  );
  return { page, problems, scripts };
}

test('refuses a PDF that needs a password, with pdf.js loaded under the strict CSP', async () => {
  const { page, problems, scripts } = await openDemo();
  assert.ok(!scripts.some((url) => url.includes('pdfjs')), 'pdf.js is not loaded up front');
  await chooseFile(page, fixture('encrypted/user-password.pdf'));
  await waitForLog(page, 'file-reject: protected', 20_000);
  assert.ok(
    scripts.some((url) => url.includes('pdfjs')),
    'pdf.js was loaded for it',
  );
  assert.deepEqual(await readdir(join(site.demo.dataDir, 'uploads')).catch(() => []), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('accepts and uploads a PDF with an owner password only', async () => {
  const { page, problems } = await openDemo();
  await chooseFile(page, fixture('encrypted/owner-password.pdf'));
  await waitForLog(page, 'upload-success', 20_000);
  const warning = await page.evaluate(
    () =>
      document.querySelector('resume-upload').shadowRoot.querySelector('[part~=warning]')
        ?.textContent,
  );
  assert.match(warning, /limits copying or printing/);
  assert.deepEqual(problems, []);
  await page.close();
});
