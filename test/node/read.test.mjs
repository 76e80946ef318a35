// readResume() in Node 20, from the package entry applykit/read (built): each kind from the
// labelled set, text files in each of their encodings, a Blob with a name, and the office-suite
// resumes in shared/testdata when they are there (never copied into the repository).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
// The package's own entry point, as a page or server imports it (a self-reference, no extension).
// eslint-disable-next-line import-x/extensions
import { readResume } from 'applykit/read';

const labelled = (id, kind) =>
  readFileSync(new URL(`../fixtures/labelled/${kind}/${id}.${kind}`, import.meta.url));
const labels = JSON.parse(
  readFileSync(new URL('../fixtures/labelled/labels.json', import.meta.url)),
);

for (const kind of ['pdf', 'docx', 'doc', 'rtf', 'txt']) {
  test(`${kind}: reads a resume in Node`, async () => {
    const read = await readResume(new File([labelled('r02-header', kind)], `r02-header.${kind}`));
    assert.equal(read.kind, kind);
    assert.deepEqual(read.warnings, []);
    assert.match(read.text, /Product Designer/);
    if (kind !== 'txt') {
      // The page header (name and contact line) is not in a TXT export.
      assert.deepEqual(read.fields, {
        name: 'Emily Chen',
        email: 'emily.chen@example.net',
        phone: { text: '+1 (415) 555-0198', e164: '+14155550198' },
        location: 'San Francisco, CA',
        links: ['https://emilychen.design', 'https://www.behance.net/emilychen'],
      });
    }
  });
}

for (const encoding of ['utf8', 'utf16', 'cp1252']) {
  const label = labels.find((l) => l.txtEncoding === encoding && l.layout === 'classic');
  test(`txt in ${encoding}: decoded in its encoding (${label.id})`, async () => {
    const read = await readResume(new File([labelled(label.id, 'txt')], 'resume.txt'));
    assert.equal(read.fields.name, label.expected.name);
    assert.equal(read.fields.email, label.expected.email);
    assert.ok(!/[\u0080-\u009f\ufffd]/.test(read.text), 'no mojibake');
  });
}

test('takes a Blob with a name, as well as a File', async () => {
  const blob = Object.assign(new Blob([labelled('r01-classic', 'docx')]), { name: 'cv.docx' });
  const read = await readResume(blob);
  assert.equal(read.fields.email, 'sean.murphy@example.com');
});

const REAL = '/work/shared/testdata/resumes';
test('reads the office-suite resumes of shared/testdata', { skip: !existsSync(REAL) }, async () => {
  for (const kind of ['pdf', 'docx', 'doc', 'rtf', 'txt']) {
    const read = await readResume(
      new File([readFileSync(`${REAL}/resume.${kind}`)], `resume.${kind}`),
    );
    assert.equal(read.kind, kind);
    assert.deepEqual(read.warnings, [], kind);
    assert.equal(read.fields.email, 'ada@example.com', kind);
    assert.match(read.text, /Built ranking systems/, kind);
    // The PDF's first page is blank: its name is not in its text at all.
    if (kind !== 'pdf') assert.equal(read.fields.name, 'Ada Example', kind);
  }
  const odt = await readResume(new File([readFileSync(`${REAL}/resume.odt`)], 'resume.odt'));
  assert.equal(odt.kind, 'other');
  assert.match(odt.warnings[0], /not a PDF, Word, RTF or text document/);
});

test('with the kind a content check found, reads the same without examining the bytes again', async () => {
  /** A File that counts the ranges asked of it (detection reads ranges; readers read whole). */
  class CountingFile extends File {
    ranges = 0;
    slice(...args) {
      this.ranges++;
      return super.slice(...args);
    }
  }
  for (const kind of ['pdf', 'docx', 'doc', 'rtf', 'txt']) {
    const file = () => new CountingFile([labelled('r02-header', kind)], `r02-header.${kind}`);
    const detected = file();
    const given = file();
    const expected = await readResume(detected);
    assert.deepEqual(await readResume(given, { kind }), expected, kind);
    assert.ok(detected.ranges > 0, `${kind}: detection reads ranges`);
    assert.ok(given.ranges < detected.ranges, `${kind}: ${given.ranges} of ${detected.ranges}`);
  }
});
