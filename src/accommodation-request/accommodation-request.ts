// <accommodation-request>: a short GOV.UK-style form asking what would help a candidate, never why.
// Native controls live in the shadow root with their labels and messages: ARIA IDREFs cannot cross it.
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  DEFAULT_NEEDS,
  DEFAULT_STAGES,
  MAX_DETAILS,
  SOMETHING_ELSE as somethingElse,
  knownOptionsOnly,
  normaliseFields,
  toAccommodationRequest,
  toAccommodationValue,
  validateAccommodation,
  type AccommodationErrors,
  type AccommodationFields,
  type AccommodationNeed,
  type AccommodationRequest as RequestData,
  type AccommodationValue,
} from '../core/accommodation.js';
import { characterCount } from '../core/accommodation-messages.js';
import { fill } from '../core/messages.js';
import { emit } from '../emit.js';
import { LocaleController } from '../controllers/locale.js';
import { tokens } from '../styles/tokens.js';
import { styles } from './styles.js';
import type { AccommodationRequestEventMap } from './events.js';
import { formFields, needOptions, withInput, type FieldContext } from './fields.js';
import { confirmation, errorSummary, levelOf, sendAlert } from './sections.js';
import { sendRequest } from './send.js';
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
  static override styles = [tokens, styles];
  static override properties = {
    endpoint: {},
    company: { noAccessor: true },
    job: {},
    disabled: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
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
  /** Level (1–6) of the error summary's and the confirmation's headings, to fit the page's outline. */
  declare headingLevel: number;
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

  constructor() {
    super();
    this.disabled = false;
    this.headingLevel = 2;
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

  /** Moves focus to the first field, or to the error summary or confirmation when shown. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('[tabindex="-1"], input')?.focus(options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    clearTimeout(this.#timer);
  }

  override willUpdate(): void {
    this.#t = this.#locale.strings('accommodationRequest', english, this.strings);
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
    const f: FieldContext = {
      id: this.#id,
      t,
      value: this._value,
      errors: this._errors,
      locale: this.#locale.locale,
    };
    const byPhone = this.#request?.contactMethod === 'phone';
    const level = levelOf(this.headingLevel);
    return html`${sent ? confirmation(this.#id, byPhone, this._note, t, level) : nothing}
      <form part="form" novalidate ?hidden=${sent} @submit=${this.#onSubmit}
        @input=${this.#onInput} @change=${this.#onInput}>
        ${errorSummary(this.#id, this._errors, t, this.#onSummaryClick, level)}
        <p>${fill(t.intro, c)}</p>
        <p>${fill(t.privacy, c)}</p>
        <fieldset role="none" ?disabled=${this.disabled}>
          ${formFields(f, this.#options, this.#count(), this._announce)}
          ${this._phase === 'failed' ? sendAlert(this._note, t, () => this.#onRetry()) : nothing}
          <button part="submit-button" aria-disabled=${ifDefined(this.busy ? 'true' : undefined)}>${this.busy ? t.sending : t.submit}</button>
        </fieldset>
      </form>`;
  }

  #onInput(e: Event): void {
    const el = e.target as HTMLInputElement;
    const value = withInput(this._value, el);
    if (!value) return;
    this._value = value;
    if (el.name === 'details' && e.type === 'input') {
      // Screen readers hear the count once typing pauses, not on every key press (GOV.UK).
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => (this._announce = this.#count()), 1000);
    }
  }

  async #onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.busy) return;
    const fields = this.#fields();
    const locale = this.#locale.locale;
    this._errors = validateAccommodation(fields, { messages: this.#t, somethingElse, locale });
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
    const sent = await sendRequest(this.endpoint, request, abort.signal).catch(() => null);
    if (!sent || abort.signal.aborted) return void (this._phase = 'form');
    const { status, id } = sent;
    if (sent.ok) {
      await this.#confirm(id);
      return void this.#emit('accommodation-sent', { request, status: status!, ...(id && { id }) });
    }
    const text = status ? this.#t.failedStatus : this.#t.failedNetwork;
    const message = (this._note = fill(text, { status: status ?? '', company: this.company }));
    this._phase = 'failed';
    await this.updateComplete;
    this.#emit('accommodation-error', { request, ...(status && { status }), message });
  }

  #confirm(ref = ''): Promise<void> {
    this._note = ref;
    this._phase = 'sent';
    return this.#focus('.done .h');
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
    return needOptions(this.needs, this.#t);
  }

  #count(): string {
    return characterCount(this._value.details.length, MAX_DETAILS, this.#t, this.#locale.locale);
  }
}
