// The content check in Node, over the same built documents the browser tests judge
// (test/helpers/check-cases.ts, bundled here with esbuild) and the qpdf-made encrypted PDFs:
// inspectDocument from applykit/server and checkFiles from core reach the same verdicts.
// Run after `npm run build`.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { inspectDocument } from '../../dist/server/index.js';
import { checkFiles } from '../../dist/core/file-check.js';
import { DEFAULT_ACCEPT, parseAccept } from '../../dist/core/accept.js';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const bundled = await build({
  entryPoints: [here('../helpers/check-cases.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'silent',
});
const { CHECK_CASES, FIXTURE_CASES } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);
const fixtures = await Promise.all(
  FIXTURE_CASES.map(async (c) => ({
    ...c,
    bytes: () => readFile(here(`../fixtures/${c.fixture}`)).then((b) => new Uint8Array(b)),
  })),
);
const cases = [...CHECK_CASES, ...fixtures];
const rules = { accept: parseAccept(DEFAULT_ACCEPT), maxSize: 10 * 1024 * 1024 };
const expected = (c) =>
  c.reason ? `refused: ${c.reason}` : `accepted: ${(c.warnings ?? []).join(' ') || 'no warning'}`;

describe('inspectDocument', () => {
  for (const c of cases) {
    test(`${c.label} as .${c.kind} is ${expected(c)}`, async () => {
      const result = await inspectDocument(await c.bytes(), `resume.${c.kind}`);
      assert.equal(result.kind, c.kind);
      assert.equal(result.reason, c.reason);
      assert.deepEqual(
        result.warnings.map((w) => w.code),
        c.warnings ?? [],
      );
      if (c.reason) assert.match(result.message, /^resume\./);
      for (const w of result.warnings) assert.match(w.message, /^resume\.\w+ .+\. .+\.$/);
    });
  }

  test('reads a Blob as well as bytes', async () => {
    const bytes = await readFile(here('../fixtures/resumes/resume.docx'));
    assert.deepEqual(await inspectDocument(new Blob([bytes]), 'cv.docx'), {
      kind: 'docx',
      warnings: [],
    });
  });

  test('refuses a name outside the five kinds with reason type', async () => {
    const result = await inspectDocument(new Uint8Array([1, 2, 3]), 'cv.odt');
    assert.equal(result.reason, 'type');
    assert.equal(
      result.message,
      'cv.odt is not an accepted file type. Choose a PDF, DOCX, DOC, RTF, or TXT file.',
    );
  });
});

describe('checkFiles in Node', () => {
  for (const c of cases) {
    test(`${c.label} as .${c.kind} is ${expected(c)}`, async () => {
      const file = new File([await c.bytes()], `resume.${c.kind}`);
      const { accepted, rejected } = await checkFiles([file], rules, 1);
      assert.equal(rejected[0]?.reason, c.reason);
      if (c.format) assert.equal(rejected[0].format, c.format);
      if (!c.reason)
        assert.deepEqual(
          accepted[0].warnings.map((w) => w.code),
          c.warnings ?? [],
        );
    });
  }
});
