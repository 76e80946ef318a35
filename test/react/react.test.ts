// applykit/react rendered by React 19: props reach the element's properties and the event props
// receive the elements' events.
import { expect } from '@open-wc/testing';
// Default imports: React is CommonJS, and wtr converts it file by file, which yields only
// `module.exports` as the default export (no named exports).
import React from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient, { type Root } from 'react-dom/client';
import { AccommodationRequest, ResumeUpload } from '../../src/react.js';
import type {
  AccommodationRequest as AccommodationRequestElement,
  AccommodationSubmitEvent,
  FileAcceptEvent,
  ResumeUpload as ResumeUploadElement,
} from '../../src/index.js';
import { nextEvent } from '../helpers/events.js';
import { SMALLEST_PDF as PDF } from '../helpers/samples.js';

const pdf = () => new File([PDF], 'cv.pdf', { type: 'application/pdf' });

function drop(el: ResumeUploadElement, files: File[]): void {
  const dataTransfer = new DataTransfer();
  for (const f of files) dataTransfer.items.add(f);
  const zone = el.shadowRoot!.querySelector('[part~=dropzone]')!;
  zone.dispatchEvent(
    new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true, composed: true }),
  );
}

describe('applykit/react', () => {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = ReactDOMClient.createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
  });

  /** Renders synchronously and returns the custom element React created. */
  function render<E extends Element>(node: React.ReactNode, tag: string): E {
    ReactDOM.flushSync(() => root.render(node));
    const el = container.querySelector<E>(tag);
    expect(el, `<${tag}> rendered`).to.exist;
    return el!;
  }

  describe('ResumeUpload', () => {
    it('sets properties from props', async () => {
      const el = render<ResumeUploadElement>(
        React.createElement(ResumeUpload, { name: 'cv', multiple: true, maxFiles: 3 }),
        'resume-upload',
      );
      await el.updateComplete;
      expect(el).to.be.instanceOf(customElements.get('resume-upload')!);
      expect([el.name, el.multiple, el.maxFiles]).to.deep.equal(['cv', true, 3]);
      expect(el.getAttribute('max-files')).to.equal('3');
    });

    it('calls onFileAccept with the typed event of a dropped PDF', async () => {
      const received: FileAcceptEvent[] = [];
      const el = render<ResumeUploadElement>(
        React.createElement(ResumeUpload, { name: 'cv', onFileAccept: (e) => received.push(e) }),
        'resume-upload',
      );
      await el.updateComplete;
      const accepted = nextEvent(el, 'file-accept');
      drop(el, [pdf()]);
      await accepted;
      expect(received).to.have.length(1);
      expect(received[0].detail.kind).to.equal('pdf');
      expect(received[0].detail.file.name).to.equal('cv.pdf');
    });

    it('calls onChange with the plain change event and onFileRemove on clear()', async () => {
      const seen: string[] = [];
      const el = render<ResumeUploadElement>(
        React.createElement(ResumeUpload, {
          onChange: (e: Event) => seen.push(e.type),
          onFileRemove: (e) => seen.push(`remove ${e.detail.file.name}`),
        }),
        'resume-upload',
      );
      await el.updateComplete;
      const accepted = nextEvent(el, 'file-accept');
      drop(el, [pdf()]);
      await accepted;
      el.clear();
      expect(seen).to.include.members(['change', 'remove cv.pdf']);
    });

    it('swaps the handler when the prop changes', async () => {
      const calls: string[] = [];
      let el = render<ResumeUploadElement>(
        React.createElement(ResumeUpload, { onFileAccept: () => calls.push('first') }),
        'resume-upload',
      );
      el = render<ResumeUploadElement>(
        React.createElement(ResumeUpload, { onFileAccept: () => calls.push('second') }),
        'resume-upload',
      );
      await el.updateComplete;
      const accepted = nextEvent(el, 'file-accept');
      drop(el, [pdf()]);
      await accepted;
      expect(calls).to.deep.equal(['second']);
    });
  });

  describe('AccommodationRequest', () => {
    it('calls onAccommodationSubmit with the request when the form is submitted', async () => {
      const received: AccommodationSubmitEvent[] = [];
      const el = render<AccommodationRequestElement>(
        React.createElement(AccommodationRequest, {
          company: 'Acme',
          onAccommodationSubmit: (e) => {
            e.preventDefault(); // the host sends it: no request leaves the page
            received.push(e);
          },
        }),
        'accommodation-request',
      );
      expect(el.company).to.equal('Acme');
      el.value = {
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        stages: ['interviews'],
        needs: ['extra-time'],
        contactMethod: 'email',
        consent: true,
      };
      await el.updateComplete;
      const submitted = nextEvent(el, 'accommodation-submit');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=submit-button]')!.click();
      await submitted;
      expect(received).to.have.length(1);
      expect(received[0].detail).to.include({
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        contactMethod: 'email',
      });
      expect(received[0].detail.needs).to.deep.equal(['extra-time']);
    });
  });
});
