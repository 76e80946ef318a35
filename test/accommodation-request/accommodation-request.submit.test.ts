import { expect, fixture, html } from '@open-wc/testing';
import type { AccommodationRequest } from '../../src/accommodation-request.js';
import type { AccommodationValue } from '../../src/core/accommodation.js';
import { sampleValue } from '../../stories/accommodation-request.states.js';
import { nextEvent } from '../helpers/events.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T =>
  el.shadowRoot!.querySelector<T>(selector)!;
const text = (node: Element | null | undefined): string =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const submit = (el: AccommodationRequest) =>
  $<HTMLButtonElement>(el, '[part=submit-button]').click();

/** A filled-in form; `endpoint` as given (none when undefined). */
async function filled(endpoint?: string, value: Partial<AccommodationValue> = sampleValue) {
  const el = await fixture<AccommodationRequest>(
    html`<accommodation-request company="Acme" job="REQ-0042" .endpoint=${endpoint}></accommodation-request>`,
  );
  el.value = value;
  await el.updateComplete;
  return el;
}

/** Every control's current value as the user sees it. */
const controls = (el: AccommodationRequest) =>
  [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input, textarea')].map((c) =>
    c.type === 'checkbox' || c.type === 'radio' ? `${c.value}:${c.checked}` : c.value,
  );

type FetchArgs = Parameters<typeof fetch>;
/** Replaces `window.fetch` for one test; `respond` decides what each call returns. */
function stubFetch(respond: (...args: FetchArgs) => Promise<Response>) {
  const real = window.fetch;
  const calls: FetchArgs[] = [];
  window.fetch = (...args: FetchArgs) => {
    calls.push(args);
    return respond(...args);
  };
  return { calls, restore: () => (window.fetch = real), real: real.bind(window) };
}

describe('<accommodation-request> submitting', () => {
  let stub: ReturnType<typeof stubFetch> | undefined;
  afterEach(() => {
    stub?.restore();
    stub = undefined;
  });

  it('fires a bubbling, composed, cancelable accommodation-submit with the request', async () => {
    const el = await filled();
    const event = nextEvent(document, 'accommodation-submit');
    submit(el);
    const e = await event;
    expect([e.bubbles, e.composed, e.cancelable]).to.deep.equal([true, true, true]);
    const { submittedAt, ...rest } = e.detail;
    expect(rest).to.deep.equal({ ...sampleValue, job: 'REQ-0042' });
    expect(new Date(submittedAt).toISOString()).to.equal(submittedAt);
  });

  it('does nothing more when the host prevents the submit', async () => {
    stub = stubFetch(() => Promise.reject(new Error('must not be called')));
    const el = await filled('/__test__/201');
    el.addEventListener('accommodation-submit', (e) => e.preventDefault());
    submit(el);
    await el.updateComplete;
    expect(stub.calls.length).to.equal(0);
    expect(el.busy).to.be.false;
    expect($(el, '[part=confirmation]')).to.be.null;
    expect($(el, 'form').hidden).to.be.false;
  });

  it('shows the confirmation without fetching when there is no endpoint', async () => {
    stub = stubFetch(() => Promise.reject(new Error('must not be called')));
    const el = await filled(undefined, { ...sampleValue, contactMethod: 'phone' });
    submit(el);
    await el.updateComplete;
    await el.updateComplete;
    expect(stub.calls.length).to.equal(0);
    const heading = $(el, '[part=confirmation] h2');
    expect(text(heading)).to.equal("Request sent — we'll contact you by phone");
    expect(el.shadowRoot!.activeElement).to.equal(heading);
  });

  describe('to an endpoint', () => {
    it('POSTs the JSON to the endpoint only, then confirms with the reference', async () => {
      stub = stubFetch((...args) => stub!.real(...args));
      const el = await filled('/__test__/201');
      const submitted = nextEvent(el, 'accommodation-submit');
      const sent = nextEvent(el, 'accommodation-sent');
      submit(el);
      const request = (await submitted).detail;
      const { detail } = await sent;
      expect(detail).to.deep.equal({ request, status: 201, id: 'REQ-1234' });
      expect(stub.calls.length).to.equal(1);
      const [url, init] = stub.calls[0];
      expect(url).to.equal('/__test__/201');
      expect(init).to.include({ method: 'POST', credentials: 'same-origin' });
      expect(new Headers(init!.headers).get('content-type')).to.equal('application/json');
      expect(JSON.parse(init!.body as string)).to.deep.equal(request);

      const heading = $(el, '[part=confirmation] h2');
      expect(text(heading)).to.equal("Request sent — we'll contact you by email");
      expect(el.shadowRoot!.activeElement).to.equal(heading);
      expect(text($(el, '[part=confirmation]'))).to.include('Your reference is REQ-1234');
      expect(el.hasAttribute('busy')).to.be.false;
    });

    it('confirms without a reference when the reply has no id', async () => {
      const el = await filled('/__test__/echo', { ...sampleValue, details: '' });
      const sent = nextEvent(el, 'accommodation-sent');
      submit(el);
      const { detail } = await sent;
      expect(detail).to.have.keys(['request', 'status']);
      expect(detail.status).to.equal(200);
      expect(text($(el, '[part=confirmation]'))).not.to.include('reference');
    });

    const failures: [string, string, number | undefined, string][] = [
      [
        'a 500',
        '/__test__/500',
        500,
        'Your request could not be sent. The server answered 500. Try again, or contact Acme.',
      ],
      [
        'a dropped connection',
        '/__test__/drop',
        undefined,
        'Your request could not be sent. Check your connection and try again.',
      ],
    ];
    for (const [what, endpoint, status, message] of failures) {
      it(`alerts on ${what}, fires accommodation-error, and keeps every value`, async () => {
        const el = await filled(endpoint);
        const before = controls(el);
        const failed = nextEvent(el, 'accommodation-error');
        submit(el);
        const { detail } = await failed;
        expect(detail.message).to.equal(message);
        expect(detail.status).to.equal(status);
        expect('status' in detail).to.equal(status !== undefined);
        expect(detail.request).to.include({ name: 'Ada Lovelace', job: 'REQ-0042' });
        const alert = $(el, '[part=alert]');
        expect(alert.getAttribute('role')).to.equal('alert');
        expect(text(alert)).to.include(message);
        expect(controls(el)).to.deep.equal(before);
        expect(el.value).to.deep.equal({ ...sampleValue, job: 'REQ-0042' });
        expect($(el, 'form').hidden).to.be.false;
      });
    }

    it('sends the same request again with "Try again"', async () => {
      const el = await filled('/__test__/500');
      const failed = nextEvent(el, 'accommodation-error');
      submit(el);
      const { request } = (await failed).detail;
      el.endpoint = '/__test__/201';
      const sent = nextEvent(el, 'accommodation-sent');
      $<HTMLButtonElement>(el, '[part=retry-button]').click();
      expect((await sent).detail.request).to.equal(request);
      expect(text($(el, '[part=confirmation]'))).to.include('Your reference is REQ-1234');
    });

    it('is busy while sending and ignores a second submit', async () => {
      let answer!: (r: Response) => void;
      stub = stubFetch(() => new Promise((resolve) => (answer = resolve)));
      const el = await filled('/__test__/201');
      const button = $<HTMLButtonElement>(el, '[part=submit-button]');
      button.focus();
      submit(el);
      await el.updateComplete;
      submit(el);
      await el.updateComplete;
      expect(stub.calls.length).to.equal(1);
      expect(el.busy).to.be.true;
      expect(el.hasAttribute('busy')).to.be.true;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(text(button)).to.equal('Sending…');
      expect(el.shadowRoot!.activeElement).to.equal(button);
      const sent = nextEvent(el, 'accommodation-sent');
      answer(Response.json({ id: 7 }, { status: 201 }));
      expect((await sent).detail.id).to.equal('7');
      expect(el.hasAttribute('busy')).to.be.false;
    });

    it('aborts the request when removed, and fires nothing', async () => {
      let signal: AbortSignal | undefined;
      stub = stubFetch(
        (_url, init) =>
          new Promise((_resolve, reject) => {
            signal = init!.signal!;
            signal.addEventListener('abort', () =>
              reject(new DOMException('Aborted', 'AbortError')),
            );
          }),
      );
      const el = await filled('/__test__/201');
      let fired = 0;
      el.addEventListener('accommodation-error', () => fired++);
      el.addEventListener('accommodation-sent', () => fired++);
      submit(el);
      el.remove();
      await new Promise((r) => setTimeout(r));
      expect(signal!.aborted).to.be.true;
      expect(fired).to.equal(0);
    });

    it('never writes the request to storage, cookies or the console', async () => {
      const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
      const saved = methods.map((m) => console[m]);
      const logged: unknown[] = [];
      for (const m of methods) console[m] = (...args: unknown[]) => logged.push(args);
      const [local, session, cookie] = [
        localStorage.length,
        sessionStorage.length,
        document.cookie,
      ];
      try {
        const el = await filled('/__test__/500');
        const failed = nextEvent(el, 'accommodation-error');
        submit(el);
        await failed;
      } finally {
        methods.forEach((m, i) => (console[m] = saved[i]));
      }
      expect(logged).to.deep.equal([]);
      expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal([
        local,
        session,
        cookie,
      ]);
    });
  });
});
