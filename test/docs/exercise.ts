// What every docs example page must survive, through the elements' public API only: every custom
// element on it upgrades and renders; every upload takes a dropped PDF (and uploads it when it
// has an endpoint); every accommodation form is filled in and sent. Used in the browser by
// test/docs/run-guide.ts, and bundled into the page by test/node/docs.test.mjs.
import { SMALLEST_PDF as PDF } from '../helpers/samples.js';

type Updatable = HTMLElement & { updateComplete?: Promise<unknown> };

/** Resolves with the first of `events` that `el` fires, or rejects after `ms`. */
function firstOf(el: Element, events: string[], ms: number): Promise<CustomEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`<${el.localName}> fired none of ${events.join(', ')} in ${ms} ms`)),
      ms,
    );
    for (const type of events) {
      el.addEventListener(type, (e) => (clearTimeout(timer), resolve(e as CustomEvent)), {
        once: true,
      });
    }
  });
}

/** Every custom element under `root` is defined, upgraded and rendered; returns them. */
export async function upgraded(root: ParentNode, ms = 5000): Promise<Updatable[]> {
  const elements = [...root.querySelectorAll<Updatable>('*')].filter((el) =>
    el.localName.includes('-'),
  );
  for (const el of elements) {
    const tag = el.localName;
    const timeout = new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`<${tag}> was never defined`)), ms),
    );
    await Promise.race([customElements.whenDefined(tag), timeout]);
    await el.updateComplete;
    if (!el.shadowRoot?.childElementCount) throw new Error(`<${tag}> did not render a shadow root`);
  }
  return elements;
}

/** A small file whose bytes agree with its name. */
function pdf(): File {
  return new File([PDF], 'resume.pdf', { type: 'application/pdf' });
}

/** Drops a PDF on an upload, as a user dragging it from the desktop; resolves when it is in (and uploaded). */
export async function dropPdf(el: Updatable): Promise<void> {
  const zone = el.shadowRoot!.querySelector('[part~=dropzone]')!;
  const dataTransfer = new DataTransfer();
  dataTransfer.items.add(pdf());
  const added = firstOf(el, ['file-accept', 'file-reject'], 5000);
  zone.dispatchEvent(
    new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true, composed: true }),
  );
  const e = await added;
  if (e.type === 'file-reject')
    throw new Error(`<${el.localName}> rejected a PDF: ${e.detail.message}`);
  if (!el.getAttribute('endpoint')) return;
  for (;;) {
    const u = await firstOf(el, ['upload-success', 'upload-error'], 8000);
    if (u.type === 'upload-success') return;
    if (!u.detail.willRetry)
      throw new Error(`<${el.localName}> upload failed: ${u.detail.message}`);
  }
}

/** Fills in an accommodation form and sends it; resolves when it was sent (or submitted, without endpoint). */
export async function sendRequest(el: Updatable): Promise<void> {
  Object.assign(el, {
    value: {
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      stages: ['interviews'],
      needs: ['extra-time'],
      contactMethod: 'email',
      consent: true,
    },
  });
  await el.updateComplete;
  const done = firstOf(
    el,
    el.getAttribute('endpoint')
      ? ['accommodation-sent', 'accommodation-error']
      : ['accommodation-submit'],
    5000,
  );
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=submit-button]')!.click();
  const e = await done;
  if (e.type === 'accommodation-error')
    throw new Error(`<${el.localName}> could not send: ${e.detail.message}`);
  await el.updateComplete;
}

/** Upgrades, then uses every element under `root` as a candidate would. */
export async function exercise(root: ParentNode): Promise<void> {
  for (const el of await upgraded(root)) {
    if (el.hasAttribute('disabled')) continue;
    if (el.shadowRoot!.querySelector('[part~=dropzone]')) await dropPdf(el);
    else if (el.shadowRoot!.querySelector('[part~=submit-button]')) await sendRequest(el);
  }
}
