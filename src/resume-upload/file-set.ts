// The files <resume-upload> holds and everything that changes them: a batch chosen or dropped
// (checked one batch at a time), a removal, a reset; with the errors shown, the announcements
// and the events each change owes the page, fired once the change is on screen.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sentence } from '../core/announce.js';
import { displayName } from '../core/format.js';
import { fill } from '../core/messages.js';
import type { FileKind } from '../core/accept.js';
import type { UploadMessageContext } from '../core/upload-messages.js';
import type { WarningCode } from '../core/file-check.js';
import type { Announcer } from '../controllers/announcer.js';
import type { UploadController } from '../controllers/upload-controller.js';
import { emit } from '../emit.js';
import type { ResumeUploadEventMap } from './events.js';
import { takeBatch } from './batch.js';
import type { FileEntry } from './file-list.js';

export interface FileSetConfig {
  context(): UploadMessageContext;
  /** The element's `accept` attribute. */
  accept(): string;
  /** The warnings the element's `refuse` attribute turns into refusals. */
  refuse(): readonly WarningCode[];
  uploads: UploadController;
  live: Announcer;
  /** Called for each accepted file once its events are out (autofill reads it), with the kind
   * the content check found. */
  accepted(file: File, kind: FileKind): void;
}

export class FileSet implements ReactiveController {
  /** The accepted files, in the order they were added. */
  entries: FileEntry[] = [];
  /** The error messages shown under the drop zone. */
  errors: string[] = [];
  #queue: Promise<void> = Promise.resolve();

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    readonly config: FileSetConfig,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Checks and adds a batch; batches run one at a time, so two quick drops can't both take the
   * last free slot. `folders` are dropped folders, refused with their own message. */
  add(files: File[], folders = new Set<File>()): void {
    this.#queue = this.#queue.then(() => this.#take(files, folders));
  }

  /** Removes `entries`: fires `file-remove` for each and one `change`, and says so. */
  remove(entries: readonly FileEntry[]): void {
    if (!entries.length) return;
    this.entries = this.entries.filter((e) => !entries.includes(e));
    this.errors = [];
    const t = this.config.context().strings;
    this.config.live.announce(
      sentence(entries.map((e) => fill(t.removed, { name: displayName(e.file.name) }))),
    );
    for (const { file } of entries) {
      this.config.uploads.forget(file);
      this.#fire('file-remove', { file });
    }
    this.#changed();
  }

  /** Shows `errors` and announces them assertively. */
  showErrors(errors: string[]): void {
    this.errors = errors;
    if (errors.length) this.config.live.announce(errors.join(' '), true);
    this.host.requestUpdate();
  }

  /** Empties the list without events, as a form reset does. */
  reset(): void {
    this.entries = [];
    this.errors = [];
    this.host.requestUpdate();
  }

  async #take(files: File[], folders: Set<File>): Promise<void> {
    const { config } = this;
    const batch = await takeBatch(
      files,
      folders,
      this.entries,
      config.accept(),
      config.refuse(),
      config.context(),
    );
    this.entries = batch.entries;
    this.showErrors(batch.errors);
    if (batch.news) config.live.announce(batch.news);
    await this.host.updateComplete;
    for (const { file } of batch.replaced) {
      this.#fire('file-remove', { file });
      config.uploads.forget(file);
    }
    for (const { file, kind, warnings } of batch.accepted) {
      this.#fire('file-accept', { file, kind, warnings });
    }
    batch.rejected.forEach(({ file, reason, warning }, i) =>
      this.#fire('file-reject', {
        file,
        reason,
        message: batch.messages[i],
        ...(warning && { warning }),
      }),
    );
    if (batch.accepted.length) this.#changed();
    for (const { file, kind } of batch.accepted) {
      void config.uploads.start(file);
      config.accepted(file, kind);
    }
  }

  #changed(): void {
    this.host.requestUpdate();
    this.host.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #fire<K extends keyof ResumeUploadEventMap>(
    type: K,
    detail: ResumeUploadEventMap[K]['detail'],
  ): void {
    emit<ResumeUploadEventMap, K>(this.host, type, detail);
  }
}
