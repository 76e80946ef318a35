import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ResumeUpload } from '../../src/resume-upload/resume-upload.js';
import { dropFiles, pdfFile, uploadStates } from '../../stories/resume-upload.states.js';
import { nextEvent } from '../helpers/events.js';
import { expectAccessible } from '../helpers/axe.js';
import { description } from '../helpers/aria.js';
import { announced, heard } from '../helpers/live.js';

const part = (el: ResumeUpload, name: string) =>
  el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;
const byId = (el: ResumeUpload, id: string) => el.shadowRoot!.getElementById(id)!;
const polite = (el: ResumeUpload) =>
  el.shadowRoot!.querySelector('[role=status]')!.textContent.trim();
const assertive = (el: ResumeUpload) =>
  el.shadowRoot!.querySelector('[aria-live=assertive]')!.textContent.trim();

describe('resume-upload accessibility', () => {
  describe('axe, every state in stories/resume-upload.states.ts', () => {
    for (const state of uploadStates) {
      it(`has no violations: ${state.name}`, async () => {
        const el = await fixture<ResumeUpload>(state.render());
        await state.setup?.(el);
        await expectAccessible(el);
      });
    }

    it('axe really runs: a nameless button is reported', async () => {
      const el = await fixture<ResumeUpload>(html`<resume-upload label=""></resume-upload>`);
      part(el, 'browse-button').removeAttribute('aria-labelledby');
      part(el, 'browse-button').textContent = '';
      let failed = false;
      await expectAccessible(el).catch(() => (failed = true));
      expect(failed).to.equal(true);
    });
  });

  describe('names and descriptions', () => {
    let el: ResumeUpload;
    beforeEach(async () => {
      el = await fixture<ResumeUpload>(html`<resume-upload></resume-upload>`);
    });

    it('names the button "<label> Choose file" and describes it with the hint', () => {
      const button = part(el, 'browse-button');
      const name = button
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => byId(el, id).textContent.trim());
      expect(name.join(' ')).to.equal('Upload your resume Choose file');
      const [hint] = button.getAttribute('aria-describedby')!.split(' ');
      expect(byId(el, hint).textContent).to.contain('PDF, DOCX, DOC, RTF, TXT');
    });

    it('is a native button', () => {
      expect(part(el, 'browse-button').tagName).to.equal('BUTTON');
    });

    it('gives remove buttons a target of at least 24 by 24 px', async () => {
      await dropFiles(el, [pdfFile()]);
      const box = part(el, 'remove-button').getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    });
  });

  describe('required', () => {
    /** The button's accessible name, from the texts its aria-labelledby points at. */
    const nameOf = (el: ResumeUpload) =>
      part(el, 'browse-button')
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => byId(el, id).textContent.trim())
        .join(' ');

    it('shows "(required)" beside the label when required', async () => {
      const el = await fixture<ResumeUpload>(html`<resume-upload required></resume-upload>`);
      const label = part(el, 'label');
      expect(label.textContent.trim()).to.equal('Upload your resume');
      const mark = [...el.shadowRoot!.querySelectorAll('span')].find(
        (n) => n.textContent.trim() === '(required)',
      );
      expect(mark, '"(required)" is on screen').to.exist;
      const [a, b] = [label, mark!].map((n) => n.getBoundingClientRect());
      expect(Math.abs(a.top - b.top), 'on the same line').to.be.below(a.height);
      expect(b.left).to.be.above(a.left);
    });

    it("puts required in the button's name, after the label", async () => {
      const el = await fixture<ResumeUpload>(html`<resume-upload required></resume-upload>`);
      expect(nameOf(el)).to.equal('Upload your resume (required) Choose file');
    });

    it('shows and says nothing about it when not required', async () => {
      const el = await fixture<ResumeUpload>(html`<resume-upload></resume-upload>`);
      expect(nameOf(el)).to.equal('Upload your resume Choose file');
      expect(el.shadowRoot!.textContent).not.to.contain('required');
    });

    it('keeps a label the page set, and marks it', async () => {
      const el = await fixture<ResumeUpload>(
        html`<resume-upload required label="Your CV"></resume-upload>`,
      );
      expect(el.label).to.equal('Your CV');
      expect(nameOf(el)).to.equal('Your CV (required) Choose file');
    });
  });

  describe('announcements', () => {
    let el: ResumeUpload;
    beforeEach(async () => {
      el = await fixture<ResumeUpload>(html`<resume-upload multiple></resume-upload>`);
    });

    it('announces an added file politely with its size', async () => {
      await dropFiles(el, [pdfFile()]);
      expect(polite(el)).to.equal('resume.pdf added, 120 KB');
    });

    it('announces a rejection assertively with the reason and what to do', async () => {
      await dropFiles(el, [new File(['x'], 'notes.exe')]);
      expect(assertive(el)).to.equal(
        'notes.exe is not an accepted file type. Choose a PDF, DOCX, DOC, RTF, or TXT file.',
      );
    });

    it('says which file a new one replaced', async () => {
      const one = await fixture<ResumeUpload>(html`<resume-upload></resume-upload>`);
      await dropFiles(one, [pdfFile()]);
      await dropFiles(one, [pdfFile('cv-2024.pdf', 64 * 1024)]);
      await announced(one, 'cv-2024.pdf added, 64 KB. resume.pdf removed');
    });

    it('keeps each message long enough to be read: a fast upload is heard as two', async () => {
      const up = await fixture<ResumeUpload>(
        html`<resume-upload endpoint="/__test__/201"></resume-upload>`,
      );
      const texts = heard(up);
      const done = nextEvent(up, 'upload-success');
      await dropFiles(up, [pdfFile()]);
      await done;
      await announced(up, 'resume.pdf uploaded');
      expect(texts).to.deep.equal(['resume.pdf added, 120 KB', 'resume.pdf uploaded']);
    });

    it('merges what arrives while a message is being read into one sentence', async () => {
      const texts = heard(el);
      await dropFiles(el, [pdfFile('a.pdf')]);
      el.removeFile(el.files[0]);
      await dropFiles(el, [pdfFile('b.pdf')]);
      await announced(el, 'a.pdf removed. b.pdf added, 120 KB');
      expect(texts).to.deep.equal(['a.pdf added, 120 KB', 'a.pdf removed. b.pdf added, 120 KB']);
    });

    it('announces a removal', async () => {
      await dropFiles(el, [pdfFile()]);
      el.removeFile(el.files[0]);
      await announced(el, 'resume.pdf removed');
    });

    it('repeats an identical announcement so it is heard again', async () => {
      const region = el.shadowRoot!.querySelector('[aria-live=assertive]')!;
      const texts: string[] = [];
      const twice = new Promise<void>((resolve) =>
        new MutationObserver(() => {
          texts.push(region.textContent);
          if (texts.length === 2) resolve();
        }).observe(region, { subtree: true, characterData: true, childList: true }),
      );
      await dropFiles(el, [new File([], 'a.pdf')]);
      await dropFiles(el, [new File([], 'a.pdf')]);
      await twice;
      expect(texts[1]).not.to.equal(texts[0]);
      expect(texts[1].trim()).to.equal(texts[0].trim());
    });
  });

  describe('upload problems', () => {
    it('describes Retry by why the upload failed', async () => {
      const el = await fixture<ResumeUpload>(
        html`<resume-upload endpoint="/__test__/413"></resume-upload>`,
      );
      const failed = nextEvent(el, 'upload-error');
      await dropFiles(el, [pdfFile()]);
      await failed;
      await el.updateComplete;
      const retry = part(el, 'action-button');
      expect(retry.textContent.trim()).to.equal('Retry');
      expect(description(retry)).to.equal(
        'resume.pdf is too large for the server. Choose a smaller file.',
      );
    });
  });

  describe('focus', () => {
    it('moves focus to the browse button after a removal, never to body', async () => {
      const el = await fixture<ResumeUpload>(html`<resume-upload multiple></resume-upload>`);
      await dropFiles(el, [pdfFile('a.pdf'), pdfFile('b.pdf')]);
      part(el, 'remove-button').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'browse-button'));
      expect(document.activeElement).to.equal(el);
    });
  });
});
