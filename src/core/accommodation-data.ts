/** Turning form fields into the value a host reads and the request that is sent. Pure: no DOM. */
import type {
  AccommodationFields,
  AccommodationNeed,
  AccommodationRequest,
  AccommodationValue,
} from './accommodation-types.js';

/** Turns anything (a partial request, bad types) into complete form fields; never throws. */
export function normaliseFields(
  input?: Partial<AccommodationFields | AccommodationValue> | null,
): AccommodationFields {
  const o: Record<string, unknown> = input && typeof input === 'object' ? input : {};
  const text = (x: unknown): string => (typeof x === 'string' ? x : '');
  const list = (x: unknown): string[] =>
    Array.isArray(x) ? x.filter((i) => typeof i === 'string') : [];
  return {
    name: text(o.name),
    email: text(o.email),
    phone: text(o.phone),
    stages: list(o.stages),
    needs: list(o.needs),
    details: text(o.details),
    contactMethod: o.contactMethod === 'phone' ? 'phone' : 'email',
    consent: o.consent === true,
  };
}

/** The value a host reads: trimmed texts, `phone` and `job` only when present. */
export function toAccommodationValue(
  fields: AccommodationFields,
  job?: string | null,
): AccommodationValue {
  const phone = fields.phone.trim();
  const j = job?.trim();
  return {
    name: fields.name.trim(),
    email: fields.email.trim(),
    ...(phone && { phone }),
    ...(j && { job: j }),
    stages: [...fields.stages],
    needs: [...fields.needs],
    details: fields.details.trim(),
    contactMethod: fields.contactMethod,
    consent: fields.consent,
  };
}

/** The request to send for valid `fields`, stamped with `now`. */
export function toAccommodationRequest(
  fields: AccommodationFields,
  job?: string | null,
  now: Date = new Date(),
): AccommodationRequest {
  return { ...toAccommodationValue(fields, job), consent: true, submittedAt: now.toISOString() };
}

/** True for a `needs` list the element can render: an array of `{ value, label }` strings. */
export function isNeedList(needs: unknown): needs is readonly AccommodationNeed[] {
  return (
    Array.isArray(needs) &&
    needs.every((o: Partial<AccommodationNeed> | null) => {
      return typeof o?.value === 'string' && typeof o.label === 'string';
    })
  );
}

/** `fields` with stages and needs limited to the known options, in the order they are listed. */
export function knownOptionsOnly(
  fields: AccommodationFields,
  stages: readonly string[],
  needs: readonly AccommodationNeed[],
): AccommodationFields {
  return {
    ...fields,
    stages: stages.filter((s) => fields.stages.includes(s)),
    needs: needs.map((o) => o.value).filter((n) => fields.needs.includes(n)),
  };
}
