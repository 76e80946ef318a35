// The demo job page's autofill in a real Chromium, under the demo server's strict CSP and
// Trusted Types: a PDF resume chosen through the system file picker is read on the page (pdf.js
// with no eval and no worker URL), the empty fields are filled, the notice is shown with Undo,
// and nothing leaves the page but the upload itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { useDemoPage } from '../helpers/demo-page.mjs';

const labelled = (name) =>
  fileURLToPath(new URL(`../fixtures/labelled/pdf/${name}`, import.meta.url));
const site = useDemoPage('applykit-demo-autofill-');

test('fills the application from a PDF resume under the strict CSP, with Undo', async () => {
  const requests = [];
  const { page, res, problems } = await site.open((page) =>
    page.on('request', (r) =>
      requests.push(`${r.method()} ${r.url().replace(site.demo.base, '')}`),
    ),
  );
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
