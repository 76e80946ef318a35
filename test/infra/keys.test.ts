// The test helpers themselves: press('Space') is the space bar in every browser the suite drives.
import { expect, fixture, html } from '@open-wc/testing';
import { press } from '../helpers/keys.js';

it('press("Space") toggles a checkbox in every browser', async () => {
  const box = await fixture<HTMLInputElement>(html`<input type="checkbox" aria-label="x" />`);
  box.focus();
  await press('Space');
  expect(box.checked).to.equal(true);
});
