// Compile-only (checked by `tsc -p tsconfig.json`, imported nowhere): the public API of
// <accommodation-request> type-checks as a host page would use it.
import {
  type AccommodationRequest,
  type AccommodationErrorDetail,
  type AccommodationErrorEvent,
  type AccommodationRequestEventMap,
  type AccommodationSentDetail,
  type AccommodationSentEvent,
  type AccommodationSubmitDetail,
  type AccommodationSubmitEvent,
} from '../../src/accommodation-request.js';
import type {
  AccommodationRequest as RequestData,
  AccommodationValue,
} from '../../src/core/accommodation.js';

const el = document.querySelector('accommodation-request');
if (el) {
  const same: AccommodationRequest = el;
  const created: AccommodationRequest = document.createElement('accommodation-request');

  // Attributes and properties.
  const endpoint: string | undefined = el.endpoint;
  const company: string = el.company;
  const job: string | undefined = el.job;
  const disabled: boolean = el.disabled;
  const busy: boolean = el.busy;
  el.needs = [{ value: 'something-else', label: 'Other' }];
  el.strings = { submit: 'Send', remaining: { one: '{n} left', other: '{n} left' } };
  el.value = { name: 'Ada', stages: ['interviews'] };
  el.value = null;
  const value: AccommodationValue = el.value;
  const consent: boolean = el.value.consent;
  // @ts-expect-error busy is read-only
  el.busy = true;
  // @ts-expect-error needs are { value, label } objects
  el.needs = ['extra-time'];
  // @ts-expect-error not a key of the strings table
  el.strings = { submitt: 'Send' };

  // Events on the element and on document, typed from the map.
  el.addEventListener('accommodation-submit', (e) => {
    const s: string = e.detail.email;
    const stages: string[] = e.detail.stages;
    const method: 'email' | 'phone' = e.detail.contactMethod;
    const given: true = e.detail.consent;
    const at: string = e.detail.submittedAt;
    const phone: string | undefined = e.detail.phone;
    const jobId: string | undefined = e.detail.job;
    const data: RequestData = e.detail;
    const cancelable: boolean = e.cancelable;
    e.preventDefault();
    void [s, stages, method, given, at, phone, jobId, data, cancelable];
  });
  el.addEventListener('accommodation-sent', (e) => {
    const status: number = e.detail.status;
    const id: string | undefined = e.detail.id;
    const name: string = e.detail.request.name;
    void [status, id, name];
  });
  document.addEventListener('accommodation-error', (e) => {
    const status: number | undefined = e.detail.status;
    const message: string = e.detail.message;
    // @ts-expect-error not a field of the request
    void e.detail.request.diagnosis;
    void [status, message];
  });

  // The aliases and the map agree.
  const submitEvent: AccommodationRequestEventMap['accommodation-submit'] =
    new CustomEvent<AccommodationSubmitDetail>('accommodation-submit');
  const sentEvent: AccommodationSentEvent = new CustomEvent<AccommodationSentDetail>(
    'accommodation-sent',
  );
  const errorEvent: AccommodationErrorEvent = new CustomEvent<AccommodationErrorDetail>(
    'accommodation-error',
  );
  const typed: AccommodationSubmitEvent = submitEvent;
  // @ts-expect-error the detail of accommodation-sent is not the request
  const wrong: AccommodationSentEvent = new CustomEvent<AccommodationSubmitDetail>(
    'accommodation-sent',
  );

  void [
    same,
    created,
    endpoint,
    company,
    job,
    disabled,
    busy,
    value,
    consent,
    sentEvent,
    errorEvent,
    typed,
    wrong,
  ];
}
