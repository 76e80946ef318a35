import { expect, fixture, html } from '@open-wc/testing';
import type { ResumeUpload } from '../../src/resume-upload/resume-upload.js';
import type { UploadErrorDetail } from '../../src/resume-upload/events.js';
import { dropFiles, pdfFile } from '../../stories/resume-upload.states.js';
import { nextEvent } from '../helpers/events.js';
import { announced } from '../helpers/live.js';
import { contrast } from '../helpers/measure.js';

const part = (el: ResumeUpload, name: string) =>
  el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;
let unique = 0;
const key = () => `k${Date.now()}-${unique++}`;

async function uploader(
  endpoint: string,
  extra: Partial<ResumeUpload> = {},
): Promise<ResumeUpload> {
  const form = await fixture<HTMLFormElement>(
    html`<form><resume-upload name="resume" required></resume-upload></form>`,
  );
  const el = form.querySelector('resume-upload')!;
  Object.assign(el, { endpoint, ...extra });
  await el.updateComplete;
  return el;
}

/** Every upload-* event type in order, until `last` fires. */
function record(el: ResumeUpload, last: string): Promise<string[]> {
  const seen: string[] = [];
  return new Promise((resolve) => {
    for (const type of [
      'upload-start',
      'upload-progress',
      'upload-success',
      'upload-error',
      'upload-abort',
    ]) {
      el.addEventListener(type, () => {
        if (seen.at(-1) !== type) seen.push(type);
        if (type === last) resolve(seen);
      });
    }
  });
}

describe('resume-upload uploading', () => {
  it('sends nothing over the network without endpoint', async () => {
    const el = await fixture<ResumeUpload>(html`<resume-upload></resume-upload>`);
    const open = XMLHttpRequest.prototype.open;
    const fetch = window.fetch;
    let requests = 0;
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      requests++;
      return (open as (...a: unknown[]) => void).apply(this, args);
    };
    window.fetch = (...args) => (requests++, fetch(...args));
    try {
      await dropFiles(el, [pdfFile()]);
      await new Promise((r) => setTimeout(r, 0));
    } finally {
      XMLHttpRequest.prototype.open = open;
      window.fetch = fetch;
    }
    expect(requests).to.equal(0);
  });

  it('uploads an accepted file at once: start, progress, success in order, with the id', async () => {
    const el = await uploader('/__test__/201');
    const order = record(el, 'upload-success');
    const success = nextEvent(el, 'upload-success');
    await dropFiles(el, [pdfFile()]);
    expect(await order).to.deep.equal(['upload-start', 'upload-progress', 'upload-success']);
    const { detail } = await success;
    expect(detail).to.include({ status: 201, id: 'REQ-1234' });
    expect(JSON.parse(detail.response)).to.deep.equal({ id: 'REQ-1234' });
  });

  it('posts multipart/form-data with the field named after name', async () => {
    const el = await uploader('/__test__/echo');
    const success = nextEvent(el, 'upload-success');
    await dropFiles(el, [pdfFile('cv.pdf', 100)]);
    const body = (await success).detail.response;
    expect(body).to.contain('name="resume"; filename="cv.pdf"');
    expect(body).to.contain('%PDF-1.7');
  });

  it('sends the headers property', async () => {
    const el = await uploader('/__test__/headers', { headers: { 'X-CSRF-Token': 'abc123' } });
    const success = nextEvent(el, 'upload-success');
    await dropFiles(el, [pdfFile()]);
    expect(JSON.parse((await success).detail.response)['x-csrf-token']).to.equal('abc123');
  });

  it('puts the server reference, not the bytes, in the form once uploaded', async () => {
    const el = await uploader('/__test__/201');
    const success = nextEvent(el, 'upload-success');
    await dropFiles(el, [pdfFile()]);
    await success;
    await el.updateComplete;
    expect(new FormData(el.form!).getAll('resume')).to.deep.equal(['REQ-1234']);
    expect(el.validity.valid).to.equal(true);
  });

  it('retries a 500 and then succeeds', async () => {
    const el = await uploader(`/__test__/fail/1/500/${key()}`);
    const errors: UploadErrorDetail[] = [];
    el.addEventListener('upload-error', (e) => errors.push(e.detail));
    const success = nextEvent(el, 'upload-success');
    await dropFiles(el, [pdfFile()]);
    expect((await success).detail.status).to.equal(201);
    expect(errors.map((e) => [e.status, e.willRetry])).to.deep.equal([[500, true]]);
  });

  it('does not retry a 413 and says what the server meant', async () => {
    const el = await uploader('/__test__/413');
    const error = nextEvent(el, 'upload-error');
    await dropFiles(el, [pdfFile()]);
    const { detail } = await error;
    expect(detail).to.include({ status: 413, willRetry: false });
    expect(detail.message).to.equal(
      'resume.pdf is too large for the server. Choose a smaller file.',
    );
    await el.updateComplete;
    expect(part(el, 'status').textContent).to.equal(detail.message);
  });

  it('says once, on screen and aloud, that a try failed and another follows', async () => {
    const el = await uploader('/__test__/500', { retries: 3 });
    const error = nextEvent(el, 'upload-error');
    await dropFiles(el, [pdfFile()]);
    const { detail } = await error;
    await el.updateComplete;
    expect(detail.willRetry).to.equal(true);
    const shown = part(el, 'status').textContent.trim();
    expect(shown).to.match(/^resume\.pdf could not be uploaded\. Trying again in \d+ s\.$/);
    expect(detail.message).to.equal(shown);
    expect((part(el, 'progress') as HTMLProgressElement).value, 'the bar starts again').to.equal(0);
    // Said once the message before it has had its time; by then it may be a later try's.
    await announced(el, /^resume\.pdf could not be uploaded\. Trying again in \d+ s\.$/);
  });

  it('keeps a failed file listed with a Retry button, and retrying can succeed', async () => {
    const el = await uploader('/__test__/415');
    const error = nextEvent(el, 'upload-error');
    await dropFiles(el, [pdfFile()]);
    await error;
    await el.updateComplete;
    expect(el.files).to.have.length(1);
    expect(el.validity.valueMissing).to.equal(true);
    const retry = part(el, 'action-button');
    expect(retry.getAttribute('aria-label')).to.equal('Retry resume.pdf');
    el.endpoint = '/__test__/201';
    const success = nextEvent(el, 'upload-success');
    retry.click();
    expect((await success).detail.id).to.equal('REQ-1234');
  });

  it('reports a dropped connection as a network error without a status', async () => {
    const el = await uploader('/__test__/drop', { retries: 0 });
    const error = nextEvent(el, 'upload-error');
    await dropFiles(el, [pdfFile()]);
    const { detail } = await error;
    expect(detail.status).to.equal(undefined);
    expect(detail.willRetry).to.equal(false);
    expect(detail.message).to.contain('the connection failed');
  });

  describe('in flight', () => {
    let el: ResumeUpload;
    beforeEach(async () => {
      el = await uploader('/__test__/hang');
      const started = nextEvent(el, 'upload-start');
      await dropFiles(el, [pdfFile()]);
      await started;
      await el.updateComplete;
    });

    it('shows a named progress bar and a cancel button', () => {
      const bar = part(el, 'progress') as HTMLProgressElement;
      expect(bar.getAttribute('aria-label')).to.equal('Uploading resume.pdf');
      expect(part(el, 'action-button').getAttribute('aria-label')).to.equal(
        'Cancel upload of resume.pdf',
      );
    });

    it('draws the progress track at 3:1 or more and shows the percentage as text', () => {
      const bar = part(el, 'progress') as HTMLProgressElement;
      // The edge: a border, or an outline drawn over the native one.
      const style = getComputedStyle(bar);
      const [width, color] =
        style.outlineStyle === 'none'
          ? [style.borderTopWidth, style.borderTopColor]
          : [style.outlineWidth, style.outlineColor];
      expect(parseFloat(width)).to.be.at.least(1);
      expect(contrast(color, 'rgb(255, 255, 255)')).to.be.at.least(3);
      const percent = new Intl.NumberFormat('en', { style: 'percent' }).format(bar.value / bar.max);
      expect(part(el, 'file').textContent).to.contain(percent);
    });

    it('blocks the form with a clear message', () => {
      expect(el.form!.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal('Wait until your file has finished uploading.');
    });

    it('cancels: upload-abort, the file stays with Retry, focus stays on the button', async () => {
      const action = part(el, 'action-button');
      action.focus();
      const aborted = nextEvent(el, 'upload-abort');
      action.click();
      expect((await aborted).detail.file.name).to.equal('resume.pdf');
      await el.updateComplete;
      expect(el.files).to.have.length(1);
      expect(part(el, 'action-button').getAttribute('aria-label')).to.equal('Retry resume.pdf');
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'action-button'));
    });

    it('cancels when the file is removed', async () => {
      const aborted = nextEvent(el, 'upload-abort');
      el.removeFile(el.files[0]);
      await aborted;
      expect(el.files).to.deep.equal([]);
    });
  });

  it('uses getUploadParams for a presigned PUT, without the endpoint headers', async () => {
    const el = await uploader('', {
      headers: { 'X-CSRF-Token': 'secret' },
      getUploadParams: async () => ({
        url: '/__test__/echo',
        method: 'PUT',
        headers: { 'Content-Type': 'application/pdf' },
      }),
    });
    const success = nextEvent(el, 'upload-success');
    const file = pdfFile('cv.pdf', 400);
    await dropFiles(el, [file]);
    expect((await success).detail.response).to.equal(await file.text());
  });
});

describe('resume-upload uploading to presigned POST targets', () => {
  it('sends fields first and the file as "file", and the form carries the given id', async () => {
    const el = await uploader('', {
      getUploadParams: async () => ({
        url: '/__test__/echo',
        fields: { key: 'resumes/abc', policy: 'p' },
        id: 'resumes/abc',
      }),
    });
    const success = nextEvent(el, 'upload-success');
    await dropFiles(el, [pdfFile('cv.pdf', 64)]);
    const { detail } = await success;
    expect(detail.response.indexOf('name="key"')).to.be.lessThan(
      detail.response.indexOf('name="file"; filename="cv.pdf"'),
    );
    expect(detail.id).to.equal('resumes/abc');
    await el.updateComplete;
    expect(new FormData(el.form!).getAll('resume')).to.deep.equal(['resumes/abc']);
  });
});

describe('resume-upload focus while uploading', () => {
  it("keeps focus on the file's row when its upload finishes under a focused Cancel button", async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><resume-upload name="resume"></resume-upload></form>`,
    );
    const el = form.querySelector('resume-upload')!;
    let release: () => void = () => {};
    el.getUploadParams = async () => {
      await new Promise<void>((r) => (release = r));
      return { url: '/__test__/201' };
    };
    const started = nextEvent(el, 'upload-start');
    await dropFiles(el, [pdfFile()]);
    await started;
    await el.updateComplete;
    part(el, 'action-button').focus();
    const success = nextEvent(el, 'upload-success');
    release();
    await success;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'remove-button'));
  });
});

describe('resume-upload when getUploadParams fails', () => {
  it('reports an upload-error and retries, keeping the file', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><resume-upload name="resume" retries="1"></resume-upload></form>`,
    );
    const el = form.querySelector('resume-upload')!;
    let calls = 0;
    el.getUploadParams = async () => {
      calls++;
      throw new Error('signing endpoint down');
    };
    const errors: UploadErrorDetail[] = [];
    el.addEventListener('upload-error', (e) => errors.push(e.detail));
    const final = new Promise<void>((resolve) =>
      el.addEventListener('upload-error', (e) => !e.detail.willRetry && resolve()),
    );
    await dropFiles(el, [pdfFile()]);
    await final;
    expect(calls).to.equal(2);
    expect(errors.map((e) => e.willRetry)).to.deep.equal([true, false]);
    expect(el.files).to.have.length(1);
  });
});
