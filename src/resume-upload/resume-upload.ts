// <resume-upload>: pick or drop resume files, each checked by type, size, count and bytes, and
// optionally uploaded. The native file input stays inside the shadow root: the element owns the
// picker, and the form sees the files through ElementInternals, so nothing can drift out of sync.
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { DEFAULT_ACCEPT, acceptLabels, parseAccept } from '../core/accept.js';
import { checkFiles } from '../core/file-check.js';
import { displayName } from '../core/format.js';
import { fill } from '../core/messages.js';
import {
  hintText,
  rejectMessage,
  rejectSummary,
  sizeText,
  type UploadMessageContext,
} from '../core/upload-messages.js';
import { DropController } from '../controllers/drop-controller.js';
import { LocaleController } from '../controllers/locale.js';
import { UploadController } from '../controllers/upload-controller.js';
import { emit } from '../emit.js';
import { tokens } from '../styles/tokens.js';
import { styles } from './styles.js';
import type { ResumeUploadEventMap } from './events.js';
import { fileList, type FileEntry as Entry } from './file-list.js';
import type { UploadOptions, UploadParams } from '../controllers/upload-transport.js';
import { resumeUploadStrings, type ResumeUploadStrings } from './strings.js';

const TEN_MIB = 10 * 1024 * 1024;
const warned = new Set<string>();
let instances = 0;

/**
 * @summary A drop zone and button for choosing resume files, checked by type, size, count and content.
 * @tag resume-upload
 *
 * Texts are in the language of the nearest `lang` (the element's, an ancestor's, or `<html>`'s):
 * English, Spanish, German, French or Arabic; `strings` overrides any of them. Colours follow the
 * page's `color-scheme`; `dir="rtl"` mirrors the layout.
 *
 * @csspart dropzone - The area that takes dropped files; `resume-upload[dragging]::part(dropzone)` while a drag is over it.
 * @csspart label - The visible label.
 * @csspart hint - The accepted types and size limit under the label.
 * @csspart browse-button - The button that opens the file picker.
 * @csspart error - The visible error messages.
 * @csspart file-list - The list of accepted files.
 * @csspart file - One accepted file.
 * @csspart file-name - A file's name.
 * @csspart remove-button - A file's remove button.
 * @csspart progress - A file's upload progress bar.
 * @csspart action-button - A file's "Cancel upload" or "Retry" button.
 * @csspart status - A file's upload problem, shown under it.
 *
 * @cssprop --applykit-font-family=inherit - Font of the element (the page's, by default).
 * @cssprop --applykit-color-accent=light-dark(#1a5fb4,#99c1f1) - Button background, active drop-zone border, progress bar.
 * @cssprop --applykit-color-on-accent=light-dark(#fff,#0b1f33) - Text on the accent colour.
 * @cssprop --applykit-color-danger=light-dark(#b3261e,#ffb4ab) - Error text and invalid border.
 * @cssprop --applykit-color-muted=light-dark(#4d4d4d,#c4c4c4) - Hint and file details.
 * @cssprop --applykit-color-border=light-dark(#6b6b6b,#8f8f8f) - Drop-zone border.
 * @cssprop --applykit-radius=6px - Corner radius of the drop zone and buttons.
 * @cssprop --applykit-space=1rem - Padding and gaps.
 * @cssprop --applykit-focus-ring-color=var(--applykit-color-accent) - Focus outline.
 * @cssprop --applykit-dropzone-border-color=var(--applykit-color-border) - Drop-zone border.
 * @cssprop --applykit-dropzone-border-color-active=var(--applykit-color-accent) - Drop-zone border while dragging.
 * @cssprop --applykit-dropzone-background=transparent - Drop-zone background.
 * @cssprop --applykit-dropzone-background-active - Drop-zone background while dragging (default: the accent at 10% over the page).
 *
 * @attr {boolean} dragging - Set by the element while files are dragged over the drop zone (for styling).
 * @attr {boolean} invalid - Set by the element while an error is shown (for styling).
 *
 * @fires {FileAcceptEvent} file-accept - A file passed every check and was added to `files`. Not cancelable.
 * @fires {FileRejectEvent} file-reject - A file was not added; `detail.reason` and the `message` shown. Not cancelable.
 * @fires {FileRemoveEvent} file-remove - A file left `files`: removed by the user, `removeFile()`, `clear()`, or replaced. Not cancelable.
 * @fires {UploadStartEvent} upload-start - An upload began (with `endpoint` or `getUploadParams`). Not cancelable.
 * @fires {UploadProgressEvent} upload-progress - Bytes were sent. Not cancelable.
 * @fires {UploadSuccessEvent} upload-success - The server took the file; `detail.id` is its reference. Not cancelable.
 * @fires {UploadErrorEvent} upload-error - A try failed; `detail.willRetry` says whether another follows. Not cancelable.
 * @fires {UploadAbortEvent} upload-abort - An upload was cancelled. Not cancelable.
 * @fires {Event} change - `files` changed through the user or a method (not on form reset), like a native input.
 */
export class ResumeUpload extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [tokens, styles];
  static override properties = {
    name: { reflect: true },
    accept: { reflect: true },
    maxSize: { type: Number, attribute: 'max-size', reflect: true },
    multiple: { type: Boolean, reflect: true },
    maxFiles: { type: Number, attribute: 'max-files', reflect: true },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    label: { noAccessor: true },
    endpoint: { reflect: true },
    withCredentials: { type: Boolean, attribute: 'with-credentials', reflect: true },
    retries: { type: Number, reflect: true },
    protocol: { reflect: true },
    headers: { attribute: false },
    getUploadParams: { attribute: false },
    strings: { attribute: false },
    _entries: { state: true },
    _errors: { state: true },
    _polite: { state: true },
    _assertive: { state: true },
    _formDisabled: { state: true },
  };

  /** Form field name; without one the files are not part of the form data, as with `<input>`. */
  declare name: string;
  /** Allowed extensions and/or MIME types, comma-separated, as for `<input accept>`. */
  declare accept: string;
  /** Largest allowed file, in bytes. */
  declare maxSize: number;
  /** Allow several files; when off, a new file replaces the current one. */
  declare multiple: boolean;
  /** With `multiple`, the most files kept. */
  declare maxFiles: number;
  /** At least one file is needed for the form to submit. */
  declare required: boolean;
  /** Makes the element inert; it is also disabled inside a disabled `<fieldset>`. */
  declare disabled: boolean;
  /** Upload URL: when set, each accepted file is sent at once (multipart POST, or tus). */
  declare endpoint: string;
  /** Send cookies with uploads to a cross-origin `endpoint`. */
  declare withCredentials: boolean;
  /** Automatic retries for network errors, 408, 429 and 5xx. */
  declare retries: number;
  /** `tus` for resumable, chunk-resuming uploads to a tus 1.0 server; empty for multipart. */
  declare protocol: string;
  /** Extra request headers for `endpoint` uploads (e.g. a CSRF token). */
  declare headers: Record<string, string>;
  /** Per-file upload target, e.g. a presigned object-storage URL; used instead of `endpoint`. */
  declare getUploadParams: ((file: File) => Promise<UploadParams>) | undefined;
  /** Overrides for any of the element's texts (see `ResumeUploadStrings`). */
  declare strings: Partial<ResumeUploadStrings>;
  declare _entries: Entry[];
  declare _errors: string[];
  declare _polite: string;
  declare _assertive: string;
  declare _formDisabled: boolean;

  readonly #internals = this.attachInternals();
  readonly #locale = new LocaleController(this);
  #label?: string | null;
  readonly #id = `applykit-upload-${++instances}`;
  #queue: Promise<void> = Promise.resolve();
  readonly #uploads = new UploadController(this, {
    options: () => this.#uploadOptions(),
    context: () => this.#context(),
    announce: (text, assertive) => this.#announce(text, assertive),
  });
  readonly #drop = new DropController(this, {
    off: () => this.#off,
    files: (files, folders) => this.#add(files, folders),
    notFiles: () => this.#showErrors([this.#t.notFiles]),
  });
  #quietCheck = false;
  #strings?: ResumeUploadStrings;
  #stringsFrom: readonly unknown[] = [];
  /** A file whose Cancel/Retry button had focus before an update that may remove it. */
  #focusedFile?: File;

  constructor() {
    super();
    this.name = '';
    this.accept = DEFAULT_ACCEPT;
    this.maxSize = TEN_MIB;
    this.multiple = false;
    this.maxFiles = 5;
    this.required = false;
    this.disabled = false;
    this.endpoint = '';
    this.withCredentials = false;
    this.retries = 3;
    this.protocol = '';
    this.headers = {};
    this.strings = {};
    this._entries = [];
    this._errors = [];
    this._polite = '';
    this._assertive = '';
    this._formDisabled = false;
    this.addEventListener('invalid', () => {
      if (!this.#quietCheck) this._errors = [this.validationMessage];
    });
  }

  /** The visible label; by default "Upload your resume" in the element's language. Reflects when set. */
  get label(): string {
    return this.#label ?? this.#t.label;
  }
  set label(value: string) {
    const old = this.label;
    this.#label = value;
    this.requestUpdate('label', old);
  }

  /** The accepted files, in the order they were added. */
  get files(): readonly File[] {
    return this._entries.map((e) => e.file);
  }
  /** The form the element belongs to. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }
  /** The element's validity state (`valueMissing` when `required` and empty). */
  get validity(): ValidityState {
    return this.#internals.validity;
  }
  /** The message the browser would show for the current validity. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }
  /** Whether the element takes part in constraint validation. */
  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  /** Opens the system file picker (needs a user gesture, like any picker). */
  browse(): void {
    if (!this.#off) this.renderRoot.querySelector('input')?.click();
  }
  /** Removes every file; fires `file-remove` for each and one `change`. */
  clear(): void {
    this.#remove(this._entries);
  }
  /** Removes one file; fires `file-remove` and `change`. */
  removeFile(file: File): void {
    this.#remove(this._entries.filter((e) => e.file === file));
  }
  /** True when valid; otherwise fires `invalid` and returns false, showing nothing. */
  checkValidity(): boolean {
    this.#quietCheck = true;
    try {
      return this.#internals.checkValidity();
    } finally {
      this.#quietCheck = false;
    }
  }
  /** Like `checkValidity()`, but shows the message and moves focus to the button. */
  reportValidity(): boolean {
    const valid = this.#internals.reportValidity();
    if (!valid) this.#button?.focus();
    return valid;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A finished upload's Cancel button disappears: note whose had focus, to keep focus on its row.
    const active = this.shadowRoot?.activeElement;
    const rows = [...(this.shadowRoot?.querySelectorAll('.file') ?? [])];
    this.#focusedFile = active?.matches('.action')
      ? this._entries[rows.indexOf(active.closest('.file')!)]?.file
      : undefined;
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusedFile && !this.shadowRoot!.activeElement) {
      const row =
        this.renderRoot.querySelectorAll('.file')[
          this._entries.findIndex((e) => e.file === this.#focusedFile)
        ];
      (row?.querySelector<HTMLElement>('.action, .remove') ?? this.#button)?.focus();
    }
    this.toggleAttribute('invalid', this._errors.length > 0);
    // Only a label the host set is reflected: the default one follows the language.
    if (changed.has('label')) {
      if (this.#label == null) this.removeAttribute('label');
      else this.setAttribute('label', this.#label);
    }
    // With uploads the form carries each server reference instead of the bytes.
    const uploading = this.#uploads.enabled;
    const values = this._entries.flatMap<string | File>(({ file }) =>
      uploading ? (this.#uploads.get(file)?.id ?? []) : [file],
    );
    let data: FormData | null = null;
    if (this.name && values.length) {
      data = new FormData();
      for (const value of values) data.append(this.name, value);
    }
    this.#internals.setFormValue(data);
    const pending = this.#uploads.pending;
    const done = uploading
      ? this._entries.filter(({ file }) => this.#uploads.get(file)?.status === 'done')
      : values;
    const missing = this.required && done.length === 0;
    const t = this.#t;
    this.#internals.setValidity(
      { valueMissing: missing && !pending, customError: pending },
      pending ? t.uploadPending : missing ? t.required : '',
      this.#button ?? undefined,
    );
  }

  /** Also waits for the texts of the element's language when they are still loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#locale.settled();
    return super.getUpdateComplete();
  }

  formResetCallback(): void {
    this._entries = [];
    this._errors = [];
  }
  formDisabledCallback(disabled: boolean): void {
    this._formDisabled = disabled;
  }

  override render(): TemplateResult {
    const c = this.#context();
    const t = c.strings;
    const id = this.#id;
    return html`
      <div
        part="dropzone"
        class="zone"
        @dragenter=${this.#drop.over}
        @dragover=${this.#drop.over}
        @dragleave=${this.#drop.leave}
        @drop=${this.#drop.drop}
      >
        <span part="label" class="label" id="${id}-label">${this.label}</span>
        <span part="hint" class="hint" id="${id}-hint">${hintText(c)}</span>
        <button
          part="browse-button"
          class="browse"
          type="button"
          id="${id}-button"
          aria-labelledby="${id}-label ${id}-button"
          aria-describedby="${id}-hint ${id}-error"
          ?disabled=${this.#off}
          @click=${this.browse}
        >${this.multiple ? t.chooseFiles : t.chooseFile}</button>
        <input type="file" hidden accept=${this.accept} ?multiple=${this.multiple} @change=${this.#onInputChange} />
      </div>
      <div part="error" class="error" id="${id}-error" ?hidden=${!this._errors.length}>
        ${this._errors.map((m) => html`<p>${m}</p>`)}
      </div>
      ${fileList(this._entries, c, {
        upload: (file) => this.#uploads.get(file),
        act: (file, busy) => (busy ? this.#uploads.cancel(file) : this.#uploads.start(file)),
        remove: (file) => this.#onRemoveClick(file),
        disabled: this.#off,
      })}
      <div class="vh" role="status">${this._polite}</div>
      <div class="vh" aria-live="assertive">${this._assertive}</div>
    `;
  }

  #onInputChange(e: Event): void {
    const input = e.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    input.value = ''; // choosing the same file again must fire change again
    if (files.length) this.#add(files);
  }
  #onRemoveClick(file: File): void {
    this.removeFile(file);
    this.#button?.focus();
  }

  #add(files: File[], folders = new Set<File>()): void {
    // One batch at a time, so two quick drops can't both take the last free slot.
    this.#queue = this.#queue.then(() => this.#process(files, folders));
  }
  async #process(files: File[], folders: Set<File>): Promise<void> {
    const c = this.#context();
    const kept = this.multiple ? this._entries : [];
    const same = (a: File, b: File) =>
      a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
    const dupes = files.filter((f) => kept.some((e) => same(e.file, f)));
    const fresh = files.filter((f) => !dupes.includes(f));
    const rules = { accept: parseAccept(this.accept), maxSize: c.maxSize };
    const slots = this.multiple ? Math.max(0, c.maxFiles - kept.length) : 1;
    const { accepted, rejected } = await checkFiles(fresh, rules, slots, (f) => folders.has(f));
    const replaced = accepted.length && !this.multiple ? this._entries : [];
    if (accepted.length) this._entries = [...kept, ...accepted];
    const messages = rejected.map((r) => rejectMessage(r, c));
    this.#showErrors(rejectSummary(messages, c));
    const news = [
      ...accepted.map(({ file }) =>
        fill(c.strings.added, { name: displayName(file.name), size: sizeText(file.size, c) }),
      ),
      ...dupes.map((f) => fill(c.strings.duplicate, { name: displayName(f.name) })),
    ];
    if (news.length) this.#announce(news.join('. '), false);
    await this.updateComplete;
    for (const { file } of replaced) this.#emit('file-remove', { file });
    for (const { file } of replaced) this.#uploads.forget(file);
    for (const { file, kind } of accepted) this.#emit('file-accept', { file, kind });
    rejected.forEach(({ file, reason }, i) =>
      this.#emit('file-reject', { file, reason, message: messages[i] }),
    );
    if (accepted.length) this.dispatchEvent(new Event('change', { bubbles: true }));
    for (const { file } of accepted) void this.#uploads.start(file);
  }
  #remove(entries: Entry[]): void {
    if (!entries.length) return;
    this._entries = this._entries.filter((e) => !entries.includes(e));
    this._errors = [];
    const names = entries.map((e) => fill(this.#t.removed, { name: displayName(e.file.name) }));
    this.#announce(names.join('. '), false);
    for (const { file } of entries) {
      this.#uploads.forget(file);
      this.#emit('file-remove', { file });
    }
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #showErrors(errors: string[]): void {
    this._errors = errors;
    if (errors.length) this.#announce(errors.join(' '), true);
  }
  /** Sets a live region's text; the same text twice gets a no-break space so it is heard again. */
  #announce(text: string, assertive: boolean): void {
    const key = assertive ? '_assertive' : '_polite';
    this[key] = text === this[key] ? `${text}\u00a0` : text;
  }
  #emit<K extends keyof ResumeUploadEventMap>(
    type: K,
    detail: ResumeUploadEventMap[K]['detail'],
  ): void {
    emit<ResumeUploadEventMap, K>(this, type, detail);
  }

  get #off(): boolean {
    return this.disabled || this._formDisabled;
  }
  get #button(): HTMLButtonElement | null {
    return this.renderRoot?.querySelector('.browse') ?? null;
  }
  /** The texts in use: English, then the locale's table, then `strings`; merged again only when one changes. */
  get #t(): ResumeUploadStrings {
    const from = [this.#locale.tables, this.strings] as const;
    if (!this.#strings || from.some((x, i) => x !== this.#stringsFrom[i])) {
      this.#strings = { ...resumeUploadStrings, ...from[0]?.resumeUpload, ...from[1] };
      this.#stringsFrom = from;
    }
    return this.#strings;
  }
  #uploadOptions(): UploadOptions | null {
    if (!this.endpoint && !this.getUploadParams) return null;
    return {
      endpoint: this.endpoint,
      fieldName: this.name || 'file',
      headers: this.headers ?? {},
      withCredentials: this.withCredentials,
      retries: Number.isFinite(this.retries) && this.retries >= 0 ? Math.floor(this.retries) : 3,
      tus: this.protocol === 'tus',
      getUploadParams: this.getUploadParams,
    };
  }
  #context(): UploadMessageContext {
    return {
      strings: this.#t,
      locale: this.#locale.locale,
      types: acceptLabels(parseAccept(this.accept)),
      maxSize: positive(this.maxSize, TEN_MIB, 'max-size'),
      maxFiles: positive(this.maxFiles, 5, 'max-files'),
      multiple: this.multiple,
    };
  }
}

/** A positive whole number, or the fallback with one console warning per bad attribute. */
function positive(value: number, fallback: number, what: string): number {
  if (Number.isFinite(value) && value > 0) return Math.floor(value);
  if (!warned.has(what))
    console.warn(
      `applykit: <resume-upload> ${what}="${value}" is not a positive number; using ${fallback}.`,
    );
  warned.add(what);
  return fallback;
}
