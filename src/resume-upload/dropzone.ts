// The drop zone of <resume-upload>: its label (then "(required)" when it is), the hint with types
// and limits, the browse button and the native file input. The button's name is label, mark and
// its own text, and the hint and the errors describe it, all in one shadow root (IDREFs cannot
// cross it).
import { html, type TemplateResult } from 'lit';
import type { DropController } from '../controllers/drop-controller.js';

export interface DropzoneView {
  /** The element's id prefix for IDREFs. */
  id: string;
  label: string;
  /** "(required)" when the element is required, else ''. */
  required: string;
  hint: string;
  button: string;
  accept: string;
  multiple: boolean;
  disabled: boolean;
  drop: DropController;
  browse: () => void;
  change: (e: Event) => void;
}

export function dropzone(v: DropzoneView): TemplateResult {
  const { id, drop } = v;
  return html`<div
    part="dropzone"
    class="zone"
    @dragenter=${drop.over}
    @dragover=${drop.over}
    @dragleave=${drop.leave}
    @drop=${drop.drop}
  >
    <span
      ><span part="label" class="label" id="${id}-label">${v.label}</span>
      <span id="${id}-req">${v.required}</span></span
    >
    <span part="hint" class="hint" id="${id}-hint">${v.hint}</span>
    <button
      part="browse-button"
      class="browse"
      type="button"
      id="${id}-button"
      aria-labelledby="${id}-label ${v.required && `${id}-req `}${id}-button"
      aria-describedby="${id}-hint ${id}-error"
      ?disabled=${v.disabled}
      @click=${v.browse}
    >${v.button}</button>
    <input type="file" hidden accept=${v.accept} ?multiple=${v.multiple} @change=${v.change} />
  </div>`;
}
