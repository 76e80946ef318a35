// Reflow (1.4.10), text resize (1.4.4) and reduced motion, measured in the browser.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { ResumeUpload } from '../../src/resume-upload/resume-upload.js';
import '../../src/accommodation-request/define.js';
import { dropFiles, pdfFile } from '../../stories/resume-upload.states.js';
import { nextEvent } from '../helpers/events.js';
import { textOutside } from '../helpers/measure.js';

/** The audit's file name: no spaces, one hyphen, 88 characters. */
const LONG = 'Lebenslauf_Maria_Gonzalez-Fernandez_Senior_Machine_Learning_Engineer_2024_final_v3';

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;

/** Every box in the element's shadow tree that sticks out of the 320 px column. */
function overflowing(el: Element, width: number): string[] {
  const right = el.getBoundingClientRect().left + width + 0.5;
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((n) => n.getBoundingClientRect().right > right && n.getClientRects().length)
    .map((n) => n.getAttribute('part') ?? n.className ?? n.localName);
}

describe('layout at 320 px and 200% text', () => {
  it('<resume-upload> with long names and errors fits without horizontal scrolling', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="inline-size:320px;font-size:200%">
      <resume-upload multiple></resume-upload>
    </div>`);
    const el = box.querySelector<ResumeUpload>('resume-upload')!;
    await dropFiles(el, [
      pdfFile('a-very-long-resume-file-name-without-any-spaces-in-it-at-all-2026-final-v3.pdf'),
      new File([], 'empty-file-with-a-rather-long-name-too.docx'),
    ]);
    expect(overflowing(el, 320)).to.deep.equal([]);
    expect(box.scrollWidth).to.be.at.most(320);
  });

  it('wraps a rejection message that names a long file', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="inline-size:320px;font-size:200%">
      <resume-upload></resume-upload>
    </div>`);
    const el = box.querySelector<ResumeUpload>('resume-upload')!;
    await dropFiles(el, [new File(['MZ'], `${LONG}.exe`)]);
    expect(part(el, 'error').textContent).to.contain(LONG);
    expect(textOutside(box, 320)).to.deep.equal([]);
    expect(box.scrollWidth).to.be.at.most(320);
  });

  it("wraps a failed upload's message on its row", async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="inline-size:320px;font-size:200%">
      <resume-upload endpoint="/__test__/413"></resume-upload>
    </div>`);
    const el = box.querySelector<ResumeUpload>('resume-upload')!;
    const failed = nextEvent(el, 'upload-error');
    await dropFiles(el, [pdfFile(`${LONG}.pdf`)]);
    await failed;
    await el.updateComplete;
    expect(part(el, 'status').textContent).to.contain(LONG);
    expect(textOutside(box, 320)).to.deep.equal([]);
    expect(box.scrollWidth).to.be.at.most(320);
  });

  it('<accommodation-request> with its error summary fits without horizontal scrolling', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="inline-size:320px;font-size:200%">
      <accommodation-request company="Northwind"></accommodation-request>
    </div>`);
    const el = box.querySelector('accommodation-request')!;
    await el.updateComplete;
    part(el, 'submit-button').click();
    await el.updateComplete;
    expect(overflowing(el, 320)).to.deep.equal([]);
  });
});

describe('reduced motion', () => {
  before(function () {
    // Firefox's WebDriver BiDi has no media-feature emulation here.
    if (navigator.userAgent.includes('Firefox')) this.skip();
  });
  after(async () => {
    if (!navigator.userAgent.includes('Firefox'))
      await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('drops the drop-zone transition when the user asks for less motion', async () => {
    const el = await fixture<ResumeUpload>(html`<resume-upload></resume-upload>`);
    expect(getComputedStyle(part(el, 'dropzone')).transitionDuration).not.to.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(part(el, 'dropzone')).transitionDuration).to.equal('0s');
  });
});
