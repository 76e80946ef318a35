// Web Test Runner additions for the accessibility evidence (issue #11), kept out of the config:
// - evidencePlugin(): commands that reach Chromium's DevTools protocol (forced-colours emulation,
//   the accessibility tree) and write reviewed transcripts under docs/a11y-transcripts/;
// - resultsReporter(): writes every test's outcome per browser to test-results/wtr.json, which
//   scripts/acr.mjs and test/report/acr.test.mjs read.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sessions = new WeakMap();

/** One DevTools session per page; Firefox (WebDriver BiDi) has none. */
async function cdp(session) {
  const page = session.browser.getPage(session.id);
  if (!sessions.has(page)) sessions.set(page, page.createCDPSession());
  return sessions.get(page);
}

/** The accessibility tree as plain objects: role, name, description, states, children. */
async function axTree(client) {
  const { nodes } = await client.send('Accessibility.getFullAXTree');
  return nodes.map((n) => ({
    id: n.nodeId,
    parent: n.parentId,
    children: n.childIds ?? [],
    ignored: n.ignored,
    role: n.role?.value ?? '',
    name: n.name?.value ?? '',
    description: n.description?.value ?? '',
    value: n.value?.value,
    properties: Object.fromEntries((n.properties ?? []).map((p) => [p.name, p.value?.value])),
  }));
}

export function evidencePlugin() {
  return {
    name: 'applykit-evidence',
    async executeCommand({ command, payload, session }) {
      if (command === 'forced-colors') {
        const client = await cdp(session);
        await client.send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
        });
        return true;
      }
      if (command === 'ax-tree') return axTree(await cdp(session));
      if (command === 'screenshot') {
        // A PNG of a rectangle of the viewport (CSS px), base64: the test decodes it in the page.
        const client = await cdp(session);
        const { data } = await client.send('Page.captureScreenshot', {
          format: 'png',
          clip: { ...payload, scale: 1 },
        });
        return data;
      }
      if (command === 'transcript') {
        const file = join(root, 'docs', 'a11y-transcripts', `${payload.name}.txt`);
        if (process.env.UPDATE_TRANSCRIPTS) {
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, payload.text);
          return payload.text;
        }
        try {
          return readFileSync(file, 'utf8');
        } catch {
          return null;
        }
      }
      return undefined;
    },
  };
}

/** Writes test-results/wtr.json: for each test file and browser, every test's full title and outcome. */
export function resultsReporter({ file = join(root, 'test-results', 'wtr.json') } = {}) {
  return {
    stop({ sessions: all }) {
      const results = [];
      const walk = (suite, path, out) => {
        for (const t of suite.tests)
          out.push({
            title: [...path, t.name].join(' › '),
            status: t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed',
          });
        for (const s of suite.suites) walk(s, [...path, s.name], out);
      };
      for (const s of all) {
        const tests = [];
        if (s.testResults) walk(s.testResults, [], tests);
        results.push({
          file: s.testFile.replace(root, '').replace(/^\//, ''),
          browser: /chrom/i.test(s.browser.name) ? 'Chromium' : s.browser.name,
          loaded: !s.errors?.length,
          tests,
        });
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(
        file,
        `${JSON.stringify({ date: new Date().toISOString(), results }, null, 1)}\n`,
      );
    },
  };
}
