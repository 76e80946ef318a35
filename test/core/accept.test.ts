import { expect } from '@open-wc/testing';
import {
  acceptLabels,
  claimedKind,
  extensionOf,
  isAccepted,
  parseAccept,
} from '../../src/core/accept.js';

describe('core/accept', () => {
  it('parses tokens, trimmed and lower-cased', () => {
    expect(parseAccept(' .PDF, application/msword ,,image/*')).to.deep.equal([
      '.pdf',
      'application/msword',
      'image/*',
    ]);
  });

  const extensions: [string, string][] = [
    ['resume.pdf', '.pdf'],
    ['Resume.DOCX', '.docx'],
    ['archive.tar.gz', '.gz'],
    ['.bashrc', ''],
    ['noext', ''],
    ['trailing.', ''],
  ];
  for (const [name, ext] of extensions) {
    it(`extension of ${JSON.stringify(name)} is ${JSON.stringify(ext)}`, () =>
      expect(extensionOf(name)).to.equal(ext));
  }

  const tokens = parseAccept('.pdf,.docx,application/msword,image/*');
  const cases: [string, string, boolean][] = [
    ['cv.pdf', '', true],
    ['CV.PDF', 'application/pdf', true],
    ['cv.docx', '', true],
    ['cv.doc', 'application/msword', true],
    ['cv.doc', '', false],
    ['photo.jpg', 'image/jpeg', true],
    ['cv.exe', 'application/x-msdownload', false],
    ['cv.pdf.exe', '', false],
    ['pdf', '', false],
  ];
  for (const [name, type, ok] of cases) {
    it(`${ok ? 'accepts' : 'refuses'} ${name} (${type || 'no type'})`, () =>
      expect(isAccepted(name, type, tokens)).to.equal(ok));
  }
  it('accepts anything with an empty accept list', () =>
    expect(isAccepted('x.bin', '', [])).to.equal(true));

  const kinds: [string, string, string][] = [
    ['cv.pdf', '', 'pdf'],
    ['cv.DOCX', '', 'docx'],
    ['cv', 'application/msword', 'doc'],
    ['cv', 'text/rtf', 'rtf'],
    ['notes.txt', 'text/plain', 'txt'],
    ['cv.odt', 'application/vnd.oasis.opendocument.text', 'other'],
    ['cv.txt', 'application/pdf', 'txt'],
  ];
  for (const [name, type, kind] of kinds) {
    it(`${name} (${type || 'no type'}) claims to be ${kind}`, () =>
      expect(claimedKind(name, type)).to.equal(kind));
  }

  it('labels accept tokens for people', () => {
    expect(
      acceptLabels(
        parseAccept('.pdf,application/pdf,.docx,image/*,application/vnd.oasis.opendocument.text'),
      ),
    ).to.deep.equal(['PDF', 'DOCX', 'IMAGE', 'VND.OASIS.OPENDOCUMENT.TEXT']);
  });
});
