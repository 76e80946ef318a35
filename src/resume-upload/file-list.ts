// The list of accepted files of <resume-upload>: name, kind and size, upload state, and each
// file's buttons. A function of the element's state, so the element file stays readable. A row's
// upload problem describes its Cancel/Retry button, so "Retry resume.pdf" is heard with the why.
import { html, nothing, type TemplateResult } from 'lit';
import type { FileKind } from '../core/accept.js';
import type { FileWarning } from '../core/file-check.js';
import { displayName } from '../core/format.js';
import { fill } from '../core/messages.js';
import {
  kindLabel,
  percentText,
  sizeText,
  type UploadMessageContext,
} from '../core/upload-messages.js';
import type { FileUpload } from '../controllers/upload-controller.js';

export interface FileEntry {
  file: File;
  kind: FileKind;
  /** What may cause trouble with the file, shown on its row. */
  warnings: FileWarning[];
}

export interface FileListActions {
  upload(file: File): FileUpload | undefined;
  /** Cancel while uploading, retry when failed or cancelled. */
  act(file: File, busy: boolean): void;
  remove(file: File): void;
  disabled: boolean;
}

export function fileList(
  entries: readonly FileEntry[],
  c: UploadMessageContext,
  a: FileListActions,
): TemplateResult | typeof nothing {
  if (!entries.length) return nothing;
  const t = c.strings;
  return html`<ul part="file-list" class="files" aria-label=${t.fileList}>
    ${entries.map(({ file, kind, warnings }, i) => {
      const name = displayName(file.name);
      const up = a.upload(file);
      const busy = up?.status === 'uploading';
      const status = `status-${i}`; // unique in this shadow root, as IDREFs need
      return html`<li part="file" class="file">
        <span part="file-name" class="name"><bdi>${name}</bdi></span>
        <span class="meta">${kindLabel(kind, file)} · ${sizeText(file.size, c)}${up?.status === 'done' ? ` · ${t.uploaded}` : ''}</span>
        ${
          busy
            ? html`<progress part="progress" max=${up.total || 1} .value=${up.loaded} aria-label=${fill(t.uploading, { name })}></progress
              ><span class="pct" aria-hidden="true">${percentText(up.loaded / (up.total || 1), c)}</span>`
            : nothing
        }
        ${
          up && up.status !== 'done'
            ? html`<button
              part="action-button"
              class="action"
              type="button"
              aria-label=${fill(busy ? t.cancelName : t.retryName, { name })}
              aria-describedby=${up.message ? status : nothing}
              ?disabled=${a.disabled}
              @click=${() => a.act(file, busy)}
            >${busy ? t.cancel : t.retry}</button>`
            : nothing
        }
        <button
          part="remove-button"
          class="remove"
          type="button"
          aria-label=${fill(t.removeName, { name })}
          ?disabled=${a.disabled}
          @click=${() => a.remove(file)}
        >${t.remove}</button>
        ${up?.message ? html`<span part="status" class="status" id=${status}>${up.message}</span>` : nothing}
        ${warnings.map((w) => html`<p part="warning" class="warning">${w.message}</p>`)}
      </li>`;
    })}
  </ul>`;
}

/** The file whose Cancel/Retry button has focus: a finished upload's Cancel button goes away. */
export function focusedActionFile(
  root: ShadowRoot | null,
  entries: readonly FileEntry[],
): File | undefined {
  const active = root?.activeElement;
  if (!active?.matches('.action')) return undefined;
  return entries[[...root!.querySelectorAll('.file')].indexOf(active.closest('.file')!)]?.file;
}

/** Keeps focus on `file`'s row when its button went away: its other button, else `fallback`. */
export function refocusRow(
  root: ShadowRoot,
  entries: readonly FileEntry[],
  file: File,
  fallback: HTMLElement | null,
): void {
  if (root.activeElement) return;
  const row = root.querySelectorAll('.file')[entries.findIndex((e) => e.file === file)];
  (row?.querySelector<HTMLElement>('.action, .remove') ?? fallback)?.focus();
}
