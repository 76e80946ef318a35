// docs/design-system.md: its HTML, JavaScript and CSS examples, section by section, in this
// browser (run-guide.ts). The page registers the elements first, as the guide's
// `import 'applykit'` does (that TypeScript block runs in test/node/docs.test.mjs).
import { expect } from '@open-wc/testing';
import '../../dist/index.js';
import { guideSections, runSection } from './run-guide.js';

const GUIDE = 'design-system.md';
const sections = await guideSections(GUIDE);

describe(`docs/${GUIDE} examples`, () => {
  it('has runnable examples', () => {
    expect([...sections.values()].flat().length).to.be.at.least(4);
  });
  for (const [section, blocks] of sections) {
    it(`runs "${section}" (${blocks.length} block${blocks.length > 1 ? 's' : ''})`, async () => {
      await runSection(GUIDE, blocks);
    });
  }
});
