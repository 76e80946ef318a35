// WCAG 1.4.12 Text spacing at 320 px wide with 200% text: line height 1.5, paragraphs 2em apart,
// letters 0.12em and words 0.16em, applied to the page and inside each shadow root (where a
// bookmarklet's stylesheet would not reach). Nothing may be clipped, overlap or stick out.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { AccommodationRequest } from '../../src/accommodation-request.js';
import type { ResumeUpload } from '../../src/resume-upload/resume-upload.js';
import '../../src/accommodation-request/define.js';
import '../../src/resume-upload/define.js';
import { states as formStates } from '../../stories/accommodation-request.states.js';
import { uploadStates } from '../../stories/resume-upload.states.js';
import {
  applyTextSpacing,
  brokenWords,
  clipped,
  overlapping,
  textOutside,
} from '../helpers/measure.js';

/** The page as a 320 px phone shows it at 200% text: a column with the demo's 1rem padding. */
async function narrow<T extends HTMLElement>(template: ReturnType<typeof html>): Promise<T> {
  await setViewport({ width: 320, height: 640 });
  document.documentElement.style.fontSize = '200%';
  document.body.style.margin = '0';
  const box = await fixture<HTMLDivElement>(
    html`<div style="padding-inline: 1rem">${template}</div>`,
  );
  const el = box.firstElementChild as T;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

describe('text spacing at 320 px and 200% text', () => {
  let undo: () => void = () => {};
  afterEach(async () => {
    undo();
    document.documentElement.style.fontSize = '';
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps "Choose file" inside the drop zone', async () => {
    const el = await narrow<ResumeUpload>(html`<resume-upload required></resume-upload>`);
    undo = applyTextSpacing(el);
    const zone = el.shadowRoot!.querySelector('[part=dropzone]')!;
    const button = el.shadowRoot!.querySelector('[part=browse-button]')!.getBoundingClientRect();
    const z = zone.getBoundingClientRect();
    const s = getComputedStyle(zone);
    const inner = {
      left: z.left + parseFloat(s.borderLeftWidth) + parseFloat(s.paddingLeft),
      right: z.right - parseFloat(s.borderRightWidth) - parseFloat(s.paddingRight),
    };
    expect(button.left, 'start edge').to.be.at.least(inner.left - 0.5);
    expect(button.right, 'end edge').to.be.at.most(inner.right + 0.5);
  });

  it("keeps the words of the error summary's heading whole", async () => {
    const el = await narrow<AccommodationRequest>(
      html`<accommodation-request></accommodation-request>`,
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await el.updateComplete;
    undo = applyTextSpacing(el);
    const heading = el.shadowRoot!.querySelector('[part=error-summary] :is(h1,h2,h3,h4,h5,h6)')!;
    expect(heading.textContent).to.equal('There is a problem');
    expect(brokenWords(heading)).to.deep.equal([]);
  });

  /** Renders a state in the narrow column, sets it up, then applies the spacing. */
  async function spaced(state: {
    render: () => ReturnType<typeof html>;
    setup?: (el: never) => Promise<void>;
  }) {
    const root = await narrow<HTMLElement>(state.render());
    await state.setup?.(root as never);
    undo = applyTextSpacing(root);
    const column = root.parentElement!;
    const pad = parseFloat(getComputedStyle(column).paddingLeft);
    return { root, left: pad, width: column.clientWidth - 2 * pad };
  }

  for (const [tag, list] of [
    ['resume-upload', uploadStates],
    ['accommodation-request', formStates],
  ] as const) {
    for (const state of list) {
      it(`<${tag}> ${state.name}: nothing sticks out, is cut off or overlaps`, async () => {
        const { root, width } = await spaced(state);
        expect(textOutside(root, width), 'sticks out').to.deep.equal([]);
        expect(clipped(root), 'cut off').to.deep.equal([]);
        expect(overlapping(root), 'overlaps').to.deep.equal([]);
      });
    }
  }
});
