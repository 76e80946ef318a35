// Live regions for an element's announcements: a polite one (role=status) for what went well and
// an assertive one for errors. Both are rendered from the start, empty, so screen readers have
// registered them before the first message arrives. Each message stays long enough to be heard;
// what comes meanwhile is queued and merged (core/announce.ts).
import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { enqueue, holdTime, sentence, without, type Message } from '../core/announce.js';

interface Region {
  /** What the region says now. */
  text: string;
  waiting: Message[];
  timer?: ReturnType<typeof setTimeout>;
}

export class Announcer implements ReactiveController {
  readonly #polite: Region = { text: '', waiting: [] };
  readonly #assertive: Region = { text: '', waiting: [] };

  constructor(readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Says `text` now, or once the message before it has had its time. `key` names what the
   * message is about: a newer message with the same key replaces a waiting one, in either region
   * (a file's final failure makes its waiting "Trying again" stale; "Undone" a waiting "Filled"). */
  announce(text: string, assertive = false, key?: unknown): void {
    const [r, other] = assertive
      ? [this.#assertive, this.#polite]
      : [this.#polite, this.#assertive];
    other.waiting = without(other.waiting, key);
    if (r.timer) r.waiting = enqueue(r.waiting, { text, key });
    else this.#say(r, text);
  }

  /** The two visually hidden regions; the host's styles define `.vh`. */
  render(): TemplateResult {
    return html`<div class="vh" role="status">${this.#polite.text}</div>
      <div class="vh" aria-live="assertive">${this.#assertive.text}</div>`;
  }

  // The same text twice in a row gets a no-break space, so it is a change and heard again.
  #say(r: Region, text: string): void {
    r.text = text === r.text ? `${text}\u00a0` : text;
    this.host.requestUpdate();
    r.timer = setTimeout(() => {
      r.timer = undefined;
      const next = sentence(r.waiting);
      r.waiting = [];
      if (next) this.#say(r, next);
    }, holdTime(text));
  }
}
