// Per-file upload state for <resume-upload>: which files are uploading, done, failed or
// cancelled. The work itself (transport, retries, events, announcements) lives in
// upload-transport.ts, imported on first use so pages that only select files never load it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { displayName } from '../core/format.js';
import { fill } from '../core/messages.js';
import type { UploadMessageContext } from '../core/upload-messages.js';
import { emit } from '../emit.js';
import type { ResumeUploadEventMap } from '../core/upload-events.js';
import type { FileUpload, UploadOptions } from './upload-transport.js';

export type { FileUpload, UploadStatus } from './upload-transport.js';

export interface UploadControllerConfig {
  /** The upload settings, or null when uploads are off (no endpoint, no getUploadParams). */
  options(): UploadOptions | null;
  context(): UploadMessageContext;
  /** `key` (the file) lets a newer message replace one still waiting to be said. */
  announce(text: string, assertive: boolean, key?: unknown): void;
}

export class UploadController implements ReactiveController {
  readonly #uploads = new Map<File, FileUpload>();

  constructor(
    readonly host: ReactiveControllerHost & EventTarget,
    readonly config: UploadControllerConfig,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const file of this.#uploads.keys()) this.cancel(file);
  }

  /** Whether uploads are configured at all. */
  get enabled(): boolean {
    return this.config.options() !== null;
  }
  /** True while any file is still being sent. */
  get pending(): boolean {
    return [...this.#uploads.values()].some((u) => u.status === 'uploading');
  }
  get(file: File): FileUpload | undefined {
    return this.#uploads.get(file);
  }

  /** Stops an upload in flight; the file stays listed with a Retry button. */
  cancel(file: File): void {
    const u = this.#uploads.get(file);
    if (u?.status === 'uploading') u.abort.abort();
  }
  /** Cancels and forgets a file's upload (the file was removed). */
  forget(file: File): void {
    this.cancel(file);
    this.#uploads.delete(file);
  }

  /** Uploads a file, from the start or, with tus, from where the server stopped. */
  async start(file: File): Promise<void> {
    const options = this.config.options();
    if (!options) return;
    this.cancel(file);
    const u: FileUpload = {
      status: 'uploading',
      loaded: 0,
      total: file.size,
      quarter: 0,
      abort: new AbortController(),
    };
    this.#uploads.set(file, u);
    this.host.requestUpdate();
    try {
      const { transfer } = await import('./upload-transport.js');
      await transfer(file, u, options, this);
    } catch {
      // Only reached when the transport itself could not load (offline): a network failure.
      const message = fill(this.config.context().strings.uploadNetwork, {
        name: displayName(file.name),
      });
      Object.assign(u, { status: 'failed', message });
      emit<ResumeUploadEventMap, 'upload-error'>(this.host, 'upload-error', {
        file,
        message,
        willRetry: false,
      });
      this.config.announce(message, true, file);
    }
    this.host.requestUpdate();
  }
}
