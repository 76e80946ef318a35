// What <resume-upload> does with the content check's verdicts (issue #9): warnings on the file's
// row, announced politely and listed in file-accept; `refuse` turning warnings into refusals;
// password-protected and damaged files refused with their own messages.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/resume-upload/define.js';
import type { ResumeUpload } from '../../src/resume-upload/resume-upload.js';
import { dropFiles, utf16TextFile } from '../../stories/resume-upload.states.js';
import { expectAccessible } from '../helpers/axe.js';
import { word } from '../helpers/documents.js';
import { nextEvent } from '../helpers/events.js';

const ENCODING =
  'resume.txt uses a text encoding that some programs misread. Save it as UTF-8 text and choose the new copy.';
const MACROS =
  "cv.doc contains macros, which some employers' systems block. This site does not accept such files. Save it as DOCX or PDF and choose the new copy.";

const parts = (el: Element, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const polite = (el: Element) => el.shadowRoot!.querySelector('[role=status]')!.textContent;
const docFile = (name: string, options: Parameters<typeof word>[0]) =>
  new File([word(options)], name, { type: 'application/msword' });

async function fixtureFile(path: string, name: string): Promise<File> {
  const res = await fetch(`/test/fixtures/${path}`);
  return new File([await res.blob()], name);
}

describe('resume-upload warnings', () => {
  let el: ResumeUpload;
  beforeEach(async () => {
    el = await fixture<ResumeUpload>(html`<resume-upload name="resume"></resume-upload>`);
  });

  it("shows an accepted file's warning on its row", async () => {
    await dropFiles(el, [utf16TextFile()]);
    const [row] = parts(el, 'file');
    expect(row.querySelector('[part~=warning]')?.textContent).to.equal(ENCODING);
  });

  it('announces the warning politely, after the file was added', async () => {
    await dropFiles(el, [utf16TextFile()]);
    expect(polite(el)).to.equal(`resume.txt added, 288 bytes. ${ENCODING}`);
  });

  it('lists the warnings in the file-accept detail', async () => {
    const accepted = nextEvent(el, 'file-accept');
    await dropFiles(el, [utf16TextFile()]);
    expect((await accepted).detail.warnings).to.deep.equal([
      { code: 'encoding', message: ENCODING },
    ]);
  });

  it('gives an accepted file without trouble an empty warnings list and no warning part', async () => {
    const accepted = nextEvent(el, 'file-accept');
    await dropFiles(el, [docFile('cv.doc', {})]);
    expect((await accepted).detail.warnings).to.deep.equal([]);
    expect(parts(el, 'warning')).to.deep.equal([]);
  });

  it('is accessible with a warning shown', async () => {
    await dropFiles(el, [docFile('cv.doc', { macros: true, legacy: true })]);
    expect(parts(el, 'warning')).to.have.length(2);
    await expectAccessible(el);
  });

  it("words the warning in the element's language", async () => {
    el.lang = 'fr';
    await el.updateComplete;
    await dropFiles(el, [utf16TextFile()]);
    expect(parts(el, 'warning')[0].textContent).to.equal(
      'resume.txt utilise un encodage de texte que certains programmes lisent mal. Enregistrez-le en texte UTF-8 et choisissez la nouvelle copie.',
    );
  });
});

describe('resume-upload refuse', () => {
  let el: ResumeUpload;
  beforeEach(async () => {
    el = await fixture<ResumeUpload>(
      html`<resume-upload name="resume" multiple refuse="macros legacy"></resume-upload>`,
    );
  });

  it('reads the attribute into the property', () => {
    expect(el.refuse).to.equal('macros legacy');
  });

  it('refuses a file with a refused warning, naming the warning', async () => {
    const rejected = nextEvent(el, 'file-reject');
    await dropFiles(el, [docFile('cv.doc', { macros: true })]);
    const { detail } = await rejected;
    expect(detail).to.include({ reason: 'content', warning: 'macros', message: MACROS });
    expect(el.files).to.deep.equal([]);
    expect(parts(el, 'error')[0].textContent?.trim()).to.equal(MACROS);
  });

  it('refuses a Word 6.0 file too, and still accepts other warnings', async () => {
    const reasons: string[] = [];
    el.addEventListener('file-reject', (e) => reasons.push(e.detail.warning ?? ''));
    await dropFiles(el, [docFile('old.doc', { legacy: true }), utf16TextFile()]);
    expect(reasons).to.deep.equal(['legacy']);
    expect(el.files.map((f) => f.name)).to.deep.equal(['resume.txt']);
  });

  it('follows the property when it is set', async () => {
    el.refuse = 'encoding';
    await el.updateComplete;
    expect(el.getAttribute('refuse')).to.equal('encoding');
    const rejected = nextEvent(el, 'file-reject');
    await dropFiles(el, [utf16TextFile()]);
    expect((await rejected).detail.warning).to.equal('encoding');
  });

  it('is accessible with a refused file', async () => {
    await dropFiles(el, [docFile('cv.doc', { macros: true })]);
    await expectAccessible(el);
  });
});

describe('resume-upload protected and damaged files', () => {
  let el: ResumeUpload;
  beforeEach(async () => {
    el = await fixture<ResumeUpload>(html`<resume-upload name="resume"></resume-upload>`);
  });

  it('refuses a PDF that needs a password, saying what to do', async () => {
    const rejected = nextEvent(el, 'file-reject');
    await dropFiles(el, [await fixtureFile('encrypted/user-password.pdf', 'cv.pdf')]);
    expect((await rejected).detail).to.include({
      reason: 'protected',
      message:
        "cv.pdf is password-protected, so employers can't open it. Save a copy without a password and choose that.",
    });
  });

  it('refuses a DOC cut short as damaged', async () => {
    const rejected = nextEvent(el, 'file-reject');
    await dropFiles(el, [new File([word().slice(0, 3000)], 'cv.doc')]);
    expect((await rejected).detail.reason).to.equal('damaged');
  });
});
