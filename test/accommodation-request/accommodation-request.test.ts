import { expect, fixture, html } from '@open-wc/testing';
import { AccommodationRequest } from '../../src/accommodation-request.js';
import { sampleValue } from '../../stories/accommodation-request.states.js';

const $ = <T extends Element = HTMLInputElement>(el: Element, selector: string): T =>
  el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLInputElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Element | null | undefined): string =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const render = () =>
  fixture<AccommodationRequest>(html`<accommodation-request></accommodation-request>`);
const submit = async (el: AccommodationRequest) => {
  $<HTMLButtonElement>(el, '[part=submit-button]').click();
  await el.updateComplete;
};

describe('<accommodation-request>', () => {
  it('is registered under its tag', () => {
    expect(customElements.get('accommodation-request')).to.equal(AccommodationRequest);
    expect(document.createElement('accommodation-request')).to.be.instanceOf(AccommodationRequest);
  });

  describe('fields', () => {
    let el: AccommodationRequest;
    beforeEach(async () => (el = await render()));

    it('renders a form that validates itself (novalidate)', () => {
      expect($<HTMLFormElement>(el, 'form[part=form]').noValidate).to.be.true;
    });
    it('labels the contact fields, with the right type and autocomplete', () => {
      const fields = [
        ['name', 'text', 'name', 'Full name'],
        ['email', 'email', 'email', 'Email address'],
        ['phone', 'tel', 'tel', 'Phone number (optional)'],
      ];
      for (const [name, type, autocomplete, label] of fields) {
        const input = $(el, `input[name=${name}]`);
        expect(input.type, name).to.equal(type);
        expect(input.getAttribute('autocomplete'), name).to.equal(autocomplete);
        expect(text(input.labels![0]), name).to.equal(label);
      }
    });
    it('groups stages and needs in fieldsets with legends and labelled checkboxes', () => {
      const [stages, needs, contact] = $$<HTMLFieldSetElement>(el, 'fieldset[part=field]');
      expect(text(stages.querySelector('legend'))).to.equal(
        'Which stages do you need accommodations for?',
      );
      expect([...stages.querySelectorAll('input')].map((i) => text(i.labels![0]))).to.deep.equal([
        'Application',
        'Phone screen',
        'Interviews',
        'Assessment or test',
        'On-site visit',
      ]);
      expect(text(needs.querySelector('legend'))).to.equal('What would help?');
      expect(needs.querySelectorAll('input[type=checkbox]').length).to.equal(11);
      expect(text(contact.querySelector('legend'))).to.equal('How should we contact you?');
      expect(
        [...contact.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((r) => r.value),
      ).to.deep.equal(['email', 'phone']);
    });
    it('labels the details and consent, and has a privacy slot', () => {
      expect(text($<HTMLTextAreaElement>(el, 'textarea').labels[0])).to.equal('Details');
      expect(text($(el, 'input[name=consent]').labels![0])).to.equal(
        'I agree that this information is used only to arrange my accommodations',
      );
      expect($(el, 'slot[name=privacy]')).to.exist;
    });
    it('asks what would help, never for a condition, and says who sees the request', () => {
      const all = text(el.shadowRoot!.querySelector('form'));
      expect(all).to.include('You do not need to tell us about a condition or diagnosis.');
      expect(all).to.include(
        'Only the people who arrange accommodations for us will see this request',
      );
      expect(all).to.include('not used in hiring decisions');
      expect(all).not.to.match(/what is your (condition|disability|diagnosis)/i);
    });
    it('gives every instance its own ids', async () => {
      const other = await render();
      expect($(el, 'input[name=name]').id).not.to.equal($(other, 'input[name=name]').id);
    });
  });

  describe('attributes and properties', () => {
    it('uses `company` in the texts', async () => {
      const el = await fixture<AccommodationRequest>(
        html`<accommodation-request company="Acme"></accommodation-request>`,
      );
      const all = text(el.shadowRoot!.querySelector('form'));
      expect(all).to.include('Let Acme know if you need accommodations');
      expect(all).to.include('arrange accommodations for Acme will see');
    });
    it('renders a custom `needs` list', async () => {
      const el = await render();
      el.needs = [
        { value: 'ramp', label: 'A ramp' },
        { value: 'something-else', label: 'Other' },
      ];
      await el.updateComplete;
      const boxes = $$(el, 'input[name=needs]');
      expect(boxes.map((b) => `${b.value}:${text(b.labels![0])}`)).to.deep.equal([
        'ramp:A ramp',
        'something-else:Other',
      ]);
    });
    it('warns once and falls back to the default needs on a bad `needs` value', async () => {
      const el = await render();
      const warn = console.warn;
      const calls: unknown[] = [];
      console.warn = (...args: unknown[]) => calls.push(args);
      try {
        el.needs = 'extra time' as never;
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
      } finally {
        console.warn = warn;
      }
      expect(calls.length).to.equal(1);
      expect($$(el, 'input[name=needs]').length).to.equal(11);
    });
    it('disables every control with `disabled`', async () => {
      const el = await fixture<AccommodationRequest>(
        html`<accommodation-request disabled></accommodation-request>`,
      );
      const controls = $$<HTMLInputElement | HTMLButtonElement>(el, 'input, textarea, button');
      expect(controls.length).to.equal(24);
      for (const c of controls) expect(c.matches(':disabled'), c.name || c.textContent).to.be.true;
    });
    it('takes a partial `strings` table over the English one', async () => {
      const el = await render();
      el.strings = { submit: 'Send it', name: 'Your name' };
      await el.updateComplete;
      expect(text($(el, '[part=submit-button]'))).to.equal('Send it');
      expect(text($(el, 'input[name=name]').labels![0])).to.equal('Your name');
      expect(text($(el, 'input[name=email]').labels![0])).to.equal('Email address');
    });
  });

  describe('value', () => {
    it('pre-fills every control and reads back', async () => {
      const el = await fixture<AccommodationRequest>(
        html`<accommodation-request job="REQ-0042"></accommodation-request>`,
      );
      el.value = { ...sampleValue, contactMethod: 'phone' };
      await el.updateComplete;
      expect($(el, 'input[name=name]').value).to.equal('Ada Lovelace');
      expect($(el, 'input[name=email]').value).to.equal('ada@example.com');
      expect($(el, 'input[name=phone]').value).to.equal('+44 1632 960 001');
      expect($$(el, 'input[name=stages]:checked').map((c) => c.value)).to.deep.equal([
        'interviews',
        'assessment',
      ]);
      expect($$(el, 'input[name=needs]:checked').map((c) => c.value)).to.deep.equal([
        'extra-time',
        'captions',
      ]);
      expect($<HTMLTextAreaElement>(el, 'textarea').value).to.equal(sampleValue.details);
      expect($(el, 'input[value=phone]').checked).to.be.true;
      expect($(el, 'input[name=consent]').checked).to.be.true;
      expect(el.value).to.deep.equal({ ...sampleValue, job: 'REQ-0042', contactMethod: 'phone' });
    });
    it('reads what the candidate entered', async () => {
      const el = await render();
      const name = $(el, 'input[name=name]');
      name.value = 'Grace Hopper';
      name.dispatchEvent(new Event('input', { bubbles: true }));
      $(el, 'input[value=quiet-room]').click();
      $(el, 'input[value=on-site]').click();
      expect(el.value).to.include({ name: 'Grace Hopper', consent: false, contactMethod: 'email' });
      expect(el.value.needs).to.deep.equal(['quiet-room']);
      expect(el.value.stages).to.deep.equal(['on-site']);
    });
    it('ignores unknown stages and needs, and keeps list order', async () => {
      const el = await render();
      el.value = {
        stages: ['on-site', 'lunch', 'application'],
        needs: ['quiet-room', 'nope', 'extra-time'],
      };
      expect(el.value.stages).to.deep.equal(['application', 'on-site']);
      expect(el.value.needs).to.deep.equal(['extra-time', 'quiet-room']);
    });
    it('keeps a value set before the element was upgraded', async () => {
      const tag = 'accommodation-request-late';
      const el = document.createElement(tag) as AccommodationRequest;
      el.value = { name: 'Early Bird' };
      customElements.define(tag, class extends AccommodationRequest {});
      document.body.append(el);
      try {
        await el.updateComplete;
        expect($(el, 'input[name=name]').value).to.equal('Early Bird');
      } finally {
        el.remove();
      }
    });
  });

  describe('validation', () => {
    let el: AccommodationRequest;
    beforeEach(async () => {
      el = await render();
      await submit(el);
    });

    it('shows a summary with a link per problem', () => {
      const summary = $(el, '[part=error-summary]');
      expect(text(summary.querySelector('h2'))).to.equal('There is a problem');
      expect([...summary.querySelectorAll('a')].map(text)).to.deep.equal([
        'Enter your full name',
        'Enter your email address',
        'Select at least one stage of the process',
        'Select at least one thing that would help',
        'Confirm that we can use this information to arrange your accommodations',
      ]);
    });
    it('marks each invalid field and describes it with its message', () => {
      const cases: [string, string][] = [
        ['input[name=name]', 'Enter your full name'],
        ['input[name=email]', 'Enter your email address'],
        [
          'input[name=consent]',
          'Confirm that we can use this information to arrange your accommodations',
        ],
      ];
      for (const [selector, message] of cases) {
        const input = $(el, selector);
        expect(input.getAttribute('aria-invalid'), selector).to.equal('true');
        const ids = input.getAttribute('aria-describedby')!.split(' ');
        expect(ids.map((id) => text(el.shadowRoot!.getElementById(id)))).to.include(message);
      }
    });
    it('marks the checkbox groups and describes them with their message', () => {
      const [stages] = $$<HTMLFieldSetElement>(el, 'fieldset[part=field]');
      expect(stages.getAttribute('aria-invalid')).to.equal('true');
      const ids = stages.getAttribute('aria-describedby')!.split(' ');
      expect(ids.map((id) => text(el.shadowRoot!.getElementById(id)))).to.deep.equal([
        'Select all that apply.',
        'Select at least one stage of the process',
      ]);
      for (const box of stages.querySelectorAll('input'))
        expect(box.getAttribute('aria-invalid')).to.equal('true');
    });
    it('asks for details with "something else", and for a phone number with phone contact', async () => {
      el.value = {
        ...sampleValue,
        details: '',
        needs: ['something-else'],
        phone: '',
        contactMethod: 'phone',
      };
      await submit(el);
      expect($$(el, '[part=error-summary] a').map(text)).to.deep.equal([
        'Enter a phone number, like 01632 960 001 or +1 555 0100',
        'Describe what would help',
      ]);
      expect($<HTMLTextAreaElement>(el, 'textarea').getAttribute('aria-invalid')).to.equal('true');
    });
    it('clears the errors once fixed', async () => {
      el.value = sampleValue;
      el.addEventListener('accommodation-submit', (e) => e.preventDefault());
      await submit(el);
      expect($(el, '[part=error-summary]')).to.be.null;
      expect($$(el, '[aria-invalid]').length).to.equal(0);
    });
  });

  describe('character count', () => {
    it('counts down as the candidate types, and counts past the limit', async () => {
      const el = await render();
      const area = $<HTMLTextAreaElement>(el, 'textarea');
      const count = () => text(el.shadowRoot!.querySelector('.count'));
      expect(count()).to.equal('You have 2,000 characters remaining');
      area.value = 'x'.repeat(50);
      area.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      expect(count()).to.equal('You have 1,950 characters remaining');
      el.value = { details: 'x'.repeat(2012) };
      await el.updateComplete;
      expect(count()).to.equal('You have 12 characters too many');
      await submit(el);
      expect($$(el, '[part=error-summary] a').map(text)).to.include(
        'Details must be 2,000 characters or fewer',
      );
    });
  });
});
