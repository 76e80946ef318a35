// pdf.js loads in Node through src/pdfjs/load.ts and opens a PDF with the options that keep it
// safe on a page (no eval, no fonts, no fetches). Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { loadPdfjs, PDFJS_OPTIONS } from '../../dist/pdfjs/load.js';

const resume = () => readFile(new URL('../fixtures/resumes/resume.pdf', import.meta.url));

test('loads pdf.js once and opens a real PDF with its text', async () => {
  const pdfjs = await loadPdfjs();
  assert.equal(await loadPdfjs(), pdfjs);
  const doc = await pdfjs.getDocument({ ...PDFJS_OPTIONS, data: new Uint8Array(await resume()) })
    .promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((item) => item.str ?? '').join('');
  }
  assert.equal(doc.numPages, 2);
  assert.ok(text.length > 0, 'the resume has text');
  await doc.destroy();
});

test('a file that is not a PDF is an error, not a crash', async () => {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({ ...PDFJS_OPTIONS, data: new TextEncoder().encode('hello') });
  await assert.rejects(task.promise, (error) => error.name === 'InvalidPDFException');
});
