// Which value of a read resume goes into which form field: autocomplete tokens, name splits,
// place parts and links by the field's label. Pure functions, no form.
import { expect } from '@open-wc/testing';
import {
  autocompleteField,
  pickLink,
  placeParts,
  splitName,
  valueFor,
} from '../../src/core/autofill.js';

describe('autofill rules', () => {
  const tokens: Array<[string, string | null]> = [
    ['email', 'email'],
    ['section-apply shipping tel', 'tel'],
    ['work email', 'email'],
    ['Given-Name', 'given-name'],
    ['off', null],
    ['street-address', null],
    ['', null],
  ];
  for (const [attr, want] of tokens) {
    it(`autocomplete="${attr}" → ${want}`, () => expect(autocompleteField(attr)).to.equal(want));
  }

  const names: Array<[string, { given: string; family: string } | undefined]> = [
    ['Ada Lovelace', { given: 'Ada', family: 'Lovelace' }],
    ['Ana de la Cruz', { given: 'Ana', family: 'de la Cruz' }],
    ['Pieter van der Berg', { given: 'Pieter', family: 'van der Berg' }],
    ['Jean Pierre DUPONT', { given: 'Jean Pierre', family: 'DUPONT' }],
    ['山田 太郎', { given: '太郎', family: '山田' }],
    ['王小明', { given: '小明', family: '王' }],
    ['김민준', { given: '민준', family: '김' }],
    ['María José Fernández', undefined],
    ['NGUYỄN THỊ MINH ANH', undefined],
    ['佐藤花子', undefined],
  ];
  for (const [name, want] of names) {
    it(`splits "${name}" → ${JSON.stringify(want)}`, () =>
      expect(splitName(name)).to.deep.equal(want));
  }

  it('splits a place into city, region and country', () => {
    expect(placeParts('Austin, TX')).to.deep.equal({
      city: 'Austin',
      region: 'TX',
      country: undefined,
    });
    expect(placeParts('Lisbon, Portugal')).to.deep.equal({
      city: 'Lisbon',
      region: undefined,
      country: 'Portugal',
    });
    expect(placeParts('Austin, Texas, USA')).to.deep.equal({
      city: 'Austin',
      region: 'Texas',
      country: 'USA',
    });
    expect(placeParts('Berlin 10115, Deutschland')).to.deep.equal({});
    expect(placeParts('東京都渋谷区')).to.deep.equal({});
  });

  it('gives each URL field the link its label asks for, each link once', () => {
    const links = ['https://linkedin.com/in/ada', 'https://github.com/ada', 'https://ada.dev'];
    const used = new Set<string>();
    expect(pickLink(links, 'github GitHub profile', used)).to.equal('https://github.com/ada');
    expect(pickLink(links, 'website Portfolio', used)).to.equal('https://ada.dev');
    expect(pickLink(links, 'linkedin', used)).to.equal('https://linkedin.com/in/ada');
    expect(pickLink(links, 'other link', used)).to.equal(undefined);
    expect(pickLink(['https://linkedin.com/in/ada'], 'portfolio', new Set())).to.equal(undefined);
  });

  it('fills a phone field with the number as written', () => {
    const fields = { phone: { text: '+44 20 7946 0958', e164: '+442079460958' } };
    expect(valueFor('tel', fields, '', new Set())).to.equal('+44 20 7946 0958');
    expect(valueFor('email', fields, '', new Set())).to.equal(undefined);
  });
});
