// The always-loaded half of `autofill`: notes the fields the candidate types in (from the
// start, so they are never filled), and on the first accepted file loads the rest — the reader
// and the filling (controllers/autofill.ts) — as a lazy chunk.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AutofillConfig, AutofillController } from '../controllers/autofill.js';
import type { FileKind } from '../core/accept.js';

type Host = ReactiveControllerHost &
  HTMLElement & { readonly autofill: boolean; readonly form: HTMLFormElement | null };

export class AutofillHook implements ReactiveController {
  /** Fields of the page the candidate typed in (trusted `input` events). */
  readonly #typed = new WeakSet<EventTarget>();
  #abort?: AbortController;
  #fill?: AutofillController;

  constructor(
    readonly host: Host,
    readonly config: Omit<AutofillConfig, 'typed'>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#abort = new AbortController();
    const typed = (e: Event) => e.isTrusted && this.#typed.add(e.composedPath()[0]);
    document.addEventListener('input', typed, { capture: true, signal: this.#abort.signal });
  }
  hostDisconnected(): void {
    this.#abort?.abort();
  }

  /** With `autofill`, reads an accepted file and fills the form. A file that can't be read, or
   * a chunk that can't load, leaves everything as it is: the file itself stays accepted. */
  async read(file: File, kind: FileKind): Promise<void> {
    if (!this.host.autofill) return;
    try {
      const { AutofillController } = await import('../controllers/autofill.js');
      this.#fill ??= new AutofillController(this.host, { ...this.config, typed: this.#typed });
      await this.#fill.read(file, kind);
    } catch {
      // Nothing filled, nothing said.
    }
  }

  /** Forgets the notice (form reset). */
  reset(): void {
    this.#fill?.reset();
  }

  /** The notice of what was filled, once there is one. */
  render(): unknown {
    return this.#fill?.render();
  }
}
