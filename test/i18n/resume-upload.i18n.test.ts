// <resume-upload> in Spanish and Arabic: the language comes from the nearest `lang` (an ancestor,
// the element, <html>), texts and announcements come from that table, numbers from Intl in that
// language, and dir="rtl" mirrors the layout.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/resume-upload/define.js';
import type { ResumeUpload } from '../../src/resume-upload/resume-upload.js';
import { fill } from '../../src/core/messages.js';
import { resumeUpload as ar } from '../../src/locales/ar.js';
import { resumeUpload as es } from '../../src/locales/es.js';
import { dropFiles, pdfFile } from '../../stories/resume-upload.states.js';
import { expectAccessible } from '../helpers/axe.js';
import { nextEvent } from '../helpers/events.js';

const part = (el: ResumeUpload, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const parts = (el: ResumeUpload, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const text = (node: Element) => node.textContent.replace(/\s+/g, ' ').trim();
const polite = (el: ResumeUpload) => text(el.shadowRoot!.querySelector('[role=status]')!);
const assertive = (el: ResumeUpload) =>
  text(el.shadowRoot!.querySelector('[aria-live=assertive]')!);
const num = (locale: string, n: number, digits = 0) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n);
const exe = () => new File(['MZ'], 'setup.exe');

/** Renders `<resume-upload>` inside a wrapper with `lang` (and `dir`); resolves once it shows that language. */
async function inside(
  lang: string,
  element = html`<resume-upload name="cv"></resume-upload>`,
  dir = 'ltr',
) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang} dir=${dir}>${element}</div>`,
  );
  const el = wrapper.querySelector<ResumeUpload>('resume-upload')!;
  await el.updateComplete;
  return { wrapper, el };
}

describe('resume-upload i18n', () => {
  describe('in Spanish, from an ancestor (lang="es-MX")', () => {
    let el: ResumeUpload;
    beforeEach(async () => ({ el } = await inside('es-MX')));

    it('shows the label, hint and button in Spanish', () => {
      expect(text(part(el, 'label'))).to.equal('Suba su currículum');
      expect(text(part(el, 'hint'))).to.equal(
        'Arrastre un archivo hasta aquí o selecciónelo · PDF, DOCX, DOC, RTF, TXT · hasta 10 MB',
      );
      expect(text(part(el, 'browse-button'))).to.equal('Elegir archivo');
    });

    it('translates the default label without reflecting it', () => {
      expect(el.label).to.equal('Suba su currículum');
      expect(el.hasAttribute('label')).to.equal(false);
    });

    it('keeps a label the host set, and reflects it', async () => {
      el.label = 'Currículum vítae';
      await el.updateComplete;
      expect(text(part(el, 'label'))).to.equal('Currículum vítae');
      expect(el.getAttribute('label')).to.equal('Currículum vítae');
    });

    it('formats sizes with the Spanish decimal comma', async () => {
      el.maxSize = 1.5 * 1024 * 1024;
      await el.updateComplete;
      expect(text(part(el, 'hint')))
        .to.contain(`hasta ${num('es', 1.5, 1)} MB`)
        .and.contain('1,5');
    });

    it('rejects in Spanish, listing the types with "o", shown and announced', async () => {
      const reject = nextEvent(el, 'file-reject');
      await dropFiles(el, [exe()]);
      const message = fill(es.rejectType, {
        name: 'setup.exe',
        types: 'PDF, DOCX, DOC, RTF o TXT',
      });
      expect((await reject).detail.message).to.equal(message);
      expect(text(part(el, 'error'))).to.equal(message);
      expect(assertive(el)).to.equal(message);
    });

    it('announces an added file in Spanish, with its size', async () => {
      await dropFiles(el, [pdfFile('cv.pdf', 120 * 1024)]);
      expect(polite(el)).to.equal(`Se ha añadido cv.pdf, ${num('es', 120)} KB`);
      expect(text(part(el, 'remove-button'))).to.equal('Quitar');
      expect(part(el, 'remove-button').getAttribute('aria-label')).to.equal('Quitar cv.pdf');
      expect(part(el, 'file-list').getAttribute('aria-label')).to.equal('Archivos seleccionados');
    });

    it('marks a required upload "(obligatorio)", shown and in the button\'s name', async () => {
      el.required = true;
      await el.updateComplete;
      expect(text(part(el, 'label'))).to.equal('Suba su currículum');
      expect(el.shadowRoot!.textContent).to.contain('(obligatorio)');
      const ids = part(el, 'browse-button').getAttribute('aria-labelledby')!.split(' ');
      const name = ids.map((id) => text(el.shadowRoot!.getElementById(id)!)).join(' ');
      expect(name).to.equal('Suba su currículum (obligatorio) Elegir archivo');
    });

    it('gives the form its validation message in Spanish', async () => {
      el.required = true;
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal(es.required);
    });

    it('uses the plural forms of the language', async () => {
      el.multiple = true;
      el.maxFiles = 3;
      await el.updateComplete;
      expect(text(part(el, 'hint'))).to.contain('hasta 10 MB cada uno · como máximo 3 archivos');
      el.maxFiles = 1;
      await el.updateComplete;
      expect(text(part(el, 'hint'))).to.contain('como máximo 1 archivo');
    });

    it('lets `strings` override any message of the language', async () => {
      el.strings = { chooseFile: 'Subir mi CV', label: 'Su CV' };
      await el.updateComplete;
      expect(text(part(el, 'browse-button'))).to.equal('Subir mi CV');
      expect(text(part(el, 'label'))).to.equal('Su CV');
      expect(text(part(el, 'hint'))).to.match(/^Arrastre/);
    });
  });

  describe('where the language comes from', () => {
    it("follows the element's own lang over the page's", async () => {
      const el = await fixture<ResumeUpload>(html`<resume-upload lang="es"></resume-upload>`);
      await el.updateComplete;
      expect(text(part(el, 'browse-button'))).to.equal('Elegir archivo');
    });

    it('follows <html lang> when nothing closer sets one', async () => {
      const root = document.documentElement;
      const before = root.getAttribute('lang');
      root.lang = 'es';
      try {
        const el = await fixture<ResumeUpload>(html`<resume-upload></resume-upload>`);
        await el.updateComplete;
        expect(text(part(el, 'label'))).to.equal('Suba su currículum');
      } finally {
        if (before === null) root.removeAttribute('lang');
        else root.setAttribute('lang', before);
      }
    });

    it('follows lang across a shadow root (an element wrapping it in its own)', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="ar"></div>`);
      const inner = host.attachShadow({ mode: 'open' });
      inner.innerHTML = '<div><resume-upload></resume-upload></div>';
      const el = inner.querySelector<ResumeUpload>('resume-upload')!;
      await el.updateComplete;
      expect(text(part(el, 'browse-button'))).to.equal(ar.chooseFile);
      host.lang = 'es';
      await el.updateComplete;
      expect(text(part(el, 'browse-button'))).to.equal('Elegir archivo');
    });

    it('re-renders when lang changes at runtime, on an ancestor or on the element', async () => {
      const { wrapper, el } = await inside('es');
      wrapper.lang = 'ar';
      await el.updateComplete;
      expect(text(part(el, 'label'))).to.equal(ar.label);
      el.lang = 'es';
      await el.updateComplete;
      expect(text(part(el, 'label'))).to.equal('Suba su currículum');
      el.removeAttribute('lang');
      wrapper.lang = 'en-GB';
      await el.updateComplete;
      expect(text(part(el, 'label'))).to.equal('Upload your resume');
      expect(el.label).to.equal('Upload your resume');
    });

    it('falls back to English for a language it does not have', async () => {
      const { el } = await inside('nl');
      expect(text(part(el, 'label'))).to.equal('Upload your resume');
      expect(text(part(el, 'hint'))).to.contain('up to 10 MB');
    });
  });

  describe('in Arabic, right to left', () => {
    let el: ResumeUpload;
    beforeEach(
      async () =>
        ({ el } = await inside(
          'ar',
          html`<resume-upload name="cv" multiple max-files="2"></resume-upload>`,
          'rtl',
        )),
    );

    it('shows the label, hint and button in Arabic', () => {
      expect(text(part(el, 'label'))).to.equal('رفع السيرة الذاتية');
      expect(text(part(el, 'browse-button'))).to.equal('اختيار ملفات');
      expect(text(part(el, 'hint'))).to.equal(
        `اسحب ملفات إلى هنا أو تصفّح جهازك · PDF، DOCX، DOC، RTF، TXT · حتى ${num('ar', 10)} ميغابايت لكل ملف · ملفان بحد أقصى`,
      );
    });

    it('chooses each Arabic plural form', async () => {
      const hint = () => text(part(el, 'hint'));
      const forms: [number, string][] = [
        [1, 'ملف واحد بحد أقصى'],
        [2, 'ملفان بحد أقصى'],
        [3, `بحد أقصى ${num('ar', 3)} ملفات`],
        [11, `بحد أقصى ${num('ar', 11)} ملفًا`],
        [100, `بحد أقصى ${num('ar', 100)} ملف`],
      ];
      for (const [max, words] of forms) {
        el.maxFiles = max;
        await el.updateComplete;
        expect(hint(), String(max)).to.contain(words);
      }
    });

    it('rejects a file over the limit with the "two" form, shown and announced', async () => {
      const reject = nextEvent(el, 'file-reject');
      await dropFiles(el, [pdfFile('a.pdf'), pdfFile('b.pdf'), pdfFile('c.pdf')]);
      const message = fill(ar.rejectCount.two!, { name: 'c.pdf' });
      expect((await reject).detail.message).to.equal(message);
      expect(text(part(el, 'error'))).to.equal(message.replace(/\s+/g, ' '));
      expect(assertive(el)).to.contain(message);
    });

    it('formats sizes and byte counts with Intl and Arabic words', async () => {
      await dropFiles(el, [new File(['Hi!\n\n'], 'note.txt', { type: 'text/plain' })]);
      expect(polite(el)).to.equal(`تمت إضافة \u2068note.txt\u2069، ${num('ar', 5)} بايتات`);
      await dropFiles(el, [pdfFile('cv.pdf', 1.5 * 1024 * 1024)]);
      expect(text(parts(el, 'file')[1])).to.contain(`${num('ar', 1.5, 1)} ميغابايت`);
    });

    it('is right to left inside the shadow root', () => {
      expect(getComputedStyle(part(el, 'dropzone')).direction).to.equal('rtl');
    });

    it('puts the label and the button at the right, the start edge', () => {
      const zone = part(el, 'dropzone').getBoundingClientRect();
      const label = part(el, 'label').getBoundingClientRect();
      const button = part(el, 'browse-button').getBoundingClientRect();
      expect(zone.right - label.right).to.be.below(40);
      expect(zone.right - button.right).to.be.below(40);
      expect(button.left - zone.left).to.be.above(100);
    });

    it("puts each file's remove button at the left, the end edge", async () => {
      await dropFiles(el, [pdfFile('cv.pdf')]);
      const name = part(el, 'file-name').getBoundingClientRect();
      const remove = part(el, 'remove-button').getBoundingClientRect();
      const list = part(el, 'file-list').getBoundingClientRect();
      expect(remove.right).to.be.below(name.left);
      expect(remove.left - list.left).to.be.below(2);
    });

    it('has no axe violations: empty, with an error, with a file', async () => {
      await expectAccessible(el);
      await dropFiles(el, [exe()]);
      await expectAccessible(el);
      await dropFiles(el, [pdfFile('cv.pdf')]);
      await expectAccessible(el);
    });
  });
});
