// The form side of autofill: which fields of a form may be filled, filling them the way typing
// does (input and change events, through the prototype's value setter) and emptying them again.
import { autocompleteField, valueFor } from '../core/autofill.js';
import type { ResumeFields } from '../read/types.js';

type Field = HTMLInputElement | HTMLTextAreaElement;

/** A field autofill filled, and the value it put there. */
export interface Filled {
  field: Field;
  value: string;
}

/** The autocomplete field name of a form control, or null. */
export function fieldName(field: Element): string | null {
  return autocompleteField(field.getAttribute('autocomplete') ?? '');
}

/** Fills the empty, editable, untouched fields of `form` that name a detail the resume has. */
export function fillForm(
  form: HTMLFormElement,
  fields: ResumeFields,
  typed: WeakSet<EventTarget>,
): Filled[] {
  const used = new Set<string>();
  const filled: Filled[] = [];
  for (const el of Array.from(form.elements)) {
    // (The upload element itself is in form.elements, but is neither.)
    if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) continue;
    if (el.disabled || el.readOnly || el.value !== '' || typed.has(el) || el.type === 'hidden')
      continue;
    const name = fieldName(el);
    const value = name ? valueFor(name, fields, hintOf(el), used) : undefined;
    if (!value) continue;
    assign(el, value);
    // A value the field refuses (a phone number against the page's own pattern) is taken back.
    if (el.validity.typeMismatch || el.validity.patternMismatch || el.validity.tooLong) {
      assign(el, '');
      continue;
    }
    fireChange(el);
    filled.push({ field: el, value });
  }
  return filled;
}

/** What a field is for, in the page's words: its name, id, label and placeholder. */
function hintOf(el: Field): string {
  const labels = Array.from(el.labels ?? [], (l) => l.textContent ?? '');
  return [el.name, el.id, el.placeholder, el.getAttribute('aria-label') ?? '', ...labels].join(' ');
}

/** Sets a field's value through the prototype's setter: frameworks (React) wrap the instance's
 * and would not notice a change made through it. */
export function assign(field: Field, value: string): void {
  const proto = field instanceof HTMLInputElement ? HTMLInputElement : HTMLTextAreaElement;
  Object.getOwnPropertyDescriptor(proto.prototype, 'value')!.set!.call(field, value);
}

/** Fires what typing fires, so frameworks and the page's own listeners see the new value. */
export function fireChange(field: Field): void {
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}
