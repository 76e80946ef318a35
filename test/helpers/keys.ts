// Key presses that read the same in every browser the suite drives. puppeteer's Firefox
// (WebDriver BiDi) keyboard knows the space bar only as ' ', Chromium's as ' ' or 'Space':
// tests name keys as the KeyboardEvent `code` does, and this maps them.
import { sendKeys } from '@web/test-runner-commands';

const NAMES: Record<string, string> = { Space: ' ' };

/** Presses and releases `key` ('Tab', 'Enter', 'Space', 'a', …) through the real keyboard. */
export function press(key: string): Promise<void> {
  return sendKeys({ press: NAMES[key] ?? key });
}
