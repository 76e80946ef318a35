// displayName: the stored form of a client's file name, table by table. Run after the build.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { displayName, MAX_NAME_BYTES } from '../../dist/server/names.js';

const bytes = (text) => Buffer.byteLength(text);

const TABLES = {
  'kept as sent': [
    ['resume.pdf', 'resume.pdf'],
    ['Résumé – Ana Pérez.docx', 'Résumé – Ana Pérez.docx'],
    ['سيرة ذاتية.pdf', 'سيرة ذاتية.pdf'],
    ['履歴書.pdf', '履歴書.pdf'],
    ["O'Brien & Sons (final).pdf", "O'Brien & Sons (final).pdf"],
    ['cv 👩‍💻.pdf', 'cv 👩💻.pdf'], // the zero-width joiner goes; both emoji stay
  ],
  'folder parts removed': [
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['C:\\Users\\ana\\cv.pdf', 'cv.pdf'],
    ['..\\..\\cv.pdf', 'cv.pdf'],
  ],
  'invisible and reordering characters removed': [
    ['cv\u202Efdp.exe', 'cvfdp.exe'],
    ['invoice\u202E\u2066fdp.\u2069exe.pdf', 'invoicefdp.exe.pdf'],
    ['c\u200Bv\u200C.\u200Dpdf', 'cv.pdf'],
    ['\uFEFFresume.pdf', 'resume.pdf'],
    ['re\u00ADsume.pdf', 'resume.pdf'],
    ['cv\u0000\u0007\u001B[31m.pdf', 'cv[31m.pdf'],
    ['cv\u0085\u009B.pdf', 'cv .pdf'],
    ['cv\uD800.pdf', 'cv.pdf'],
    ['cv\u{E0041}\u{E0042}.pdf', 'cv.pdf'],
    ['\u200E\u200F\u061Ccv.pdf', 'cv.pdf'],
  ],
  'breaks and spaces': [
    ['My\tCV\r\nfinal.pdf', 'My CV final.pdf'],
    ['  lots   of    space  .pdf', 'lots of space .pdf'],
    ['line\u2028break.pdf', 'line break.pdf'],
  ],
  'Windows drives, streams and reserved characters': [
    ['C:cv.pdf', 'cv.pdf'],
    ['cv.pdf:Zone.Identifier', 'cv.pdf_Zone.Identifier'],
    ['evil.exe:cv.pdf', 'evil.exe_cv.pdf'],
    ['cv.pdf::$DATA', 'cv.pdf__$DATA'],
    ['<img src=x onerror=alert(1)>.pdf', '_img src=x onerror=alert(1)_.pdf'],
    ['<script>alert(1)</script>.pdf', 'script_.pdf'], // the "/" makes "script>.pdf" the last part
    ['what?*|".pdf', 'what____.pdf'],
    ['cv.pdf.', 'cv.pdf'],
    ['cv.pdf . .', 'cv.pdf'],
  ],
  'Windows device names': [
    ['CON.pdf', '_CON.pdf'],
    ['con', '_con'],
    ['nul.tar.gz', '_nul.tar.gz'],
    ['COM1.docx', '_COM1.docx'],
    ['LPT¹.txt', '_LPT¹.txt'],
    ['AUX .pdf', '_AUX .pdf'],
    ['CONIN$.txt', '_CONIN$.txt'],
    ['CONSOLE.pdf', 'CONSOLE.pdf'],
    ['COM10.pdf', 'COM10.pdf'],
    ['my con.pdf', 'my con.pdf'],
  ],
  'nothing left': [
    ['..', ''],
    ['\u202E', ''],
    ['C:', ''],
  ],
};

for (const [topic, rows] of Object.entries(TABLES)) {
  describe(`displayName: ${topic}`, () => {
    for (const [name, expected] of rows) {
      test(`${JSON.stringify(name)} → ${JSON.stringify(expected)}`, () => {
        assert.equal(displayName(name), expected);
      });
    }
  });
}

describe('displayName: length', () => {
  test('caps 15,000 characters, keeping the start and the extension', () => {
    const name = displayName(`${'A'.repeat(15_000)}.pdf`);
    assert.equal(bytes(name), MAX_NAME_BYTES);
    assert.match(name, /^A+…\.pdf$/);
  });

  test('counts bytes, not characters, and never splits one', () => {
    const name = displayName(`${'履'.repeat(200)}.docx`);
    assert.ok(bytes(name) <= MAX_NAME_BYTES);
    assert.match(name, /^履+…\.docx$/);
    const emoji = displayName(`${'😀'.repeat(100)}.pdf`);
    assert.ok(bytes(emoji) <= MAX_NAME_BYTES);
    assert.match(emoji, /^(😀)+…\.pdf$/u);
  });

  test('drops an extension too long to be one', () => {
    const name = displayName(`cv.${'x'.repeat(300)}`);
    assert.ok(bytes(name) <= MAX_NAME_BYTES);
    assert.ok(name.endsWith('…'));
  });

  test('leaves a name of exactly the limit alone', () => {
    const name = `${'a'.repeat(MAX_NAME_BYTES - 4)}.pdf`;
    assert.equal(displayName(name), name);
  });

  test('is idempotent', () => {
    for (const rows of Object.values(TABLES)) {
      for (const [name] of rows) assert.equal(displayName(displayName(name)), displayName(name));
    }
    const long = displayName(`${'B'.repeat(9999)}.rtf`);
    assert.equal(displayName(long), long);
  });
});
