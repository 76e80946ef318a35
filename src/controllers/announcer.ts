// Live regions for an element's announcements: a polite one (role=status) for what went well and
// an assertive one for errors. Both are rendered from the start, empty, so screen readers have
// registered them before the first message arrives.
import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';

export class Announcer implements ReactiveController {
  /** What the polite region says now. */
  polite = '';
  /** What the assertive region says now. */
  assertive = '';

  constructor(readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Says `text`; the same text twice in a row gets a no-break space so it is heard again. */
  announce(text: string, assertive = false): void {
    const key = assertive ? 'assertive' : 'polite';
    this[key] = text === this[key] ? `${text}\u00a0` : text;
    this.host.requestUpdate();
  }

  /** The two visually hidden regions; the host's styles define `.vh`. */
  render(): TemplateResult {
    return html`<div class="vh" role="status">${this.polite}</div>
      <div class="vh" aria-live="assertive">${this.assertive}</div>`;
  }
}
