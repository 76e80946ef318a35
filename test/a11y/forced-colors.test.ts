// Forced colours (Windows High Contrast and the like), emulated by Chromium over CDP
// (`forced-colors: active`; Firefox's WebDriver BiDi cannot emulate it here). In every state of
// both elements, whatever carries meaning must stay visible against the system background:
// borders of the drop zone, controls, error summary and invalid fields; error texts; the progress
// bar (checked on screen, pixel by pixel); and the focus ring at every Tab stop.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { AccommodationRequest } from '../../src/accommodation-request.js';
import type { ResumeUpload } from '../../src/resume-upload/resume-upload.js';
import { states as formStates } from '../../stories/accommodation-request.states.js';
import { dropFiles, pdfFile, uploadStates } from '../../stories/resume-upload.states.js';
import { nextEvent } from '../helpers/events.js';
import { focusRings } from '../helpers/focus-rings.js';
import { contrast, systemColor, visibleBorder } from '../helpers/measure.js';
import { pixelsOf, shareVisible } from '../helpers/pixels.js';

const firefox = navigator.userAgent.includes('Firefox');
type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** The element a state rendered (the state may wrap it in a page context). */
const inside = (root: Element, tag: string): Lit =>
  (root.localName === tag ? root : root.querySelector(tag)!) as Lit;

const shown = (n: Element) => n.getClientRects().length > 0 && !n.closest('.vh, .sr');

/** What is not visible against `canvas` in `el`'s shadow root, as readable strings. */
function invisible(el: Element, canvas: string): string[] {
  const root = el.shadowRoot!;
  const problems: string[] = [];
  const name = (n: Element) =>
    `${n.localName}${n.getAttribute('part') ? `[part=${n.getAttribute('part')}]` : ''}${n.className ? `.${String(n.className).split(' ')[0]}` : ''}`;
  const bordered = root.querySelectorAll(
    '[part~=dropzone], .summary, .alert, button, textarea, input:not([type=checkbox]):not([type=radio]):not([type=file])',
  );
  for (const n of [...bordered].filter(shown))
    if (!visibleBorder(n, canvas)) problems.push(`${name(n)}: border`);
  // An invalid field is marked by a bar at its start edge.
  const start = getComputedStyle(el).direction === 'rtl' ? 'Right' : 'Left';
  for (const n of [...root.querySelectorAll('.invalid')].filter(shown))
    if (!visibleBorder(n, canvas, start)) problems.push(`${name(n)}: start border`);
  for (const n of [...root.querySelectorAll('input[type=checkbox], input[type=radio]')].filter(
    shown,
  ))
    if (getComputedStyle(n).appearance === 'none') problems.push(`${name(n)}: no native look`);
  for (const n of [...root.querySelectorAll('[part~=error], .status, .error')].filter(shown))
    if (contrast(getComputedStyle(n).color, canvas) < 4.5) problems.push(`${name(n)}: text`);
  return problems;
}

describe('forced colours (Chromium)', () => {
  let canvas = '';
  before(async function () {
    if (firefox) this.skip();
    await executeServerCommand('forced-colors', { active: true });
    canvas = systemColor('Canvas');
  });
  after(async () => {
    if (!firefox) await executeServerCommand('forced-colors', { active: false });
  });

  it('emulates forced colours', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    expect(contrast(systemColor('CanvasText'), canvas)).to.be.at.least(4.5);
  });

  for (const state of uploadStates) {
    it(`<resume-upload> ${state.name}: borders and error texts stay visible`, async () => {
      const root = await fixture<Element>(state.render());
      const el = inside(root, 'resume-upload') as ResumeUpload;
      await state.setup?.(el);
      expect(invisible(el, canvas)).to.deep.equal([]);
    });
  }

  for (const state of formStates) {
    it(`<accommodation-request> ${state.name}: borders and error texts stay visible`, async () => {
      const el = await fixture<AccommodationRequest>(state.render());
      await state.setup?.(el);
      expect(invisible(el, canvas)).to.deep.equal([]);
    });
  }

  it('<resume-upload> uploading: the progress bar and its filled part are drawn', async () => {
    const el = await fixture<ResumeUpload>(
      html`<resume-upload endpoint="/__test__/hang"></resume-upload>`,
    );
    const half = new Promise<void>((resolve) =>
      el.addEventListener('upload-progress', (e) => {
        if (e.detail.loaded >= e.detail.total / 2) resolve();
      }),
    );
    await dropFiles(el, [pdfFile()]);
    await half;
    await el.updateComplete;
    const bar = el.shadowRoot!.querySelector('[part~=progress]')!;
    expect(shareVisible(await pixelsOf(bar), canvas)).to.be.at.least(0.4);
  });

  it('<resume-upload>: a visible focus ring at every Tab stop', async () => {
    const el = await fixture<ResumeUpload>(
      html`<resume-upload multiple endpoint="/__test__/413"></resume-upload>`,
    );
    const failed = nextEvent(el, 'upload-error');
    await dropFiles(el, [pdfFile()]);
    await failed;
    await el.updateComplete;
    expect(await focusRings(el, canvas)).to.deep.equal([
      'button[browse-button]: ring',
      'button[action-button]: ring',
      'button[remove-button]: ring',
    ]);
  });

  it('<accommodation-request> with errors: a visible focus ring at every Tab stop', async () => {
    const el = await fixture<AccommodationRequest>(
      html`<accommodation-request></accommodation-request>`,
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await el.updateComplete;
    const stops = await focusRings(el, canvas);
    expect(stops.length).to.be.above(20);
    expect(stops.filter((s) => s.endsWith('NO RING'))).to.deep.equal([]);
  });
});
