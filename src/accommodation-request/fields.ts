// The fields of <accommodation-request>, GOV.UK-style: label or legend, hint, error message and
// control(s), with the IDREFs that tie them together inside the one shadow root.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  DEFAULT_NEEDS,
  DEFAULT_STAGES,
  MAX_DETAILS,
  isNeedList,
  type AccommodationErrors,
  type AccommodationField,
  type AccommodationFields,
  type AccommodationNeed,
} from '../core/accommodation.js';
import { formatNumber } from '../core/accommodation-messages.js';
import type { AccommodationRequestStrings } from '../core/accommodation-strings.js';
import { fill } from '../core/messages.js';

/** What every field needs from the form: ids, texts, values and errors. */
export interface FieldContext {
  id: string;
  t: AccommodationRequestStrings;
  value: AccommodationFields;
  errors: AccommodationErrors;
  locale: string;
}

type TextField = 'name' | 'email' | 'phone';
type ChoiceType = 'checkbox' | 'radio';

/** Every field, in order. `count` is the visible character count, `announced` what the polite
 * region says of it. */
export function formFields(
  c: FieldContext,
  needs: readonly AccommodationNeed[],
  count: string,
  announced: string,
): TemplateResult {
  const { t } = c;
  const stages = DEFAULT_STAGES.map((value) => ({ value, label: t[`stage-${value}`] }));
  const contact = [
    { value: 'email', label: t.contactEmail },
    { value: 'phone', label: t.contactPhone },
  ];
  return html`${textField(c, 'name', 'text', 'name')} ${textField(c, 'email', 'email', 'email')}
    ${textField(c, 'phone', 'tel', 'tel', t.phoneHint)}
    ${group(c, 'stages', 'checkbox', stages, t.selectAll)}
    ${group(c, 'needs', 'checkbox', needs, t.selectAll)} ${details(c, count, announced)}
    ${group(c, 'contactMethod', 'radio', contact)} ${consent(c)}`;
}
type GroupField = 'stages' | 'needs' | 'contactMethod';

export function textField(
  c: FieldContext,
  f: TextField,
  type: 'text' | 'email' | 'tel',
  autocomplete: 'name' | 'email' | 'tel',
  hint?: string,
): TemplateResult {
  const id = `${c.id}-${f}`;
  return html`<div part="field" class=${fieldClass(c, f)}>
    <label part="label" for=${id}>${c.t[f]}</label>${notes(c, f, hint)}
    <input part="input" id=${id} name=${f} type=${type} autocomplete=${autocomplete} spellcheck="false"
      aria-invalid=${ifDefined(invalid(c, f))} aria-describedby=${describedBy(c, f, hint)} .value=${c.value[f]} />
  </div>`;
}

export function group(
  c: FieldContext,
  f: GroupField,
  type: ChoiceType,
  options: readonly AccommodationNeed[],
  hint?: string,
): TemplateResult {
  const v = c.value[f];
  const bad = invalid(c, f);
  return html`<fieldset part="field" class=${fieldClass(c, f)}
    aria-describedby=${describedBy(c, f, hint)} aria-invalid=${ifDefined(bad)}>
    <legend part="legend">${c.t[f === 'contactMethod' ? 'contact' : f]}</legend>
    ${notes(c, f, hint)}
    ${options.map(
      ({ value, label }, i) => html`<div class="opt">
        <input type=${type} id="${c.id}-${f}${i}" name=${f} value=${value} aria-invalid=${ifDefined(bad)}
          aria-describedby=${ifDefined(bad && `${c.id}-${f}-error`)}
          .checked=${typeof v === 'string' ? v === value : v.includes(value)} />
        <label for="${c.id}-${f}${i}">${label}</label>
      </div>`,
    )}
  </fieldset>`;
}

/** The details textarea with its limit (read once) and a count announced when typing pauses. */
export function details(c: FieldContext, count: string, announced: string): TemplateResult {
  const { t } = c;
  const id = `${c.id}-details`;
  const over = c.value.details.length > MAX_DETAILS;
  return html`<div part="field" class=${fieldClass(c, 'details')}>
    <label part="label" for=${id}>${t.details}</label>${notes(c, 'details', t.detailsHint)}
    <textarea part="input" id=${id} name="details" rows="5" aria-invalid=${ifDefined(invalid(c, 'details'))}
      aria-describedby="${describedBy(c, 'details', t.detailsHint)} ${id}-limit"
      .value=${c.value.details}></textarea>
    <p class="sr" id="${id}-limit">${fill(t.limit, { max: formatNumber(MAX_DETAILS, c.locale) })}</p>
    <p class="count ${over ? 'over' : ''}" aria-hidden="true">${count}</p>
    <p class="sr" aria-live="polite">${announced}</p>
  </div>`;
}

export function consent(c: FieldContext): TemplateResult {
  const id = `${c.id}-consent`;
  return html`<div part="field" class=${fieldClass(c, 'consent')}>
    ${notes(c, 'consent')}
    <div class="opt">
      <input type="checkbox" id=${id} name="consent" aria-invalid=${ifDefined(invalid(c, 'consent'))}
        aria-describedby=${describedBy(c, 'consent')} .checked=${c.value.consent} />
      <label for=${id}>${c.t.consent}</label>
    </div>
    <slot name="privacy"></slot>
  </div>`;
}

/** The id a field's error links to: its control, or the first option of a group. */
export function fieldTarget(id: string, f: AccommodationField): string {
  return `${id}-${f}${f === 'stages' || f === 'needs' ? 0 : ''}`;
}

/** The hint and the error message under a label or legend. */
function notes(c: FieldContext, f: string, hint?: string): TemplateResult {
  const msg = errorOf(c, f);
  return html`${hint ? html`<p part="hint" class="hint" id="${c.id}-${f}-hint">${hint}</p>` : nothing}
  ${msg ? html`<p part="error" class="error" id="${c.id}-${f}-error">${msg}</p>` : nothing}`;
}

function fieldClass(c: FieldContext, f: string): string {
  return errorOf(c, f) ? 'field invalid' : 'field';
}

function invalid(c: FieldContext, f: string): 'true' | undefined {
  return errorOf(c, f) ? 'true' : undefined;
}

function describedBy(c: FieldContext, f: string, hint?: string): string | typeof nothing {
  const ids = [hint && `${c.id}-${f}-hint`, errorOf(c, f) && `${c.id}-${f}-error`];
  return ids.filter(Boolean).join(' ') || nothing;
}

/** The error shown for field `f` (the contact method included), if any. */
function errorOf(c: FieldContext, f: string): string | undefined {
  return c.errors[f as AccommodationField];
}

let warned = false;

/** The "What would help" options: the defaults labelled in the form's language (`need-<value>`),
 * the host's own list, or the defaults with one warning when the host's list is malformed. */
export function needOptions(
  needs: readonly AccommodationNeed[],
  t: AccommodationRequestStrings,
): readonly AccommodationNeed[] {
  if (needs !== DEFAULT_NEEDS && isNeedList(needs)) return needs;
  if (needs !== DEFAULT_NEEDS && !warned) {
    warned = true;
    console.warn(
      'applykit: <accommodation-request> `needs` must be [{ value, label }]; using the defaults.',
    );
  }
  const labels = t as unknown as Record<string, string>;
  return DEFAULT_NEEDS.map(({ value }) => ({ value, label: labels[`need-${value}`] }));
}

/** The form's values after an input or change event on `el`; null for a control not ours. */
export function withInput(
  value: AccommodationFields,
  el: HTMLInputElement,
): AccommodationFields | null {
  const f = el.name as keyof AccommodationFields;
  if (!(f in value)) return null; // e.g. a control slotted in by the host
  const v: Record<string, unknown> = { ...value };
  if (f === 'stages' || f === 'needs') {
    const rest = value[f].filter((x) => x !== el.value);
    v[f] = el.checked ? [...rest, el.value] : rest;
  } else v[f] = f === 'consent' ? el.checked : el.value;
  return v as unknown as AccommodationFields;
}
