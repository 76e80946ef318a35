/** Types of the data behind <accommodation-request>. Pure: no DOM. */

/** How the candidate wants to be contacted (phone includes relay services). */
export type ContactMethod = 'email' | 'phone';

/** One option in the "What would help" list. */
export interface AccommodationNeed {
  /** Stable id sent in `needs`, e.g. `extra-time`. */
  value: string;
  /** Visible label, e.g. "Extra time". */
  label: string;
}

/** A complete, validated request: the `accommodation-submit` detail and the body POSTed to `endpoint`. */
export interface AccommodationRequest {
  name: string;
  email: string;
  phone?: string;
  /** Job title or requisition id, from the element's `job` attribute. */
  job?: string;
  /** Values from `STAGES`. */
  stages: string[];
  /** Values from the element's `needs` list. */
  needs: string[];
  details: string;
  contactMethod: ContactMethod;
  consent: true;
  /** ISO 8601 time of the submit. */
  submittedAt: string;
}

/** What the form holds now (the element's `value`): a request that may not be complete yet. */
export interface AccommodationValue extends Omit<AccommodationRequest, 'consent' | 'submittedAt'> {
  consent: boolean;
}

/** The raw form fields, every one present (as the controls hold them). */
export interface AccommodationFields {
  name: string;
  email: string;
  phone: string;
  stages: string[];
  needs: string[];
  details: string;
  contactMethod: ContactMethod;
  consent: boolean;
}

/** A field that can carry an error, in the order the form shows them. */
export type AccommodationField =
  'name' | 'email' | 'phone' | 'stages' | 'needs' | 'details' | 'consent';

/** Error message by field; a field without an error has no key. Keys come in form order. */
export type AccommodationErrors = Partial<Record<AccommodationField, string>>;
