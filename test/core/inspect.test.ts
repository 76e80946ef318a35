// The content check in the browser, over documents built in code and the qpdf-made encrypted
// PDFs: each gets the verdict an employer's readers would give (issue #9). The same table runs
// in Node (test/node/inspect.test.mjs).
import { expect } from '@open-wc/testing';
import { bytesSource } from '../../src/core/byte-source.js';
import { inspectContent } from '../../src/core/inspect.js';
import { openPdf } from '../../src/pdfjs/open.js';
import { CHECK_CASES, FIXTURE_CASES, type CheckCase } from '../helpers/check-cases.js';

/** A fixture file served by the test runner. */
async function fixture(path: string): Promise<Uint8Array> {
  const response = await fetch(`/test/fixtures/${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

const expected = (c: Pick<CheckCase, 'reason' | 'warnings'>) =>
  c.reason
    ? `refuses it as ${c.reason}`
    : `accepts it${c.warnings ? ` warning ${c.warnings.join(', ')}` : ''}`;

describe('inspectContent', () => {
  for (const c of CHECK_CASES) {
    it(`${expected(c)}: ${c.label} as .${c.kind}`, async () => {
      const verdict = await inspectContent(bytesSource(c.bytes()), c.kind, openPdf);
      expect(verdict.reason).to.equal(c.reason);
      expect(verdict.format).to.equal(c.format);
      expect(verdict.warnings).to.deep.equal(c.warnings ?? []);
    });
  }
  for (const c of FIXTURE_CASES) {
    it(`${expected(c)}: ${c.label}`, async () => {
      const verdict = await inspectContent(bytesSource(await fixture(c.fixture)), c.kind, openPdf);
      expect(verdict.reason).to.equal(c.reason);
      expect(verdict.warnings).to.deep.equal(c.warnings ?? []);
    });
  }

  it('opens only the PDFs that need it', async () => {
    const opened: number[] = [];
    const opener = async (bytes: Uint8Array, pages: boolean) => {
      opened.push(bytes.length);
      return openPdf(bytes, pages);
    };
    const plain = CHECK_CASES.find((c) => c.label === 'a real PDF');
    await inspectContent(bytesSource(plain!.bytes()), 'pdf', opener);
    expect(opened).to.deep.equal([]);
    const locked = await fixture('encrypted/user-password.pdf');
    await inspectContent(bytesSource(locked), 'pdf', opener);
    expect(opened).to.deep.equal([locked.length]);
  });
});
