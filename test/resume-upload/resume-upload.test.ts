import { expect, fixture, html } from '@open-wc/testing';
import '../../src/resume-upload/define.js';
import { ResumeUpload } from '../../src/resume-upload/resume-upload.js';
import type { FileRejectEvent } from '../../src/resume-upload/events.js';
import { dropFiles, pdfFile, settled } from '../../stories/resume-upload.states.js';
import { nextEvent } from '../helpers/events.js';

const part = (el: ResumeUpload, name: string) =>
  el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;
const parts = (el: ResumeUpload, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

async function fixtureFile(name: string, type = ''): Promise<File> {
  const res = await fetch(`/test/fixtures/resumes/${name}`);
  return new File([await res.blob()], name, { type });
}

/** Chooses files through the real <input type=file>, as the system picker does. */
async function chooseFiles(el: ResumeUpload, files: File[]): Promise<void> {
  const input = el.shadowRoot!.querySelector('input[type=file]') as HTMLInputElement;
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  input.files = dt.files;
  const done = settled(el, files.length);
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await done;
  await el.updateComplete;
}

async function rejectionOf(el: ResumeUpload, file: File): Promise<FileRejectEvent['detail']> {
  const ev = nextEvent(el, 'file-reject');
  await dropFiles(el, [file]);
  return (await ev).detail;
}

describe('resume-upload', () => {
  let el: ResumeUpload;
  beforeEach(async () => {
    el = await fixture<ResumeUpload>(html`<resume-upload name="resume"></resume-upload>`);
  });

  describe('defaults', () => {
    it('has the documented attribute defaults', () => {
      expect(el.accept).to.equal('.pdf,.docx,.doc,.rtf,.txt');
      expect(el.maxSize).to.equal(10485760);
      expect(el.maxFiles).to.equal(5);
      expect(el.multiple).to.equal(false);
      expect(el.required).to.equal(false);
      expect(el.disabled).to.equal(false);
      expect(el.label).to.equal('Upload your resume');
      expect(el.files).to.deep.equal([]);
    });

    it('shows the label and a hint derived from accept and max-size', () => {
      expect(part(el, 'label').textContent).to.equal('Upload your resume');
      expect(part(el, 'hint').textContent).to.equal(
        'Drop a file here or browse · PDF, DOCX, DOC, RTF, TXT · up to 10 MB',
      );
    });

    it('updates the hint for multiple, max-files and max-size attributes', async () => {
      el.setAttribute('multiple', '');
      el.setAttribute('max-files', '3');
      el.setAttribute('max-size', String(2 * 1024 * 1024));
      el.setAttribute('accept', '.pdf,application/msword');
      await el.updateComplete;
      expect(el.maxFiles).to.equal(3);
      expect(part(el, 'hint').textContent).to.equal(
        'Drop files here or browse · PDF, DOC · up to 2 MB each · at most 3 files',
      );
    });

    it('reflects properties to attributes', async () => {
      el.maxSize = 2048;
      el.multiple = true;
      await el.updateComplete;
      expect(el.getAttribute('max-size')).to.equal('2048');
      expect(el.hasAttribute('multiple')).to.equal(true);
    });

    it('falls back to the default for a bad max-size instead of throwing', async () => {
      el.setAttribute('max-size', 'lots');
      await el.updateComplete;
      expect(part(el, 'hint').textContent).to.contain('up to 10 MB');
    });
  });

  describe('accepting', () => {
    it('accepts a file chosen through the file input, with kind and a change event', async () => {
      const accept = nextEvent(el, 'file-accept');
      const change = nextEvent(el, 'change');
      await chooseFiles(el, [pdfFile()]);
      expect((await accept).detail.kind).to.equal('pdf');
      await change;
      expect(el.files.map((f) => f.name)).to.deep.equal(['resume.pdf']);
      expect(part(el, 'file-name').textContent).to.equal('resume.pdf');
      expect(part(el, 'file').textContent).to.contain('PDF · 120 KB');
    });

    for (const [name, kind] of [
      ['resume.pdf', 'pdf'],
      ['resume.docx', 'docx'],
      ['resume.doc', 'doc'],
      ['resume.rtf', 'rtf'],
      ['resume.txt', 'txt'],
    ] as const) {
      it(`accepts the office-suite ${name} as ${kind}`, async () => {
        const accept = nextEvent(el, 'file-accept');
        await dropFiles(el, [await fixtureFile(name)]);
        expect((await accept).detail.kind).to.equal(kind);
      });
    }

    it('replaces the current file with a new one when not multiple, firing file-remove', async () => {
      await dropFiles(el, [pdfFile('old.pdf')]);
      const removed = nextEvent(el, 'file-remove');
      await dropFiles(el, [pdfFile('new.pdf')]);
      expect((await removed).detail.file.name).to.equal('old.pdf');
      expect(el.files.map((f) => f.name)).to.deep.equal(['new.pdf']);
    });

    it('keeps several files with multiple, in order', async () => {
      el.multiple = true;
      await dropFiles(el, [pdfFile('a.pdf'), pdfFile('b.pdf')]);
      await dropFiles(el, [pdfFile('c.pdf')]);
      expect(el.files.map((f) => f.name)).to.deep.equal(['a.pdf', 'b.pdf', 'c.pdf']);
      expect(parts(el, 'file')).to.have.length(3);
    });

    it('accepts other types listed in accept with kind "other"', async () => {
      el.accept = '.pdf,.odt';
      const accept = nextEvent(el, 'file-accept');
      await dropFiles(el, [await fixtureFile('resume.odt')]);
      expect((await accept).detail.kind).to.equal('other');
    });
  });

  describe('rejecting', () => {
    it('rejects a type outside accept with reason type', async () => {
      const d = await rejectionOf(el, new File(['x'], 'photo.png', { type: 'image/png' }));
      expect(d.reason).to.equal('type');
      expect(d.message).to.equal(
        'photo.png is not an accepted file type. Choose a PDF, DOCX, DOC, RTF, or TXT file.',
      );
    });

    it('rejects an ELF binary renamed .pdf with reason content', async () => {
      const d = await rejectionOf(
        el,
        new File(['\x7fELF\x02\x01\x01\x00'], 'resume.pdf', { type: 'application/pdf' }),
      );
      expect(d.reason).to.equal('content');
      expect(d.message).to.contain('does not look like a real PDF file');
    });

    it('rejects the office-suite .odt renamed .docx with reason content', async () => {
      const d = await rejectionOf(el, new File([await fixtureFile('resume.odt')], 'resume.docx'));
      expect(d.reason).to.equal('content');
    });

    it('rejects an empty file with reason empty', async () => {
      const d = await rejectionOf(el, new File([], 'resume.pdf'));
      expect(d.reason).to.equal('empty');
      expect(d.message).to.equal('resume.pdf is empty. Choose a file that has content in it.');
    });

    it('rejects a file over max-size with reason size', async () => {
      el.maxSize = 1024;
      const d = await rejectionOf(el, pdfFile('big.pdf', 2048));
      expect(d.reason).to.equal('size');
      expect(d.message).to.equal(
        'big.pdf is 2 KB, larger than the 1 KB limit. Choose a smaller file.',
      );
    });

    it('rejects files beyond max-files with reason count', async () => {
      el.multiple = true;
      el.maxFiles = 2;
      const reasons: string[] = [];
      el.addEventListener('file-reject', (e) => reasons.push(e.detail.reason));
      await dropFiles(el, [pdfFile('a.pdf'), pdfFile('b.pdf'), pdfFile('c.pdf')]);
      expect(reasons).to.deep.equal(['count']);
      expect(el.files).to.have.length(2);
    });

    it('never lets a rejected file replace an accepted one', async () => {
      await dropFiles(el, [pdfFile('good.pdf')]);
      await dropFiles(el, [new File(['MZ\x90\x00'], 'bad.pdf')]);
      expect(el.files.map((f) => f.name)).to.deep.equal(['good.pdf']);
    });

    it('shows the message visibly, tied to the button, and marks the host invalid', async () => {
      await dropFiles(el, [new File([], 'empty.txt')]);
      const error = part(el, 'error');
      expect(error.hidden).to.equal(false);
      expect(error.textContent).to.contain('empty.txt is empty');
      expect(part(el, 'browse-button').getAttribute('aria-describedby')).to.contain(error.id);
      expect(el.hasAttribute('invalid')).to.equal(true);
    });

    it('clears the error when a good file follows', async () => {
      await dropFiles(el, [new File([], 'empty.txt')]);
      await dropFiles(el, [pdfFile()]);
      expect(part(el, 'error').hidden).to.equal(true);
      expect(el.hasAttribute('invalid')).to.equal(false);
    });
  });

  describe('removing', () => {
    beforeEach(async () => {
      el.multiple = true;
      await dropFiles(el, [pdfFile('a.pdf'), pdfFile('b.pdf')]);
    });

    it('removeFile() removes one file and fires file-remove and change', async () => {
      const removed = nextEvent(el, 'file-remove');
      const change = nextEvent(el, 'change');
      el.removeFile(el.files[0]);
      expect((await removed).detail.file.name).to.equal('a.pdf');
      await change;
      expect(el.files.map((f) => f.name)).to.deep.equal(['b.pdf']);
    });

    it('clear() removes every file', async () => {
      const removed: string[] = [];
      el.addEventListener('file-remove', (e) => removed.push(e.detail.file.name));
      el.clear();
      expect(removed).to.deep.equal(['a.pdf', 'b.pdf']);
      expect(el.files).to.deep.equal([]);
    });

    it('names each remove button after its file', () => {
      const labels = parts(el, 'remove-button').map((b) => b.getAttribute('aria-label'));
      expect(labels).to.deep.equal(['Remove a.pdf', 'Remove b.pdf']);
    });
  });

  describe('hostile file names', () => {
    it('renders markup in a file name as text', async () => {
      const name = '<img src=x onerror=alert(1)>.pdf';
      await dropFiles(el, [pdfFile(name)]);
      expect(part(el, 'file-name').textContent).to.equal(name);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });

    it('keeps bidi controls from disguising a name', async () => {
      el.accept = '';
      await dropFiles(el, [new File(['MZ'], 'invoice\u202Efdp.exe')]);
      const shown = part(el, 'file-name').textContent;
      expect(shown).not.to.match(/[\u202a-\u202e\u2066-\u2069]/);
      expect(shown).to.equal('invoice\ufffdfdp.exe');
    });

    it('keeps bidi controls out of messages too', async () => {
      const d = await rejectionOf(el, new File(['MZ'], 'cv\u2067fdp.exe'));
      expect(d.message).not.to.match(/[\u202a-\u202e\u2066-\u2069]/);
    });
  });

  describe('disabled', () => {
    it('disables the button and ignores drops', async () => {
      el.disabled = true;
      await el.updateComplete;
      expect((part(el, 'browse-button') as HTMLButtonElement).disabled).to.equal(true);
      const dt = new DataTransfer();
      dt.items.add(pdfFile());
      part(el, 'dropzone').dispatchEvent(
        new DragEvent('drop', { dataTransfer: dt, cancelable: true }),
      );
      await el.updateComplete;
      expect(el.files).to.deep.equal([]);
    });

    it('is disabled inside a disabled fieldset', async () => {
      const fs = await fixture<HTMLFieldSetElement>(
        html`<fieldset disabled><resume-upload></resume-upload></fieldset>`,
      );
      const inner = fs.querySelector('resume-upload')!;
      await inner.updateComplete;
      expect((part(inner, 'browse-button') as HTMLButtonElement).disabled).to.equal(true);
    });
  });

  describe('registration', () => {
    it('can be registered under another tag name', async () => {
      customElements.define('acme-resume-upload', class extends ResumeUpload {});
      const other = await fixture<ResumeUpload>(
        html`<acme-resume-upload label="CV"></acme-resume-upload>`,
      );
      expect(part(other, 'label').textContent).to.equal('CV');
    });
  });
});
