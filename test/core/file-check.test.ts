import { expect } from '@open-wc/testing';
import { checkFiles, precheck, type PdfOpener } from '../../src/core/file-check.js';
import { parseAccept } from '../../src/core/accept.js';
import { ooxml, DOCM_MAIN, utf16NoBom, word } from '../helpers/documents.js';
import { pdf as realPdf } from '../helpers/samples.js';

const rules = { accept: parseAccept('.pdf,.txt,.odt,.doc,.docx'), maxSize: 1000 };
const roomy = { ...rules, maxSize: 1024 * 1024 };
const pdf = (name: string) => new File([realPdf()], name);
/** An opener that must not be needed. */
const unused: PdfOpener = () => Promise.reject(new Error('opened a PDF that needed no opening'));

describe('core/file-check', () => {
  const pre: [string, number, string | null][] = [
    ['a.pdf', 10, null],
    ['a.exe', 10, 'type'],
    ['a.pdf', 0, 'empty'],
    ['a.exe', 0, 'type'],
    ['a.pdf', 1001, 'size'],
    ['a.pdf', 1000, null],
  ];
  for (const [name, size, reason] of pre) {
    it(`prechecks ${name} of ${size} bytes: ${reason}`, () => {
      expect(precheck({ name, type: '', size }, rules)).to.equal(reason);
    });
  }

  it('accepts up to the free slots and rejects the rest with count, in order', async () => {
    const { accepted, rejected } = await checkFiles(
      [pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf')],
      roomy,
      2,
    );
    expect(accepted.map((a) => a.file.name)).to.deep.equal(['a.pdf', 'b.pdf']);
    expect(rejected.map((r) => [r.file.name, r.reason])).to.deep.equal([['c.pdf', 'count']]);
  });

  it('does not spend a slot on a bad file', async () => {
    const { accepted } = await checkFiles([new File(['MZ'], 'x.pdf'), pdf('b.pdf')], roomy, 1);
    expect(accepted.map((a) => a.file.name)).to.deep.equal(['b.pdf']);
  });

  it('prefers the more useful reason: a wrong type beyond the count is type', async () => {
    const { rejected } = await checkFiles([pdf('a.pdf'), new File(['x'], 'b.exe')], roomy, 1);
    expect(rejected[0].reason).to.equal('type');
  });

  it('checks content for known kinds only', async () => {
    const { accepted, rejected } = await checkFiles(
      [new File(['PK'], 'a.odt'), new File(['\0\0'], 'b.txt')],
      rules,
      5,
    );
    expect(accepted.map((a) => [a.file.name, a.kind])).to.deep.equal([['a.odt', 'other']]);
    expect(rejected.map((r) => [r.file.name, r.reason])).to.deep.equal([['b.txt', 'content']]);
  });

  it('flags folders as type rejections', async () => {
    const folder = new File([], 'photos');
    const { rejected } = await checkFiles([folder], rules, 5, (f) => f === folder);
    expect(rejected[0]).to.include({ reason: 'type', folder: true });
  });
});

describe('core/file-check: verdicts', () => {
  it('gives every accepted entry a warnings array, empty when nothing is wrong', async () => {
    const { accepted } = await checkFiles([pdf('a.pdf')], roomy, 1, undefined, { openPdf: unused });
    expect(accepted[0].warnings).to.deep.equal([]);
  });

  it('words each warning of an accepted file, in English by default', async () => {
    const file = new File([word({ macros: true, legacy: true })], 'cv.doc');
    const { accepted } = await checkFiles([file], roomy, 1);
    expect(accepted[0].warnings).to.deep.equal([
      {
        code: 'macros',
        message:
          "cv.doc contains macros, which some employers' systems block. Save it as DOCX or PDF and choose the new copy.",
      },
      {
        code: 'legacy',
        message:
          "cv.doc is in an old Word format (Word 6.0 or 95) that many employers' systems can't read. Save it as DOCX or PDF and choose the new copy.",
      },
    ]);
  });

  it('takes the words of a warning from warningMessage', async () => {
    const file = new File([utf16NoBom()], 'cv.txt');
    const warningMessage = (code: string, f: File, kind: string) => `${code}:${f.name}:${kind}`;
    const { accepted } = await checkFiles([file], roomy, 1, undefined, { warningMessage });
    expect(accepted[0].warnings).to.deep.equal([
      { code: 'encoding', message: 'encoding:cv.txt:txt' },
    ]);
  });

  it('words a refusal by content, in the given strings and English for the rest', async () => {
    const file = new File(['plain text'], 'cv.pdf');
    const { rejected } = await checkFiles([file], roomy, 1);
    expect(rejected[0].message).to.equal(
      'cv.pdf does not look like a real PDF file: its contents do not match its name. Save it again as PDF, or choose another file.',
    );
    const strings = { rejectContent: '{name}: no es un {kind}.' };
    const translated = await checkFiles([file], roomy, 1, undefined, { strings });
    expect(translated.rejected[0].message).to.equal('cv.pdf: no es un PDF.');
  });

  it('leaves the other refusals to be worded by the element', async () => {
    const { rejected } = await checkFiles([new File(['x'], 'cv.exe')], roomy, 1);
    expect(rejected[0]).to.deep.equal({ file: rejected[0].file, kind: 'other', reason: 'type' });
  });

  it('refuses a file for a warning the rules refuse, naming the warning', async () => {
    const file = new File([word({ macros: true })], 'cv.doc');
    const { rejected } = await checkFiles([file], { ...roomy, refuse: ['macros'] }, 1);
    expect(rejected[0]).to.include({ reason: 'content', warning: 'macros' });
  });

  it('refuses a restricted PDF as protected when the rules refuse restricted', async () => {
    const opener: PdfOpener = async () => ({ opens: true, needsPassword: false, draws: true });
    const locked = new File([realPdf({ catalog: '' }), '\n/Encrypt 9 0 R\n'], 'cv.pdf');
    const { rejected } = await checkFiles(
      [locked],
      { ...roomy, refuse: ['restricted'] },
      1,
      undefined,
      {
        openPdf: opener,
      },
    );
    expect(rejected[0]).to.include({ reason: 'protected', warning: 'restricted' });
  });

  it('passes a password-protected PDF on as protected', async () => {
    const opener: PdfOpener = async () => ({ opens: false, needsPassword: true, draws: false });
    const locked = new File([realPdf(), '\n/Encrypt 9 0 R\n'], 'cv.pdf');
    const { rejected } = await checkFiles([locked], roomy, 1, undefined, { openPdf: opener });
    expect(rejected[0].reason).to.equal('protected');
  });

  it('names the format of a renamed macro-enabled document', async () => {
    const file = new File([ooxml('word/document.xml', DOCM_MAIN)], 'cv.docx');
    const { rejected } = await checkFiles([file], roomy, 1);
    expect(rejected[0]).to.include({ reason: 'content', format: 'DOCM' });
  });
});
