// Against the real applykit/server handlers on loopback (mounted by web-test-runner.config.mjs).
import { expect, fixture, html } from '@open-wc/testing';
import type { ResumeUpload } from '../../src/resume-upload/resume-upload.js';
import type { UploadErrorDetail } from '../../src/resume-upload/events.js';
import { dropFiles, pdfFile } from '../../stories/resume-upload.states.js';
import { elf } from '../helpers/samples.js';
import { expectAccessible } from '../helpers/axe.js';
import { nextEvent } from '../helpers/events.js';
import { announced } from '../helpers/live.js';

const part = (el: ResumeUpload, name: string) =>
  el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;

async function uploader(attrs: Partial<ResumeUpload>): Promise<ResumeUpload> {
  const form = await fixture<HTMLFormElement>(
    html`<form><resume-upload name="resume" required></resume-upload></form>`,
  );
  const el = form.querySelector('resume-upload')!;
  Object.assign(el, attrs);
  await el.updateComplete;
  return el;
}

async function post(file: File, name = file.name): Promise<Response> {
  const body = new FormData();
  body.append('resume', file, name);
  return fetch('/__server__/uploads', { method: 'POST', body });
}

describe('resume-upload with applykit/server', () => {
  it('uploads a real PDF: progress events in order, the id in the form', async () => {
    const el = await uploader({ endpoint: '/__server__/uploads' });
    const types: string[] = [];
    for (const t of ['upload-start', 'upload-progress', 'upload-success'] as const) {
      el.addEventListener(t, () => types.at(-1) !== t && types.push(t));
    }
    const loaded: number[] = [];
    el.addEventListener('upload-progress', (e) => loaded.push(e.detail.loaded));
    const success = nextEvent(el, 'upload-success');
    const real = await (await fetch('/test/fixtures/resumes/resume.pdf')).blob();
    await dropFiles(el, [new File([real], 'resume.pdf', { type: 'application/pdf' })]);
    const { detail } = await success;
    expect(types).to.deep.equal(['upload-start', 'upload-progress', 'upload-success']);
    expect(loaded).to.deep.equal([...loaded].sort((a, b) => a - b));
    expect(JSON.parse(detail.response)).to.include({
      name: 'resume.pdf',
      kind: 'pdf',
      size: real.size,
    });
    expect(detail.id).to.match(/^[0-9a-f-]{36}$/);
    await el.updateComplete;
    expect(new FormData(el.form!).getAll('resume')).to.deep.equal([detail.id]);
  });

  it("shows the server's 413 with its meaning, does not retry, and stays accessible", async () => {
    const el = await uploader({ endpoint: '/__server__/uploads-small' });
    const errors: UploadErrorDetail[] = [];
    el.addEventListener('upload-error', (e) => errors.push(e.detail));
    const error = nextEvent(el, 'upload-error');
    await dropFiles(el, [pdfFile('big.pdf', 200 * 1024)]);
    await error;
    await el.updateComplete;
    expect(errors.map((e) => [e.status, e.willRetry])).to.deep.equal([[413, false]]);
    expect(part(el, 'status').textContent).to.equal(
      'big.pdf is too large for the server. Choose a smaller file.',
    );
    expect(el.files).to.have.length(1);
    await expectAccessible(el);
  });

  it('refuses a spoofed file posted straight to the server, bypassing the element', async () => {
    const res = await post(new File([elf()], 'resume.pdf', { type: 'application/pdf' }));
    expect(res.status).to.equal(415);
    expect((await res.json()).error).to.equal('content');
  });

  it('stores a name with ../ safely: a random id, the name only as data', async () => {
    const res = await post(pdfFile('x.pdf', 64), '../../etc/cv.pdf');
    const reply = await res.json();
    expect(res.status).to.equal(201);
    expect(reply.id).to.match(/^[0-9a-f-]{36}$/);
    expect(reply.name).not.to.contain('..');
    expect(reply.name).not.to.contain('/');
  });

  it('stays accessible while uploading', async () => {
    const el = await uploader({ endpoint: '/__test__/hang' });
    const started = nextEvent(el, 'upload-start');
    await dropFiles(el, [pdfFile()]);
    await started;
    await el.updateComplete;
    await expectAccessible(el);
    el.clear();
  });

  describe('tus', () => {
    it('uploads with protocol="tus"; the form carries the upload URL', async () => {
      const el = await uploader({ endpoint: '/__server__/tus', protocol: 'tus' });
      const success = nextEvent(el, 'upload-success');
      await dropFiles(el, [pdfFile('cv.pdf', 300 * 1024)]);
      const { detail } = await success;
      expect(detail.id).to.match(/\/__server__\/tus\/[0-9a-f-]{36}$/);
      await el.updateComplete;
      expect(new FormData(el.form!).getAll('resume')).to.deep.equal([detail.id]);
    });

    it('resumes after a dropped connection: bytes sent again are far fewer than the file', async () => {
      const size = 4 * 1024 * 1024;
      const el = await uploader({ endpoint: '/__server__/tus-cut', protocol: 'tus' });
      const errors: UploadErrorDetail[] = [];
      el.addEventListener('upload-error', (e) => errors.push(e.detail));
      const success = nextEvent(el, 'upload-success');
      await dropFiles(el, [pdfFile('big.pdf', size)]);
      const { detail } = await success;
      // Firefox reports the cut as a network error; Chromium resends the PATCH on a new
      // connection with the old offset, which tus refuses with 409. Both are retried.
      expect(errors).to.have.length(1);
      expect(errors[0].willRetry).to.equal(true);
      expect([undefined, 409]).to.include(errors[0].status);
      const id = detail.id!.split('/').pop();
      const { bytes } = await (await fetch(`/__server__/received/${id}`)).json();
      const resent = bytes - size;
      expect(bytes).to.be.at.least(size);
      expect(resent).to.be.below(size / 2);
    });

    it('refuses a spoofed file sent straight to the tus endpoint, bypassing the element', async () => {
      const { Upload } = await import('tus-js-client');
      const spoof = new File([elf(), new Uint8Array(1024)], 'cv.pdf', { type: 'application/pdf' });
      const status = await new Promise<number>((resolve) => {
        const upload = new Upload(spoof, {
          endpoint: '/__server__/tus',
          metadata: { filename: spoof.name, filetype: spoof.type },
          retryDelays: null,
          storeFingerprintForResuming: false,
          onSuccess: () => resolve(200),
          onError: (e) =>
            resolve(
              (e as { originalResponse?: { getStatus(): number } }).originalResponse?.getStatus() ??
                0,
            ),
        });
        upload.start();
      });
      expect(status).to.equal(415);
    });
  });
});

describe('resume-upload upload announcements', () => {
  /** Every text the polite or assertive region takes, in order. */
  function heard(el: ResumeUpload, selector: string): string[] {
    const region = el.shadowRoot!.querySelector(selector)!;
    const texts: string[] = [];
    new MutationObserver(() => texts.push(region.textContent.trim())).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    return texts;
  }

  it('announces start and finish, and progress at most every 25%', async () => {
    const el = await uploader({ endpoint: '/__server__/uploads' });
    const polite = heard(el, '[role=status]');
    const success = nextEvent(el, 'upload-success');
    await dropFiles(el, [pdfFile('big.pdf', 8 * 1024 * 1024)]);
    await success;
    await announced(el, 'big.pdf uploaded');
    // Messages wait their turn, and a file's newer message replaces its waiting one, so a fast
    // upload may skip "Uploading big.pdf" and some progress.
    expect(polite[0]).to.equal('big.pdf added, 8 MB');
    expect(polite.at(-1)).to.equal('big.pdf uploaded');
    const progress = polite.filter((t) => t.includes('%'));
    expect(progress.length).to.be.at.most(3);
    for (const t of progress) expect(t).to.match(/^big\.pdf: (25|50|75)% uploaded$/);
  });

  it('announces a failure assertively', async () => {
    const el = await uploader({ endpoint: '/__server__/uploads-small' });
    const assertive = heard(el, '[aria-live=assertive]');
    const error = nextEvent(el, 'upload-error');
    await dropFiles(el, [pdfFile('big.pdf', 200 * 1024)]);
    await error;
    await announced(el, 'big.pdf is too large for the server. Choose a smaller file.', 'assertive');
    expect(assertive.at(-1)).to.equal(
      'big.pdf is too large for the server. Choose a smaller file.',
    );
  });
});
