// readResume() in the browser, one test per kind, over files LibreOffice saved (the labelled set
// in test/fixtures/labelled/): a one-column resume, a right-to-left one and one with the contact
// details in the page header. (Only UTF-8 TXT files here: the test server re-encodes text files,
// so the UTF-16 and Windows-1252 ones are read in Node, test/node/read.test.mjs.)
import { expect } from '@open-wc/testing';
import { readResume, type ResumeFields } from '../../src/read/index.js';

const KINDS = ['pdf', 'docx', 'doc', 'rtf', 'txt'] as const;

async function fixture(id: string, kind: string): Promise<File> {
  const res = await fetch(`/test/fixtures/labelled/${kind}/${id}.${kind}`);
  return new File([await res.blob()], `${id}.${kind}`);
}

const sean: ResumeFields = {
  name: 'Sean Murphy',
  email: 'sean.murphy@example.com',
  phone: { text: '(617) 555-0142', e164: '+16175550142' },
  location: 'Boston, MA',
  links: ['https://linkedin.com/in/seanmurphy', 'https://github.com/smurphy-dev'],
};

describe('readResume in the browser', () => {
  for (const kind of KINDS) {
    it(`${kind}: reads the text and every contact detail`, async () => {
      const read = await readResume(await fixture('r01-classic', kind));
      expect(read.kind).to.equal(kind);
      expect(read.text.split('\n')[0]).to.equal('Sean Murphy');
      expect(read.text).to.contain('Experience');
      expect(read.fields).to.deep.equal(sean);
      expect(read.warnings).to.deep.equal([]);
    });

    it(`${kind}: reads an Arabic, right-to-left resume`, async () => {
      const read = await readResume(await fixture('r30-labelled', kind));
      expect(read.fields).to.deep.include({
        name: 'ليلى الخطيب',
        email: 'layla.khatib@example.jo',
        phone: { text: '+962 79 123 4567', e164: '+962791234567' },
      });
    });
  }

  for (const kind of ['pdf', 'docx', 'doc', 'rtf'] as const) {
    it(`${kind}: finds contact details in the page header and behind a "LinkedIn" link`, async () => {
      const read = await readResume(await fixture('r18-header', kind));
      expect(read.fields).to.deep.equal({
        name: 'Zoë Ångström',
        email: 'zoe.angstrom@example.se',
        phone: { text: '+46 70 123 45 67', e164: '+46701234567' },
        location: 'Stockholm, Sweden',
        links: ['https://www.linkedin.com/in/zoeangstrom', 'https://zoeangstrom.se'],
      });
    });
  }

  it('reads a Blob that has no name', async () => {
    const file = await fixture('r01-classic', 'docx');
    const read = await readResume(new Blob([await file.arrayBuffer()]));
    expect(read.fields.email).to.equal('sean.murphy@example.com');
  });
});
