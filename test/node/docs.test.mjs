// The guides in docs/: every code block is run by a test or marked skip with a reason; the
// TypeScript (and TSX) examples type-check with the project's tsc against the built package, then
// run, bundled by esbuild, in headless Chromium (the elements upgrade, take a PDF or a request,
// throw nothing, pass axe); the CSP header is the demo server's; every --applykit-* property and
// ::part() named exists in custom-elements.json. The HTML, JavaScript and CSS examples run in
// both browsers in test/docs/*.test.ts. Run after the build (npm test builds first).
import { findBrowser } from '../../scripts/browsers.mjs';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const GUIDES = ['careers-page.md', 'design-system.md', 'auditors.md'];
const CHROMIUM = findBrowser('chromium') ?? '/usr/bin/chromium';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** A TypeScript module of the tests, bundled by esbuild (Node 20 does not run TypeScript). */
async function bundle(entry, options = {}) {
  const out = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    format: 'esm',
    ...options,
  });
  return out.outputFiles[0].text;
}
const guideModule = await bundle('test/docs/guide.ts', { platform: 'neutral' });
const { parseGuide, BROWSER_LANGS, NODE_LANGS } = await import(
  `data:text/javascript,${encodeURIComponent(guideModule)}`
);

const guides = GUIDES.map((name) => ({
  name,
  blocks: parseGuide(readFileSync(join(root, 'docs', name), 'utf8')),
}));
const where = (guide, block) => `docs/${guide.name}:${block.line}`;
const tsBlocks = guides.flatMap((g) =>
  g.blocks
    .filter((b) => !b.skip && (b.lang === 'ts' || b.lang === 'tsx'))
    .map((b) => ({ guide: g, block: b })),
);

describe('docs/ guides', () => {
  test('every block is run by a test, or marked <!-- docs-test: skip (reason) -->', () => {
    for (const guide of guides) {
      assert.ok(
        guide.blocks.some((b) => !b.skip),
        `docs/${guide.name} has no runnable example`,
      );
      for (const block of guide.blocks) {
        if (block.skip) continue;
        assert.ok(
          [...BROWSER_LANGS, ...NODE_LANGS].includes(block.lang),
          `${where(guide, block)}: no test runs \`\`\`${block.lang} blocks; mark it skip with a reason`,
        );
      }
    }
  });

  test('names only custom properties and parts that custom-elements.json lists', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
    const declared = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.customElement);
    const properties = new Set(declared.flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
    const parts = new Set(declared.flatMap((d) => (d.cssParts ?? []).map((p) => p.name)));
    let seen = 0;
    for (const guide of guides) {
      for (const block of guide.blocks) {
        for (const [name] of block.code.matchAll(/--applykit-[\w-]+/g)) {
          seen++;
          assert.ok(
            properties.has(name),
            `${where(guide, block)}: ${name} is not a documented custom property`,
          );
        }
        for (const [, name] of block.code.matchAll(/::part\(([\w-]+)\)/g)) {
          seen++;
          assert.ok(
            parts.has(name),
            `${where(guide, block)}: ::part(${name}) is not a documented part`,
          );
        }
      }
    }
    assert.ok(seen > 5, 'the guides theme the elements');
  });

  test('the Content-Security-Policy in the guides is the one the demo is served (and tested) with', async () => {
    const { CSP } = await import(join(root, 'demo/server.mjs'));
    const headers = guides.flatMap((g) =>
      g.blocks.filter((b) => b.lang === 'http' && !b.skip).map((b) => ({ g, b })),
    );
    assert.ok(headers.length > 0, 'a guide shows the CSP header');
    for (const { g, b } of headers) {
      const m = /^Content-Security-Policy:\s*(.+)$/m.exec(b.code);
      assert.ok(m, `${where(g, b)}: an http block shows a Content-Security-Policy header`);
      assert.equal(m[1].trim(), CSP, `${where(g, b)}: differs from demo/server.mjs`);
    }
  });

  describe('TypeScript examples', () => {
    let dir;
    const files = new Map();
    before(() => {
      assert.ok(
        existsSync(join(root, 'dist/index.d.ts')),
        'dist/ is missing: run npm run build first',
      );
      mkdirSync(join(root, '.scratch'), { recursive: true });
      dir = mkdtempSync(join(root, '.scratch', 'docs-ts-'));
      for (const { guide, block } of tsBlocks) {
        const file = `${guide.name.replace('.md', '')}-${block.line}.${block.lang}`;
        // `export {}` makes every block a module of its own (no clashes between blocks' names).
        writeFileSync(join(dir, file), `${block.code}\nexport {};\n`);
        files.set(file, { guide, block });
      }
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          extends: '../../tsconfig.json',
          compilerOptions: { types: [], jsx: 'react-jsx' },
          include: ['*.ts', '*.tsx'],
        }),
      );
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    test('there are some', () => assert.ok(tsBlocks.length >= 3));

    test('type-check with tsc against the built package (imported as "applykit")', () => {
      try {
        execFileSync(
          process.execPath,
          [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')],
          {
            encoding: 'utf8',
          },
        );
      } catch (e) {
        // Point each error at the guide's line: "docs-ts-x/design-system-52.ts(3,7): …"
        const text = String(e.stdout || e.message).replace(
          /[\w./-]*?([\w-]+-(\d+))\.(tsx?)\((\d+),(\d+)\)/g,
          (s, base, line, lang, row) => {
            const hit = files.get(`${base}.${lang}`);
            return hit ? `docs/${hit.guide.name}:${Number(line) + Number(row)}` : s;
          },
        );
        assert.fail(`the TypeScript examples do not type-check:\n${text}`);
      }
    });

    describe('run in Chromium', () => {
      let browser;
      let server;
      let base;
      let exerciseScript;
      let script = '';
      before(async () => {
        exerciseScript = await bundle('test/docs/exercise.ts', {
          format: 'iife',
          globalName: 'docsExercise',
        });
        server = createServer((req, res) => {
          if (req.method === 'POST') {
            req.resume();
            req.on('end', () =>
              res.writeHead(201, { 'Content-Type': 'application/json' }).end('{"id":"REQ-1"}'),
            );
          } else if (req.url === '/example.js') {
            res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
          } else if (req.url === '/') {
            // A host page with both elements on it and a React root, as the examples expect.
            res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>docs example</title></head>
<body><main><h1>Apply</h1>
<resume-upload name="resume"></resume-upload>
<accommodation-request company="Acme"></accommodation-request>
<div id="root"></div></main>
<script type="module" src="/example.js"></script></body></html>`);
          } else res.writeHead(404).end();
        });
        await new Promise((r) => server.listen(0, '127.0.0.1', r));
        base = `http://127.0.0.1:${server.address().port}`;
        browser = await puppeteer.launch({
          executablePath: CHROMIUM,
          headless: true,
          args: ['--no-sandbox', '--disable-gpu'],
        });
      });
      after(async () => {
        await browser?.close();
        server?.close();
      });

      for (const { guide, block } of tsBlocks) {
        test(`${where(guide, block)} (\`\`\`${block.lang})`, async () => {
          const file = `${guide.name.replace('.md', '')}-${block.line}.${block.lang}`;
          const out = await build({
            stdin: {
              contents: `import './${file}';\nwindow.__docsDone = true;\n`,
              resolveDir: dir,
              loader: 'ts',
            },
            bundle: true,
            write: false,
            format: 'esm',
            platform: 'browser',
            target: 'es2022',
            jsx: 'automatic',
            define: { 'process.env.NODE_ENV': '"production"' },
            // The example sits inside this package, whose "sideEffects" lists only dist/ files:
            // without this, esbuild would drop `import './example.ts'` as unused.
            plugins: [
              {
                name: 'example-has-side-effects',
                setup: (b) =>
                  b.onResolve({ filter: /^\.\/[\w.-]+\.tsx?$/ }, (a) => ({
                    path: join(a.resolveDir, a.path),
                    sideEffects: true,
                  })),
              },
            ],
            logLevel: 'silent',
          });
          script = out.outputFiles[0].text;
          const page = await browser.newPage();
          const errors = [];
          page.on('pageerror', (e) => errors.push(e.message));
          page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
          try {
            await page.goto(`${base}/`);
            await page
              .waitForFunction(() => window.__docsDone, { timeout: 5000 })
              .catch((e) => {
                throw new Error(
                  `the example did not finish (${e.message}); page errors: ${errors.join(' | ') || 'none'}`,
                );
              });
            await page.addScriptTag({ content: exerciseScript });
            await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
            await page.evaluate(() => window.docsExercise.exercise(document.body));
            const violations = await page.evaluate(
              (tags) =>
                window.axe
                  .run(document.body, { runOnly: { type: 'tag', values: tags } })
                  .then((r) => r.violations.map((v) => `${v.id}: ${v.help}`)),
              AXE_TAGS,
            );
            assert.deepEqual(violations, [], 'axe violations');
            assert.deepEqual(errors, [], 'errors in the page');
          } finally {
            await page.close();
          }
        });
      }
    });
  });
});
