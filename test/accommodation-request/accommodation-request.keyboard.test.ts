import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { press } from '../helpers/keys.js';
import type { AccommodationRequest } from '../../src/accommodation-request.js';
import { sampleValue } from '../../stories/accommodation-request.states.js';
import { nextEvent } from '../helpers/events.js';

const text = (node: Element | null | undefined): string =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focused = (el: AccommodationRequest) => el.shadowRoot!.activeElement as HTMLElement | null;
/** A short name for the focused control: `name`, `stages:interviews`, `submit`, … */
const where = (el: AccommodationRequest): string => {
  const f = focused(el) as HTMLInputElement | null;
  if (!f) return 'nothing';
  if (f.matches('[part=submit-button]')) return 'submit';
  return (f.type === 'checkbox' || f.type === 'radio') && f.name !== 'consent'
    ? `${f.name}:${f.value}`
    : f.name || f.tagName;
};
const tab = () => sendKeys({ press: 'Tab' });
const space = () => press('Space');

describe('<accommodation-request> keyboard', () => {
  let el: AccommodationRequest;
  beforeEach(async () => {
    el = await fixture<AccommodationRequest>(
      html`<accommodation-request job="REQ-0042"></accommodation-request>`,
    );
  });

  it('fills the whole form in visual order and submits with Enter', async () => {
    el.focus();
    expect(where(el)).to.equal('name');
    await sendKeys({ type: 'Ada Lovelace' });
    await tab();
    expect(where(el)).to.equal('email');
    await sendKeys({ type: 'ada@example.com' });
    await tab();
    expect(where(el)).to.equal('phone');
    await sendKeys({ type: '+44 1632 960 001' });

    const visited: string[] = [];
    for (let i = 0; i < 5; i++) {
      await tab();
      visited.push(where(el));
      if (i === 2 || i === 3) await space();
    }
    expect(visited).to.deep.equal([
      'stages:application',
      'stages:phone-screen',
      'stages:interviews',
      'stages:assessment',
      'stages:on-site',
    ]);
    visited.length = 0;
    for (let i = 0; i < 11; i++) {
      await tab();
      visited.push(where(el).replace('needs:', ''));
      if (i === 0 || i === 10) await space();
    }
    expect(visited).to.deep.equal([
      'extra-time',
      'sign-language-interpreter',
      'captions',
      'screen-reader-materials',
      'step-free-access',
      'breaks',
      'alternative-format',
      'questions-in-advance',
      'quiet-room',
      'support-person',
      'something-else',
    ]);
    await tab();
    expect(where(el)).to.equal('details');
    await sendKeys({ type: 'Morning interviews, please.' });
    await tab();
    expect(where(el)).to.equal('contactMethod:email');
    await sendKeys({ press: 'ArrowDown' });
    expect(where(el)).to.equal('contactMethod:phone');
    await tab();
    expect(where(el)).to.equal('consent');
    await space();
    await tab();
    expect(where(el)).to.equal('submit');

    const submitted = nextEvent(el, 'accommodation-submit');
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    const { submittedAt, ...rest } = detail;
    expect(rest).to.deep.equal({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      phone: '+44 1632 960 001',
      job: 'REQ-0042',
      stages: ['interviews', 'assessment'],
      needs: ['extra-time', 'something-else'],
      details: 'Morning interviews, please.',
      contactMethod: 'phone',
      consent: true,
    });
    expect(submittedAt).to.be.a('string');
  });

  it('toggles a checkbox with Space', async () => {
    el.focus();
    for (let i = 0; i < 3; i++) await tab();
    const box = focused(el) as HTMLInputElement;
    expect(box.value).to.equal('application');
    await space();
    expect(box.checked).to.be.true;
    expect(el.value.stages).to.deep.equal(['application']);
    await space();
    expect(el.value.stages).to.deep.equal([]);
  });

  it('submits with Enter in a text field', async () => {
    el.value = { ...sampleValue, name: '' };
    await el.updateComplete;
    el.focus();
    await sendKeys({ type: 'Ada Lovelace' });
    const submitted = nextEvent(el, 'accommodation-submit');
    await sendKeys({ press: 'Enter' });
    expect((await submitted).detail.name).to.equal('Ada Lovelace');
  });

  describe('error summary', () => {
    beforeEach(async () => {
      el.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    });

    it('takes focus after a submit with errors', () => {
      const summary = el.shadowRoot!.querySelector('[part=error-summary]');
      expect(focused(el)).to.equal(summary);
      expect(text(summary!.querySelector('h2'))).to.equal('There is a problem');
      expect(summary!.querySelectorAll('a').length).to.equal(5);
    });

    it('focuses the field when a link is activated with Enter', async () => {
      await tab();
      expect(text(focused(el))).to.equal('Enter your full name');
      await sendKeys({ press: 'Enter' });
      expect(where(el)).to.equal('name');
    });

    it('focuses the first checkbox of a group', async () => {
      for (let i = 0; i < 4; i++) await tab();
      expect(text(focused(el))).to.equal('Select at least one thing that would help');
      await sendKeys({ press: 'Enter' });
      expect(where(el)).to.equal('needs:extra-time');
    });
  });
});
