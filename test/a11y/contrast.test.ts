// Non-text contrast (1.4.11) and focus visible (2.4.7), computed from the styles the browser
// applies, on a light and a dark page: the edges that show where controls are, and the focus ring
// at every Tab stop, reach 3:1 against the page. axe checks text contrast; it has no rule for these.
import { expect, fixture, html } from '@open-wc/testing';
import type { AccommodationRequest } from '../../src/accommodation-request.js';
import type { ResumeUpload } from '../../src/resume-upload/resume-upload.js';
import '../../src/accommodation-request/define.js';
import { darkPage, dropFiles, pdfFile } from '../../stories/resume-upload.states.js';
import { nextEvent } from '../helpers/events.js';
import { focusRings } from '../helpers/focus-rings.js';
import { contrast, visibleBorder } from '../helpers/measure.js';

const pages = [
  { name: 'light', style: 'background: #fff; color: #000', background: 'rgb(255, 255, 255)' },
  { name: 'dark', style: darkPage, background: 'rgb(18, 18, 18)' },
];

for (const page of pages) {
  describe(`non-text contrast and focus rings, ${page.name} page`, () => {
    it('<resume-upload>: drop zone, buttons and progress track reach 3:1; every stop has a ring', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style=${page.style}>
        <resume-upload multiple endpoint="/__test__/hang"></resume-upload>
      </div>`);
      const el = box.querySelector<ResumeUpload>('resume-upload')!;
      const started = nextEvent(el, 'upload-start');
      await dropFiles(el, [pdfFile()]);
      await started;
      await el.updateComplete;
      const $ = (part: string) => el.shadowRoot!.querySelector(`[part~=${part}]`)!;
      expect(visibleBorder($('dropzone'), page.background, 'Top', 2), 'drop zone').to.equal(true);
      const track = getComputedStyle($('progress'));
      expect(parseFloat(track.outlineWidth), 'progress track').to.be.at.least(1);
      expect(contrast(track.outlineColor, page.background), 'progress track').to.be.at.least(3);
      expect(visibleBorder($('remove-button'), page.background), 'remove').to.equal(true);
      const browse = getComputedStyle($('browse-button')).backgroundColor;
      expect(visibleBorder($('action-button'), page.background), 'cancel').to.equal(true);
      expect(
        visibleBorder($('browse-button'), page.background) ||
          contrast(browse, page.background) >= 3,
        'choose file',
      ).to.equal(true);
      expect(await focusRings(el, page.background)).to.deep.equal([
        'button[browse-button]: ring',
        'button[action-button]: ring',
        'button[remove-button]: ring',
      ]);
    });

    it('<accommodation-request>: input edges reach 3:1; every stop has a ring', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style=${page.style}>
        <accommodation-request></accommodation-request>
      </div>`);
      const el = box.querySelector<AccommodationRequest>('accommodation-request')!;
      await el.updateComplete;
      for (const input of el.shadowRoot!.querySelectorAll(
        'input[type=text], input[type=email], input[type=tel], textarea',
      ))
        expect(
          visibleBorder(input, page.background, 'Top', 2),
          input.getAttribute('name')!,
        ).to.equal(true);
      const stops = await focusRings(el, page.background);
      expect(stops.length).to.be.above(20);
      expect(stops.filter((s) => s.includes('NO RING'))).to.deep.equal([]);
    });
  });
}
