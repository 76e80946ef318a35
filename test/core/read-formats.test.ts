// The format readers on bytes built here: RTF escapes and code pages, TXT encodings, DOCX
// relationships and WordprocessingML details, the compound-file walk of DOC, and what
// readResume() says about files it cannot read.
import { expect } from '@open-wc/testing';
import { readResume } from '../../src/read/index.js';
import { readRtf } from '../../src/read/rtf.js';
import { readTxt, textEncoding } from '../../src/read/txt.js';
import { tidyText } from '../../src/read/text.js';
import { wordText } from '../../src/read/wordml.js';
import { mendBreaks, mendLamAlef, pageText } from '../../src/read/pdf.js';
import { utf16NoBom } from '../helpers/documents.js';
import { fileOf, latin1, ole2, pdf, utf8, utf16, zip } from '../helpers/samples.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const rels = (...items: string[]) =>
  `<Relationships xmlns="${PKG}">${items.join('')}</Relationships>`;
const rel = (id: string, type: string, target: string, external = false) =>
  `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`;
const doc = (body: string) =>
  `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`;

describe('read: formats', () => {
  describe('RTF', () => {
    const rtf = (body: string, header = '\\ansi\\ansicpg1252') =>
      readRtf(
        latin1(
          `{\\rtf1${header}{\\fonttbl{\\f0 Arial;}{\\f1\\fcharset204 Arial Cyr;}{\\f2\\fcharset128 MS Mincho;}}${body}}`,
        ),
      ).text;

    it("decodes \\'hh in the document's code page", () => {
      expect(rtf("\\f0 caf\\'e9 \\'93ok\\'94\\par")).to.equal('café “ok”\n');
    });
    it('decodes \\uN and skips its \\ucN fallback characters', () => {
      expect(rtf("\\uc1 \\u26481?\\u20140?\\uc2 \\u-10179\\'3f\\'3f\\u-8704 ??")).to.equal(
        '東京😀',
      );
    });
    it("decodes \\'hh in the code page of the run's font (Cyrillic, Shift_JIS)", () => {
      expect(rtf("{\\f1 \\'cc\\'ee\\'f1\\'ea\\'e2\\'e0} {\\f2 \\'82\\'a0}")).to.equal('Москва あ');
    });
    it('shows table cells with tabs and rows as lines, and skips field instructions', () => {
      const got = readRtf(
        latin1(
          '{\\rtf1 a\\cell b\\cell\\row {\\field{\\*\\fldinst HYPERLINK "https://ada.dev"}{\\fldrslt ada.dev}}}',
        ),
      );
      expect(got.text).to.equal('a\tb\t\nada.dev');
      expect(got.urls).to.deep.equal(['https://ada.dev']);
    });
    it('skips pictures, \\bin data, hidden text and unknown \\* destinations, keeps shape text', () => {
      const body =
        '{\\pict \\bin4 \x00\x01{}} visible {\\v hidden}{\\*\\unknown x}{\\shp{\\*\\shpinst{\\sp{\\sn a}{\\sv b}}{\\shptxt boxed}}}';
      expect(readRtf(latin1(`{\\rtf1 ${body}}`)).text.trim()).to.equal('visible boxed');
    });
  });

  describe('TXT', () => {
    it('tells the encoding by BOM, then by UTF-8 validity', () => {
      expect(textEncoding(utf8('\uFEFFx'))).to.equal('utf-8');
      expect(textEncoding(utf16('x'))).to.equal('utf-16le');
      expect(textEncoding(utf16('x', 'be'))).to.equal('utf-16be');
      expect(textEncoding(utf8('Zoë'))).to.equal('utf-8');
      expect(textEncoding(latin1('Zo\xeb'))).to.equal('windows-1252');
    });

    it('reads UTF-16 without a BOM, as the content check accepts it', () => {
      const text = 'Ada Lovelace\nada@example.com\n';
      expect(readTxt(utf16NoBom(text))).to.equal(text);
      expect(readTxt(utf16NoBom(text, 'be'))).to.equal(text);
    });
    const legacy: Array<[string, string, string]> = [
      [
        'Windows-1252 French',
        'Fran\xe7ois Lef\xe8vre \x96 ing\xe9nieur \x93logiciel\x94',
        'windows-1252',
      ],
      [
        'Windows-1251 Russian',
        '\xc4\xec\xe8\xf2\xf0\xe8\xe9 \xc8\xe2\xe0\xed\xee\xe2, \xcc\xee\xf1\xea\xe2\xe0',
        'windows-1251',
      ],
      [
        'Windows-1250 Polish',
        '\xa3ukasz Wi\x9cniewski, Krak\xf3w, za\xbf\xf3\xb3\xe6 g\xea\x9cl\xb9 ja\x9f\xf1',
        'windows-1250',
      ],
      [
        'Shift_JIS Japanese',
        '\x8eR\x93c \x91\xbe\x98Y \x82\xb1\x82\xf1\x82\xc9\x82\xbf\x82\xcd',
        'shift_jis',
      ],
    ];
    for (const [what, bytes, want] of legacy) {
      it(`tells a legacy encoding by how its text reads: ${what}`, () => {
        expect(textEncoding(latin1(bytes))).to.equal(want);
      });
    }
    it('reads a Windows-1251 resume in Cyrillic', () => {
      expect(
        readTxt(
          latin1('\xc4\xec\xe8\xf2\xf0\xe8\xe9 \xc8\xe2\xe0\xed\xee\xe2, \xcc\xee\xf1\xea\xe2\xe0'),
        ),
      ).to.equal('Дмитрий Иванов, Москва');
    });
    it('decodes Windows-1252 punctuation (not as C1 controls)', () => {
      expect(readTxt(latin1('\x93Ada\x94 \x96 caf\xe9 \x80'))).to.equal('“Ada” – café €');
    });
    it('reads UTF-16 and turns CRLF into LF', () => {
      expect(readTxt(utf16('Ada\r\nLovelace'))).to.equal('Ada\nLovelace');
    });
  });

  describe('text', () => {
    it('drops bidi controls and zero-width spaces, keeps joiners, collapses blank lines', () => {
      expect(tidyText('\u202eAda\u202c\u200b\n\n\n\nمی\u200cخواهم  \n')).to.equal(
        'Ada\n\nمی\u200cخواهم',
      );
    });
  });

  describe('WordprocessingML', () => {
    it('reads runs, tabs, breaks, table cells and rows', () => {
      const xml = doc(
        '<w:p><w:r><w:t>Ada</w:t><w:tab/><w:t xml:space="preserve"> Lovelace</w:t></w:r></w:p>' +
          '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
      );
      expect(tidyText(wordText(xml).text)).to.equal('Ada\t Lovelace\na\n\tb');
    });
    it('leaves out deleted text, field codes, hidden runs and the fallback copy of a text box', () => {
      const xml = doc(
        '<w:p><w:del><w:r><w:delText>old</w:delText></w:r></w:del><w:r><w:instrText>HYPERLINK "https://ada.dev"</w:instrText></w:r>' +
          '<w:r><w:rPr><w:vanish/></w:rPr><w:t>secret</w:t></w:r><w:r><w:t>shown</w:t></w:r>' +
          '<mc:AlternateContent><mc:Choice><w:t>box</w:t></mc:Choice><mc:Fallback><w:t>box</w:t></mc:Fallback></mc:AlternateContent></w:p>',
      );
      const got = wordText(xml);
      expect(got.text.trim()).to.equal('shownbox');
      expect(got.urls).to.deep.equal(['https://ada.dev']);
    });
    it('decodes entities', () => {
      expect(
        wordText(doc('<w:p><w:r><w:t>R&amp;D &#x263A; &lt;3</w:t></w:r></w:p>')).text.trim(),
      ).to.equal('R&D ☺ <3');
    });
  });

  describe('DOCX', () => {
    it('finds the main part through the package relationships, wherever it is', async () => {
      const bytes = zip([
        { name: '_rels/.rels', data: rels(rel('rId1', 'officeDocument', '/content/main.xml')) },
        {
          name: 'content/_rels/main.xml.rels',
          data: rels(
            rel('rId7', 'hyperlink', 'https://github.com/ada', true),
            rel('rId8', 'header', 'top.xml'),
          ),
        },
        {
          name: 'content/top.xml',
          data: `<w:hdr xmlns:w="${W}"><w:p><w:r><w:t>ada@example.com</w:t></w:r></w:p></w:hdr>`,
        },
        {
          name: 'content/main.xml',
          data: doc(
            '<w:p><w:r><w:t>Ada Lovelace</w:t></w:r></w:p><w:p><w:hyperlink r:id="rId7"><w:r><w:t>GitHub</w:t></w:r></w:hyperlink></w:p>',
          ),
        },
      ]);
      const read = await readResume(fileOf(bytes, 'resume.docx'));
      expect(read.kind).to.equal('docx');
      expect(read.text).to.equal('ada@example.com\nAda Lovelace\nGitHub');
      expect(read.fields).to.deep.include({
        email: 'ada@example.com',
        links: ['https://github.com/ada'],
      });
    });
    it('does not read a workbook as a document', async () => {
      const bytes = zip([
        { name: '_rels/.rels', data: rels(rel('rId1', 'officeDocument', 'xl/workbook.xml')) },
        {
          name: 'xl/workbook.xml',
          data: '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
        },
      ]);
      expect((await readResume(fileOf(bytes, 'x.docx'))).kind).to.equal('other');
    });
  });

  describe('PDF text', () => {
    const item = (str: string, x: number, y: number, width: number, extra = {}) => ({
      str,
      transform: [10, 0, 0, 10, x, y],
      width,
      height: 10,
      hasEOL: false,
      ...extra,
    });
    it('joins items by baseline, with a tab across a wide gap and a space across a small one', () => {
      const items = [
        item('Email', 50, 700, 25),
        item('ada@example.com', 150, 700, 80),
        item('Ada', 50, 680, 17),
        item('Lovelace', 69, 680, 40),
      ];
      expect(pageText(items)).to.equal('Email\tada@example.com\nAda Lovelace');
    });
    it('keeps the groups of a number in a right-to-left line in their order', () => {
      const items = [
        item('+', 133, 700, 5, { dir: 'ltr' }),
        item('962', 116, 700, 17),
        item('79', 102, 700, 11),
      ];
      expect(pageText(items)).to.equal('+962 79');
    });
    it("mends pdf.js's reversed lam-alef pairs and broken addresses", () => {
      expect(mendLamAlef('ليىل إىل األردن')).to.equal('ليلى إلى الأردن');
      expect(mendBreaks('eleni@example.g\nr\nlinkedin.com/in/\nada\nSee ada.dev.\nNext')).to.equal(
        'eleni@example.gr\nlinkedin.com/in/ada\nSee ada.dev.\nNext',
      );
    });
  });

  describe('what cannot be read', () => {
    it('warns that a PDF without a text layer (a scan) has no text', async () => {
      const read = await readResume(fileOf(pdf({ text: '' }), 'scan.pdf'));
      expect(read.kind).to.equal('pdf');
      expect(read.text).to.equal('');
      expect(read.fields).to.deep.equal({});
      expect(read.warnings).to.have.length(1);
      expect(read.warnings[0]).to.match(/no text layer/);
    });
    it('reads the text of a small real PDF', async () => {
      const read = await readResume(fileOf(pdf(), 'resume.pdf'));
      expect(read.text).to.equal('Ada Example');
      expect(read.warnings).to.deep.equal([]);
    });
    it('says so for a file that is none of the five kinds', async () => {
      const read = await readResume(fileOf(latin1('\x89PNG\r\n\x1a\n'), 'photo.pdf'));
      expect(read).to.deep.include({ kind: 'other', text: '', fields: {} });
      expect(read.warnings[0]).to.match(/not a PDF, Word, RTF or text document/);
    });
    it('says a damaged DOC could not be read, and never rejects', async () => {
      const read = await readResume(fileOf(ole2(['WordDocument']), 'resume.doc'));
      expect(read.kind).to.equal('doc');
      expect(read.warnings[0]).to.match(/could not be read/);
    });
  });
});
