// What an element's live regions say, read the way a screen reader gets it: the polite region
// (role=status) and the assertive one (aria-live=assertive) inside the element's shadow root.

export type Politeness = 'polite' | 'assertive';
const SELECTOR: Record<Politeness, string> = {
  polite: '[role=status]',
  assertive: '[aria-live=assertive]',
};

function region(el: Element, which: Politeness): Element {
  const found = el.shadowRoot!.querySelector(SELECTOR[which]);
  if (!found) throw new Error(`no ${which} live region in <${el.localName}>`);
  return found;
}

const textOf = (n: Element) => n.textContent.replace(/\s+/g, ' ').trim();

/** What the region says now. */
export function said(el: Element, which: Politeness = 'polite'): string {
  return textOf(region(el, which));
}

/** Every text the region takes from now on, in order (a screen reader's log of it). */
export function heard(el: Element, which: Politeness = 'polite'): string[] {
  const node = region(el, which);
  const texts: string[] = [];
  new MutationObserver(() => {
    const now = textOf(node);
    if (now && now !== texts.at(-1)) texts.push(now);
  }).observe(node, { childList: true, characterData: true, subtree: true });
  return texts;
}

/** Resolves when the region says `text` (or matches it), at once if it does already; the test's
 * own timeout fails it otherwise. Announcements can wait their turn in a queue, so tests await them. */
export function announced(
  el: Element,
  text: string | RegExp,
  which: Politeness = 'polite',
): Promise<void> {
  const node = region(el, which);
  const says = () => (typeof text === 'string' ? textOf(node) === text : text.test(textOf(node)));
  return new Promise((resolve) => {
    if (says()) return resolve();
    const observer = new MutationObserver(() => {
      if (!says()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(node, { childList: true, characterData: true, subtree: true });
  });
}
