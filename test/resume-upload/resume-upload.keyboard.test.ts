import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { press } from '../helpers/keys.js';
import type { ResumeUpload } from '../../src/resume-upload/resume-upload.js';
import { dropFiles, pdfFile } from '../../stories/resume-upload.states.js';
import { nextEvent } from '../helpers/events.js';

const part = (el: ResumeUpload, name: string) =>
  el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;

/** The picker request: the hidden input's click. Cancelled so no dialog opens in the test. */
function pickerOpened(el: ResumeUpload): Promise<Event> {
  const input = el.shadowRoot!.querySelector('input[type=file]')!;
  return new Promise((resolve) =>
    input.addEventListener(
      'click',
      (e) => {
        e.preventDefault();
        resolve(e);
      },
      { once: true },
    ),
  );
}

describe('resume-upload keyboard', () => {
  let el: ResumeUpload;
  beforeEach(async () => {
    el = await fixture<ResumeUpload>(
      html`<div><button>before</button><resume-upload multiple></resume-upload></div>`,
    ).then((div) => div.querySelector('resume-upload')!);
    (el.previousElementSibling as HTMLElement).focus();
  });

  it('reaches the browse button with one Tab', async () => {
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'browse-button'));
  });

  it('shows a visible focus outline on the button reached by keyboard (2.4.7)', async () => {
    await sendKeys({ press: 'Tab' });
    const style = getComputedStyle(part(el, 'browse-button'));
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('opens the picker with Enter', async () => {
    await sendKeys({ press: 'Tab' });
    const opened = pickerOpened(el);
    await sendKeys({ press: 'Enter' });
    expect((await opened).type).to.equal('click');
  });

  it('opens the picker with Space', async () => {
    await sendKeys({ press: 'Tab' });
    const opened = pickerOpened(el);
    await press('Space');
    expect((await opened).type).to.equal('click');
  });

  it("tabs to a file's remove button; Space removes it and focus returns to the browse button", async () => {
    await dropFiles(el, [pdfFile('a.pdf')]);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'remove-button'));
    const removed = nextEvent(el, 'file-remove');
    await press('Space');
    expect((await removed).detail.file.name).to.equal('a.pdf');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'browse-button'));
  });

  it('skips the disabled element', async () => {
    el.disabled = true;
    el.insertAdjacentHTML('afterend', '<button id="after">after</button>');
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
  });
});
