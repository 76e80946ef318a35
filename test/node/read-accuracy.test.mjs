// The labelled resume set (test/fixtures/labelled/, made by scripts/resumes/make.mjs): every file
// is read with the built applykit/read and judged against labels.json. The targets hold
// for each kind: email 100%, phone and links at least 95%, name at least 90% of the files that
// have the detail, and at most 2% of files with any field filled with a wrong value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readResume } from '../../dist/read/index.js';
import { KINDS, MAX_WRONG, TARGETS, markdown, scoreSet } from '../../scripts/resumes/score.mjs';

const { labels, table } = await scoreSet(readResume);

test('the set has at least 40 resumes, each in all five kinds', () => {
  assert.ok(labels.length >= 40, `${labels.length} resumes`);
  for (const kind of KINDS) assert.equal(table[kind].files, labels.length, kind);
});

test('the set is varied: layouts, scripts, right-to-left, international numbers', () => {
  assert.ok(new Set(labels.map((l) => l.layout)).size >= 8);
  assert.ok(labels.some((l) => l.dir === 'rtl'));
  assert.ok(labels.some((l) => /\p{Script=Han}|\p{Script=Hangul}/u.test(l.expected.name)));
  assert.ok(labels.some((l) => /\p{Script=Cyrillic}|\p{Script=Greek}/u.test(l.expected.name)));
  assert.ok(labels.some((l) => /[À-ž]/.test(l.expected.name)));
  assert.ok(new Set(labels.map((l) => l.expected.phone.e164?.slice(0, 3))).size >= 20);
});

for (const kind of [...KINDS, 'all']) {
  test(`${kind}: meets the accuracy targets`, () => {
    const t = table[kind];
    for (const [field, target] of Object.entries(TARGETS)) {
      const { correct, present } = t.fields[field];
      assert.ok(
        correct / present >= target,
        `${field}: ${correct}/${present} below ${target}\n${markdown(table)}`,
      );
    }
    assert.ok(
      t.wrongFiles / t.files <= MAX_WRONG,
      `${t.wrongFiles} of ${t.files} files have a wrong value\n${markdown(table)}`,
    );
  });
}

test('prints the table', () => {
  console.log(markdown(table));
});
