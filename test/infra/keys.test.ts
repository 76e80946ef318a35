// The test setup itself: a key named 'Space' works in Firefox too (see web-test-runner.config.mjs).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
it('Space by name toggles a checkbox in every browser', async () => {
  const box = await fixture<HTMLInputElement>(html`<input type="checkbox" aria-label="x">`);
  box.focus();
  await sendKeys({ press: 'Space' });
  expect(box.checked).to.equal(true);
});
