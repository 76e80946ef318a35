// One story per named state of <accommodation-request> (stories/accommodation-request.states.ts,
// the list the a11y tests run axe over). The play function brings the rendered form into its
// state (submitting with errors, sending, sent…), as the tests do; the a11y addon then runs axe.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AccommodationRequest } from '../src/accommodation-request.js';
import { states } from './accommodation-request.states.js';

const meta: Meta = {
  title: 'accommodation-request',
  component: 'accommodation-request',
};
export default meta;

/** The story of the state named `name`; scripts/stories-check.mjs checks every state has one. */
function story(name: string): StoryObj {
  const state = states.find((s) => s.name === name);
  if (!state) throw new Error(`stories/accommodation-request.states.ts has no state "${name}"`);
  return {
    name,
    render: () => html`<div data-state=${name}>${state.render()}</div>`,
    play: async ({ canvasElement }) => {
      const root = canvasElement.querySelector(`[data-state="${name}"]`)!;
      const el = root.firstElementChild as AccommodationRequest;
      await customElements.whenDefined('accommodation-request');
      await el.updateComplete;
      await state.setup?.(el);
      root.setAttribute('data-ready', '');
    },
  };
}

export const Empty = story('empty');
export const Errors = story('errors');
export const SomethingElseWithDetails = story('something-else-with-details');
export const Sending = story('sending');
export const Sent = story('sent');
export const SendFailed = story('send-failed');
