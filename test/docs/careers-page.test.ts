// docs/careers-page.md: its HTML, JavaScript and CSS examples, section by section, in this
// browser (run-guide.ts). The page starts empty, as a careers page does: the guide's own script
// tag loads the bundle (dist/applykit.bundle.js, with its chunks beside it).
import { expect } from '@open-wc/testing';
import { guideSections, runSection } from './run-guide.js';

const GUIDE = 'careers-page.md';
const sections = await guideSections(GUIDE);

describe(`docs/${GUIDE} examples`, () => {
  it('has runnable examples', () => {
    expect([...sections.values()].flat().length).to.be.at.least(5);
  });
  for (const [section, blocks] of sections) {
    it(`runs "${section}" (${blocks.length} block${blocks.length > 1 ? 's' : ''})`, async () => {
      await runSection(GUIDE, blocks);
    });
  }
});
