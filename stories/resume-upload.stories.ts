// One story per named state of <resume-upload> (stories/resume-upload.states.ts, the list the
// a11y tests run axe over). The play function brings the rendered element into its state, as the
// tests do after the fixture; the a11y addon then runs axe on the result.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ResumeUpload } from '../src/resume-upload/resume-upload.js';
import { uploadStates } from './resume-upload.states.js';

const meta: Meta = {
  title: 'resume-upload',
  component: 'resume-upload',
};
export default meta;

/** The story of the state named `name`; scripts/stories-check.mjs checks every state has one. */
function story(name: string): StoryObj {
  const state = uploadStates.find((s) => s.name === name);
  if (!state) throw new Error(`stories/resume-upload.states.ts has no state "${name}"`);
  return {
    name,
    render: () => html`<div data-state=${name}>${state.render()}</div>`,
    play: async ({ canvasElement }) => {
      const root = canvasElement.querySelector(`[data-state="${name}"]`)!;
      // What the tests' fixture returns: the element, or the wrapper the state renders.
      const el = root.firstElementChild as ResumeUpload;
      await customElements.whenDefined('resume-upload');
      await (el.localName === 'resume-upload' ? el : el.querySelector('resume-upload'))
        ?.updateComplete;
      await state.setup?.(el);
      root.setAttribute('data-ready', '');
    },
  };
}

export const Empty = story('empty');
export const Dragging = story('dragging');
export const Accepted = story('accepted');
export const AcceptedWithWarning = story('accepted-with-warning');
export const RejectedRefusedWarning = story('rejected-refused-warning');
export const RejectedType = story('rejected-type');
export const RejectedContent = story('rejected-content');
export const RejectedSize = story('rejected-size');
export const RejectedEmpty = story('rejected-empty');
export const RejectedCount = story('rejected-count');
export const Disabled = story('disabled');
export const MultipleThreeFiles = story('multiple-three-files');
export const Uploading = story('uploading');
export const UploadFailed = story('upload-failed');
export const Uploaded = story('uploaded');
export const DisabledWithFile = story('disabled-with-file');
export const Autofilled = story('autofilled');
export const Rtl = story('rtl');
export const Dark = story('dark');
export const CustomTheme = story('custom-theme');
