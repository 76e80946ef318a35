// The built sniffer runs in Node unchanged: the real office-suite samples, read through a file
// handle (only the ranges asked for), match their kinds. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, readFile } from 'node:fs/promises';
import { blobSource, contentMatches, detectKind } from '../../dist/core/sniff.js';

const FIXTURES = new URL('../fixtures/resumes/', import.meta.url);
const KINDS = ['pdf', 'docx', 'doc', 'rtf', 'txt'];

/** A ByteSource over an open FileHandle; `requested` totals the bytes read. */
function handleSource(handle, size) {
  return {
    size,
    requested: 0,
    async read(start, end) {
      const length = Math.max(0, Math.min(end, size) - start);
      const buffer = new Uint8Array(length);
      const { bytesRead } = await handle.read(buffer, 0, length, start);
      this.requested += bytesRead;
      return buffer.subarray(0, bytesRead);
    },
  };
}

/** Opens a fixture as a ByteSource for `use`, closing it afterwards. */
async function withFixture(name, use) {
  const handle = await open(new URL(name, FIXTURES));
  try {
    return await use(handleSource(handle, (await handle.stat()).size));
  } finally {
    await handle.close();
  }
}

const fixtures = [
  ['resume.pdf', 'pdf'],
  ['resume.docx', 'docx'],
  ['resume.doc', 'doc'],
  ['resume.rtf', 'rtf'],
  ['resume.txt', 'txt'],
  ['resume.odt', null], // a ZIP without word/document.xml
];

for (const [name, real] of fixtures) {
  test(`${name} matches ${real ?? 'no kind'} and detectKind agrees`, () =>
    withFixture(name, async (source) => {
      for (const kind of KINDS) {
        // RTF is plain text too, and Word opens it under a .doc name: a real .rtf also passes
        // as .txt and (with a warning) as .doc.
        const expected = kind === real || (real === 'rtf' && (kind === 'txt' || kind === 'doc'));
        assert.equal(await contentMatches(source, kind), expected, `${name} as .${kind}`);
      }
      assert.equal(await detectKind(source), real);
    }));
}

test('the PDF sample is sniffed from its head, not read whole', () =>
  withFixture('resume.pdf', async (source) => {
    assert.equal(await contentMatches(source, 'pdf'), true);
    assert.ok(source.requested < source.size, `${source.requested} of ${source.size} bytes read`);
  }));

test("blobSource works over Node's Blob", async () => {
  const blob = new Blob([await readFile(new URL('resume.docx', FIXTURES))]);
  assert.equal(await detectKind(blobSource(blob)), 'docx');
});
