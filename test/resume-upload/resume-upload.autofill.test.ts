// <resume-upload autofill>: the accepted resume is read on the device, `resume-read` tells the
// page (cancelable), the empty fields of the element's form are filled by their autocomplete
// tokens with input and change events, and a visible, announced notice offers Undo.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ResumeUpload } from '../../src/resume-upload/resume-upload.js';
import type { ResumeReadEvent } from '../../src/resume-upload/events.js';
import { autofillFrom, dropFiles, resumeTxt } from '../../stories/resume-upload.states.js';
import { expectAccessible } from '../helpers/axe.js';
import { announced } from '../helpers/live.js';

const part = (el: ResumeUpload, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

const RESUME = [
  'Ada Lovelace',
  'ada@example.com · +44 20 7946 0958 · London, United Kingdom',
  'linkedin.com/in/ada-lovelace · github.com/ada',
  '',
  'Experience',
].join('\n');
const resume = (text = RESUME, name = 'resume.txt') =>
  new File([text], name, { type: 'text/plain' });

/** A job application form around a <resume-upload autofill>. */
async function applicationForm(): Promise<{ form: HTMLFormElement; el: ResumeUpload }> {
  const form = await fixture<HTMLFormElement>(html`<form>
    <label>Full name <input name="fullName" autocomplete="name" /></label>
    <label>First name <input name="first" autocomplete="given-name" /></label>
    <label>Last name <input name="last" autocomplete="family-name" /></label>
    <label>Email <input name="email" type="email" autocomplete="email" /></label>
    <label>Phone <input name="phone" type="tel" autocomplete="tel" /></label>
    <label>City <input name="city" autocomplete="address-level2" /></label>
    <label>Country <input name="country" autocomplete="country-name" /></label>
    <label>GitHub <input name="github" type="url" autocomplete="url" /></label>
    <label>LinkedIn profile <input name="linkedin" type="url" autocomplete="url" /></label>
    <label>Cover note <textarea name="note"></textarea></label>
    <resume-upload name="resume" autofill></resume-upload>
  </form>`);
  const el = form.querySelector('resume-upload')!;
  await el.updateComplete;
  return { form, el };
}
const value = (form: HTMLFormElement, name: string) =>
  (form.elements.namedItem(name) as HTMLInputElement).value;

describe('resume-upload autofill', () => {
  describe('filling', () => {
    let form: HTMLFormElement;
    let el: ResumeUpload;
    beforeEach(async () => ({ form, el } = await applicationForm()));

    it('fires resume-read with the file, the fields found and the text', async () => {
      const file = resume();
      const read = oneEvent<ResumeReadEvent>(el, 'resume-read');
      await dropFiles(el, [file]);
      const { detail, cancelable, bubbles, composed } = await read;
      expect([cancelable, bubbles, composed]).to.deep.equal([true, true, true]);
      expect(detail.file).to.equal(file);
      expect(detail.text).to.contain('Experience');
      expect(detail.fields.name).to.equal('Ada Lovelace');
      expect(detail.fields.email).to.equal('ada@example.com');
      expect(detail.fields.phone).to.deep.equal({
        text: '+44 20 7946 0958',
        e164: '+442079460958',
      });
    });

    it('fills the empty fields by their autocomplete tokens', async () => {
      await autofillFrom(resume())(el);
      expect(value(form, 'fullName')).to.equal('Ada Lovelace');
      expect(value(form, 'first')).to.equal('Ada');
      expect(value(form, 'last')).to.equal('Lovelace');
      expect(value(form, 'email')).to.equal('ada@example.com');
      expect(value(form, 'phone')).to.equal('+44 20 7946 0958');
      expect(value(form, 'city')).to.equal('London');
      expect(value(form, 'country')).to.equal('United Kingdom');
      expect(value(form, 'note')).to.equal('');
    });

    it('puts each link in the URL field its label asks for', async () => {
      await autofillFrom(resume())(el);
      expect(value(form, 'github')).to.equal('https://github.com/ada');
      expect(value(form, 'linkedin')).to.equal('https://linkedin.com/in/ada-lovelace');
    });

    it('fires input and change on every field it fills', async () => {
      const seen: string[] = [];
      form.addEventListener('input', (e) =>
        seen.push(`input ${(e.target as HTMLInputElement).name}`),
      );
      form.addEventListener('change', (e) =>
        seen.push(`change ${(e.target as HTMLInputElement).name}`),
      );
      await autofillFrom(resume())(el);
      expect(seen).to.include.members([
        'input email',
        'change email',
        'input phone',
        'change phone',
      ]);
      expect(seen.filter((s) => s.startsWith('input')).length).to.equal(9);
    });

    it('leaves a field that already has a value as it is', async () => {
      (form.elements.namedItem('email') as HTMLInputElement).value = 'me@work.example';
      await autofillFrom(resume())(el);
      expect(value(form, 'email')).to.equal('me@work.example');
      expect(value(form, 'fullName')).to.equal('Ada Lovelace');
    });

    it('never fills a field the candidate typed in, even one emptied again', async () => {
      const name = form.elements.namedItem('fullName') as HTMLInputElement;
      name.focus();
      await sendKeys({ type: 'A' });
      await sendKeys({ press: 'Backspace' });
      expect(name.value).to.equal('');
      await autofillFrom(resume())(el);
      expect(name.value).to.equal('');
      expect(value(form, 'email')).to.equal('ada@example.com');
    });

    it('leaves disabled and read-only fields alone', async () => {
      (form.elements.namedItem('email') as HTMLInputElement).disabled = true;
      (form.elements.namedItem('phone') as HTMLInputElement).readOnly = true;
      await autofillFrom(resume())(el);
      expect(value(form, 'email')).to.equal('');
      expect(value(form, 'phone')).to.equal('');
    });

    it('fills nothing and shows nothing when the page calls preventDefault()', async () => {
      el.addEventListener('resume-read', (e) => e.preventDefault());
      await autofillFrom(resume())(el);
      expect(value(form, 'fullName')).to.equal('');
      expect(part(el, 'autofill')).to.equal(null);
    });

    it('shows and announces what it filled, naming the file', async () => {
      await autofillFrom(resume())(el);
      const notice = part(el, 'autofill')!;
      const text =
        'Filled in your name, email, phone, location, and links from resume.txt. Check them before you send.';
      expect(notice.textContent).to.contain(text);
      await announced(el, text);
      expect(part(el, 'undo-button')!.textContent.trim()).to.equal('Undo');
    });

    it('says nothing when the resume has nothing for the form', async () => {
      await autofillFrom(resume('Curriculum\n\nNothing to see', 'notes.txt'))(el);
      expect(part(el, 'autofill')).to.equal(null);
      expect(value(form, 'fullName')).to.equal('');
    });
  });

  describe('undo', () => {
    let form: HTMLFormElement;
    let el: ResumeUpload;
    beforeEach(async () => {
      ({ form, el } = await applicationForm());
      await autofillFrom(resume())(el);
    });

    it('empties the filled fields again, with input and change events', async () => {
      const seen: string[] = [];
      form.addEventListener('change', (e) => seen.push((e.target as HTMLInputElement).name));
      part(el, 'undo-button')!.click();
      await el.updateComplete;
      expect(value(form, 'fullName')).to.equal('');
      expect(value(form, 'email')).to.equal('');
      expect(seen).to.include.members(['fullName', 'email', 'phone']);
    });

    it('keeps what the candidate changed after the filling', async () => {
      const email = form.elements.namedItem('email') as HTMLInputElement;
      email.value = 'ada@home.example';
      part(el, 'undo-button')!.click();
      await el.updateComplete;
      expect(email.value).to.equal('ada@home.example');
      expect(value(form, 'fullName')).to.equal('');
    });

    it('says it was undone, and the Undo button goes', async () => {
      part(el, 'undo-button')!.click();
      await el.updateComplete;
      await announced(el, 'Undone: removed what was filled in from resume.txt.');
      expect(part(el, 'autofill')!.textContent).to.contain('Undone');
      expect(part(el, 'undo-button')).to.equal(null);
    });

    it('moves focus to the first field it emptied (Enter on Undo)', async () => {
      part(el, 'undo-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      expect(document.activeElement).to.equal(form.elements.namedItem('fullName'));
    });

    it('moves focus to the browse button when the candidate changed every filled field', async () => {
      for (const f of Array.from(form.elements)) {
        if (f instanceof HTMLInputElement && f.value) f.value = `${f.value} (edited)`;
      }
      part(el, 'undo-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'browse-button'));
    });
  });

  describe('without autofill', () => {
    it('reads nothing and fires no resume-read', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <label>Name <input name="n" autocomplete="name" /></label>
        <resume-upload></resume-upload>
      </form>`);
      const el = form.querySelector('resume-upload')!;
      let fired = false;
      el.addEventListener('resume-read', () => (fired = true));
      await dropFiles(el, [resumeTxt()]);
      await el.updateComplete;
      expect(fired).to.equal(false);
      expect((form.elements.namedItem('n') as HTMLInputElement).value).to.equal('');
    });
  });

  describe('accessibility', () => {
    it('has no axe violations with the notice shown, and after Undo', async () => {
      const { el } = await applicationForm();
      await autofillFrom(resume())(el);
      await expectAccessible(el);
      part(el, 'undo-button')!.click();
      await el.updateComplete;
      await expectAccessible(el);
    });

    it('reaches Undo by keyboard right after the file row', async () => {
      const { el } = await applicationForm();
      await autofillFrom(resume())(el);
      part(el, 'remove-button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'undo-button'));
    });

    it('speaks the notice in the page language', async () => {
      const form = await fixture<HTMLFormElement>(html`<form lang="de">
        <label>Name <input autocomplete="name" /></label>
        <label>E-Mail <input autocomplete="email" /></label>
        <resume-upload autofill></resume-upload>
      </form>`);
      const el = form.querySelector('resume-upload')!;
      await el.updateComplete;
      await autofillFrom(resume())(el);
      await announced(
        el,
        'Aus resume.txt ausgefüllt: Name und E-Mail. Bitte prüfen Sie die Angaben vor dem Absenden.',
      );
      expect(part(el, 'undo-button')!.textContent.trim()).to.equal('Rückgängig');
    });
  });
});
