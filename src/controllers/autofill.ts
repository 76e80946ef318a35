// <resume-upload autofill>: reads an accepted resume on the device, tells the page
// (`resume-read`, cancelable), fills the empty fields of the element's form by their
// `autocomplete` tokens and says what it filled, with an Undo. Loaded on first use, with the
// reader, so pages without `autofill` never fetch any of it.
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { FileKind } from '../core/accept.js';
import { detailOf, type FilledDetail } from '../core/autofill.js';
import { displayName } from '../core/format.js';
import { listFormat } from '../core/intl.js';
import { fill } from '../core/messages.js';
import type { ResumeUploadEventMap } from '../core/upload-events.js';
import type { UploadMessageContext } from '../core/upload-messages.js';
import { emit } from '../emit.js';
import { readResume } from '../read/index.js';
import { assign, fieldName, fillForm, fireChange, type Filled } from './autofill-form.js';

export interface AutofillConfig {
  context(): UploadMessageContext;
  announce(text: string): void;
  /** Fields the candidate typed in (trusted `input` events): never filled. */
  typed: WeakSet<EventTarget>;
}

const WORDS: Record<
  FilledDetail,
  'filledName' | 'filledEmail' | 'filledPhone' | 'filledLocation' | 'filledLinks'
> = {
  name: 'filledName',
  email: 'filledEmail',
  phone: 'filledPhone',
  location: 'filledLocation',
  links: 'filledLinks',
};

// The notice reuses the file row's layout and the action buttons' look; only a gap is added.
const noticeStyles = css`
  .autofill {
    margin-block-start: calc(var(--_space, 1rem) / 2);
  }
`;

/** The notice and Undo of one element; the host renders `render()` and calls `read()`. */
export class AutofillController {
  #filled: Filled[] = [];
  #notice = '';
  #fileName = '';

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement & { readonly form: HTMLFormElement | null },
    readonly config: AutofillConfig,
  ) {
    const root = host.shadowRoot;
    if (root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, noticeStyles.styleSheet!];
  }

  /** Reads `file` (already checked as `kind`), fires `resume-read`, and unless the page
   * prevented it fills the form. */
  async read(file: File, kind: FileKind): Promise<void> {
    const { fields, text } = await readResume(file, kind === 'other' ? {} : { kind });
    if (!this.host.isConnected) return;
    const go = emit<ResumeUploadEventMap, 'resume-read'>(
      this.host,
      'resume-read',
      { file, fields, text },
      true,
    );
    const form = this.host.form;
    if (!go || !form) return;
    const filled = fillForm(form, fields, this.config.typed);
    if (!filled.length) return;
    const c = this.config.context();
    const details = [...new Set(filled.map((f) => detailOf(fieldName(f.field)!)!))];
    const words = details.map((d) => c.strings[WORDS[d]]);
    const list = listFormat(c.locale, { type: 'conjunction' }).format(words);
    this.#filled = filled;
    this.#fileName = file.name;
    this.#say(fill(c.strings.filled, { fields: list, name: displayName(file.name) }));
  }

  /** Puts back what the filled fields held before, unless the candidate has changed them since,
   * and moves focus to the first field put back. */
  async undo(): Promise<void> {
    const restored = this.#filled.filter(({ field, value }) => field.value === value);
    for (const { field } of restored) {
      assign(field, '');
      fireChange(field);
    }
    this.#filled = [];
    const c = this.config.context();
    this.#say(fill(c.strings.undone, { name: displayName(this.#fileName) }));
    await this.host.updateComplete;
    // With none left to take it, the element's own focus() (its browse button).
    (restored[0]?.field ?? this.host).focus();
  }

  /** Forgets the notice (form reset). */
  reset(): void {
    this.#filled = [];
    this.#notice = '';
    this.host.requestUpdate();
  }

  #say(text: string): void {
    this.#notice = text;
    this.config.announce(text);
    this.host.requestUpdate();
  }

  /** The visible notice with its Undo button, or nothing. */
  render(): TemplateResult | typeof nothing {
    if (!this.#notice) return nothing;
    const undo = this.config.context().strings.undo;
    return html`<div part="autofill" class="file autofill">
      <span>${this.#notice}</span>
      ${
        this.#filled.length
          ? html`<button part="undo-button" class="action" type="button" @click=${() => this.undo()}>${undo}</button>`
          : nothing
      }
    </div>`;
  }
}
