// <accommodation-request>: a short GOV.UK-style form asking what would help a candidate, never why.
// Native controls live in the shadow root with their labels and messages: ARIA IDREFs cannot cross it.
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import {
  DEFAULT_NEEDS,
  DEFAULT_STAGES,
  MAX_DETAILS,
  SOMETHING_ELSE,
  isNeedList,
  knownOptionsOnly,
  normaliseFields,
  toAccommodationRequest,
  toAccommodationValue,
  validateAccommodation,
  type AccommodationErrors,
  type AccommodationField,
  type AccommodationFields,
  type AccommodationNeed,
  type AccommodationRequest as RequestData,
  type AccommodationValue,
} from '../core/accommodation.js';
import { characterCount, formatNumber } from '../core/accommodation-messages.js';
import { fill } from '../core/messages.js';
import { emit } from '../emit.js';
import { LocaleController } from '../controllers/locale.js';
import { tokens } from '../styles/tokens.js';
import { styles } from './styles.js';
import type { AccommodationRequestEventMap } from './events.js';
import {
  accommodationRequestStrings as english,
  type AccommodationRequestStrings,
} from './strings.js';

let instances = 0;
const state = { state: true };

/**
 * An accessible form for requesting accommodations in the hiring process: it asks what would
 * help (never for a diagnosis), validates GOV.UK-style with an error summary, and sends the
 * request as JSON to `endpoint` or leaves sending to the host. Texts are in the language of the
 * nearest `lang` (English, Spanish, German, French or Arabic; `strings` overrides any of them);
 * colours follow the page's `color-scheme`; `dir="rtl"` mirrors the layout.
 *
 * @summary Accessible request form for interview and application accommodations.
 * @tag accommodation-request
 * @slot privacy - A link to the host's privacy notice, shown under the consent checkbox.
 * @csspart form - The form (hidden once the confirmation shows).
 * @csspart error-summary - The "There is a problem" box listing each error as a link.
 * @csspart field - Each field: label or legend, hint, error message and control(s).
 * @csspart label - The label of a text field.
 * @csspart input - A text input or the details textarea.
 * @csspart legend - The legend of each group of checkboxes or radios.
 * @csspart hint - Hint text under a label or legend.
 * @csspart error - An inline error message.
 * @csspart alert - The "could not be sent" alert.
 * @csspart retry-button - The "Try again" button in the alert.
 * @csspart submit-button - The send button.
 * @csspart confirmation - The view shown once the request is sent.
 * @cssprop --applykit-font-family=inherit - Font of the form (the page's, by default).
 * @cssprop --applykit-color-accent=light-dark(#1a5fb4,#99c1f1) - Buttons, checkboxes and radios.
 * @cssprop --applykit-color-on-accent=light-dark(#fff,#0b1f33) - Text on the accent colour.
 * @cssprop --applykit-color-danger=light-dark(#b3261e,#ffb4ab) - Errors and the alert.
 * @cssprop --applykit-color-muted=light-dark(#4d4d4d,#c4c4c4) - Hints and the character count.
 * @cssprop --applykit-color-border=light-dark(#6b6b6b,#8f8f8f) - Borders of text inputs.
 * @cssprop --applykit-radius=6px - Corner radius of inputs and buttons.
 * @cssprop --applykit-space=1rem - Base spacing.
 * @cssprop --applykit-focus-ring-color=var(--applykit-color-accent) - Focus outline.
 * @attr {boolean} busy - Set by the element while the request is being sent (for styling).
 * @fires {AccommodationSubmitEvent} accommodation-submit - On a valid submit; detail: the request.
 *   Cancelable: `preventDefault()` means the host sends it and the element does nothing more.
 * @fires {AccommodationSentEvent} accommodation-sent - When `endpoint` answered 2xx and the
 *   confirmation shows; detail `{ request, status, id? }`. Not cancelable.
 * @fires {AccommodationErrorEvent} accommodation-error - When sending to `endpoint` failed
 *   (network or non-2xx) and the alert shows; detail `{ request, status?, message }`. Not cancelable.
 */
export class AccommodationRequest extends LitElement {
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };
  static override styles = [tokens, styles];
  static override properties = {
    endpoint: {},
    company: { noAccessor: true },
    job: {},
    disabled: { type: Boolean, reflect: true },
    needs: { attribute: false },
    strings: { attribute: false },
    _value: state,
    _errors: state,
    _phase: state,
    _note: state,
    _announce: state,
  };

  /** URL the request is POSTed to as JSON; without it the host sends the `accommodation-submit` detail. */
  declare endpoint: string | undefined;
  /** Job title or requisition id the request is about; sent as `job`. */
  declare job: string | undefined;
  /** Disables every control. */
  declare disabled: boolean;
  /** The "What would help" options; the free-text option must have the value `something-else`. */
  declare needs: readonly AccommodationNeed[];
  /** Texts merged over the table of the form's language, for other languages and wording changes. */
  declare strings: Partial<AccommodationRequestStrings> | undefined;
  declare private _value: AccommodationFields;
  declare private _errors: AccommodationErrors;
  declare private _phase: 'form' | 'sending' | 'failed' | 'sent';
  /** The alert text when failed, the reference when sent. */
  declare private _note: string;
  declare private _announce: string;

  #id = `ar${++instances}`;
  #t: AccommodationRequestStrings = english;
  #locale = new LocaleController(this);
  #company?: string | null;
  #request?: RequestData;
  #abort?: AbortController;
  #timer?: ReturnType<typeof setTimeout>;
  #warned = false;

  constructor() {
    super();
    this.disabled = false;
    this.needs = DEFAULT_NEEDS;
    this._value = normaliseFields();
    this._errors = {};
    this._phase = 'form';
    this._note = this._announce = '';
    // A `value` set before the element was upgraded shadows the accessor: re-apply it.
    if (Object.hasOwn(this, 'value')) {
      const v = (this as { value?: Partial<AccommodationValue> }).value;
      delete (this as { value?: unknown }).value;
      this.value = v;
    }
  }

  /** Organisation name used in the texts ("Let Acme know…"); by default "us", in the form's language. */
  get company(): string {
    return this.#company || this.#t.company;
  }
  set company(value: string) {
    const old = this.company;
    this.#company = value;
    this.requestUpdate('company', old);
  }

  /** The request as the form holds it now (texts trimmed, `job` from its attribute); set to pre-fill. */
  get value(): AccommodationValue {
    return toAccommodationValue(this.#fields(), this.job);
  }
  set value(v: Partial<AccommodationValue> | null | undefined) {
    this._value = normaliseFields(v);
  }

  /** True while the request is being sent (reflected as the `busy` attribute). */
  get busy(): boolean {
    return this._phase === 'sending';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    clearTimeout(this.#timer);
  }

  override willUpdate(): void {
    this.#t = { ...english, ...this.#locale.tables?.accommodationRequest, ...this.strings };
  }

  /** Also waits for the texts of the form's language when they are still loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#locale.settled();
    return super.getUpdateComplete();
  }

  override updated(): void {
    this.toggleAttribute('busy', this.busy);
  }

  override render(): TemplateResult {
    const t = this.#t;
    const c = { company: this.company };
    const sent = this._phase === 'sent';
    const stages = DEFAULT_STAGES.map((value) => ({ value, label: t[`stage-${value}`] }));
    const contact = [
      { value: 'email', label: t.contactEmail },
      { value: 'phone', label: t.contactPhone },
    ];
    return html`${sent ? this.#renderConfirmation() : nothing}
      <form part="form" novalidate ?hidden=${sent} @submit=${this.#onSubmit}
        @input=${this.#onInput} @change=${this.#onInput}>
        ${this.#renderSummary()}
        <p>${fill(t.intro, c)}</p>
        <p>${fill(t.privacy, c)}</p>
        <fieldset role="none" ?disabled=${this.disabled}>
          ${this.#renderText('name', 'text', 'name')} ${this.#renderText('email', 'email', 'email')}
          ${this.#renderText('phone', 'tel', 'tel', t.phoneHint)}
          ${this.#renderGroup('stages', 'checkbox', stages, t.selectAll)}
          ${this.#renderGroup('needs', 'checkbox', this.#options, t.selectAll)} ${this.#renderDetails()}
          ${this.#renderGroup('contactMethod', 'radio', contact)} ${this.#renderConsent()}
          ${this.#renderAlert()}
          <button part="submit-button" aria-disabled=${this.busy || nothing}>${this.busy ? t.sending : t.submit}</button>
        </fieldset>
      </form>`;
  }

  #renderConfirmation(): TemplateResult {
    const t = this.#t;
    return html`<div part="confirmation" class="done">
      <h2 tabindex="-1">${this.#request?.contactMethod === 'phone' ? t.sentPhone : t.sentEmail}</h2>
      ${this._note ? html`<p>${fill(t.reference, { id: this._note })}</p>` : nothing}
    </div>`;
  }

  #renderSummary(): TemplateResult | typeof nothing {
    const errors = Object.entries(this._errors) as [AccommodationField, string][];
    return errors.length
      ? html`<div part="error-summary" class="summary" tabindex="-1">
          <div role="alert">
            <h2>${this.#t.errorTitle}</h2>
            <ul>
              ${errors.map(([f, msg]) => html`<li><a href="#${this.#target(f)}" @click=${this.#onSummaryClick}>${msg}</a></li>`)}
            </ul>
          </div>
        </div>`
      : nothing;
  }

  #renderText(
    f: 'name' | 'email' | 'phone',
    type: string,
    autocomplete: string,
    hint?: string,
  ): TemplateResult {
    const id = `${this.#id}-${f}`;
    return html`<div part="field" class=${this.#fieldClass(f)}>
      <label part="label" for=${id}>${this.#t[f]}</label>${this.#renderNotes(f, hint)}
      <input part="input" id=${id} name=${f} type=${type} autocomplete=${autocomplete} spellcheck="false"
        aria-invalid=${this.#invalid(f)} aria-describedby=${this.#describedBy(f, hint)} .value=${this._value[f]} />
    </div>`;
  }

  #renderGroup(
    f: 'stages' | 'needs' | 'contactMethod',
    type: string,
    options: readonly AccommodationNeed[],
    hint?: string,
  ): TemplateResult {
    const v = this._value[f];
    const invalid = this.#invalid(f as AccommodationField);
    return html`<fieldset part="field" class=${this.#fieldClass(f)}
      aria-describedby=${this.#describedBy(f, hint)} aria-invalid=${invalid}>
      <legend part="legend">${this.#t[f === 'contactMethod' ? 'contact' : f]}</legend>
      ${this.#renderNotes(f, hint)}
      ${options.map(
        ({ value, label }, i) => html`<div class="opt">
          <input type=${type} id="${this.#id}-${f}${i}" name=${f} value=${value} aria-invalid=${invalid}
            .checked=${typeof v === 'string' ? v === value : v.includes(value)} />
          <label for="${this.#id}-${f}${i}">${label}</label>
        </div>`,
      )}
    </fieldset>`;
  }

  #renderDetails(): TemplateResult {
    const t = this.#t;
    const id = `${this.#id}-details`;
    const over = this._value.details.length > MAX_DETAILS;
    return html`<div part="field" class=${this.#fieldClass('details')}>
      <label part="label" for=${id}>${t.details}</label>${this.#renderNotes('details', t.detailsHint)}
      <textarea part="input" id=${id} name="details" rows="5" aria-invalid=${this.#invalid('details')}
        aria-describedby="${this.#describedBy('details', t.detailsHint)} ${id}-limit"
        .value=${this._value.details}></textarea>
      <p class="sr" id="${id}-limit">${fill(t.limit, { max: formatNumber(MAX_DETAILS, this.#locale.locale) })}</p>
      <p class="count ${over ? 'over' : ''}" aria-hidden="true">${this.#count()}</p>
      <p class="sr" aria-live="polite">${this._announce}</p>
    </div>`;
  }

  #renderConsent(): TemplateResult {
    const id = `${this.#id}-consent`;
    return html`<div part="field" class=${this.#fieldClass('consent')}>
      ${this.#renderNotes('consent')}
      <div class="opt">
        <input type="checkbox" id=${id} name="consent" aria-invalid=${this.#invalid('consent')}
          aria-describedby=${this.#describedBy('consent')} .checked=${this._value.consent} />
        <label for=${id}>${this.#t.consent}</label>
      </div>
      <slot name="privacy"></slot>
    </div>`;
  }

  #renderAlert(): TemplateResult | typeof nothing {
    return this._phase === 'failed'
      ? html`<div part="alert" class="alert" role="alert">
          <p>${this._note}</p>
          <button type="button" part="retry-button" @click=${this.#onRetry}>${this.#t.retry}</button>
        </div>`
      : nothing;
  }

  /** The hint and the error message under a label or legend. */
  #renderNotes(f: string, hint?: string): TemplateResult {
    const msg = this._errors[f as AccommodationField];
    return html`${hint ? html`<p part="hint" class="hint" id="${this.#id}-${f}-hint">${hint}</p>` : nothing}
    ${msg ? html`<p part="error" class="error" id="${this.#id}-${f}-error">${msg}</p>` : nothing}`;
  }

  #onInput(e: Event): void {
    const el = e.target as HTMLInputElement;
    const f = el.name as keyof AccommodationFields;
    if (!(f in this._value)) return; // e.g. a control slotted in by the host
    const v: Record<string, unknown> = { ...this._value };
    if (f === 'stages' || f === 'needs') {
      const rest = this._value[f].filter((x) => x !== el.value);
      v[f] = el.checked ? [...rest, el.value] : rest;
    } else v[f] = f === 'consent' ? el.checked : el.value;
    this._value = v as unknown as AccommodationFields;
    if (f === 'details' && e.type === 'input') {
      // Screen readers hear the count once typing pauses, not on every key press (GOV.UK).
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => (this._announce = this.#count()), 1000);
    }
  }

  async #onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.busy) return;
    const fields = this.#fields();
    const options = {
      messages: this.#t,
      somethingElse: SOMETHING_ELSE,
      locale: this.#locale.locale,
    };
    this._errors = validateAccommodation(fields, options);
    if (Object.keys(this._errors).length) return this.#focus('.summary');
    const request = toAccommodationRequest(fields, this.job);
    if (this.#emit('accommodation-submit', request, true)) await this.#send(request);
  }

  #onSummaryClick(e: Event): void {
    // Hash navigation cannot reach into a shadow root: focus the field ourselves.
    e.preventDefault();
    const id = (e.currentTarget as HTMLAnchorElement).getAttribute('href')!.slice(1);
    (this.renderRoot as ShadowRoot).getElementById(id)?.focus();
  }

  #onRetry(): void {
    // Keep focus on a control that stays: the alert and its button go away while sending.
    this.renderRoot.querySelector<HTMLElement>('[part=submit-button]')?.focus();
    void this.#send(this.#request!);
  }

  async #send(request: RequestData): Promise<void> {
    this.#request = request;
    if (!this.endpoint) return this.#confirm();
    this._phase = 'sending';
    const abort = (this.#abort = new AbortController());
    let status: number | undefined;
    try {
      const res = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request),
        credentials: 'same-origin',
        signal: abort.signal,
      });
      status = res.status;
      if (!res.ok) throw res;
      const id: unknown = await res.json().then(
        (j) => j?.id,
        () => undefined,
      );
      await this.#confirm(typeof id === 'string' || typeof id === 'number' ? String(id) : '');
      this.#emit(
        'accommodation-sent',
        this._note ? { request, status, id: this._note } : { request, status },
      );
    } catch {
      if (abort.signal.aborted) {
        this._phase = 'form';
        return;
      }
      const text = status ? this.#t.failedStatus : this.#t.failedNetwork;
      const message = fill(text, { status: status ?? '', company: this.company });
      this._note = message;
      this._phase = 'failed';
      await this.updateComplete;
      this.#emit(
        'accommodation-error',
        status ? { request, status, message } : { request, message },
      );
    }
  }

  async #confirm(ref = ''): Promise<void> {
    this._note = ref;
    this._phase = 'sent';
    await this.#focus('.done h2');
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #emit<K extends keyof AccommodationRequestEventMap>(
    type: K,
    detail: AccommodationRequestEventMap[K]['detail'],
    cancelable = false,
  ): boolean {
    return emit<AccommodationRequestEventMap, K>(this, type, detail, cancelable);
  }

  #fields(): AccommodationFields {
    return knownOptionsOnly(this._value, DEFAULT_STAGES, this.#options);
  }

  get #options(): readonly AccommodationNeed[] {
    // The default options are labelled from the strings table (`need-<value>`), so they translate.
    const t = this.#t as Record<string, unknown>;
    if (this.needs === DEFAULT_NEEDS) {
      return DEFAULT_NEEDS.map(({ value }) => ({ value, label: t[`need-${value}`] as string }));
    }
    if (isNeedList(this.needs)) return this.needs;
    if (!this.#warned)
      console.warn(
        'applykit: <accommodation-request> `needs` must be [{ value, label }]; using the defaults.',
      );
    this.#warned = true;
    return DEFAULT_NEEDS;
  }

  #count(): string {
    return characterCount(this._value.details.length, MAX_DETAILS, this.#t, this.#locale.locale);
  }

  #target(f: AccommodationField): string {
    return `${this.#id}-${f}${f === 'stages' || f === 'needs' ? 0 : ''}`;
  }

  #fieldClass(f: string): string {
    return this._errors[f as AccommodationField] ? 'field invalid' : 'field';
  }

  #invalid(f: string): 'true' | typeof nothing {
    return this._errors[f as AccommodationField] ? 'true' : nothing;
  }

  #describedBy(f: string, hint?: string): string | typeof nothing {
    const ids = [
      hint && `${this.#id}-${f}-hint`,
      this._errors[f as AccommodationField] && `${this.#id}-${f}-error`,
    ];
    return ids.filter(Boolean).join(' ') || nothing;
  }
}
