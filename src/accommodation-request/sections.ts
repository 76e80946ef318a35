// The parts of <accommodation-request> around its fields: the error summary (GOV.UK: a list of
// links to each field in error), the "could not be sent" alert, and the confirmation. Their
// headings take the level the page gives (`heading-level`), so they fit the page's outline.
import { html, nothing, type TemplateResult } from 'lit';
import type { AccommodationErrors, AccommodationField } from '../core/accommodation.js';
import type { AccommodationRequestStrings } from '../core/accommodation-strings.js';
import { fill } from '../core/messages.js';
import { fieldTarget } from './fields.js';

let warned = false;

/** A valid heading level (1–6) from the `heading-level` value; 2, with one warning, otherwise. */
export function levelOf(value: number): number {
  if (Number.isInteger(value) && value > 0 && value < 7) return value;
  if (!warned) console.warn(`applykit: heading-level ${value} is not 1–6; using 2`);
  warned = true;
  return 2;
}

type Heading = (text: string, describedBy: string | typeof nothing) => TemplateResult;
// One template per level: Lit cannot bind a tag name, and lit/static-html costs more bytes.
const headings: Heading[] = [
  (t, d) => html`<h1 class="h" tabindex="-1" aria-describedby=${d}>${t}</h1>`,
  (t, d) => html`<h2 class="h" tabindex="-1" aria-describedby=${d}>${t}</h2>`,
  (t, d) => html`<h3 class="h" tabindex="-1" aria-describedby=${d}>${t}</h3>`,
  (t, d) => html`<h4 class="h" tabindex="-1" aria-describedby=${d}>${t}</h4>`,
  (t, d) => html`<h5 class="h" tabindex="-1" aria-describedby=${d}>${t}</h5>`,
  (t, d) => html`<h6 class="h" tabindex="-1" aria-describedby=${d}>${t}</h6>`,
];

/** A heading of `level` that can take focus, described by the element `describedBy` names. */
function heading(level: number, text: string, describedBy?: string): TemplateResult {
  return headings[level - 1](text, describedBy || nothing);
}

/** The summary of `errors`, each a link to its field; nothing when there are none. */
export function errorSummary(
  id: string,
  errors: AccommodationErrors,
  t: AccommodationRequestStrings,
  onLink: (e: Event) => void,
  level: number,
): TemplateResult | typeof nothing {
  const list = Object.entries(errors) as [AccommodationField, string][];
  return list.length
    ? html`<div part="error-summary" class="summary" tabindex="-1">
        <div role="alert">
          ${heading(level, t.errorTitle)}
          <ul>
            ${list.map(([f, msg]) => html`<li><a href="#${fieldTarget(id, f)}" @click=${onLink}>${msg}</a></li>`)}
          </ul>
        </div>
      </div>`
    : nothing;
}

/** The alert shown when sending failed, with its "Try again" button. */
export function sendAlert(
  message: string,
  t: AccommodationRequestStrings,
  onRetry: () => void,
): TemplateResult {
  return html`<div part="alert" class="alert" role="alert">
    <p>${message}</p>
    <button type="button" part="retry-button" @click=${onRetry}>${t.retry}</button>
  </div>`;
}

/** What the candidate sees once the request is sent: how we'll reply, and the reference, which
 * describes the heading that takes focus, so both are read together (4.1.3). */
export function confirmation(
  id: string,
  byPhone: boolean,
  reference: string,
  t: AccommodationRequestStrings,
  level: number,
): TemplateResult {
  const ref = reference && `${id}-reference`;
  return html`<div part="confirmation" class="done">
    ${heading(level, byPhone ? t.sentPhone : t.sentEmail, ref)}
    ${ref ? html`<p id=${ref}>${fill(t.reference, { id: reference })}</p>` : nothing}
  </div>`;
}
