// extractFields() and its finders over plain text, table by table: what must be found, and what
// must not be taken for a detail (dates, postcodes, headings, job titles, frameworks, referees).
import { expect } from '@open-wc/testing';
import { extractFields } from '../../src/read/fields.js';
import { findEmail, findLinks, normaliseUrl } from '../../src/read/links.js';
import { findName, isNameLike } from '../../src/read/name.js';
import { findPhone, toE164 } from '../../src/read/phone.js';
import { findLocation } from '../../src/read/location.js';
import { countryOf } from '../../src/read/countries.js';

describe('read: fields', () => {
  describe('extractFields', () => {
    it('finds every detail of a classic resume head', () => {
      const text = [
        'Ada Lovelace',
        'Senior Software Engineer',
        'ada.lovelace@example.com · +44 (0)20 7946 0958 · London, United Kingdom',
        'linkedin.com/in/ada-lovelace · github.com/ada',
        'Experience',
      ].join('\n');
      expect(extractFields(text)).to.deep.equal({
        name: 'Ada Lovelace',
        email: 'ada.lovelace@example.com',
        phone: { text: '+44 (0)20 7946 0958', e164: '+442079460958' },
        location: 'London, United Kingdom',
        links: ['https://linkedin.com/in/ada-lovelace', 'https://github.com/ada'],
      });
    });

    it('leaves out what it does not find: an empty text gives no fields', () => {
      expect(extractFields('')).to.deep.equal({});
      expect(extractFields('Experience\nLed the team from 2019 – 2023.')).to.deep.equal({});
    });

    it("does not take a referee's details for the candidate's", () => {
      const text =
        'Curriculum Vitae\nSkills\nPython\nReferences\nJane Roe, jane@example.org, +1 (212) 555-0100';
      expect(extractFields(text)).to.deep.equal({});
    });

    it('takes the email of a mailto: hyperlink when the text has none', () => {
      expect(extractFields('Ada Lovelace\nEmail me', ['mailto:ada@example.com']).email).to.equal(
        'ada@example.com',
      );
    });

    it('adds hyperlink targets hidden behind words such as "LinkedIn"', () => {
      const fields = extractFields('Ada Lovelace\nLinkedIn · GitHub', [
        'https://www.linkedin.com/in/ada/',
        'https://github.com/ada',
      ]);
      expect(fields.links).to.deep.equal([
        'https://www.linkedin.com/in/ada',
        'https://github.com/ada',
      ]);
    });
  });

  describe('email', () => {
    const cases: Array<[string, string | undefined]> = [
      ['Email: ada@example.com', 'ada@example.com'],
      ['mail ada.lovelace+jobs@mail.example.co.uk.', 'ada.lovelace+jobs@mail.example.co.uk'],
      ['josé.núñez@ejemplo.es', 'josé.núñez@ejemplo.es'],
      ['medium.com/@ada is a blog', undefined],
      ['no address here', undefined],
    ];
    for (const [text, want] of cases) {
      it(`"${text}" → ${want}`, () => expect(findEmail(text, [])).to.equal(want));
    }
  });

  describe('phone', () => {
    const cases: Array<[string, string | undefined, string | undefined]> = [
      ['+44 (0)20 7946 0958', '+44 (0)20 7946 0958', '+442079460958'],
      ['Phone: (415) 555-0134', '(415) 555-0134', undefined],
      ['(+33) 7 81 23 45 67', '(+33) 7 81 23 45 67', '+33781234567'],
      ['00 31 6 12345678', '00 31 6 12345678', '+31612345678'],
      ['+81 90-1234-5678', '+81 90-1234-5678', '+819012345678'],
      ['Tel. 030 1234 5678', '030 1234 5678', undefined],
      ['هاتف: ‎+966 50 123 4567', '+966 50 123 4567', '+966501234567'],
      ['جوال: ٠٥٠١٢٣٤٥٦٧', '٠٥٠١٢٣٤٥٦٧', undefined],
      ['2019 – 2023', undefined, undefined],
      ['03/2016 – 12/2019', undefined, undefined],
      ['12.05.2021', undefined, undefined],
      ['Austin, TX 78701-1234', undefined, undefined],
      ['Lisboa 1100-148', undefined, undefined],
      ['orcid.org/0000-0002-1825-0097', undefined, undefined],
      ['ISO 27001 and 2,000,000 users', undefined, undefined],
    ];
    for (const [text, written, e164] of cases) {
      it(`"${text}" → ${written ?? 'none'}`, () => {
        const phone = findPhone(text);
        expect(phone?.text).to.equal(written);
        expect(phone?.e164).to.equal(e164);
      });
    }

    it('prefers a labelled number to an earlier unlabelled one', () => {
      expect(findPhone('Fax 020 7946 0000\nMobile: 07700 900123')?.text).to.equal('07700 900123');
    });

    const national: Array<[string, string, string | undefined]> = [
      ['(415) 555-0134', 'US', '+14155550134'],
      ['1-415-555-0134', 'US', '+14155550134'],
      ['030 1234 5678', 'Germany', '+493012345678'],
      ['06 12 34 56 78', 'France', '+33612345678'],
      ['612 34 56 78', 'España', '+34612345678'],
      ['06 1234 5678', 'Italy', '+390612345678'],
      ['8 (495) 123-45-67', 'Россия', '+74951234567'],
      ['(11) 91234-5678', 'Brasil', '+5511912345678'],
      ['0412 345 678', 'Australia', '+61412345678'],
      ['12 34', 'France', undefined],
    ];
    for (const [raw, country, want] of national) {
      it(`national "${raw}" in ${country} → ${want}`, () => {
        const where = country === 'US' ? countryOf('TX') : countryOf(country);
        expect(toE164(raw, where)).to.equal(want);
      });
    }
  });

  describe('links', () => {
    it('normalises: https:// added, host lower-cased, no trailing slash or full stop', () => {
      expect(normaliseUrl('LinkedIn.com/in/Ada/')).to.equal('https://linkedin.com/in/Ada');
      expect(normaliseUrl('www.ada.dev.')).to.equal('https://www.ada.dev');
      expect(normaliseUrl('http://ada.dev/work')).to.equal('http://ada.dev/work');
      expect(normaliseUrl('not a url')).to.equal(undefined);
    });

    it('puts LinkedIn first, then GitHub, then the others in order', () => {
      const text = 'Ada Lovelace\nhttps://ada.dev · github.com/ada · www.linkedin.com/in/ada';
      expect(findLinks(text, [])).to.deep.equal([
        'https://www.linkedin.com/in/ada',
        'https://github.com/ada',
        'https://ada.dev',
      ]);
    });

    it('takes a bare domain only in the contact lines or after a label', () => {
      const body = [
        'Ada',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        'Built shop.example.com',
        'Website: ada.dev',
      ];
      expect(findLinks(body.join('\n'), [])).to.deep.equal(['https://ada.dev']);
    });

    it('does not take frameworks, file names or email domains for links', () => {
      const text = 'Ada Lovelace\nada@lovelace.dev · Node.js, ASP.NET, Vue.js, setup.py, README.md';
      expect(findLinks(text, [])).to.deep.equal([]);
    });
  });

  describe('name', () => {
    const names = [
      'Ada Lovelace',
      'José Álvarez Núñez',
      "Siobhán O'Connor",
      'Ana de la Cruz',
      'Jean-Baptiste Nkurunziza',
      'Mary K. Johnson',
      'OLIVER BENNETT',
      'Jean DUPONT',
      'Дмитрий Иванов',
      'Ελένη Παπαδοπούλου',
      'محمد العلي',
      'דוד כהן',
      'प्रिया शर्मा',
      '王小明',
      '山田 太郎',
      '김민준',
    ];
    for (const name of names)
      it(`reads "${name}" as a name`, () => expect(isNameLike(name)).to.equal(true));

    const notNames = [
      'Curriculum Vitae',
      'Senior Software Engineer',
      'Work Experience',
      'Key Achievements',
      'Contoso Ltd.',
      'Acme Corp',
      'Scrum Master',
      'Lisbon, Portugal',
      'ada@example.com',
      'Python, SQL',
      'الخبرة العملية',
      'مهندس برمجيات',
      '工作经历',
      '履歴書',
      'Опыт работы',
      'प्रि या शर्माा',
    ];
    for (const s of notNames)
      it(`does not read "${s}" as a name`, () => expect(isNameLike(s)).to.equal(false));

    it('takes the labelled name first', () => {
      expect(findName(['Curriculum Vitae', 'Name: Ada Lovelace'])).to.equal('Ada Lovelace');
    });

    it('prefers the line whose words are in the email address', () => {
      expect(findName(['Northwind Pharmacy', 'Ngozi Eze'], 'ngozi.eze@example.com')).to.equal(
        'Ngozi Eze',
      );
    });

    it('joins a name a narrow column broke in two when the email agrees', () => {
      expect(
        findName(['Olusegun', 'Adébáyọ̀', 'Mobile Developer'], 'segun.adebayo@example.ng'),
      ).to.equal('Olusegun Adébáyọ̀');
      expect(findName(['Lisbon', 'Portugal'], 'ada@example.com')).to.equal(undefined);
    });

    it('trusts a name without capitals (Arabic, Han) only at the very top', () => {
      expect(findName(['محللة بيانات', 'نبذة', 'خبرة', 'ليلى الخطيب'])).to.equal(undefined);
      expect(findName(['ليلى الخطيب', 'مصممة جرافيك'])).to.equal('ليلى الخطيب');
    });
  });

  describe('location', () => {
    const cases: Array<[string, string | undefined]> = [
      ['Location: Lisbon, Portugal', 'Lisbon, Portugal'],
      ['ada@example.com | Austin, TX | +1 512 555 0100', 'Austin, TX'],
      ['Berlin 10115, Deutschland', 'Berlin 10115, Deutschland'],
      ['الرياض، السعودية', 'الرياض، السعودية'],
      ['上海，中国', '上海，中国'],
      ['住所：東京都渋谷区', '東京都渋谷区'],
      ['ada@example.com • +65 9123 4567 • Singapore', 'Singapore'],
      ['London', undefined],
      ['Northwind Traders, Seattle', undefined],
    ];
    for (const [line, want] of cases) {
      it(`"${line}" → ${want}`, () => expect(findLocation([line])?.text).to.equal(want));
    }
  });
});
