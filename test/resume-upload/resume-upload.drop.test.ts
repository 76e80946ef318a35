import { expect, fixture, html } from '@open-wc/testing';
import type { ResumeUpload } from '../../src/resume-upload/resume-upload.js';
import { dropFiles, pdfFile } from '../../stories/resume-upload.states.js';
import { nextEvent } from '../helpers/events.js';

const part = (el: ResumeUpload, name: string) =>
  el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;

function drag(
  el: ResumeUpload,
  type: string,
  dt = new DataTransfer(),
  relatedTarget: EventTarget | null = null,
): DragEvent {
  const ev = new DragEvent(type, {
    dataTransfer: dt,
    bubbles: true,
    cancelable: true,
    composed: true,
    relatedTarget,
  });
  part(el, 'dropzone').dispatchEvent(ev);
  return ev;
}

describe('resume-upload drag and drop', () => {
  let el: ResumeUpload;
  beforeEach(async () => {
    el = await fixture<ResumeUpload>(html`<resume-upload></resume-upload>`);
  });

  it('takes a file dropped with a real DataTransfer', async () => {
    const accepted = nextEvent(el, 'file-accept');
    await dropFiles(el, [pdfFile('cv.pdf')]);
    expect((await accepted).detail.file.name).to.equal('cv.pdf');
    expect(el.files).to.have.length(1);
  });

  it('shows a dragging state while a drag is over it and clears it on leave', async () => {
    const over = drag(el, 'dragover');
    expect(over.defaultPrevented).to.equal(true);
    expect(el.hasAttribute('dragging')).to.equal(true);
    drag(el, 'dragleave', new DataTransfer(), document.body);
    expect(el.hasAttribute('dragging')).to.equal(false);
  });

  it('keeps the dragging state when the drag moves onto a child', () => {
    drag(el, 'dragenter');
    drag(el, 'dragleave', new DataTransfer(), part(el, 'browse-button'));
    expect(el.hasAttribute('dragging')).to.equal(true);
  });

  it('clears the dragging state on drop', async () => {
    drag(el, 'dragenter');
    await dropFiles(el, [pdfFile()]);
    expect(el.hasAttribute('dragging')).to.equal(false);
  });

  it('rejects a drag without files with a message, not an exception', async () => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'https://example.com/cv.pdf');
    const ev = drag(el, 'drop', dt);
    await el.updateComplete;
    expect(ev.defaultPrevented).to.equal(true);
    expect(part(el, 'error').textContent).to.contain('Only files can be dropped here');
    expect(el.files).to.deep.equal([]);
  });

  it('does not show a dragging state when disabled', async () => {
    el.disabled = true;
    await el.updateComplete;
    drag(el, 'dragover');
    expect(el.hasAttribute('dragging')).to.equal(false);
  });

  it('stays responsive with 1,000 files dropped in multiple mode and reports the count reason', async () => {
    el.multiple = true;
    await el.updateComplete;
    const files = Array.from({ length: 1000 }, (_, i) => pdfFile(`cv-${i}.pdf`, 64));
    const reasons = new Set<string>();
    let rejected = 0;
    el.addEventListener('file-reject', (e) => {
      rejected++;
      reasons.add(e.detail.reason);
    });
    await dropFiles(el, files);
    expect(el.files).to.have.length(5);
    expect(rejected).to.equal(995);
    expect([...reasons]).to.deep.equal(['count']);
    const lines = [...part(el, 'error').querySelectorAll('p')].map((p) => p.textContent);
    expect(lines).to.have.length(4);
    expect(lines[0]).to.equal(
      'cv-5.pdf was not added: you can add up to 5 files. Remove one to add another.',
    );
    expect(lines[3]).to.equal('992 more files were not added.');
  });
});
