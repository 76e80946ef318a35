// The named visible states of <resume-upload>. The story pages render them, and the a11y tests
// run axe over each one, so every state a user can see is checked.
import { html, type TemplateResult } from 'lit';
import type { ResumeUpload } from '../src/resume-upload/resume-upload.js';
import '../src/resume-upload/define.js';

export interface UploadState {
  name: string;
  render: () => TemplateResult;
  /** Brings a rendered element into the state, through what a user can do (drop, drag). */
  setup?: (el: ResumeUpload) => Promise<void>;
}

/**
 * A real one-page PDF of `size` bytes (a comment line pads it), so the content check accepts
 * it as readers would; below about 300 bytes it is as small as a valid PDF gets.
 */
export function pdfFile(name = 'resume.pdf', size = 120 * 1024): File {
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>',
  ];
  const build = (pad: number) => {
    let text = `%PDF-1.7\n${pad > 0 ? `%${'-'.repeat(pad - 2)}\n` : ''}`;
    const offsets = objects.map((body, i) => {
      const at = text.length;
      text += `${i + 1} 0 obj${body}endobj\n`;
      return at;
    });
    const entries = offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('');
    const xref = `xref\n0 4\n0000000000 65535 f \n${entries}trailer<</Size 4/Root 1 0 R>>\n`;
    return `${text}${xref}startxref\n${text.length}\n%%EOF\n`;
  };
  const bare = build(0).length;
  // The startxref number may grow a digit with the padding: measure again.
  const pad = size - bare < 2 ? 0 : size - bare - (build(size - bare).length - size);
  return new File([build(pad)], name, { type: 'application/pdf' });
}

/** A text resume saved as UTF-16 without a byte-order mark: accepted with an `encoding`
 * warning (some programs misread it). */
export function utf16TextFile(name = 'resume.txt'): File {
  const text = 'Ada Example\nSenior Engineer, London\n';
  const bytes = Uint8Array.from(text.repeat(4), (c) => c.charCodeAt(0));
  const units = new Uint8Array(bytes.length * 2);
  bytes.forEach((b, i) => (units[i * 2] = b));
  return new File([units], name, { type: 'text/plain' });
}

/** Resolves when `count` files have been either accepted or rejected. */
export function settled(el: Element, count = 1): Promise<void> {
  return new Promise((resolve) => {
    let left = count;
    const done = () => {
      if (--left > 0) return;
      el.removeEventListener('file-accept', done);
      el.removeEventListener('file-reject', done);
      resolve();
    };
    el.addEventListener('file-accept', done);
    el.addEventListener('file-reject', done);
  });
}

/** Drops files on the drop zone, as a user dragging them from the desktop does. */
export async function dropFiles(el: ResumeUpload, files: File[]): Promise<void> {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  const done = settled(el, files.length);
  const zone = el.shadowRoot!.querySelector('[part~=dropzone]')!;
  zone.dispatchEvent(
    new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true, composed: true }),
  );
  await done;
  await el.updateComplete;
}

export const uploadStates: UploadState[] = [
  { name: 'empty', render: () => html`<resume-upload name="resume"></resume-upload>` },
  {
    name: 'dragging',
    render: () => html`<resume-upload name="resume"></resume-upload>`,
    setup: async (el) => {
      const zone = el.shadowRoot!.querySelector('[part~=dropzone]')!;
      const dt = new DataTransfer();
      dt.items.add(pdfFile());
      zone.dispatchEvent(
        new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }),
      );
      await el.updateComplete;
    },
  },
  {
    name: 'accepted',
    render: () => html`<resume-upload name="resume"></resume-upload>`,
    setup: (el) => dropFiles(el, [pdfFile()]),
  },
  {
    name: 'accepted-with-warning',
    render: () => html`<resume-upload name="resume"></resume-upload>`,
    setup: (el) => dropFiles(el, [utf16TextFile()]),
  },
  {
    name: 'rejected-refused-warning',
    render: () => html`<resume-upload name="resume" refuse="encoding"></resume-upload>`,
    setup: (el) => dropFiles(el, [utf16TextFile()]),
  },
  {
    name: 'rejected-type',
    render: () => html`<resume-upload name="resume"></resume-upload>`,
    setup: (el) => dropFiles(el, [new File(['MZ'], 'setup.exe')]),
  },
  {
    name: 'rejected-content',
    render: () => html`<resume-upload name="resume"></resume-upload>`,
    setup: (el) =>
      dropFiles(el, [new File(['\x7fELF\x02\x01\x01'], 'resume.pdf', { type: 'application/pdf' })]),
  },
  {
    name: 'rejected-size',
    render: () => html`<resume-upload name="resume" max-size="1024"></resume-upload>`,
    setup: (el) => dropFiles(el, [pdfFile('big.pdf', 4096)]),
  },
  {
    name: 'rejected-empty',
    render: () => html`<resume-upload name="resume"></resume-upload>`,
    setup: (el) => dropFiles(el, [new File([], 'empty.pdf', { type: 'application/pdf' })]),
  },
  {
    name: 'rejected-count',
    render: () => html`<resume-upload name="resume" multiple max-files="1"></resume-upload>`,
    setup: (el) => dropFiles(el, [pdfFile('a.pdf'), pdfFile('b.pdf')]),
  },
  {
    name: 'disabled',
    render: () => html`<resume-upload name="resume" disabled></resume-upload>`,
  },
  {
    name: 'multiple-three-files',
    render: () => html`<resume-upload name="resume" multiple></resume-upload>`,
    setup: (el) =>
      dropFiles(el, [
        pdfFile('resume.pdf'),
        pdfFile('cover-letter.pdf', 40_000),
        pdfFile('portfolio.pdf', 2_500_000),
      ]),
  },
  {
    name: 'uploading',
    render: () => html`<resume-upload name="resume" endpoint="/__test__/hang"></resume-upload>`,
    setup: async (el) => {
      const started = new Promise((resolve) =>
        el.addEventListener('upload-start', resolve, { once: true }),
      );
      await dropFiles(el, [pdfFile()]);
      await started;
      await el.updateComplete;
    },
  },
  {
    name: 'upload-failed',
    render: () => html`<resume-upload name="resume" endpoint="/__test__/413"></resume-upload>`,
    setup: async (el) => {
      const failed = new Promise((resolve) =>
        el.addEventListener('upload-error', resolve, { once: true }),
      );
      await dropFiles(el, [pdfFile()]);
      await failed;
      await el.updateComplete;
    },
  },
  {
    name: 'uploaded',
    render: () => html`<resume-upload name="resume" endpoint="/__test__/201"></resume-upload>`,
    setup: async (el) => {
      const done = new Promise((resolve) =>
        el.addEventListener('upload-success', resolve, { once: true }),
      );
      await dropFiles(el, [pdfFile()]);
      await done;
      await el.updateComplete;
    },
  },
  {
    name: 'disabled-with-file',
    render: () => html`<resume-upload name="resume"></resume-upload>`,
    setup: async (el) => {
      await dropFiles(el, [pdfFile()]);
      el.disabled = true;
      await el.updateComplete;
    },
  },
  {
    name: 'autofilled',
    render: () => html`<form>
      <p><label for="autofill-name">Full name</label> <input id="autofill-name" autocomplete="name" /></p>
      <p><label for="autofill-email">Email</label> <input id="autofill-email" type="email" autocomplete="email" /></p>
      <resume-upload name="resume" autofill></resume-upload>
    </form>`,
    setup: autofillFrom(resumeTxt()),
  },
  // Page contexts (helpers below): language and direction, a dark page, a design system's palette.
  {
    name: 'rtl',
    render: () =>
      html`<div dir="rtl" lang="ar"><resume-upload name="resume" multiple></resume-upload></div>`,
    setup: fileAndError,
  },
  {
    name: 'dark',
    render: () =>
      html`<div style=${darkPage}><resume-upload name="resume" multiple></resume-upload></div>`,
    setup: fileAndError,
  },
  {
    name: 'custom-theme',
    render: () =>
      html`<div style=${customTheme}><resume-upload name="resume" multiple></resume-upload></div>`,
    setup: fileAndError,
  },
];

// Page contexts: the element inside a wrapper that sets the language and direction, a dark colour
// scheme, or a design system's palette. `render()` returns the wrapper, so the fixture (and the
// a11y test's axe run) covers the wrapper's colours too; `setup` finds the element inside it.

/** The <resume-upload> that `root` is or holds. */
function uploadIn(root: Element): ResumeUpload {
  const el = root.localName === 'resume-upload' ? root : root.querySelector('resume-upload');
  if (!el) throw new Error('no <resume-upload> in the state');
  return el as ResumeUpload;
}

/** A plain-text resume with a name, an email address and a phone number. */
export function resumeTxt(name = 'resume.txt'): File {
  const text =
    'Ada Lovelace\nada@example.com · +44 20 7946 0958 · London, United Kingdom\n\nExperience\n';
  return new File([text], name, { type: 'text/plain' });
}

/** Drops `file` on the <resume-upload autofill> in `root` and waits until its form is filled. */
export function autofillFrom(file: File): (root: Element) => Promise<void> {
  return async (root) => {
    const el = uploadIn(root);
    const read = new Promise((resolve) =>
      el.addEventListener('resume-read', resolve, { once: true }),
    );
    await dropFiles(el, [file]);
    await read;
    await el.updateComplete;
  };
}

/** One accepted file and one rejected file, so the list, the remove button and an error show. */
async function fileAndError(root: Element): Promise<void> {
  const el = uploadIn(root);
  await el.updateComplete; // the wrapper's language may still be loading
  await dropFiles(el, [pdfFile('resume.pdf'), new File(['MZ'], 'setup.exe')]);
}

/** A design system's palette through the --applykit-* properties; every pair keeps WCAG AA. */
export const customTheme = [
  'background: #f7f9f8',
  'color: #1d1d1f',
  '--applykit-color-accent: #0b5d57', // 7.3:1 on the page, white text on it 7.7:1
  '--applykit-color-on-accent: #fff',
  '--applykit-color-danger: #a4161a', // 7.3:1
  '--applykit-color-muted: #4b5563', // 7.2:1 (6.1:1 on the dragging tint)
  '--applykit-color-border: #0b5d57',
  '--applykit-focus-ring-color: #b45309', // 4.8:1
  '--applykit-radius: 2px',
  '--applykit-space: 1.25rem',
  '--applykit-font-family: system-ui, sans-serif',
].join('; ');

/** A dark page: the elements follow `color-scheme` with light-dark() colours. */
export const darkPage = 'color-scheme: dark; background: #121212; color: #eee';
