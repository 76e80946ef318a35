// The built, self-contained bundle (npm test builds first): it registers the elements, exports
// the classes, and the upload works as from the source.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { AccommodationRequest, ResumeUpload, defineElement } from '../../dist/applykit.bundle.js';
// '.ts', not '.js': the test runner maps a '.js' import to its TypeScript file only in TypeScript.
import { SMALLEST_PDF as PDF } from '../helpers/samples.ts';

describe('dist/applykit.bundle.js', () => {
  it('registers <resume-upload> and exports its class', () => {
    expect(customElements.get('resume-upload')).to.equal(ResumeUpload);
    expect(defineElement).to.be.a('function');
  });

  it('registers <accommodation-request> and exports its class', () => {
    expect(customElements.get('accommodation-request')).to.equal(AccommodationRequest);
  });

  it('uploads through the lazily loaded transport chunk', async () => {
    const el = await fixture(html`<resume-upload name="cv" endpoint="/__test__/201"></resume-upload>`);
    const dt = new DataTransfer();
    dt.items.add(new File([PDF], 'cv.pdf', { type: 'application/pdf' }));
    const success = oneEvent(el, 'upload-success');
    el.shadowRoot.querySelector('[part~=dropzone]').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    expect((await success).detail.id).to.equal('REQ-1234');
  });

  it('renders and accepts a dropped file, checked by content', async () => {
    const el = await fixture(html`<resume-upload name="cv"></resume-upload>`);
    const dt = new DataTransfer();
    dt.items.add(new File([PDF], 'cv.pdf', { type: 'application/pdf' }));
    const accepted = oneEvent(el, 'file-accept');
    el.shadowRoot.querySelector('[part~=dropzone]').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    expect((await accepted).detail.kind).to.equal('pdf');
  });

  it('words a refusal for what a file holds with the content check, not up front', async () => {
    const main = await (await fetch(new URL('../../dist/applykit.bundle.js', import.meta.url))).text();
    expect(main).not.to.contain('does not look like a real');
    const el = await fixture(html`<resume-upload name="cv"></resume-upload>`);
    const dt = new DataTransfer();
    dt.items.add(new File(['plain text, not a PDF'], 'cv.pdf', { type: 'application/pdf' }));
    const rejected = oneEvent(el, 'file-reject');
    el.shadowRoot.querySelector('[part~=dropzone]').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    const { detail } = await rejected;
    expect(detail.reason).to.equal('content');
    expect(detail.message).to.equal(
      'cv.pdf does not look like a real PDF file: its contents do not match its name. Save it again as PDF, or choose another file.',
    );
  });

  it('does not define a tag twice when loaded beside the source', () => {
    defineElement('resume-upload', class extends ResumeUpload {});
    expect(customElements.get('resume-upload')).to.equal(ResumeUpload);
  });
});
