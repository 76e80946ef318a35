import { expect } from '@open-wc/testing';
import {
  ACCOMMODATION_MESSAGES as M,
  DEFAULT_NEEDS,
  DEFAULT_STAGES,
  MAX_DETAILS,
  SOMETHING_ELSE,
  isEmailAddress,
  isNeedList,
  isPhoneNumber,
  knownOptionsOnly,
  normaliseFields,
  toAccommodationRequest,
  toAccommodationValue,
  validateAccommodation,
  type AccommodationErrors,
  type AccommodationFields,
} from '../../src/core/accommodation.js';
import { characterCount, formatNumber, safeLocale } from '../../src/core/accommodation-messages.js';

const valid: AccommodationFields = {
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  phone: '',
  stages: ['interviews'],
  needs: ['extra-time'],
  details: '',
  contactMethod: 'email',
  consent: true,
};

describe('core/accommodation', () => {
  describe('defaults', () => {
    it('has the five stages in process order', () => {
      expect([...DEFAULT_STAGES]).to.deep.equal([
        'application',
        'phone-screen',
        'interviews',
        'assessment',
        'on-site',
      ]);
    });
    it('has eleven needs with stable kebab-case values, "something else" last', () => {
      expect(DEFAULT_NEEDS.map((n) => n.value)).to.deep.equal([
        'extra-time',
        'sign-language-interpreter',
        'captions',
        'screen-reader-materials',
        'step-free-access',
        'breaks',
        'alternative-format',
        'questions-in-advance',
        'quiet-room',
        'support-person',
        SOMETHING_ELSE,
      ]);
    });
    it('asks about adjustments, never about a condition', () => {
      for (const n of DEFAULT_NEEDS) expect(n.label).not.to.match(/condition|diagnos|disab/i);
    });
  });

  describe('validateAccommodation', () => {
    const cases: [string, Partial<AccommodationFields>, AccommodationErrors][] = [
      ['a complete request', valid, {}],
      [
        'an empty request',
        {},
        {
          name: M.nameMissing,
          email: M.emailMissing,
          stages: M.stagesMissing,
          needs: M.needsMissing,
          consent: M.consentMissing,
        },
      ],
      ['a name of spaces', { ...valid, name: '   ' }, { name: 'Enter your full name' }],
      ['an email without @', { ...valid, email: 'ada.example.com' }, { email: M.emailFormat }],
      [
        'an email without a domain dot',
        { ...valid, email: 'ada@example' },
        { email: M.emailFormat },
      ],
      [
        'an email with a space',
        { ...valid, email: 'ada lovelace@example.com' },
        { email: M.emailFormat },
      ],
      ['an email with spaces around it', { ...valid, email: '  ada@example.com ' }, {}],
      [
        'contact by phone without a number',
        { ...valid, contactMethod: 'phone' },
        { phone: M.phoneMissing },
      ],
      [
        'contact by phone with a number',
        { ...valid, contactMethod: 'phone', phone: '+1 (555) 010-0000' },
        {},
      ],
      [
        'a phone number with letters',
        { ...valid, phone: '0800 FLOWERS' },
        { phone: M.phoneFormat },
      ],
      ['a phone number too short', { ...valid, phone: '12 34' }, { phone: M.phoneFormat }],
      [
        'no stage',
        { ...valid, stages: [] },
        { stages: 'Select at least one stage of the process' },
      ],
      ['no need', { ...valid, needs: [] }, { needs: 'Select at least one thing that would help' }],
      [
        '"something else" without details',
        { ...valid, needs: [SOMETHING_ELSE] },
        { details: 'Describe what would help' },
      ],
      [
        '"something else" with blank details',
        { ...valid, needs: [SOMETHING_ELSE], details: ' \n ' },
        { details: M.detailsMissing },
      ],
      [
        '"something else" with details',
        { ...valid, needs: [SOMETHING_ELSE], details: 'A later start' },
        {},
      ],
      ['details at the limit', { ...valid, details: 'x'.repeat(MAX_DETAILS) }, {}],
      [
        'details over the limit',
        { ...valid, details: 'x'.repeat(MAX_DETAILS + 1) },
        { details: 'Details must be 2,000 characters or fewer' },
      ],
      [
        'no consent',
        { ...valid, consent: false },
        { consent: 'Confirm that we can use this information to arrange your accommodations' },
      ],
    ];
    for (const [what, value, errors] of cases) {
      it(`gives ${JSON.stringify(errors)} for ${what}`, () => {
        expect(validateAccommodation(value)).to.deep.equal(errors);
      });
    }

    it('lists errors in form order', () => {
      const keys = Object.keys(
        validateAccommodation({ contactMethod: 'phone', needs: [SOMETHING_ELSE] }),
      );
      expect(keys).to.deep.equal(['name', 'email', 'phone', 'stages', 'details', 'consent']);
    });
    it('takes the "something else" value as second argument', () => {
      expect(validateAccommodation({ ...valid, needs: ['other'] }, 'other')).to.deep.equal({
        details: M.detailsMissing,
      });
    });
    it('uses overridden messages and the locale for the limit', () => {
      const errors = validateAccommodation(
        { ...valid, name: '', details: 'x'.repeat(11) },
        { messages: { nameMissing: 'Name?' }, maxDetails: 10, locale: 'de' },
      );
      expect(errors).to.deep.equal({
        name: 'Name?',
        details: 'Details must be 10 characters or fewer',
      });
    });
    it('does not throw on values of the wrong type', () => {
      const bad = {
        name: 42,
        stages: 'interviews',
        consent: 'yes',
      } as unknown as Partial<AccommodationFields>;
      expect(Object.keys(validateAccommodation(bad))).to.include.members([
        'name',
        'stages',
        'consent',
      ]);
    });
  });

  describe('formats', () => {
    const phones: [string, boolean][] = [
      ['01632 960 001', true],
      ['+1 555 0100', true],
      ['(555) 010-0000', true],
      ['12345', false],
      ['555.010.0000', false],
      ['call me', false],
    ];
    for (const [phone, ok] of phones)
      it(`phone ${phone} is ${ok ? 'valid' : 'invalid'}`, () =>
        expect(isPhoneNumber(phone)).to.equal(ok));
    const emails: [string, boolean][] = [
      ['name@example.com', true],
      ['a.b+c@mail.example.co.uk', true],
      ['name@example', false],
      ['name@@example.com', false],
      ['name@example..com', false],
      ['@example.com', false],
    ];
    for (const [email, ok] of emails)
      it(`email ${email} is ${ok ? 'valid' : 'invalid'}`, () =>
        expect(isEmailAddress(email)).to.equal(ok));
  });

  describe('values and requests', () => {
    it('normalises anything into complete fields', () => {
      expect(normaliseFields(null)).to.deep.equal({
        name: '',
        email: '',
        phone: '',
        stages: [],
        needs: [],
        details: '',
        contactMethod: 'email',
        consent: false,
      });
      const odd = {
        stages: ['interviews', 3],
        contactMethod: 'fax',
        consent: 'true',
      } as unknown as AccommodationFields;
      expect(normaliseFields(odd)).to.include({ contactMethod: 'email', consent: false });
      expect(normaliseFields(odd).stages).to.deep.equal(['interviews']);
    });
    it('recognises a usable needs list', () => {
      expect(isNeedList(DEFAULT_NEEDS)).to.be.true;
      expect(isNeedList([])).to.be.true;
      for (const bad of [null, 'extra-time', ['extra-time'], [{ value: 'x' }], [null]])
        expect(isNeedList(bad), JSON.stringify(bad)).to.be.false;
    });
    it('keeps only known stages and needs, in list order', () => {
      const fields = {
        ...valid,
        stages: ['on-site', 'lunch', 'application'],
        needs: ['b', 'zzz', 'a'],
      };
      const needs = [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
      ];
      expect(knownOptionsOnly(fields, DEFAULT_STAGES, needs)).to.deep.include({
        stages: ['application', 'on-site'],
        needs: ['a', 'b'],
      });
    });
    it('trims texts and leaves out an empty phone and job', () => {
      const value = toAccommodationValue(
        { ...valid, name: ' Ada ', phone: '  ', details: ' hi ' },
        '',
      );
      expect(value).to.deep.equal({
        name: 'Ada',
        email: 'ada@example.com',
        stages: ['interviews'],
        needs: ['extra-time'],
        details: 'hi',
        contactMethod: 'email',
        consent: true,
      });
    });
    it('builds the request with job, consent and an ISO time', () => {
      const now = new Date('2026-05-04T10:20:30.000Z');
      const request = toAccommodationRequest({ ...valid, phone: '+1 555 0100' }, 'REQ-42', now);
      expect(request).to.deep.equal({
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        phone: '+1 555 0100',
        job: 'REQ-42',
        stages: ['interviews'],
        needs: ['extra-time'],
        details: '',
        contactMethod: 'email',
        consent: true,
        submittedAt: '2026-05-04T10:20:30.000Z',
      });
    });
  });

  describe('messages', () => {
    it('formats numbers by locale', () => {
      expect(formatNumber(2000)).to.equal('2,000');
      expect(formatNumber(2000, 'de')).to.equal('2.000');
    });
    it('falls back to English for a lang Intl rejects', () => {
      expect(safeLocale('en_US')).to.equal('en');
      expect(safeLocale('')).to.equal('en');
      expect(safeLocale('fr-ca')).to.equal('fr-CA');
      expect(formatNumber(2000, 'not a locale!')).to.equal('2,000');
    });
    const forms = {
      remaining: {
        one: 'You have {count} character remaining',
        other: 'You have {count} characters remaining',
      },
      over: {
        one: 'You have {count} character too many',
        other: 'You have {count} characters too many',
      },
    };
    const counts: [number, string][] = [
      [0, 'You have 2,000 characters remaining'],
      [50, 'You have 1,950 characters remaining'],
      [1999, 'You have 1 character remaining'],
      [2000, 'You have 0 characters remaining'],
      [2001, 'You have 1 character too many'],
      [2012, 'You have 12 characters too many'],
    ];
    for (const [length, text] of counts) {
      it(`counts ${length} characters as "${text}"`, () =>
        expect(characterCount(length, 2000, forms)).to.equal(text));
    }
  });
});
