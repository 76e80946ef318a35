// The named states of <accommodation-request>: the stories page renders them, and
// test/accommodation-request/accommodation-request.a11y.test.ts runs axe over every one.
import { html, type TemplateResult } from 'lit';
import '../src/accommodation-request.js';
import type { AccommodationRequest } from '../src/accommodation-request.js';
import type { AccommodationValue } from '../src/core/accommodation.js';

export interface AccommodationRequestState {
  name: string;
  render: () => TemplateResult;
  /** Brings the rendered element into the state (after the fixture rendered it). */
  setup?: (el: AccommodationRequest) => Promise<void>;
}

/** A complete, valid request, as a candidate would fill it in. */
export const sampleValue: Partial<AccommodationValue> = {
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  phone: '+44 1632 960 001',
  stages: ['interviews', 'assessment'],
  needs: ['extra-time', 'captions'],
  details: 'Please send the slides for the presentation task a day early.',
  contactMethod: 'email',
  consent: true,
};

const form = (): TemplateResult =>
  html`<accommodation-request company="Acme" job="REQ-0042"
    ><a slot="privacy" href="#privacy">Read our privacy notice</a></accommodation-request
  >`;

/** Clicks the element's own submit button (as a user would). */
function submit(el: AccommodationRequest): void {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
}

/**
 * Submits `el` to a stand-in `fetch` answering with `reply` (or never, when `reply` is absent),
 * then puts the real `fetch` back. The stories page has no server; the element sees a real
 * `Response` either way.
 */
async function submitWith(
  el: AccommodationRequest,
  reply?: () => Response,
  done?: string,
): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, unbound
  const real = window.fetch;
  window.fetch = (_input, init) =>
    new Promise((resolve, reject) => {
      init?.signal?.addEventListener('abort', () =>
        reject(new DOMException('Aborted', 'AbortError')),
      );
      if (reply) resolve(reply());
    });
  el.endpoint = '/accommodations';
  el.value = sampleValue;
  await el.updateComplete;
  const settled = done ? new Promise((r) => el.addEventListener(done, r, { once: true })) : null;
  try {
    submit(el);
  } finally {
    window.fetch = real;
  }
  await settled;
  await el.updateComplete;
}

export const states: AccommodationRequestState[] = [
  { name: 'empty', render: form },
  {
    name: 'errors',
    render: form,
    setup: async (el) => {
      submit(el);
      await el.updateComplete;
    },
  },
  {
    name: 'something-else-with-details',
    render: form,
    setup: async (el) => {
      el.value = {
        ...sampleValue,
        needs: ['quiet-room', 'something-else'],
        details: 'A desk by a window, and the interview in the morning if possible.',
      };
      await el.updateComplete;
    },
  },
  { name: 'sending', render: form, setup: (el) => submitWith(el) },
  {
    name: 'sent',
    render: form,
    setup: (el) =>
      submitWith(
        el,
        () => Response.json({ id: 'REQ-1234' }, { status: 201 }),
        'accommodation-sent',
      ),
  },
  {
    name: 'send-failed',
    render: form,
    setup: (el) =>
      submitWith(
        el,
        () => Response.json({ error: 'down' }, { status: 500 }),
        'accommodation-error',
      ),
  },
];
