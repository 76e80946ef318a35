// The form-control half of <resume-upload>: ElementInternals, the validity API a form and a page
// expect of a native control, and the form's disabled and reset callbacks. A base class (as Web
// Awesome's form-associated base), so the element itself holds only what is about files.
import { LitElement, type PropertyDeclarations } from 'lit';

export abstract class FormAssociatedElement extends LitElement {
  static formAssociated = true;
  static override properties: PropertyDeclarations = { _formDisabled: { state: true } };

  /** True while a disabled `<fieldset>` or form around the element disables it. */
  declare protected _formDisabled: boolean;
  protected readonly internals = this.attachInternals();
  #quietCheck = false;

  constructor() {
    super();
    this._formDisabled = false;
    this.addEventListener('invalid', () => {
      if (!this.#quietCheck) this.showInvalid(this.validationMessage);
    });
    // A <label for> the element clicks the host itself: focus the control, as delegatesFocus
    // did, without delegatesFocus's focusing on a click anywhere inside (2.4.3).
    this.addEventListener('click', (e) => {
      if (e.composedPath()[0] === this) this.focus();
    });
  }

  /** The form the element belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** The element's validity state (`valueMissing` when `required` and empty). */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** The message the browser would show for the current validity. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** Whether the element takes part in constraint validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** True when valid; otherwise fires `invalid` and returns false, showing nothing. */
  checkValidity(): boolean {
    this.#quietCheck = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.#quietCheck = false;
    }
  }
  /** Like `checkValidity()`, but shows the message and moves focus to the element's control. */
  reportValidity(): boolean {
    const valid = this.internals.reportValidity();
    if (!valid) this.focus();
    return valid;
  }

  formDisabledCallback(disabled: boolean): void {
    this._formDisabled = disabled;
  }
  abstract formResetCallback(): void;

  /** Shows `message` for an `invalid` event the page did not ask to keep quiet. */
  protected abstract showInvalid(message: string): void;
  /** Moves focus to the element's control, as a native control takes it (the validity message,
   * a <label for> and `focus()` are about it). */
  abstract override focus(options?: FocusOptions): void;
}
