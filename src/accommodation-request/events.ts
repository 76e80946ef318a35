/**
 * The events of <accommodation-request>, the single source of truth: detail types, event
 * aliases, the event map and its global augmentation (typed `addEventListener` everywhere).
 */
import type { AccommodationRequest as AccommodationRequestData } from '../core/accommodation.js';

// Types of the element's properties, exported with the events so the entry file exports them too.
export type {
  AccommodationNeed,
  AccommodationValue,
  ContactMethod,
} from '../core/accommodation.js';
export type { AccommodationRequestStrings } from './strings.js';

/**
 * The request a candidate submits (`accommodation-submit` detail, JSON body sent to `endpoint`).
 * The same type as `AccommodationRequest` in `core/accommodation.js`, renamed here because the
 * element class owns that name.
 */
export type AccommodationSubmitDetail = AccommodationRequestData;

/** `accommodation-sent` detail: the request, the HTTP status, and the reference if the reply had one. */
export interface AccommodationSentDetail {
  request: AccommodationSubmitDetail;
  status: number;
  /** The `id` of a JSON reply, as a string. */
  id?: string;
}

/** `accommodation-error` detail: the request, the HTTP status (none on a network error), the text shown. */
export interface AccommodationErrorDetail {
  request: AccommodationSubmitDetail;
  status?: number;
  message: string;
}

/** Fired on a valid submit; cancelable: `preventDefault()` means the host sends the request. */
export type AccommodationSubmitEvent = CustomEvent<AccommodationSubmitDetail>;
/** Fired when `endpoint` answered 2xx and the confirmation is shown. */
export type AccommodationSentEvent = CustomEvent<AccommodationSentDetail>;
/** Fired when sending to `endpoint` failed; the alert is shown and every field keeps its value. */
export type AccommodationErrorEvent = CustomEvent<AccommodationErrorDetail>;

/** Every event <accommodation-request> fires, by name. */
export interface AccommodationRequestEventMap {
  'accommodation-submit': AccommodationSubmitEvent;
  'accommodation-sent': AccommodationSentEvent;
  'accommodation-error': AccommodationErrorEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends AccommodationRequestEventMap {}
}
