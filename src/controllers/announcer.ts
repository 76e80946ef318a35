// Live regions for an element's announcements: a polite one (role=status) for what went well and
// an assertive one for errors. Both are rendered from the start, empty, so screen readers have
// registered them before the first message arrives. Each message stays long enough to be heard;
// what comes meanwhile is queued and merged (core/announce.ts). It needs no lifecycle: it only
// asks its host to render again when a region's text changes.
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { holdTime, sentence, without, type Message } from '../core/announce.js';

interface Region {
  /** What the region says now. */
  text: string;
  waiting: Message[];
  timer?: ReturnType<typeof setTimeout>;
}

export class Announcer {
  /** The polite region, then the assertive one. */
  readonly #regions: Region[] = [
    { text: '', waiting: [] },
    { text: '', waiting: [] },
  ];

  constructor(readonly host: ReactiveControllerHost) {}

  /** Says `text` now, or once the message before it has had its time. `key` names what the
   * message is about: a newer message with the same key replaces a waiting one, in either region
   * (a file's final failure makes its waiting "Trying again" stale; "Undone" a waiting "Filled"). */
  announce(text: string, assertive = false, key?: unknown): void {
    for (const r of this.#regions) r.waiting = without(r.waiting, key);
    const r = this.#regions[assertive ? 1 : 0];
    if (r.timer) r.waiting.push({ text, key });
    else this.#say(r, text);
  }

  /** The two visually hidden regions; the host's styles define `.vh`. */
  render(): TemplateResult {
    const [polite, assertive] = this.#regions;
    return html`<div class="vh" role="status">${polite.text}</div>
      <div class="vh" aria-live="assertive">${assertive.text}</div>`;
  }

  // The same text twice in a row gets a no-break space, so it is a change and heard again.
  #say(r: Region, text: string): void {
    r.text = text === r.text ? `${text}\u00a0` : text;
    this.host.requestUpdate();
    r.timer = setTimeout(() => {
      const next = sentence(r.waiting.map((m) => m.text));
      r.waiting = [];
      r.timer = undefined;
      if (next) this.#say(r, next);
    }, holdTime(text));
  }
}
