// docs/auditors.md: its HTML and JavaScript examples, section by section, in this browser
// (run-guide.ts), on a page that has loaded the bundle as the guide assumes.
import { expect } from '@open-wc/testing';
import '../../dist/applykit.bundle.js';
import { guideSections, runSection } from './run-guide.js';

const GUIDE = 'auditors.md';
const sections = await guideSections(GUIDE);

describe(`docs/${GUIDE} examples`, () => {
  it('has runnable examples', () => {
    expect([...sections.values()].flat().length).to.be.at.least(2);
  });
  for (const [section, blocks] of sections) {
    it(`runs "${section}" (${blocks.length} block${blocks.length > 1 ? 's' : ''})`, async () => {
      await runSection(GUIDE, blocks);
    });
  }
});
