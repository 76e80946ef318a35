// Formatting for what users read: file sizes and file names made safe to display.

import { numberFormat, pluralRules } from './intl.js';
const UNITS = ['KB', 'MB', 'GB', 'TB'];

/**
 * A size as people read it on their computer: 1024-based, "532 bytes", "120 KB", "1.5 MB".
 * Number formatting follows the locale (decimal comma in German, Arabic digits in Arabic).
 */
export function formatSize(
  bytes: number,
  locale?: string,
  byteWords = { one: 'byte', other: 'bytes' },
): string {
  if (bytes < 1024) {
    const word = pluralRules(locale).select(bytes) === 'one' ? byteWords.one : byteWords.other;
    return `${numberFormat(locale).format(bytes)} ${word}`;
  }
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${numberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${UNITS[unit]}`;
}

// Bidi embeddings/overrides/isolates (U+202A–202E, U+2066–2069), marks (U+200E, U+200F, U+061C)
// and C0/C1 controls: they can make "invoice\u202Efdp.exe" look like "invoiceexe.pdf".
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A file name safe to show: every bidi or control character becomes a visible U+FFFD, so what
 * the user sees is what the name is. Render it as text, inside an isolating element (`<bdi>`).
 */
export function displayName(name: string): string {
  return name.replace(UNSAFE, '\ufffd');
}
