import { expect } from '@open-wc/testing';
import { fill, orList, plural } from '../../src/core/messages.js';
import {
  hintText,
  kindLabel,
  percentText,
  rejectMessage,
  rejectSummary,
  ruleRejectMessage,
  type UploadMessageContext,
} from '../../src/core/upload-messages.js';
import { retryMessage, uploadErrorMessage } from '../../src/core/upload-errors.js';
import { resumeUploadStrings } from '../../src/resume-upload/strings.js';
import type { RejectReason } from '../../src/core/file-check.js';
import { WARNING_CODES } from '../../src/core/verdict.js';
import { refusalText, warningText } from '../../src/core/verdict-messages.js';
import { uploadUiStrings } from '../../src/core/upload-ui-strings.js';
import { resumeUpload as ar } from '../../src/locales/ar.js';
import { resumeUpload as de } from '../../src/locales/de.js';
import { resumeUpload as es } from '../../src/locales/es.js';
import { resumeUpload as fr } from '../../src/locales/fr.js';

const ctx: UploadMessageContext = {
  strings: resumeUploadStrings,
  locale: 'en',
  types: ['PDF', 'DOCX', 'DOC', 'RTF', 'TXT'],
  maxSize: 10 * 1024 * 1024,
  maxFiles: 5,
  multiple: false,
};

describe('core/messages', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('{name} is {size}', { name: 'a.pdf', size: '1 KB' })).to.equal('a.pdf is 1 KB');
    expect(fill('{nope}', {})).to.equal('{nope}');
  });

  it('picks plural forms with the locale number format', () => {
    const forms = { one: '{count} file', other: '{count} files' };
    expect(plural(forms, 1, 'en')).to.equal('1 file');
    expect(plural(forms, 1200, 'en')).to.equal('1,200 files');
  });

  it('joins a list with "or"', () => {
    expect(orList(['PDF', 'DOCX', 'TXT'], 'en')).to.equal('PDF, DOCX, or TXT');
  });
});

describe('core/upload-messages', () => {
  it('builds the single-file hint', () => {
    expect(hintText(ctx)).to.equal(
      'Drop a file here or browse · PDF, DOCX, DOC, RTF, TXT · up to 10 MB',
    );
  });

  it('builds the multiple-file hint', () => {
    expect(hintText({ ...ctx, multiple: true, maxFiles: 3 })).to.equal(
      'Drop files here or browse · PDF, DOCX, DOC, RTF, TXT · up to 10 MB each · at most 3 files',
    );
  });

  it('labels kinds, and other files by extension', () => {
    expect(kindLabel('docx', { name: 'a.docx', type: '' })).to.equal('DOCX');
    expect(kindLabel('other', { name: 'a.odt', type: '' })).to.equal('ODT');
  });

  const file = { name: 'cv\u202Efdp.pdf', type: '', size: 12 * 1024 * 1024 };
  const messages: [RejectReason, object, string][] = [
    [
      'type',
      {},
      'cv\ufffdfdp.pdf is not an accepted file type. Choose a PDF, DOCX, DOC, RTF, or TXT file.',
    ],
    ['type', { folder: true }, 'cv\ufffdfdp.pdf is a folder. Open it and choose a file inside.'],
    [
      'content',
      {},
      'cv\ufffdfdp.pdf does not look like a real PDF file: its contents do not match its name. Save it again as PDF, or choose another file.',
    ],
    [
      'content',
      { unreadable: true },
      'cv\ufffdfdp.pdf could not be read. Check the file and choose it again.',
    ],
    [
      'protected',
      {},
      "cv\ufffdfdp.pdf is password-protected, so employers can't open it. Save a copy without a password and choose that.",
    ],
    [
      'damaged',
      {},
      "cv\ufffdfdp.pdf is damaged, so employers can't open it. Save it again from the program that made it, or choose another file.",
    ],
    [
      'content',
      { format: 'DOCM' },
      'cv\ufffdfdp.pdf is in DOCM format, not PDF. Save it as PDF, or choose another file.',
    ],
    [
      'content',
      { warning: 'scripts' },
      "cv\ufffdfdp.pdf contains scripts or media that employers' systems may block. This site does not accept such files. Save a copy without them and choose that.",
    ],
    [
      'protected',
      { warning: 'restricted' },
      "cv\ufffdfdp.pdf limits copying or printing, so some employers' systems may not read its text. This site does not accept such files. Save a copy without restrictions and choose that.",
    ],
    ['size', {}, 'cv\ufffdfdp.pdf is 12 MB, larger than the 10 MB limit. Choose a smaller file.'],
    ['empty', {}, 'cv\ufffdfdp.pdf is empty. Choose a file that has content in it.'],
    ['count', {}, 'cv\ufffdfdp.pdf was not added: you can add only 1 file.'],
  ];
  for (const [reason, extra, text] of messages) {
    it(`says what happened and what to do: ${reason} ${JSON.stringify(extra)}`, () => {
      expect(rejectMessage({ file, kind: 'pdf', reason, ...extra }, ctx)).to.equal(text);
    });
  }

  it("words every reason from the element's up-front texts alone, content ones in English", () => {
    const lean = { ...ctx, strings: uploadUiStrings };
    for (const [reason, extra, text] of messages) {
      expect(rejectMessage({ file, kind: 'pdf', reason, ...extra }, lean)).to.equal(text);
    }
  });

  it('says a content refusal could not be read when only rule wording is at hand', () => {
    expect(ruleRejectMessage({ file, kind: 'pdf', reason: 'damaged' }, ctx)).to.equal(
      'cv\ufffdfdp.pdf could not be read. Check the file and choose it again.',
    );
  });

  it('uses max-files in the multiple count message', () => {
    expect(
      rejectMessage({ file, kind: 'pdf', reason: 'count' }, { ...ctx, multiple: true }),
    ).to.contain('you can add up to 5 files');
  });

  it('summarises long rejection lists', () => {
    const many = Array.from({ length: 10 }, (_, i) => `m${i}`);
    expect(rejectSummary(many, ctx)).to.deep.equal([
      'm0',
      'm1',
      'm2',
      '7 more files were not added.',
    ]);
    expect(rejectSummary(many.slice(0, 4), ctx)).to.deep.equal(['m0', 'm1', 'm2', 'm3']);
  });
});

describe('core/verdict-messages', () => {
  const values = { name: 'cv.txt', kind: 'TXT' };
  it('words a warning as the problem, then what to do', () => {
    expect(warningText('encoding', values, resumeUploadStrings)).to.equal(
      'cv.txt uses a text encoding that some programs misread. Save it as UTF-8 text and choose the new copy.',
    );
  });

  it('takes each missing text from English, and a given one first', () => {
    expect(warningText('encoding', values)).to.equal(warningText('encoding', values, ctx.strings));
    const mixed = { fixEncoding: 'Guárdelo como UTF-8.' };
    expect(warningText('encoding', values, mixed)).to.equal(
      'cv.txt uses a text encoding that some programs misread. Guárdelo como UTF-8.',
    );
    expect(refusalText({ reason: 'protected' }, values, es)).to.equal(
      refusalText({ reason: 'protected' }, values, { ...uploadUiStrings, ...es }),
    );
    expect(refusalText({ reason: 'protected' }, values, {})).to.contain('password-protected');
  });

  it('has a sentence for every warning in every language', () => {
    for (const strings of [resumeUploadStrings, es, de, fr, ar]) {
      for (const code of WARNING_CODES) {
        expect(warningText(code, values, strings), code).to.match(/cv\.txt[^]*\. [^]+\.$/);
      }
    }
  });
});

describe('core/upload-errors, upload failures', () => {
  const cases: [number, string][] = [
    [0, 'cv.pdf could not be uploaded: the connection failed. Check your connection and retry.'],
    [413, 'cv.pdf is too large for the server. Choose a smaller file.'],
    [415, 'The server refused cv.pdf: its type or contents are not allowed. Choose another file.'],
    [403, 'You are not allowed to upload cv.pdf. Sign in again, then retry.'],
    [429, 'The server is busy and could not take cv.pdf. Retry in a moment.'],
    [500, 'The server had a problem saving cv.pdf (error 500). Retry in a moment.'],
    [404, 'The server did not accept cv.pdf (error 404). Retry, or choose another file.'],
  ];
  for (const [status, text] of cases) {
    it(`explains status ${status}`, () =>
      expect(uploadErrorMessage(status, 'cv.pdf', ctx)).to.equal(text));
  }

  const retries: [number, string][] = [
    [800, 'cv.pdf could not be uploaded. Trying again in 1 s.'],
    [4200, 'cv.pdf could not be uploaded. Trying again in 5 s.'],
    [0, 'cv.pdf could not be uploaded. Trying again in 1 s.'],
  ];
  for (const [ms, text] of retries) {
    it(`says what happened and what happens next, once, for a retry in ${ms} ms`, () =>
      expect(retryMessage('cv.pdf', ms, ctx)).to.equal(text));
  }

  it('formats progress as a percentage', () => {
    expect(percentText(0.25, ctx)).to.equal('25%');
  });
});
