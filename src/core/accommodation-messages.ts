/**
 * English validation messages for accommodation requests, and the character-count text.
 * Placeholders and plurals are filled by core/messages.ts. Pure: no DOM, runs in Node too.
 */
import { numberFormat } from './intl.js';
import { plural, type Plural } from './messages.js';

/** Validation messages, GOV.UK style: each says what to do. `{max}` is the details limit. */
export const ACCOMMODATION_MESSAGES = {
  nameMissing: 'Enter your full name',
  emailMissing: 'Enter your email address',
  emailFormat: 'Enter an email address in the correct format, like name@example.com',
  phoneMissing: 'Enter a phone number, like 01632 960 001 or +1 555 0100',
  phoneFormat: 'Enter a phone number in the correct format, like 01632 960 001 or +1 555 0100',
  stagesMissing: 'Select at least one stage of the process',
  needsMissing: 'Select at least one thing that would help',
  detailsMissing: 'Describe what would help',
  detailsTooLong: 'Details must be {max} characters or fewer',
  consentMissing: 'Confirm that we can use this information to arrange your accommodations',
};

/** The keys and shape of the validation messages; a translation must provide every one. */
export type AccommodationMessages = typeof ACCOMMODATION_MESSAGES;

/** `lang` as a locale Intl accepts (a page's `lang="en_US"` would make Intl throw), else English. */
export function safeLocale(lang?: string | null): string {
  try {
    return Intl.getCanonicalLocales(lang || 'en')[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** `n` with the locale's grouping: "2,000" in English. */
export function formatNumber(n: number, locale?: string): string {
  return numberFormat(safeLocale(locale)).format(n);
}

/**
 * The character-count text for a text of `length` characters with a limit of `max`:
 * "You have 1,950 characters remaining", or "You have 12 characters too many" past the limit.
 * `{count}` in the forms is the locale-formatted number.
 */
export function characterCount(
  length: number,
  max: number,
  forms: { remaining: Plural; over: Plural },
  locale?: string,
): string {
  const left = max - length;
  return plural(left < 0 ? forms.over : forms.remaining, Math.abs(left), safeLocale(locale));
}
