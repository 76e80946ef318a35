// The focus ring at every Tab stop inside an element, as a keyboard user meets them: Tab is
// pressed through the real keyboard from a button before the element until focus leaves it.
import { press } from './keys.js';
import { visibleOutline } from './measure.js';

/**
 * Each Tab stop in `el`'s shadow root, as `button[browse-button]: ring` (the part, else the
 * input type), or `…: NO RING` where its outline is not visibleOutline() against `background`.
 */
export async function focusRings(el: Element, background: string): Promise<string[]> {
  // Buttons on both sides: Tab from the last stop lands on After, not outside the page (Firefox
  // would then take system focus away from the document, and :focus would match nothing).
  const [before, after] = ['Before', 'After'].map((text) => {
    const b = document.createElement('button');
    b.textContent = text;
    return b;
  });
  el.before(before);
  el.after(after);
  before.focus();
  const stops: string[] = [];
  for (let i = 0; i < 40; i++) {
    await press('Tab');
    const inner = el.shadowRoot!.activeElement;
    if (document.activeElement !== el || !inner) break;
    const part = inner.getAttribute('part') ?? inner.getAttribute('type') ?? '';
    stops.push(
      `${inner.localName}[${part}]: ${visibleOutline(inner, background) ? 'ring' : 'NO RING'}`,
    );
  }
  before.remove();
  after.remove();
  return stops;
}
