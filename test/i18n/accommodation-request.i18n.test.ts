// <accommodation-request> in Spanish and Arabic: labels, legends, options, validation, the
// character count (Intl numbers and plural forms) and the default "company" words follow the
// nearest `lang`; dir="rtl" mirrors the error bar, the summary list and the checkboxes.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/accommodation-request/define.js';
import type { AccommodationRequest } from '../../src/accommodation-request/accommodation-request.js';
import { fill } from '../../src/core/messages.js';
import { accommodationRequest as ar } from '../../src/locales/ar.js';
import { accommodationRequest as es } from '../../src/locales/es.js';
import { expectAccessible } from '../helpers/axe.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const num = (locale: string, n: number) => new Intl.NumberFormat(locale).format(n);
const count = (el: AccommodationRequest) =>
  text($(el, '[part=field] textarea ~ [aria-hidden=true]'));
const submit = async (el: AccommodationRequest) => {
  $<HTMLButtonElement>(el, '[part=submit-button]').click();
  await el.updateComplete;
};
const legends = (el: AccommodationRequest) => $$(el, '[part=legend]').map(text);

/** Renders the form inside a wrapper with `lang` (and `dir`); resolves once it shows that language. */
async function inside(lang: string, dir = 'ltr', company?: string) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang} dir=${dir}><accommodation-request company=${company ?? ''}></accommodation-request></div>`,
  );
  const el = wrapper.querySelector<AccommodationRequest>('accommodation-request')!;
  await el.updateComplete;
  return { wrapper, el };
}

describe('accommodation-request i18n', () => {
  describe('in Spanish, from an ancestor', () => {
    let el: AccommodationRequest;
    let wrapper: HTMLDivElement;
    beforeEach(async () => ({ el, wrapper } = await inside('es-ES')));

    it('shows labels, legends, options and the button in Spanish', () => {
      expect(text($<HTMLInputElement>(el, 'input[name=name]').labels![0])).to.equal(
        'Nombre completo',
      );
      expect(legends(el)).to.deep.equal([
        '¿En qué etapas necesita adaptaciones?',
        '¿Qué le ayudaría?',
        '¿Cómo prefiere que nos pongamos en contacto con usted?',
      ]);
      const needs = $$<HTMLInputElement>(el, 'input[name=needs]').map((i) => text(i.labels![0]));
      expect(needs[0]).to.equal('Tiempo adicional');
      expect(needs.at(-1)).to.equal('Otra cosa');
      expect(text($(el, '[part=submit-button]'))).to.equal('Enviar solicitud');
    });

    it('speaks of "nuestra empresa" when no company is named, and of the company when one is', async () => {
      expect(text($(el, 'form > p'))).to.equal(fill(es.intro, { company: 'nuestra empresa' }));
      el.company = 'Acme';
      await el.updateComplete;
      expect(text($(el, 'form > p'))).to.contain('comuníqueselo a Acme.');
    });

    it('keeps the legal sentence: who sees it, kept apart from hiring decisions', () => {
      const privacy = text($$(el, 'form > p')[1]);
      expect(privacy).to.contain('Solo las personas que organizan las adaptaciones');
      expect(privacy).to.contain('no se utiliza en las decisiones de contratación');
    });

    it('validates in Spanish, in the summary and at each field', async () => {
      await submit(el);
      expect(text($(el, '[part=error-summary] h2'))).to.equal('Hay un problema');
      const links = $$(el, '[part=error-summary] a').map(text);
      expect(links).to.include.members([
        es.nameMissing,
        es.emailMissing,
        es.stagesMissing,
        es.needsMissing,
        es.consentMissing,
      ]);
      expect($$(el, '[part=error]').map(text)).to.include(es.nameMissing);
    });

    it('counts characters with Spanish numbers and plural forms', async () => {
      el.value = { details: 'x'.repeat(5) };
      await el.updateComplete;
      expect(count(el)).to.equal(`Le quedan ${num('es', 1995)} caracteres`);
      el.value = { details: 'x'.repeat(1999) };
      await el.updateComplete;
      expect(count(el)).to.equal('Le queda 1 carácter');
      el.value = { details: 'x'.repeat(2012) };
      await el.updateComplete;
      expect(count(el)).to.equal('Tiene 12 caracteres de más');
    });

    it('lets `strings` override any message of the language', async () => {
      el.strings = { submit: 'Mandar', errorTitle: 'Revise el formulario' };
      await el.updateComplete;
      expect(text($(el, '[part=submit-button]'))).to.equal('Mandar');
      expect(legends(el)[1]).to.equal('¿Qué le ayudaría?');
      await submit(el);
      expect(text($(el, '[part=error-summary] h2'))).to.equal('Revise el formulario');
    });

    it('re-renders when lang changes at runtime', async () => {
      wrapper.lang = 'de';
      await el.updateComplete;
      expect(text($(el, '[part=submit-button]'))).to.equal('Anfrage senden');
      expect(text($(el, 'form > p'))).to.match(/^Teilen Sie uns mit,/);
      wrapper.lang = 'fr-CA';
      await el.updateComplete;
      expect(text($(el, '[part=submit-button]'))).to.equal('Envoyer la demande');
    });
  });

  it('follows its own lang, and English when it has none of its languages', async () => {
    const el = await fixture<AccommodationRequest>(
      html`<accommodation-request lang="es"></accommodation-request>`,
    );
    await el.updateComplete;
    expect(text($(el, '[part=submit-button]'))).to.equal('Enviar solicitud');
    el.lang = 'pt-BR';
    await el.updateComplete;
    expect(text($(el, '[part=submit-button]'))).to.equal('Send request');
    expect(el.company).to.equal('us');
  });

  it('follows <html lang> when nothing closer sets one', async () => {
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    root.lang = 'ar';
    try {
      const el = await fixture<AccommodationRequest>(
        html`<accommodation-request></accommodation-request>`,
      );
      await el.updateComplete;
      expect(text($(el, '[part=submit-button]'))).to.equal(ar.submit);
    } finally {
      if (before === null) root.removeAttribute('lang');
      else root.setAttribute('lang', before);
    }
  });

  describe('in Arabic, right to left', () => {
    let el: AccommodationRequest;
    beforeEach(async () => ({ el } = await inside('ar', 'rtl')));

    it('shows the form in Arabic, right to left', () => {
      expect(legends(el)[1]).to.equal('ما الذي قد يساعدك؟');
      expect(text($(el, 'form > p'))).to.equal(fill(ar.intro, { company: 'الشركة' }));
      expect(getComputedStyle($(el, 'form')).direction).to.equal('rtl');
    });

    it('chooses each Arabic plural form for the character count', async () => {
      const cases: [number, string][] = [
        [2000, 'لم يتبقَّ لديك أي حرف'],
        [1999, 'تبقّى لديك حرف واحد'],
        [1998, 'تبقّى لديك حرفان'],
        [1995, `تبقّى لديك ${num('ar', 5)} أحرف`],
        [1989, `تبقّى لديك ${num('ar', 11)} حرفًا`],
        [1900, `تبقّى لديك ${num('ar', 100)} حرف`],
        [2002, 'لديك حرفان زائدان'],
      ];
      for (const [length, words] of cases) {
        el.value = { details: 'x'.repeat(length) };
        await el.updateComplete;
        expect(count(el), String(length)).to.equal(words);
      }
    });

    it('mirrors the error bar, the summary list and the checkboxes', async () => {
      await submit(el);
      const field = $(el, '[part=field]:has([part=error])');
      expect(getComputedStyle(field).borderRightWidth).to.equal('4px');
      expect(getComputedStyle(field).borderLeftWidth).to.equal('0px');
      const list = getComputedStyle($(el, '[part=error-summary] ul'));
      expect(parseFloat(list.paddingRight)).to.be.above(0);
      expect(parseFloat(list.paddingLeft)).to.equal(0);
      const box = $<HTMLInputElement>(el, 'input[name=needs]');
      expect(box.getBoundingClientRect().left).to.be.above(
        box.labels![0].getBoundingClientRect().right,
      );
    });

    it('validates in Arabic', async () => {
      await submit(el);
      expect(text($(el, '[part=error-summary] h2'))).to.equal('توجد مشكلة');
      expect($$(el, '[part=error-summary] a').map(text)).to.include(ar.nameMissing);
    });

    it('has no axe violations, empty and with errors', async () => {
      await expectAccessible(el);
      await submit(el);
      await expectAccessible(el);
    });
  });
});
