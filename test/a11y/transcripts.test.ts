// Keyboard walks through both elements, written down from Chromium's accessibility tree: what
// each Tab stop exposes and what each live region says after each action. The transcripts are
// kept under docs/a11y-transcripts/ and reviewed like code; this test fails when what a screen
// reader would get changes. To accept a change: UPDATE_TRANSCRIPTS=1 WTR_BROWSERS=chromium npx wtr
// --files test/a11y/transcripts.test.ts, then review the diff. Chromium only (CDP).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AccommodationRequest } from '../../src/accommodation-request.js';
import type { ResumeUpload } from '../../src/resume-upload/resume-upload.js';
import '../../src/accommodation-request/define.js';
import { dropFiles, pdfFile } from '../../stories/resume-upload.states.js';
import { announced } from '../helpers/live.js';
import { Transcript } from '../helpers/transcript.js';

const firefox = navigator.userAgent.includes('Firefox');
const tab = () => sendKeys({ press: 'Tab' });
const press = (key: string) => () => sendKeys({ press: key });

/** The stored transcript equals this run's, or says how to accept it. */
async function compare(t: Transcript, name: string): Promise<void> {
  const stored = await t.stored(name);
  expect(stored, `docs/a11y-transcripts/${name}.txt: none yet (run with UPDATE_TRANSCRIPTS=1)`).to
    .not.be.null;
  expect(
    t.text,
    `docs/a11y-transcripts/${name}.txt differs (review, then UPDATE_TRANSCRIPTS=1)`,
  ).to.equal(stored);
}

/** `element` between a Before and an After button; focus on Before. */
async function page<T extends HTMLElement>(
  element: ReturnType<typeof html>,
  tag: string,
): Promise<T> {
  const box = await fixture<HTMLDivElement>(html`<div>
    <button>Before</button>${element}<button>After</button>
  </div>`);
  const el = box.querySelector<T>(tag)!;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  box.querySelector('button')!.focus();
  return el;
}

describe('accessibility-tree transcripts (Chromium)', () => {
  before(function () {
    if (firefox) this.skip();
  });

  it('resume-upload: choose, replace, remove, reject', async () => {
    const el = await page<ResumeUpload>(
      html`<resume-upload name="resume" required></resume-upload>`,
      'resume-upload',
    );
    const t = new Transcript(
      '<resume-upload required>: choose, replace, remove, reject',
      '<button>Before</button> <resume-upload name="resume" required> <button>After</button>; focus on Before',
    );
    await t.step('Tab', tab);
    await t.step('Drop resume.pdf (120 KB) on the drop zone', async () => {
      await dropFiles(el, [pdfFile()]);
      await announced(el, 'resume.pdf added, 120 KB');
    });
    await t.step('Tab', tab);
    await t.step('Drop cv-2024.pdf (64 KB): it takes the place of resume.pdf', async () => {
      await dropFiles(el, [pdfFile('cv-2024.pdf', 64 * 1024)]);
      await announced(el, 'cv-2024.pdf added, 64 KB. resume.pdf removed');
    });
    await t.step('Enter', async () => {
      await press('Enter')();
      await announced(el, 'cv-2024.pdf removed');
    });
    await t.step('Drop setup.exe on the drop zone', async () => {
      await dropFiles(el, [new File(['MZ'], 'setup.exe')]);
      await announced(
        el,
        'setup.exe is not an accepted file type. Choose a PDF, DOCX, DOC, RTF, or TXT file.',
        'assertive',
      );
    });
    await t.step('Tab', tab);
    await compare(t, 'resume-upload-choose');
  });

  it('resume-upload: an upload that fails, is retried, and fails again', async () => {
    const el = await page<ResumeUpload>(
      html`<resume-upload name="resume" retries="1"></resume-upload>`,
      'resume-upload',
    );
    // Each try asks getUploadParams for its target; the test answers when the previous message
    // has been said, so the transcript does not depend on how fast the machine is.
    const tries: (() => void)[] = [];
    let arrived = () => {};
    el.getUploadParams = () =>
      new Promise((resolve) => {
        tries.push(() => resolve({ url: '/__test__/500' }));
        arrived();
      });
    const nth = (n: number) =>
      new Promise<void>((resolve) => {
        arrived = () => tries.length >= n && resolve();
        arrived();
      });
    const t = new Transcript(
      '<resume-upload retries="1">: a server that answers 500 to both tries',
      '<button>Before</button> <resume-upload name="resume" retries="1"> (uploading through getUploadParams) <button>After</button>; focus on Before',
    );
    await t.step('Tab', tab);
    await t.step('Drop resume.pdf (120 KB) on the drop zone; the server answers 500', async () => {
      await dropFiles(el, [pdfFile()]);
      await announced(el, 'Uploading resume.pdf');
      await nth(1);
      tries[0]();
      await announced(el, /^resume\.pdf could not be uploaded\. Trying again in 1 s\.$/);
    });
    await t.step('(the automatic retry) the server answers 500 again', async () => {
      await nth(2);
      tries[1]();
      await announced(
        el,
        'The server had a problem saving resume.pdf (error 500). Retry in a moment.',
        'assertive',
      );
    });
    for (let i = 0; i < 3; i++) await t.step('Tab', tab);
    await compare(t, 'resume-upload-retry');
  });

  it('accommodation-request: every field, errors, corrections, sent', async () => {
    const el = await page<AccommodationRequest>(
      html`<accommodation-request company="Acme" heading-level="3" endpoint="/__test__/201"
        ><a slot="privacy" href="#privacy">Read our privacy notice</a></accommodation-request
      >`,
      'accommodation-request',
    );
    const t = new Transcript(
      '<accommodation-request heading-level="3">: every field, errors, corrections, sent',
      '<button>Before</button> <accommodation-request company="Acme" heading-level="3" endpoint="…"> (a privacy link slotted in) <button>After</button>; focus on Before',
    );
    const inside = () => el.shadowRoot!.activeElement;
    const on = (selector: string) => inside()?.matches(selector) ?? false;
    // Every Tab stop up to the send button.
    do await t.step('Tab', tab);
    while (!on('[part=submit-button]'));
    await t.step('Enter (the form is empty)', async () => {
      await press('Enter')();
      await el.updateComplete;
    });
    await t.step('Tab', tab);
    await t.step('Enter (follows the link)', press('Enter'));
    await t.step('Type "Ada Lovelace"', () => sendKeys({ type: 'Ada Lovelace' }));
    await t.step('Tab', tab);
    await t.step('Type "ada@example.com"', () => sendKeys({ type: 'ada@example.com' }));
    await t.step('Tab', tab);
    await t.step('Tab', tab);
    await t.step('Space', press('Space'));
    while (!on('[name=needs]')) await t.step('Tab', tab);
    await t.step('Space', press('Space'));
    while (!on('[name=consent]')) await t.step('Tab', tab);
    await t.step('Space', press('Space'));
    while (!on('[part=submit-button]')) await t.step('Tab', tab);
    await t.step('Enter (sends the request)', async () => {
      const sent = new Promise((resolve) => el.addEventListener('accommodation-sent', resolve));
      await press('Enter')();
      await sent;
      await el.updateComplete;
    });
    await t.step('Tab', tab);
    await compare(t, 'accommodation-request');
  });
});
