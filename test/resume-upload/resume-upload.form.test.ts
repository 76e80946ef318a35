import { expect, fixture, html } from '@open-wc/testing';
import type { ResumeUpload } from '../../src/resume-upload/resume-upload.js';
import { dropFiles, pdfFile } from '../../stories/resume-upload.states.js';
import { nextEvent } from '../helpers/events.js';

const part = (el: ResumeUpload, name: string) =>
  el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;

async function formWith(
  template: ReturnType<typeof html>,
): Promise<[HTMLFormElement, ResumeUpload]> {
  const form = await fixture<HTMLFormElement>(template);
  const el = form.querySelector('resume-upload')!;
  await el.updateComplete;
  return [form, el];
}

describe('resume-upload in a form', () => {
  it('belongs to its form', async () => {
    const [form, el] = await formWith(html`<form><resume-upload name="cv"></resume-upload></form>`);
    expect(el.form).to.equal(form);
    expect(el.willValidate).to.equal(true);
  });

  it('puts every accepted file in the form data under its name', async () => {
    const [form, el] = await formWith(
      html`<form><resume-upload name="cv" multiple></resume-upload></form>`,
    );
    await dropFiles(el, [pdfFile('a.pdf'), pdfFile('b.pdf')]);
    const values = new FormData(form).getAll('cv') as File[];
    expect(values.map((f) => f.name)).to.deep.equal(['a.pdf', 'b.pdf']);
    expect(values[0]).to.be.instanceOf(File);
  });

  it('leaves rejected files out of the form data', async () => {
    const [form, el] = await formWith(html`<form><resume-upload name="cv"></resume-upload></form>`);
    await dropFiles(el, [new File([], 'empty.pdf')]);
    expect(new FormData(form).getAll('cv')).to.deep.equal([]);
  });

  it('is valueMissing when required and empty, and blocks submit', async () => {
    const [form, el] = await formWith(
      html`<form><resume-upload name="cv" required></resume-upload></form>`,
    );
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Select a file to upload.');
    expect(el.checkValidity()).to.equal(false);
    let submitted = false;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted = true;
    });
    form.requestSubmit();
    expect(submitted).to.equal(false);
  });

  it('checkValidity() does not show a message', async () => {
    const [, el] = await formWith(
      html`<form><resume-upload name="cv" required></resume-upload></form>`,
    );
    el.checkValidity();
    await el.updateComplete;
    expect(part(el, 'error').hidden).to.equal(true);
  });

  it('reportValidity() shows the message visibly and focuses the button', async () => {
    const [, el] = await formWith(
      html`<form><resume-upload name="cv" required></resume-upload></form>`,
    );
    expect(el.reportValidity()).to.equal(false);
    await el.updateComplete;
    expect(part(el, 'error').textContent.trim()).to.equal('Select a file to upload.');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'browse-button'));
  });

  it('says the upload failed, and how to fix it, when the only file did not upload', async () => {
    const [form, el] = await formWith(
      html`<form><resume-upload name="cv" required endpoint="/__test__/413"></resume-upload></form>`,
    );
    const failed = nextEvent(el, 'upload-error');
    await dropFiles(el, [pdfFile()]);
    await failed;
    await el.updateComplete;
    expect(el.files).to.have.length(1);
    form.requestSubmit();
    await el.updateComplete;
    const message = 'resume.pdf is too large for the server. Choose a smaller file.';
    expect(el.validationMessage).to.equal(message);
    expect(part(el, 'error').textContent.trim()).to.equal(message);
  });

  it('becomes valid once a file is accepted', async () => {
    const [form, el] = await formWith(
      html`<form><resume-upload name="cv" required></resume-upload></form>`,
    );
    await dropFiles(el, [pdfFile()]);
    expect(el.validity.valid).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
  });

  it('form.reset() clears the files', async () => {
    const [form, el] = await formWith(html`<form><resume-upload name="cv"></resume-upload></form>`);
    await dropFiles(el, [pdfFile()]);
    form.reset();
    await el.updateComplete;
    expect(el.files).to.deep.equal([]);
    expect(new FormData(form).getAll('cv')).to.deep.equal([]);
  });

  it('is left out of the form data when disabled', async () => {
    const [form, el] = await formWith(html`<form><resume-upload name="cv"></resume-upload></form>`);
    await dropFiles(el, [pdfFile()]);
    el.disabled = true;
    await el.updateComplete;
    expect(new FormData(form).getAll('cv')).to.deep.equal([]);
  });

  it('is left out of the form data inside a disabled fieldset', async () => {
    const [form, el] = await formWith(
      html`<form><fieldset><resume-upload name="cv"></resume-upload></fieldset></form>`,
    );
    await dropFiles(el, [pdfFile()]);
    form.querySelector('fieldset')!.disabled = true;
    expect(new FormData(form).getAll('cv')).to.deep.equal([]);
  });
});
