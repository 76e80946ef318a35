// The parts of <accommodation-request> around its fields: the error summary (GOV.UK: a list of
// links to each field in error), the "could not be sent" alert, and the confirmation.
import { html, nothing, type TemplateResult } from 'lit';
import type { AccommodationErrors, AccommodationField } from '../core/accommodation.js';
import type { AccommodationRequestStrings } from '../core/accommodation-strings.js';
import { fill } from '../core/messages.js';
import { fieldTarget } from './fields.js';

/** The summary of `errors`, each a link to its field; nothing when there are none. */
export function errorSummary(
  id: string,
  errors: AccommodationErrors,
  t: AccommodationRequestStrings,
  onLink: (e: Event) => void,
): TemplateResult | typeof nothing {
  const list = Object.entries(errors) as [AccommodationField, string][];
  return list.length
    ? html`<div part="error-summary" class="summary" tabindex="-1">
        <div role="alert">
          <h2>${t.errorTitle}</h2>
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

/** What the candidate sees once the request is sent: how we'll reply, and the reference. */
export function confirmation(
  byPhone: boolean,
  reference: string,
  t: AccommodationRequestStrings,
): TemplateResult {
  return html`<div part="confirmation" class="done">
    <h2 tabindex="-1">${byPhone ? t.sentPhone : t.sentEmail}</h2>
    ${reference ? html`<p>${fill(t.reference, { id: reference })}</p>` : nothing}
  </div>`;
}
