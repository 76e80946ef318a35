// The demo job site in a real Chromium, served by the demo server under its strict CSP and
// Trusted Types: a real file picker takes the office-suite PDF, which uploads and is stored on
// disk; an accommodation request and the application are sent and stored too — with no CSP or
// Trusted Types violation and no console error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseFile, useDemoPage, waitForLog } from '../helpers/demo-page.mjs';

const fixture = (name) => fileURLToPath(new URL(`../fixtures/resumes/${name}`, import.meta.url));
const site = useDemoPage('applykit-demo-');

const logText = (page) => page.$eval('#event-log', (l) => l.textContent);

const openDemo = () => site.open();

test('serves the job page with a strict CSP and Trusted Types', async () => {
  const { page, res, problems } = await openDemo();
  const csp = res.headers()['content-security-policy'];
  assert.match(csp, /require-trusted-types-for 'script'/);
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  const heading = await page.$eval('h1', (h) => h.textContent);
  assert.equal(heading, 'Senior Machine Learning Engineer — Personalization');
  const label = await page.$eval(
    'resume-upload',
    (el) => el.shadowRoot.querySelector('[part~=label]').textContent,
  );
  assert.equal(label, 'Upload your resume');
  assert.deepEqual(problems, []);
  await page.close();
});

test('uploads a real PDF chosen through the system file picker, then sends the application', async () => {
  const { page, problems } = await openDemo();
  await chooseFile(page, fixture('resume.pdf'));
  await waitForLog(page, 'upload-success');
  assert.match(await logText(page), /file-accept: resume\.pdf \(pdf\)/);
  const id = /resume\.pdf stored as ([0-9a-f-]{36})/.exec(await logText(page))[1];

  const stored = await readdir(join(site.demo.dataDir, 'uploads'));
  assert.ok(stored.includes(id), `${id} in ${stored}`);
  const original = await readFile(fixture('resume.pdf'));
  assert.deepEqual(await readFile(join(site.demo.dataDir, 'uploads', id)), original);
  const record = JSON.parse(
    await readFile(join(site.demo.dataDir, 'uploads', `${id}.json`), 'utf8'),
  );
  assert.equal(record.name, 'resume.pdf');
  assert.equal(record.kind, 'pdf');

  // The page has autofill on: once the resume is read, the email field is filled from it.
  // Whatever it holds, the candidate's typing replaces it.
  await waitForLog(page, 'resume-read');
  await page.click('#full-name', { clickCount: 3 });
  await page.type('#full-name', 'Ada Lovelace');
  await page.click('#email', { clickCount: 3 });
  await page.type('#email', 'ada@example.com');
  await page.click('.submit');
  await page.waitForFunction(() =>
    document.querySelector('#application-status').textContent.startsWith('Application sent'),
  );
  const [application] = await readdir(join(site.demo.dataDir, 'applications'));
  const saved = JSON.parse(
    await readFile(join(site.demo.dataDir, 'applications', application), 'utf8'),
  );
  assert.deepEqual(saved.resume, [id]);
  assert.equal(saved.fullName, 'Ada Lovelace');
  assert.deepEqual(problems, []);
  await page.close();
});

test('sends an accommodation request, stored owner-only on disk', async () => {
  const { page, problems } = await openDemo();
  await page.evaluate(() => {
    document.querySelector('accommodation-request').value = {
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      stages: ['interviews'],
      needs: ['captions', 'extra-time'],
      contactMethod: 'email',
      consent: true,
    };
  });
  await page.click('accommodation-request >>> [part~=submit-button]');
  await waitForLog(page, 'accommodation-sent');
  const [file] = await readdir(join(site.demo.dataDir, 'accommodations'));
  const path = join(site.demo.dataDir, 'accommodations', file);
  const saved = JSON.parse(await readFile(path, 'utf8'));
  assert.deepEqual(saved.needs, ['extra-time', 'captions']); // in the form's order
  assert.equal(saved.job, 'Senior Machine Learning Engineer — Personalization (REQ-2291)');
  assert.equal((await stat(path)).mode & 0o777, 0o600);
  assert.deepEqual(problems, []);
  await page.close();
});

test('does not serve files outside demo/ and dist/', async () => {
  for (const path of [
    '/package.json',
    '/src/index.ts',
    '/demo/../package.json',
    '/dist/%2e%2e/package.json',
  ]) {
    const res = await fetch(`${site.demo.base}${path}`);
    assert.equal(res.status, 404, path);
  }
});
