// pdf.js loads in the browser through src/pdfjs/load.ts, its worker code on the page's own
// thread (no Worker, no blob: URL), and opens a PDF built by the test helpers.
import { expect } from '@open-wc/testing';
import { loadPdfjs, PDFJS_OPTIONS } from '../../src/pdfjs/load.js';
import { pdf } from '../helpers/samples.js';

describe('pdfjs/load', () => {
  it('loads once and opens a PDF, reading its text', async () => {
    const pdfjs = await loadPdfjs();
    expect(await loadPdfjs()).to.equal(pdfjs);
    const doc = await pdfjs.getDocument({ ...PDFJS_OPTIONS, data: pdf() }).promise;
    const page = await doc.getPage(1);
    const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
    expect(text).to.equal('Ada Example');
    await doc.destroy();
  });

  it('starts no Worker', async () => {
    const started: unknown[] = [];
    const original = window.Worker;
    window.Worker = class extends original {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        started.push(args[0]);
      }
    };
    try {
      const pdfjs = await loadPdfjs();
      const doc = await pdfjs.getDocument({ ...PDFJS_OPTIONS, data: pdf() }).promise;
      await doc.destroy();
    } finally {
      window.Worker = original;
    }
    expect(started).to.deep.equal([]);
  });
});
