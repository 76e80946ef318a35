// Makes the labelled resume set in test/fixtures/labelled/: each person of people.mjs laid out
// by layouts.mjs as an OpenDocument file, then saved by LibreOffice Writer as PDF, DOCX, DOC,
// RTF and TXT (UTF-8, UTF-16 or Windows-1252), with labels.json holding what each file says.
// Only needed to regenerate the set (tests read the committed files):
//   apt-get install -y libreoffice-writer-nogui fonts-noto-core fonts-noto-cjk
//   node scripts/resumes/make.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { content } from './content.mjs';
import { document } from './fodt.mjs';
import { layouts } from './layouts.mjs';
import { people } from './people.mjs';

const OUT = fileURLToPath(new URL('../../test/fixtures/labelled/', import.meta.url));
const FILTERS = {
  pdf: 'pdf:writer_pdf_Export',
  docx: 'docx:MS Word 2007 XML',
  doc: 'doc:MS Word 97',
  rtf: 'rtf:Rich Text Format',
};
const TXT = { utf8: 'UTF8', utf16: 'UNICODE', cp1252: 'MS_1252' };

const work = mkdtempSync(join(tmpdir(), 'applykit-resumes-'));
const profile = `-env:UserInstallation=file://${join(work, 'profile')}`;
const soffice = (filter, outdir, files) =>
  execFileSync(
    'soffice',
    [profile, '--headless', '--convert-to', filter, '--outdir', outdir, ...files],
    {
      stdio: 'ignore',
    },
  );

/** How a link is expected after reading: https:// added, host lower case, no trailing "/". */
function normal(url) {
  const s = /^https?:\/\//i.test(url) ? url : `https://${url}`;
  const m = /^(https?:\/\/)([^/]+)(.*)$/i.exec(s.replace(/[.,;:]+$/, '').replace(/\/+$/, ''));
  return `${m[1].toLowerCase()}${m[2].toLowerCase()}${m[3]}`;
}
const isLatin1 = (s) => [...s].every((c) => c.charCodeAt(0) < 0x100 || '–—‘’“”•…€'.includes(c));

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const labels = [];
const txtGroups = { utf8: [], utf16: [], cp1252: [] };
people.forEach((person, i) => {
  const id = `r${String(i + 1).padStart(2, '0')}-${person.layout}`;
  const t = content[person.lang];
  const page = layouts[person.layout](person, t, i);
  const devanagari = /\p{Script=Devanagari}/u.test(person.name);
  const fonts = {
    asian: ['ja', 'ko'].includes(person.lang) ? person.lang : 'zh',
    complex: devanagari ? 'hi' : person.lang === 'he' ? 'he' : 'ar',
  };
  const fodt = document({ ...page, fonts, rtl: person.dir === 'rtl' });
  writeFileSync(join(work, `${id}.fodt`), fodt);
  const encoding = !isLatin1(fodt) ? (i % 3 === 0 ? 'utf16' : 'utf8') : i % 2 ? 'cp1252' : 'utf8';
  txtGroups[encoding].push(join(work, `${id}.fodt`));
  labels.push({ id, person, txtEncoding: encoding });
});

const all = labels.map((l) => join(work, `${l.id}.fodt`));
for (const [kind, filter] of Object.entries(FILTERS)) {
  mkdirSync(join(OUT, kind), { recursive: true });
  soffice(filter, join(OUT, kind), all);
}
mkdirSync(join(OUT, 'txt'), { recursive: true });
for (const [encoding, files] of Object.entries(txtGroups)) {
  if (files.length) soffice(`txt:Text (encoded):${TXT[encoding]}`, join(OUT, 'txt'), files);
}

// What each file holds. A TXT export has no page header and no hyperlink targets, so a detail
// that is missing from its text is expected absent there.
const decode = { utf8: 'utf-8', utf16: 'utf-16le', cp1252: 'windows-1252' };
const out = labels.map(({ id, person, txtEncoding }) => {
  const expected = {
    name: person.name,
    email: person.email,
    phone: { text: person.phone, ...(person.e164 ? { e164: person.e164 } : {}) },
    location: person.location,
    links: person.links.map((l) => normal(l.href)),
  };
  const txt = new TextDecoder(decode[txtEncoding]).decode(
    readFileSync(join(OUT, 'txt', `${id}.txt`)),
  );
  const inTxt = {
    name: txt.includes(person.name) ? person.name : undefined,
    email: txt.includes(person.email) ? person.email : undefined,
    phone: txt.includes(person.phone) ? expected.phone : undefined,
    location: txt.includes(person.location) ? person.location : undefined,
    links: person.links
      .filter((l) => /\./.test(l.text) && txt.includes(l.text))
      .map((l) => normal(l.text)),
  };
  const kinds = {};
  const txtDiff = Object.fromEntries(
    Object.entries(inTxt).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(expected[k])),
  );
  if (Object.keys(txtDiff).length) kinds.txt = txtDiff;
  return {
    id,
    layout: person.layout,
    lang: person.lang,
    dir: person.dir ?? 'ltr',
    txtEncoding,
    expected,
    ...(Object.keys(kinds).length ? { kinds } : {}),
  };
});
// JSON can't hold undefined: an expected-absent field is written as null.
writeFileSync(
  join(OUT, 'labels.json'),
  `${JSON.stringify(out, (k, v) => (v === undefined ? null : v), 2)}\n`,
);
for (const kind of ['pdf', 'docx', 'doc', 'rtf', 'txt']) {
  const files = readdirSync(join(OUT, kind));
  console.log(`${kind}: ${files.length} files`);
}
rmSync(work, { recursive: true, force: true });
