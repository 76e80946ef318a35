// Server-side checks of an accommodation request body, field by field. The form rules and their
// messages are the element's own (core/accommodation.js); the server adds what a browser cannot
// promise: JSON types, no unknown fields (refused, not stripped), and options from the lists.
import {
  DEFAULT_STAGES,
  normaliseFields,
  toAccommodationRequest,
  validateAccommodation,
  type AccommodationRequest,
} from '../core/accommodation.js';

/** Every field a request may have (the element's AccommodationRequest). */
const SHAPES = {
  name: 'text',
  email: 'text',
  phone: 'text',
  job: 'text',
  stages: 'list',
  needs: 'list',
  details: 'text',
  contactMethod: 'method',
  consent: 'boolean',
  submittedAt: 'time',
} as const;
type Shape = (typeof SHAPES)[keyof typeof SHAPES];

/** Field messages the form never shows, since its controls cannot produce these values. */
export const FIELD_MESSAGES = {
  text: 'Must be text',
  list: 'Must be a list of text values',
  method: 'Must be "email" or "phone"',
  boolean: 'Must be true or false',
  time: 'Must be a date and time in ISO 8601 format',
  unknown: 'Remove this field: it is not part of an accommodation request',
  option: 'Choose only from the options offered',
  textTooLong: 'Must be 500 characters or fewer',
};

/** Longest name, email, phone or job accepted (details has its own limit). */
const MAX_TEXT = 500;

/** The outcome: a request ready to store, or a message per invalid field. */
export type AccommodationCheck =
  { ok: true; request: AccommodationRequest } | { ok: false; fields: Record<string, string> };

/** Checks a parsed body against the field rules; `needs` lists the allowed needs values. */
export function checkAccommodation(
  body: Record<string, unknown>,
  needs: readonly string[],
  now = new Date(),
): AccommodationCheck {
  const fields = normaliseFields(body);
  const optionErrors = messageMap();
  if (fields.stages.some((s) => !(DEFAULT_STAGES as readonly string[]).includes(s))) {
    optionErrors.stages = FIELD_MESSAGES.option;
  }
  if (fields.needs.some((n) => !needs.includes(n))) optionErrors.needs = FIELD_MESSAGES.option;
  // Later sources win: a wrong JSON type says more than "Enter your full name".
  const errors = Object.assign(
    messageMap(),
    validateAccommodation(fields),
    optionErrors,
    shapeErrors(body),
  );
  if (Object.keys(errors).length) return { ok: false, fields: errors };
  const request = toAccommodationRequest(fields, body.job as string | undefined, now);
  if (typeof body.submittedAt === 'string') request.submittedAt = body.submittedAt;
  return { ok: true, request };
}

/** Unknown fields, values of the wrong JSON type, and over-long short texts. */
function shapeErrors(body: Record<string, unknown>): Record<string, string> {
  const errors = messageMap();
  for (const [key, value] of Object.entries(body)) {
    const shape: Shape | undefined = Object.hasOwn(SHAPES, key)
      ? SHAPES[key as keyof typeof SHAPES]
      : undefined;
    if (!shape) errors[key] = FIELD_MESSAGES.unknown;
    else if (value !== undefined && !hasShape(value, shape)) errors[key] = FIELD_MESSAGES[shape];
    else if (
      shape === 'text' &&
      key !== 'details' &&
      typeof value === 'string' &&
      value.length > MAX_TEXT
    ) {
      errors[key] = FIELD_MESSAGES.textTooLong;
    }
  }
  return errors;
}

/**
 * A message per field name, without a prototype: a field named `__proto__` or `constructor` is
 * then a key like any other, not the prototype's setter or method.
 */
function messageMap(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/** ISO 8601 date and time with an offset, as `Date.prototype.toISOString()` writes it. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function hasShape(value: unknown, shape: Shape): boolean {
  switch (shape) {
    case 'text':
      return typeof value === 'string';
    case 'list':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'method':
      return value === 'email' || value === 'phone';
    case 'boolean':
      return typeof value === 'boolean';
    case 'time':
      return typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
  }
}
