// Mouse clicks, sent through the browser's input pipeline (sendMouse), on the parts of each
// element that are plain text: they must not move focus or scroll the page (2.4.3; the audit
// found delegatesFocus did both), while focus() and a <label for> still reach the control.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { AccommodationRequest } from '../../src/accommodation-request.js';
import type { ResumeUpload } from '../../src/resume-upload/resume-upload.js';
import '../../src/accommodation-request/define.js';
import '../../src/resume-upload/define.js';
import { dropFiles, pdfFile } from '../../stories/resume-upload.states.js';

/** The middle of `node`'s first line of text, in viewport pixels. */
function middle(node: Element): [number, number] {
  const range = document.createRange();
  range.selectNodeContents(node);
  const r = range.getClientRects()[0] ?? node.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/** What has focus inside `el`, as text: a failing assertion must not carry a DOM node (wtr hangs
 * serialising one). */
function focusIn(el: Element): string {
  const a = el.shadowRoot!.activeElement;
  return a
    ? `${a.localName}${a.getAttribute('part') ? `[part=${a.getAttribute('part')}]` : ''}${a.getAttribute('name') ? `[name=${a.getAttribute('name')}]` : ''}`
    : 'nothing';
}

async function click(node: Element): Promise<void> {
  await sendMouse({ type: 'click', position: middle(node) });
}

/** A page where the element sits below a tall block, with a focused button above it. */
async function page<T extends HTMLElement>(tag: string): Promise<{ el: T; before: HTMLElement }> {
  const box = await fixture<HTMLDivElement>(html`<div>
    <button id="before">Before</button>
    <div style="block-size: 150vh"></div>
    ${
      tag === 'resume-upload'
        ? html`<resume-upload required></resume-upload>`
        : html`<accommodation-request company="Acme"></accommodation-request>`
    }
    <div style="block-size: 150vh"></div>
  </div>`);
  const el = box.querySelector<T>(tag)!;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { el, before: box.querySelector<HTMLElement>('#before')! };
}

describe('clicking plain text inside the elements', () => {
  afterEach(async () => {
    await resetMouse();
    window.scrollTo(0, 0);
  });

  for (const [what, selector] of [
    ['the intro', 'form > p'],
    ['a legend', 'fieldset[part=field]:nth-of-type(2) legend'],
    ['a hint', '[part=hint]'],
  ]) {
    it(`<accommodation-request>: clicking ${what} leaves focus and scroll where they were`, async () => {
      const { el, before } = await page<AccommodationRequest>('accommodation-request');
      const target = el.shadowRoot!.querySelectorAll(selector)[selector === '[part=hint]' ? 1 : 0];
      target.scrollIntoView({ block: 'center' });
      before.focus({ preventScroll: true });
      const y = window.scrollY;
      await click(target);
      expect(window.scrollY, 'the page did not scroll').to.be.closeTo(y, 1);
      expect(focusIn(el), 'no control took focus').to.equal('nothing');
      await sendKeys({ type: 'x' });
      expect(el.value.name, 'typing did not land in Full name').to.equal('');
    });
  }

  it('<resume-upload>: clicking the hint does not focus the button', async () => {
    const { el, before } = await page<ResumeUpload>('resume-upload');
    const hint = el.shadowRoot!.querySelector('[part=hint]')!;
    hint.scrollIntoView({ block: 'center' });
    before.focus({ preventScroll: true });
    const y = window.scrollY;
    await click(hint);
    expect(window.scrollY).to.be.closeTo(y, 1);
    expect(focusIn(el)).to.equal('nothing');
  });

  it('<resume-upload>: clicking the button still focuses it', async () => {
    const { el } = await page<ResumeUpload>('resume-upload');
    const button = el.shadowRoot!.querySelector('[part=browse-button]')!;
    button.scrollIntoView({ block: 'center' });
    button.addEventListener('click', (e) => e.stopImmediatePropagation(), { capture: true });
    el.shadowRoot!.querySelector('input')!.addEventListener('click', (e) => e.preventDefault());
    await click(button);
    expect(focusIn(el)).to.equal('button[part=browse-button]');
  });
});

describe('focus() and labels still reach the control', () => {
  afterEach(() => resetMouse());

  it('<resume-upload>.focus() focuses the Choose file button', async () => {
    const el = await fixture<ResumeUpload>(html`<resume-upload></resume-upload>`);
    el.focus();
    expect(document.activeElement?.localName).to.equal('resume-upload');
    expect(focusIn(el)).to.equal('button[part=browse-button]');
  });

  it('clicking a <label for> the upload focuses its button', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <label for="cv">Your CV</label><resume-upload id="cv"></resume-upload>
    </div>`);
    const el = box.querySelector<ResumeUpload>('resume-upload')!;
    el.shadowRoot!.querySelector('input')!.addEventListener('click', (e) => e.preventDefault());
    await click(box.querySelector('label')!);
    expect(focusIn(el)).to.equal('button[part=browse-button]');
  });

  it('<accommodation-request>.focus() focuses Full name', async () => {
    const el = await fixture<AccommodationRequest>(
      html`<accommodation-request></accommodation-request>`,
    );
    el.focus();
    expect(focusIn(el)).to.equal('input[part=input][name=name]');
  });
});

describe('pointer cancellation (2.5.2)', () => {
  afterEach(() => resetMouse());

  it('does nothing when the pointer is pressed on Remove and released elsewhere', async () => {
    const el = await fixture<ResumeUpload>(html`<resume-upload></resume-upload>`);
    await dropFiles(el, [pdfFile()]);
    const remove = el.shadowRoot!.querySelector('[part=remove-button]')!;
    await sendMouse({ type: 'move', position: middle(remove) });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [1, 1] });
    await sendMouse({ type: 'up' });
    expect(el.files.map((f) => f.name)).to.deep.equal(['resume.pdf']);
  });
});
