// Theming of both elements: dark pages (color-scheme), a design system's palette through the
// --applykit-* properties, ::part() from outside, and the page's font. axe checks contrast (AA)
// in each theme and state.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/accommodation-request/define.js';
import '../../src/resume-upload/define.js';
import type { AccommodationRequest } from '../../src/accommodation-request/accommodation-request.js';
import type { ResumeUpload } from '../../src/resume-upload/resume-upload.js';
import { dropFiles, pdfFile } from '../../stories/resume-upload.states.js';
import { expectAccessible } from '../helpers/axe.js';

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const style = (el: Element) => getComputedStyle(el);

const DARK = 'color-scheme: dark; background: #121212; color: #eee';
// A design system's palette: deep purple accent, its own danger red and muted grey, square corners.
const CUSTOM = [
  'background: #fffdf7',
  'color: #1b1b1b',
  '--applykit-color-accent: #5b2a86',
  '--applykit-color-on-accent: #fff',
  '--applykit-color-danger: #a4161a',
  '--applykit-color-muted: #4a4a4a',
  '--applykit-color-border: #5b2a86',
  '--applykit-focus-ring-color: #d97706',
  '--applykit-radius: 0',
  '--applykit-space: 1.25rem',
  '--applykit-font-family: Georgia, serif',
].join(';');

async function upload(
  wrapperStyle: string,
  element = html`<resume-upload name="cv"></resume-upload>`,
) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${wrapperStyle}>${element}</div>`);
  const el = wrapper.querySelector<ResumeUpload>('resume-upload')!;
  await el.updateComplete;
  return el;
}

async function form(wrapperStyle: string) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${wrapperStyle}><accommodation-request company="Acme"
      ><a slot="privacy" href="#privacy" style="color: inherit">Read our privacy notice</a></accommodation-request
    ></div>`,
  );
  const el = wrapper.querySelector<AccommodationRequest>('accommodation-request')!;
  await el.updateComplete;
  return el;
}

const submit = async (el: AccommodationRequest) => {
  part(el, 'submit-button').click();
  await el.updateComplete;
};

/** The states of both elements a theme must keep readable. */
const states: [string, (theme: string) => Promise<Element>][] = [
  ['upload: empty', (t) => upload(t)],
  [
    'upload: error shown',
    async (t) => {
      const el = await upload(t);
      await dropFiles(el, [new File(['MZ'], 'setup.exe')]);
      return el;
    },
  ],
  [
    'upload: file listed',
    async (t) => {
      const el = await upload(t, html`<resume-upload name="cv" multiple></resume-upload>`);
      await dropFiles(el, [pdfFile('resume.pdf'), pdfFile('cover-letter.pdf', 40_000)]);
      return el;
    },
  ],
  [
    'upload: dragging',
    async (t) => {
      const el = await upload(t);
      const dt = new DataTransfer();
      dt.items.add(pdfFile());
      part(el, 'dropzone').dispatchEvent(
        new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }),
      );
      await el.updateComplete;
      expect(el.hasAttribute('dragging')).to.equal(true);
      return el;
    },
  ],
  ['form: empty', (t) => form(t)],
  [
    'form: with errors',
    async (t) => {
      const el = await form(t);
      await submit(el);
      return el;
    },
  ],
];

describe('theme', () => {
  describe('on a dark page (color-scheme: dark)', () => {
    for (const [name, render] of states) {
      it(`has no axe violations, contrast included: ${name}`, async () => {
        await expectAccessible(await render(DARK));
      });
    }

    it('axe really checks contrast: a muted colour too dark for the page is reported', async () => {
      const el = await upload(`${DARK}; --applykit-color-muted: #555`);
      let failed = false;
      await expectAccessible(el).catch((e: Error) => (failed = /color-contrast/.test(e.message)));
      expect(failed).to.equal(true);
    });

    it('uses the dark defaults in both elements, the same tokens in each', async () => {
      const el = await upload(DARK);
      const request = await form(DARK);
      const button = style(part(el, 'browse-button'));
      expect(button.backgroundColor).to.equal('rgb(153, 193, 241)');
      expect(button.color).to.equal('rgb(11, 31, 51)');
      expect(style(part(request, 'submit-button')).backgroundColor).to.equal(
        button.backgroundColor,
      );
      expect(style(part(request, 'submit-button')).color).to.equal(button.color);
      expect(style(part(request, 'hint')).color).to.equal(style(part(el, 'hint')).color);
    });
  });

  describe("following the page's color-scheme", () => {
    const LIGHT_ACCENT = 'rgb(26, 95, 180)';
    const DARK_ACCENT = 'rgb(153, 193, 241)';
    const prefersDark = () => matchMedia('(prefers-color-scheme: dark)').matches;
    // puppeteer drives Firefox over WebDriver BiDi, which cannot emulate media features here.
    const canEmulate = !navigator.userAgent.includes('Firefox');
    /** Emulates a colour preference where the browser can (Chromium); false where it can't. */
    const prefer = async (colorScheme: 'light' | 'dark') =>
      canEmulate && (await emulateMedia({ colorScheme }), true);
    afterEach(() => prefer('light'));

    it('follows the reader\'s preference on a page that offers "light dark"', async () => {
      const el = await upload('color-scheme: light dark');
      const accent = () => style(part(el, 'browse-button')).backgroundColor;
      expect(accent()).to.equal(prefersDark() ? DARK_ACCENT : LIGHT_ACCENT);
      if (await prefer('dark')) expect(accent()).to.equal(DARK_ACCENT);
    });

    it('stays light on a light-only page, whatever the preference', async () => {
      await prefer('dark');
      const el = await upload('color-scheme: light');
      expect(style(part(el, 'browse-button')).backgroundColor).to.equal(LIGHT_ACCENT);
    });
  });

  describe("with a design system's palette (--applykit-* properties)", () => {
    for (const [name, render] of states) {
      it(`has no axe violations: ${name}`, async () => {
        await expectAccessible(await render(CUSTOM));
      });
    }

    it('applies the palette, radius, spacing and font to both elements', async () => {
      const el = await upload(CUSTOM);
      const request = await form(CUSTOM);
      for (const button of [part(el, 'browse-button'), part(request, 'submit-button')]) {
        expect(style(button).backgroundColor).to.equal('rgb(91, 42, 134)');
        expect(style(button).borderTopLeftRadius).to.equal('0px');
        expect(style(button).fontFamily).to.contain('Georgia');
      }
      expect(style(part(el, 'dropzone')).paddingInlineStart).to.equal('20px');
      expect(style(part(el, 'label')).fontFamily).to.contain('Georgia');
    });
  });

  describe('from outside', () => {
    it("inherits the page's font, in text and buttons", async () => {
      const el = await upload('font-family: "Courier New", monospace');
      expect(style(part(el, 'label')).fontFamily).to.contain('Courier New');
      expect(style(part(el, 'browse-button')).fontFamily).to.contain('Courier New');
    });

    it('takes ::part() rules from the page', async () => {
      const sheet = document.createElement('style');
      sheet.textContent = `
        .ds resume-upload::part(browse-button) { text-transform: uppercase; border-radius: 999px; }
        .ds accommodation-request::part(input) { border-width: 3px; }`;
      document.head.append(sheet);
      try {
        const el = await upload('', html`<div class="ds"><resume-upload></resume-upload></div>`);
        expect(style(part(el, 'browse-button')).textTransform).to.equal('uppercase');
        expect(style(part(el, 'browse-button')).borderTopLeftRadius).to.equal('999px');
        const wrapper = await fixture<HTMLDivElement>(
          html`<div class="ds"><accommodation-request></accommodation-request></div>`,
        );
        const request = wrapper.firstElementChild as AccommodationRequest;
        await request.updateComplete;
        expect(style(part(request, 'input')).borderTopWidth).to.equal('3px');
      } finally {
        sheet.remove();
      }
    });
  });
});
