/**
 * The data behind <accommodation-request>: the request type, the default stages and needs, and
 * validation with GOV.UK-style messages. Pure: no DOM, no side effects, runs in Node too.
 */
import {
  ACCOMMODATION_MESSAGES,
  formatNumber,
  type AccommodationMessages,
} from './accommodation-messages.js';
import { fill } from './messages.js';
import { normaliseFields } from './accommodation-data.js';
import type {
  AccommodationErrors,
  AccommodationFields,
  AccommodationNeed,
} from './accommodation-types.js';

export type * from './accommodation-types.js';
export * from './accommodation-data.js';
export { ACCOMMODATION_MESSAGES, type AccommodationMessages } from './accommodation-messages.js';

/**
 * The stages of the hiring process a request can apply to, in the order shown (their labels are
 * in the element's strings table, `stage-<value>`).
 */
export const DEFAULT_STAGES = [
  'application',
  'phone-screen',
  'interviews',
  'assessment',
  'on-site',
] as const;
export type AccommodationStage = (typeof DEFAULT_STAGES)[number];

/**
 * The `needs` value of the free-text option: choosing it makes the details required. A host's
 * custom `needs` list should use this value for its "something else" option.
 */
export const SOMETHING_ELSE = 'something-else';

/** The longest details text accepted, in characters. */
export const MAX_DETAILS = 2000;

/** The default "What would help" options: adjustments, never conditions. */
export const DEFAULT_NEEDS: readonly AccommodationNeed[] = [
  { value: 'extra-time', label: 'Extra time' },
  { value: 'sign-language-interpreter', label: 'Sign language interpreter' },
  { value: 'captions', label: 'Captions or transcripts' },
  { value: 'screen-reader-materials', label: 'Screen-reader compatible materials' },
  { value: 'step-free-access', label: 'Step-free or wheelchair access' },
  { value: 'breaks', label: 'Breaks during interviews' },
  { value: 'alternative-format', label: 'Alternative interview format' },
  { value: 'questions-in-advance', label: 'Questions in advance' },
  { value: 'quiet-room', label: 'A quiet room' },
  { value: 'support-person', label: 'A support person or assistance animal' },
  { value: SOMETHING_ELSE, label: 'Something else' },
];

/** Options for `validateAccommodation`. */
export interface ValidateOptions {
  /** Messages merged over the English ones. */
  messages?: Partial<AccommodationMessages>;
  /** The needs value that makes details required; default `SOMETHING_ELSE`. */
  somethingElse?: string;
  /** Details limit; default `MAX_DETAILS`. */
  maxDetails?: number;
  /** Locale for the number in the too-long message; default English. */
  locale?: string;
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE = /^[\d\s()+-]+$/;

/** True for digits, spaces, `+`, `-` and brackets with at least 6 digits. */
export function isPhoneNumber(phone: string): boolean {
  return PHONE.test(phone) && phone.replace(/\D/g, '').length >= 6;
}

/** True for a plausible address: something@domain.tld, no spaces. */
export function isEmailAddress(email: string): boolean {
  return EMAIL.test(email);
}

/**
 * Checks a request and returns an error message per invalid field (empty object when valid).
 * `options` may be the "something else" needs value alone.
 */
export function validateAccommodation(
  value: Partial<AccommodationFields>,
  options: ValidateOptions | string = {},
): AccommodationErrors {
  const o = typeof options === 'string' ? { somethingElse: options } : options;
  const m = { ...ACCOMMODATION_MESSAGES, ...o.messages };
  const max = o.maxDetails ?? MAX_DETAILS;
  const v = normaliseFields(value);
  const [name, email, phone] = [v.name.trim(), v.email.trim(), v.phone.trim()];
  const errors: AccommodationErrors = {};
  if (!name) errors.name = m.nameMissing;
  if (!email) errors.email = m.emailMissing;
  else if (!isEmailAddress(email)) errors.email = m.emailFormat;
  if (phone && !isPhoneNumber(phone)) errors.phone = m.phoneFormat;
  else if (!phone && v.contactMethod === 'phone') errors.phone = m.phoneMissing;
  if (!v.stages.length) errors.stages = m.stagesMissing;
  if (!v.needs.length) errors.needs = m.needsMissing;
  if (v.details.length > max)
    errors.details = fill(m.detailsTooLong, { max: formatNumber(max, o.locale) });
  else if (!v.details.trim() && v.needs.includes(o.somethingElse ?? SOMETHING_ELSE))
    errors.details = m.detailsMissing;
  if (!v.consent) errors.consent = m.consentMissing;
  return errors;
}
