// <resume-upload>: pick or drop resume files, each checked by type, size, count and bytes, and
// optionally uploaded. The native file input stays inside the shadow root: the element owns the
// picker, and the form sees the files through ElementInternals, so nothing can drift out of sync.
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { DEFAULT_ACCEPT } from '../core/accept.js';
import { hintText, type UploadMessageContext } from '../core/upload-messages.js';
import { Announcer } from '../controllers/announcer.js';
import { DropController } from '../controllers/drop-controller.js';
import { LocaleController } from '../controllers/locale.js';
import { UploadController } from '../controllers/upload-controller.js';
import type { UploadParams } from '../controllers/upload-transport.js';
import { tokens } from '../styles/tokens.js';
import { styles } from './styles.js';
import { AutofillHook } from './autofill.js';
import { dropzone } from './dropzone.js';
import { fileList, focusedActionFile, refocusRow } from './file-list.js';
import { FileSet } from './file-set.js';
import { FormAssociatedElement } from './form-associated.js';
import { formState } from './form-state.js';
import { messageContext, refusedWarnings, TEN_MIB, uploadOptions } from './settings.js';
import type { ResumeUploadStrings, UploadTexts } from '../core/upload-strings.js';
import { uploadUiStrings } from '../core/upload-ui-strings.js';

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
 * @csspart warning - Something about an accepted file that may cause trouble (e.g. macros), shown under it.
 * @csspart autofill - With `autofill`: the notice saying what was filled in from the resume.
 * @csspart undo-button - The notice's Undo button.
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
 * @fires {FileAcceptEvent} file-accept - A file passed every check and was added to `files`; `detail.warnings` lists what may still cause trouble. Not cancelable.
 * @fires {FileRejectEvent} file-reject - A file was not added; `detail.reason` (`type`, `content`, `protected`, `damaged`, `size`, `empty`, `count`) and the `message` shown. Not cancelable.
 * @fires {FileRemoveEvent} file-remove - A file left `files`: removed by the user, `removeFile()`, `clear()`, or replaced. Not cancelable.
 * @fires {UploadStartEvent} upload-start - An upload began (with `endpoint` or `getUploadParams`). Not cancelable.
 * @fires {UploadProgressEvent} upload-progress - Bytes were sent. Not cancelable.
 * @fires {UploadSuccessEvent} upload-success - The server took the file; `detail.id` is its reference. Not cancelable.
 * @fires {UploadErrorEvent} upload-error - A try failed; `detail.willRetry` says whether another follows. Not cancelable.
 * @fires {UploadAbortEvent} upload-abort - An upload was cancelled. Not cancelable.
 * @fires {ResumeReadEvent} resume-read - With `autofill`: an accepted file was read on the device; `detail.fields` holds the contact details found, `detail.text` its text. Cancelable: `preventDefault()` keeps the form as it is.
 * @fires {Event} change - `files` changed through the user or a method (not on form reset), like a native input.
 */
export class ResumeUpload extends FormAssociatedElement {
  static override styles = [tokens, styles];
  static override properties = {
    name: { reflect: true },
    accept: { reflect: true },
    refuse: { reflect: true },
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
    autofill: { type: Boolean, reflect: true },
  };

  /** Form field name; without one the files are not part of the form data, as with `<input>`. */
  declare name: string;
  /** Allowed extensions and/or MIME types, comma-separated, as for `<input accept>`. */
  declare accept: string;
  /** Warnings that refuse a file instead, space-separated: `macros legacy restricted encoding damaged format scripts embedded`. */
  declare refuse: string;
  /** Largest allowed file, in bytes. */
  declare maxSize: number;
  /** Allow several files; when off, a new file replaces the current one. */
  declare multiple: boolean;
  /** With `multiple`, the most files kept. */
  declare maxFiles: number;
  /** At least one file is needed for the form to submit; "(required)" follows the label, and the button's name. */
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
  /** Read each accepted resume on the device and fill the form's empty fields from it (matched
   * by `autocomplete`), saying what was filled, with an Undo. Nothing is sent anywhere. */
  declare autofill: boolean;

  readonly #locale = new LocaleController(this);
  #label?: string | null;
  readonly #id = `applykit-upload-${++instances}`;
  readonly #live = new Announcer(this);
  readonly #uploads = new UploadController(this, {
    options: () => uploadOptions(this),
    context: () => this.#context(),
    announce: (text, assertive, key) => this.#live.announce(text, assertive, key),
  });
  readonly #autofill = new AutofillHook(this, {
    context: () => this.#context(),
    announce: (text) => this.#live.announce(text, false, 'autofill'),
  });
  readonly #set = new FileSet(this, {
    context: () => this.#context(),
    accept: () => this.accept,
    refuse: () => refusedWarnings(this.refuse),
    uploads: this.#uploads,
    live: this.#live,
    accepted: (file, kind) => void this.#autofill.read(file, kind),
  });
  readonly #drop = new DropController(this, {
    off: () => this.#off,
    files: (files, folders) => this.#set.add(files, folders),
    notFiles: () => this.#set.showErrors([this.#t.notFiles]),
  });
  /** A file whose Cancel/Retry button had focus before an update that may remove it. */
  #focusedFile?: File;

  constructor() {
    super();
    this.name = '';
    this.accept = DEFAULT_ACCEPT;
    this.refuse = '';
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
    this.autofill = false;
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
    return this.#set.entries.map((e) => e.file);
  }
  /** Opens the system file picker (needs a user gesture, like any picker). */
  browse(): void {
    if (!this.#off) this.renderRoot.querySelector('input')?.click();
  }
  /** Removes every file; fires `file-remove` for each and one `change`. */
  clear(): void {
    this.#set.remove(this.#set.entries);
  }
  /** Removes one file; fires `file-remove` and `change`. */
  removeFile(file: File): void {
    this.#set.remove(this.#set.entries.filter((e) => e.file === file));
  }
  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#focusedFile = focusedActionFile(this.shadowRoot, this.#set.entries);
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusedFile)
      refocusRow(this.shadowRoot!, this.#set.entries, this.#focusedFile, this.#button);
    this.toggleAttribute('invalid', this.#set.errors.length > 0);
    // Only a label the host set is reflected: the default one follows the language.
    if (changed.has('label')) {
      if (this.#label == null) this.removeAttribute('label');
      else this.setAttribute('label', this.#label);
    }
    const { name, required } = this;
    const form = formState(this.#set.entries, this.#uploads, { name, required, strings: this.#t });
    this.internals.setFormValue(form.value);
    this.internals.setValidity(form.flags, form.message, this.#button ?? undefined);
  }

  /** Also waits for the texts of the element's language when they are still loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#locale.settled();
    return super.getUpdateComplete();
  }

  formResetCallback(): void {
    this.#set.reset();
    this.#autofill.reset();
  }
  protected showInvalid(message: string): void {
    this.#set.errors = [message];
    this.requestUpdate();
  }
  /** Moves focus to the "Choose file" button. */
  override focus(options?: FocusOptions): void {
    this.#button?.focus(options);
  }

  override render(): TemplateResult {
    const c = this.#context();
    const t = c.strings;
    const id = this.#id;
    return html`
      ${dropzone({
        id,
        label: this.label,
        required: this.required ? t.requiredMark : '',
        hint: hintText(c),
        button: this.multiple ? t.chooseFiles : t.chooseFile,
        accept: this.accept,
        multiple: this.multiple,
        disabled: this.#off,
        drop: this.#drop,
        browse: () => this.browse(),
        change: (e) => this.#onInputChange(e),
      })}
      <div part="error" class="error" id="${id}-error" ?hidden=${!this.#set.errors.length}>
        ${this.#set.errors.map((m) => html`<p>${m}</p>`)}
      </div>
      ${fileList(this.#set.entries, c, {
        upload: (file) => this.#uploads.get(file),
        act: (file, busy) => void (busy ? this.#uploads.cancel(file) : this.#uploads.start(file)),
        remove: (file) => (this.removeFile(file), this.focus()),
        disabled: this.#off,
      })}
      ${this.#autofill.render()} ${this.#live.render()}
    `;
  }

  #onInputChange(e: Event): void {
    const input = e.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    input.value = ''; // choosing the same file again must fire change again
    if (files.length) this.#set.add(files);
  }

  get #off(): boolean {
    return this.disabled || this._formDisabled;
  }
  get #button(): HTMLButtonElement | null {
    return this.renderRoot?.querySelector('.browse') ?? null;
  }
  get #t(): UploadTexts {
    return this.#locale.strings('resumeUpload', uploadUiStrings, this.strings);
  }
  #context(): UploadMessageContext {
    return messageContext(this, this.#t, this.#locale.locale);
  }
}
