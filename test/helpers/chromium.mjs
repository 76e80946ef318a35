// Headless Chromium for the Node tests that drive a page (puppeteer-core with the system's
// browser, found as the rest of the suite finds it), and the page's own complaints: console
// errors, uncaught errors and CSP or Trusted Types violations. Node tests only.
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../../scripts/browsers.mjs';

/** Launches headless Chromium (CHROMIUM_PATH, else the usual places; root needs --no-sandbox). */
export function launchChromium() {
  return puppeteer.launch({
    executablePath: findBrowser('chromium') ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-component-update'],
  });
}

/**
 * Collects what `page` complains about from now on: console errors, uncaught errors, and each
 * CSP or Trusted Types violation (as a console error). Call before `page.goto`.
 */
export async function watchProblems(page) {
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return problems;
}
