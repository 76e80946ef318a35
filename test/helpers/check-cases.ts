// The content check's verdicts over documents built in code (issue #9), one table for the
// browser tests (test/core/inspect.test.ts) and the Node ones (test/node/inspect.test.mjs, which
// bundles this file with esbuild), so both environments judge the same bytes the same way.
import type { ContentReason, DocumentKind, WarningCode } from '../../src/core/verdict.js';
import {
  blankBrokenPdf,
  compound,
  DOCM_MAIN,
  DOTX_MAIN,
  ebcdic,
  elfWithPdf,
  encryptedPackage,
  htmlWithPdf,
  ooxml,
  pdfInside,
  textThenBinary,
  truncatedPdf,
  utf16NoBom,
  utf32NoBom,
  word,
  WORD_MAIN,
  XLSX_MAIN,
} from './documents.js';
import { concat, docx, elf, jar, pdf, rtf, txt, utf16, utf8, zipOf } from './samples.js';

export interface CheckCase {
  label: string;
  kind: DocumentKind;
  bytes: () => Uint8Array;
  /** The refusal expected; none: accepted. */
  reason?: ContentReason;
  /** For a `content` refusal: the format named. */
  format?: string;
  /** For an accepted file: its warning codes, in order (default none). */
  warnings?: WarningCode[];
}

const DOCUMENT = { name: 'word/document.xml', data: '<w:document/>' };
const WORD_2003 =
  '<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"/>';
const MHT =
  'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<html></html>\r\n--b--\r\n';

export const CHECK_CASES: readonly CheckCase[] = [
  { label: 'a real DOCX', kind: 'docx', bytes: () => docx() },
  {
    label: 'a DOCX whose main part is word/document2.xml',
    kind: 'docx',
    bytes: () => ooxml('word/document2.xml', WORD_MAIN),
  },
  {
    label: 'a DOCM renamed .docx',
    kind: 'docx',
    bytes: () =>
      ooxml('word/document.xml', DOCM_MAIN, [{ name: 'word/vbaProject.bin', data: 'x' }]),
    reason: 'content',
    format: 'DOCM',
  },
  {
    label: 'a DOTX renamed .docx',
    kind: 'docx',
    bytes: () => ooxml('word/document.xml', DOTX_MAIN),
    reason: 'content',
    format: 'DOTX',
  },
  {
    label: 'an XLSX with a word/document.xml entry',
    kind: 'docx',
    bytes: () => ooxml('xl/workbook.xml', XLSX_MAIN, [DOCUMENT]),
    reason: 'content',
    format: 'XLSX',
  },
  {
    label: 'a ZIP holding only word/document.xml',
    kind: 'docx',
    bytes: () => zipOf('word/document.xml'),
    reason: 'content',
  },
  { label: 'a JAR', kind: 'docx', bytes: () => jar(), reason: 'content' },
  {
    label: 'a DOCX cut before its directory',
    kind: 'docx',
    bytes: () => docx().slice(0, 400),
    reason: 'damaged',
  },
  {
    label: 'a password-protected DOCX',
    kind: 'docx',
    bytes: () => encryptedPackage(),
    reason: 'protected',
  },
  {
    label: 'a DOCX with an OLE object',
    kind: 'docx',
    bytes: () =>
      ooxml('word/document.xml', WORD_MAIN, [
        { name: 'word/embeddings/oleObject1.bin', data: 'x' },
      ]),
    warnings: ['embedded'],
  },
  { label: 'a DOC renamed .docx', kind: 'docx', bytes: () => word(), reason: 'content' },

  { label: 'a Word 97 DOC', kind: 'doc', bytes: () => word() },
  {
    label: 'a DOC with upper-case stream names',
    kind: 'doc',
    bytes: () => word({ names: 'upper' }),
  },
  {
    label: 'a DOC with lower-case stream names',
    kind: 'doc',
    bytes: () => word({ names: 'lower' }),
  },
  {
    label: 'a DOC with the encrypted flag',
    kind: 'doc',
    bytes: () => word({ encrypted: true }),
    reason: 'protected',
  },
  {
    label: 'a rights-managed DOC',
    kind: 'doc',
    bytes: () => word({ extra: [{ name: '\tDRMContent', data: utf8('sealed') }] }),
    reason: 'protected',
  },
  {
    label: 'a Word 6.0 DOC',
    kind: 'doc',
    bytes: () => word({ legacy: true }),
    warnings: ['legacy'],
  },
  {
    label: 'an encrypted Word 6.0 DOC',
    kind: 'doc',
    bytes: () => word({ legacy: true, encrypted: true }),
    reason: 'protected',
  },
  {
    label: 'a DOC with macros',
    kind: 'doc',
    bytes: () => word({ macros: true }),
    warnings: ['macros'],
  },
  {
    label: 'a DOC whose piece table is outside its table stream',
    kind: 'doc',
    bytes: () => word({ brokenPieceTable: true }),
    reason: 'damaged',
  },
  { label: 'a DOC cut short', kind: 'doc', bytes: () => word().slice(0, 3000), reason: 'damaged' },
  {
    label: 'an XLS renamed .doc',
    kind: 'doc',
    bytes: () => compound([{ name: 'Workbook', data: utf8('sheet') }]),
    reason: 'content',
  },
  {
    label: 'Word 2003 XML named .doc',
    kind: 'doc',
    bytes: () => utf8(WORD_2003),
    warnings: ['format'],
  },
  {
    label: 'a Word web archive named .doc',
    kind: 'doc',
    bytes: () => utf8(MHT),
    warnings: ['format'],
  },
  { label: 'an RTF named .doc', kind: 'doc', bytes: () => rtf(), warnings: ['format'] },
  { label: 'plain text named .doc', kind: 'doc', bytes: () => txt(), reason: 'content' },

  { label: 'a real PDF', kind: 'pdf', bytes: () => pdf() },
  {
    label: 'a PDF after 100 junk bytes',
    kind: 'pdf',
    bytes: () => pdf({ junk: 100 }),
    warnings: ['damaged'],
  },
  {
    label: 'an ELF with %PDF- at byte 900',
    kind: 'pdf',
    bytes: () => elfWithPdf(),
    reason: 'content',
  },
  { label: 'a web page holding a PDF', kind: 'pdf', bytes: () => htmlWithPdf(), reason: 'content' },
  {
    label: 'a ZIP holding %PDF- at byte 300',
    kind: 'pdf',
    bytes: () => pdfInside(zipOf(), 300),
    reason: 'content',
  },
  {
    label: 'a PDF with a JavaScript action',
    kind: 'pdf',
    bytes: () => pdf({ catalog: '/OpenAction << /S /JavaScript /JS (app.alert(1)) >> ' }),
    warnings: ['scripts'],
  },
  {
    label: 'a PDF cut before its end',
    kind: 'pdf',
    bytes: () => truncatedPdf(),
    warnings: ['damaged'],
  },
  {
    label: 'a broken PDF that shows nothing',
    kind: 'pdf',
    bytes: () => blankBrokenPdf(),
    reason: 'damaged',
  },
  { label: 'a PDF header alone', kind: 'pdf', bytes: () => utf8('%PDF-1.7\n'), reason: 'damaged' },

  { label: 'an RTF', kind: 'rtf', bytes: () => rtf() },
  { label: 'plain text named .rtf', kind: 'rtf', bytes: () => txt(), reason: 'content' },

  { label: 'UTF-8 text', kind: 'txt', bytes: () => txt() },
  { label: 'UTF-16 text with a BOM', kind: 'txt', bytes: () => utf16() },
  {
    label: 'UTF-16LE text without a BOM',
    kind: 'txt',
    bytes: () => utf16NoBom(),
    warnings: ['encoding'],
  },
  {
    label: 'UTF-16BE text without a BOM',
    kind: 'txt',
    bytes: () => utf16NoBom(undefined, 'be'),
    warnings: ['encoding'],
  },
  {
    label: 'UTF-32 text',
    kind: 'txt',
    bytes: () => utf32NoBom(),
    reason: 'content',
    format: 'UTF-32',
  },
  { label: 'EBCDIC text', kind: 'txt', bytes: () => ebcdic(), warnings: ['encoding'] },
  {
    label: 'text with a binary body',
    kind: 'txt',
    bytes: () => textThenBinary(),
    reason: 'content',
  },
  {
    label: 'text with a NUL',
    kind: 'txt',
    bytes: () => concat(txt(), [0], txt()),
    reason: 'content',
  },
  { label: 'an ELF named .txt', kind: 'txt', bytes: () => elf(), reason: 'content' },
];

/** A file made by test/fixtures/encrypted/make.sh (qpdf), under test/fixtures/. */
export type FixtureCase = Omit<CheckCase, 'bytes'> & { fixture: string };

/** The qpdf-made fixtures, with the verdict each must get. */
export const FIXTURE_CASES: readonly FixtureCase[] = [
  {
    label: 'a PDF that needs a password (AES-256)',
    fixture: 'encrypted/user-password.pdf',
    kind: 'pdf',
    reason: 'protected',
  },
  {
    label: 'a PDF that needs a password (RC4)',
    fixture: 'encrypted/user-password-rc4.pdf',
    kind: 'pdf',
    reason: 'protected',
  },
  {
    label: 'a PDF with an owner password only',
    fixture: 'encrypted/owner-password.pdf',
    kind: 'pdf',
    warnings: ['restricted'],
  },
];
