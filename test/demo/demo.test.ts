// The demo job page (demo/index.html with demo.css and the built bundle) in an iframe, in both
// browsers: what a screen-reader user finds in it before anything happens, and its reflow at
// 320 px with 200% text. Needs the build (`npm test` builds first).
import { expect } from '@open-wc/testing';

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

/** The demo page in a `width` px wide frame, once both elements have rendered. */
async function demo(width: number, fontSize = ''): Promise<Document> {
  frame = document.createElement('iframe');
  frame.style.cssText = `inline-size: ${width}px; block-size: 640px; border: 0`;
  frame.title = 'demo';
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  frame.src = '/demo/index.html';
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  doc.documentElement.style.fontSize = fontSize;
  const win = doc.defaultView!;
  for (const tag of ['resume-upload', 'accommodation-request']) {
    await win.customElements.whenDefined(tag);
    await (doc.querySelector(tag) as unknown as { updateComplete: Promise<unknown> })
      .updateComplete;
  }
  return doc;
}

describe('the demo page', () => {
  it('keeps the empty application status region in the accessibility tree', async () => {
    const doc = await demo(800);
    const status = doc.getElementById('application-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.equal('');
    const style = doc.defaultView!.getComputedStyle(status);
    expect(style.display).not.to.equal('none');
    expect(style.visibility).to.equal('visible');
  });

  it('fits 320 px at 200% text without scrolling sideways', async () => {
    const doc = await demo(320, '200%');
    const root = doc.documentElement;
    const wide = [...doc.querySelectorAll('h1, h2, p, li, label')]
      .filter(
        (n) =>
          n.scrollWidth > n.clientWidth + 1 ||
          n.getBoundingClientRect().right > root.clientWidth + 0.5,
      )
      .map((n) => `${n.localName}: ${n.textContent.trim().slice(0, 40)}`);
    expect(wide).to.deep.equal([]);
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
  });
});
