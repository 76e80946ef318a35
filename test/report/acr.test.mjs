// The conformance report against this very run: `npm test` runs this file last, after the Node
// and browser tests have written test-results/. Every "Supports" (or "Partially Supports") in
// docs/acr-criteria.json must name tests that exist and passed, in both browsers where they run;
// docs/acr.md must be what `npm run acr` makes of the map; docs/auditors.md must point to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  TERMS,
  WCAG,
  loadCriteria,
  loadResults,
  problems,
  refProblem,
  render,
} from '../../scripts/acr.mjs';

const map = loadCriteria();
const results = loadResults();
const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('the last run left its results (run after npm test’s Node and browser tests)', () => {
  assert.ok(results.ran.size > 0, 'test-results/wtr.json is missing or empty');
  assert.ok(
    [...results.tests.keys()].some((k) => k.startsWith('test/node/')),
    'test-results/node.json is missing or empty',
  );
});

test('lists every WCAG 2.2 A and AA criterion once, with a VPAT conformance level', () => {
  assert.deepEqual(Object.keys(map.criteria).sort(), WCAG.map((c) => c.id).sort());
  for (const [id, c] of Object.entries(map.criteria)) {
    assert.ok(
      c.conformance in TERMS && c.conformance !== 'Not Evaluated',
      `${id}: ${c.conformance}`,
    );
    assert.ok(c.remarks.trim(), `${id}: remarks`);
  }
});

test('every "Supports" names tests that exist and passed in this run', () => {
  const claims = Object.entries(map.criteria).filter(([, c]) =>
    ['Supports', 'Partially Supports'].includes(c.conformance),
  );
  assert.ok(claims.length > 30);
  for (const [id, c] of claims) {
    assert.ok(c.tests.length > 0, `${id} claims "${c.conformance}" but names no test`);
    for (const ref of c.tests) assert.equal(refProblem(ref, results), '', `${id}`);
  }
  assert.deepEqual(problems(map, results), []);
});

test('a reference to a test that failed, or does not exist, is refused', () => {
  const fake = {
    tests: new Map([
      ['test/x.test.ts › ok', { passed: ['Chromium', 'Firefox'], failed: [], skipped: [] }],
      ['test/x.test.ts › broken', { passed: ['Chromium'], failed: ['Firefox'], skipped: [] }],
    ]),
    ran: new Map([['test/x.test.ts', ['Chromium', 'Firefox']]]),
  };
  assert.equal(refProblem('test/x.test.ts › ok', fake), '');
  assert.match(refProblem('test/x.test.ts › broken', fake), /failed in Firefox/);
  assert.match(refProblem('test/x.test.ts › gone', fake), /no such test/);
  assert.match(refProblem('test/x.test.ts › *', fake), /failed in Firefox/);
  fake.ran.set('test/x.test.ts', ['Chromium']);
  assert.match(refProblem('test/x.test.ts › ok', fake), /not run in Firefox/);
});

test('docs/acr.md is the report the map makes (npm run acr)', () => {
  assert.equal(read('docs/acr.md'), render(map), 'docs/acr.md is out of date: run npm run acr');
});

test('docs/auditors.md links the report and says what needs a real screen reader', () => {
  const guide = read('docs/auditors.md');
  assert.match(guide, /\]\(acr\.md\)/);
  assert.match(guide, /real screen reader/i);
});
