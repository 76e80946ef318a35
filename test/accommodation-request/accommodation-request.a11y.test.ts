import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nextEvent } from '../helpers/events.js';
import { expectAccessible } from '../helpers/axe.js';
import { description, headingLevel } from '../helpers/aria.js';
import { sampleValue, states } from '../../stories/accommodation-request.states.js';
import type { AccommodationRequest } from '../../src/accommodation-request.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T =>
  el.shadowRoot!.querySelector<T>(selector)!;
const text = (node: Element | null | undefined): string =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** What each state must show, so a state that silently failed to set up cannot pass axe. */
const shows: Record<string, (el: AccommodationRequest) => unknown> = {
  empty: (el) => expect($(el, '[part=error-summary]')).to.be.null,
  errors: (el) => expect(el.shadowRoot!.activeElement).to.equal($(el, '[part=error-summary]')),
  'something-else-with-details': (el) => expect(el.value.needs).to.include('something-else'),
  sending: (el) => expect(el.hasAttribute('busy')).to.be.true,
  sent: (el) => expect(text($(el, '[part=confirmation]'))).to.include('REQ-1234'),
  'send-failed': (el) => expect($(el, '[part=alert]').getAttribute('role')).to.equal('alert'),
};

describe('<accommodation-request> accessibility', () => {
  describe('axe, in every state', () => {
    it('covers the states the issue lists', () => {
      expect(states.map((s) => s.name)).to.deep.equal(Object.keys(shows));
    });
    for (const state of states) {
      it(`has no violations: ${state.name}`, async () => {
        const el = await fixture<AccommodationRequest>(state.render());
        await state.setup?.(el);
        shows[state.name](el);
        await expectAccessible(el);
      });
    }
  });

  describe('names and descriptions', () => {
    let el: AccommodationRequest;
    beforeEach(async () => {
      el = await fixture<AccommodationRequest>(
        html`<accommodation-request company="Acme"></accommodation-request>`,
      );
    });

    it('names each group by its legend, first in the fieldset', () => {
      const names = [...el.shadowRoot!.querySelectorAll('fieldset[part=field]')].map((f) => {
        expect(f.firstElementChild!.localName).to.equal('legend');
        return text(f.firstElementChild);
      });
      expect(names).to.deep.equal([
        'Which stages do you need accommodations for?',
        'What would help?',
        'How should we contact you?',
      ]);
    });

    it('describes the details by its hint and its limit', () => {
      const area = $<HTMLTextAreaElement>(el, 'textarea');
      const ids = area.getAttribute('aria-describedby')!.split(' ');
      expect(ids.map((id) => text(el.shadowRoot!.getElementById(id)))).to.deep.equal([
        'Tell us what would help. You do not need to tell us about a condition or diagnosis. Required if you select "Something else".',
        'You can enter up to 2,000 characters',
      ]);
    });

    it('keeps 24px targets for checkboxes and radios', () => {
      for (const box of el.shadowRoot!.querySelectorAll(
        'input[type=checkbox], input[type=radio]',
      )) {
        const { width, height } = box.getBoundingClientRect();
        expect(Math.min(width, height)).to.be.at.least(24);
      }
    });

    it('tells screen readers the remaining characters once typing pauses', async () => {
      const live = $(el, '[aria-live=polite]');
      $<HTMLTextAreaElement>(el, 'textarea').focus();
      await sendKeys({ type: 'A quiet room' });
      await el.updateComplete;
      expect(text($(el, '.count'))).to.equal('You have 1,988 characters remaining');
      expect(text(live), 'not on every key press').to.equal('');
      await aTimeout(1100);
      await el.updateComplete;
      expect(text(live)).to.equal('You have 1,988 characters remaining');
    });
  });

  describe('errors and confirmation, read in context', () => {
    const submit = async (el: AccommodationRequest) => {
      $<HTMLButtonElement>(el, '[part=submit-button]').click();
      await el.updateComplete;
    };
    /** Sends a complete request to the test server, which answers 201 with id REQ-1234. */
    const send = async (el: AccommodationRequest) => {
      el.endpoint = '/__test__/201';
      el.value = sampleValue;
      await el.updateComplete;
      const sent = nextEvent(el, 'accommodation-sent');
      await submit(el);
      await sent;
      await el.updateComplete;
    };

    it('reads the reference with the confirmation heading that takes focus', async () => {
      const el = await fixture<AccommodationRequest>(
        html`<accommodation-request></accommodation-request>`,
      );
      await send(el);
      const focused = el.shadowRoot!.activeElement!;
      expect(text(focused)).to.equal("Request sent — we'll contact you by email");
      expect(description(focused)).to.equal('Your reference is REQ-1234');
    });

    it('gives the summary and confirmation headings level 2 by default', async () => {
      const el = await fixture<AccommodationRequest>(
        html`<accommodation-request></accommodation-request>`,
      );
      expect(el.headingLevel).to.equal(2);
      await submit(el);
      expect(headingLevel($(el, '[part=error-summary] :is(h1,h2,h3,h4,h5,h6)'))).to.equal(2);
    });

    it('takes the heading level from heading-level', async () => {
      const el = await fixture<AccommodationRequest>(
        html`<accommodation-request heading-level="3"></accommodation-request>`,
      );
      expect(el.headingLevel).to.equal(3);
      await submit(el);
      expect(text($(el, '[part=error-summary] h3'))).to.equal('There is a problem');
      await send(el);
      const heading = $(el, '[part=confirmation] h3');
      expect(text(heading)).to.equal("Request sent — we'll contact you by email");
      expect(headingLevel(el.shadowRoot!.activeElement)).to.equal(3);
    });

    it('takes the heading level from the headingLevel property, and ignores a bad one', async () => {
      const el = await fixture<AccommodationRequest>(
        html`<accommodation-request></accommodation-request>`,
      );
      el.headingLevel = 4;
      await submit(el);
      expect($(el, '[part=error-summary] h4')).to.exist;
      const warn = console.warn;
      console.warn = () => {};
      try {
        el.headingLevel = 9;
        await el.updateComplete;
      } finally {
        console.warn = warn;
      }
      expect($(el, '[part=error-summary] h2')).to.exist;
    });

    it("describes each checkbox of an invalid group by the group's error", async () => {
      const el = await fixture<AccommodationRequest>(
        html`<accommodation-request></accommodation-request>`,
      );
      await submit(el);
      const boxes = [...el.shadowRoot!.querySelectorAll('input[name=stages]')];
      expect(boxes.length).to.be.above(1);
      for (const box of boxes)
        expect(description(box)).to.equal('Select at least one stage of the process');
    });

    it('draws invalid name and email inputs in the error colour, like the details', async () => {
      const el = await fixture<AccommodationRequest>(
        html`<accommodation-request></accommodation-request>`,
      );
      el.value = { needs: ['something-else'] };
      await el.updateComplete;
      await submit(el);
      const danger = getComputedStyle($(el, '[part=error]')).color;
      for (const name of ['name', 'email', 'details'])
        expect(getComputedStyle($(el, `[name=${name}]`)).borderTopColor, name).to.equal(danger);
    });
  });
});
