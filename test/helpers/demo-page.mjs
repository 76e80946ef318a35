// The demo job page in headless Chromium, for the Node tests that drive it: the demo server and
// the browser start before a file's tests and stop after them; each test opens its own tab.
import { after, before } from 'node:test';
import { launchChromium, watchProblems } from './chromium.mjs';
import { serveDemo } from './demo-server.mjs';

/**
 * Runs the demo (data in a temp folder named `prefix…`, see serveDemo) and Chromium for the
 * calling file's tests. Returns `{ demo, browser, open }`; `demo` and `browser` are set once the
 * tests run. `open(watch)` loads the job page in a new tab, `watch(page)` first adding any
 * listeners of the test's own, and resolves with `{ page, res, problems }` (see watchProblems).
 */
export function useDemoPage(prefix) {
  const site = {
    async open(watch = () => undefined) {
      const page = await site.browser.newPage();
      const problems = await watchProblems(page);
      watch(page);
      const res = await page.goto(`${site.demo.base}/`, { waitUntil: 'networkidle0' });
      return { page, res, problems };
    },
  };
  before(async () => {
    site.demo = await serveDemo(prefix);
    site.browser = await launchChromium();
  });
  after(async () => {
    await site.browser?.close();
    await site.demo?.stop();
  });
  return site;
}

/** Chooses `path` through the system file picker of the page's <resume-upload>. */
export async function chooseFile(page, path) {
  const [chooser] = await Promise.all([
    page.waitForFileChooser(),
    page.evaluate(() =>
      document
        .querySelector('resume-upload')
        .shadowRoot.querySelector('[part~=browse-button]')
        .click(),
    ),
  ]);
  await chooser.accept([path]);
}

/** Resolves once the page's event log shows `text` (`ms` at most). */
export const waitForLog = (page, text, ms = 10_000) =>
  page.waitForFunction(
    (t) => document.querySelector('#event-log').textContent.includes(t),
    { timeout: ms },
    text,
  );
