// The translation tables and locale-aware message building, without an element: every table
// keeps the English placeholders and gives each plural form its language has; sizes, hints and
// counts take the language's numbers and words.
import { expect } from '@open-wc/testing';
import { accommodationRequestStrings } from '../../src/accommodation-request/strings.js';
import { characterCount } from '../../src/core/accommodation-messages.js';
import type { Plural } from '../../src/core/messages.js';
import { hintText, sizeText, type UploadMessageContext } from '../../src/core/upload-messages.js';
import * as ar from '../../src/locales/ar.js';
import * as de from '../../src/locales/de.js';
import * as es from '../../src/locales/es.js';
import * as fr from '../../src/locales/fr.js';
import { resumeUploadStrings } from '../../src/resume-upload/strings.js';

const locales = { es, de, fr, ar };
const english = {
  resumeUpload: resumeUploadStrings,
  accommodationRequest: accommodationRequestStrings,
};
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const num = (locale: string, n: number, digits = 0) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n);

describe('locale tables', () => {
  for (const [lang, tables] of Object.entries(locales)) {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const element of ['resumeUpload', 'accommodationRequest'] as const) {
      const source: Record<string, string | Plural> = english[element];
      const table: Record<string, string | Plural> = tables[element];

      it(`${lang} ${element}: has exactly the English keys`, () => {
        expect(Object.keys(table).sort()).to.deep.equal(Object.keys(source).sort());
      });

      it(`${lang} ${element}: keeps every placeholder of each English message`, () => {
        for (const [key, en] of Object.entries(source)) {
          const t = table[key];
          if (typeof en === 'string') {
            expect(placeholders(t as string), key).to.deep.equal(placeholders(en));
            continue;
          }
          for (const [form, text] of Object.entries(t as Plural)) {
            // Arabic says zero, one and two in words ("ملفان"), without the number.
            const words = lang === 'ar' && /^(zero|one|two)$/.test(form);
            const strip = (list: string[]) => list.filter((p) => !(words && p === 'count'));
            const english = en[form as Intl.LDMLPluralRule] ?? en.other;
            expect(strip(placeholders(text)), `${key}.${form}`).to.deep.equal(
              strip(placeholders(english)),
            );
          }
        }
      });

      it(`${lang} ${element}: gives every plural category of the language`, () => {
        for (const [key, en] of Object.entries(source)) {
          if (typeof en === 'string') continue;
          const forms = Object.keys(table[key] as Plural);
          // "many" in Spanish and French is for millions; a form is still given for it.
          expect(forms, key).to.include.members(categories);
        }
      });
    }
  }
});

describe('locale-aware messages', () => {
  const context = (
    lang: keyof typeof locales,
    c: Partial<UploadMessageContext> = {},
  ): UploadMessageContext => ({
    strings: locales[lang].resumeUpload,
    locale: lang,
    types: ['PDF', 'DOCX'],
    maxSize: 10 * 1024 * 1024,
    maxFiles: 5,
    multiple: false,
    ...c,
  });

  it("writes sizes with the language's numbers and units", () => {
    expect(sizeText(1.5 * 1024 * 1024, context('fr'))).to.equal(`${num('fr', 1.5, 1)} Mo`);
    expect(sizeText(1.5 * 1024 * 1024, context('de'))).to.equal('1,5 MB');
    expect(sizeText(120 * 1024, context('ar'))).to.equal(`${num('ar', 120)} كيلوبايت`);
    expect(sizeText(1, context('fr'))).to.equal('1 octet');
    expect(sizeText(0, context('fr'))).to.equal('0 octet');
    expect(sizeText(532, context('fr'))).to.equal('532 octets');
  });

  it('picks the Arabic plural form of "byte"', () => {
    expect(sizeText(5, context('ar'))).to.equal(`${num('ar', 5)} بايتات`);
    expect(sizeText(11, context('ar'))).to.equal(`${num('ar', 11)} بايتًا`);
    expect(sizeText(100, context('ar'))).to.equal(`${num('ar', 100)} بايت`);
  });

  it("separates the types in the hint with the language's comma", () => {
    expect(hintText(context('ar'))).to.contain('PDF، DOCX');
    expect(hintText(context('de'))).to.equal(
      'Datei hier ablegen oder auswählen · PDF, DOCX · bis 10 MB',
    );
  });

  it("counts characters with the language's grouping", () => {
    const t = fr.accommodationRequest;
    expect(characterCount(0, 2000, t, 'fr')).to.equal(
      `Il vous reste ${num('fr', 2000)} caractères`,
    );
    expect(characterCount(1999, 2000, t, 'fr')).to.equal('Il vous reste 1 caractère');
    expect(characterCount(2001, 2000, de.accommodationRequest, 'de')).to.equal(
      'Sie haben 1 Zeichen zu viel',
    );
  });
});
