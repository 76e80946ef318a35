// Plain text in its encoding: a byte-order mark decides (UTF-8, UTF-16LE/BE); without one, UTF-16
// is told by its NULs as the content check tells it, valid UTF-8 is UTF-8 (ASCII included), and
// anything else is the legacy encoding whose decoding reads most like text (charset.ts),
// Windows-1252 when in doubt.
import { utf16Order } from '../core/text-check.js';
import { legacyEncoding } from './charset.js';
import { cp1252 } from './codepage.js';

const BOMS: ReadonlyArray<readonly [encoding: string, bom: number[]]> = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/** The encoding of `bytes`: by BOM, by UTF-16's NULs, or by whether they are valid UTF-8. */
export function textEncoding(bytes: Uint8Array): string {
  for (const [encoding, bom] of BOMS) if (bom.every((b, i) => bytes[i] === b)) return encoding;
  // NULs are valid UTF-8: UTF-16 without a BOM must be told first.
  const order = utf16Order(bytes);
  if (order) return `utf-16${order}`;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return legacyEncoding(bytes);
  }
}

/** The text of a plain-text file, BOM removed, line ends as "\n". */
export function readTxt(bytes: Uint8Array): string {
  // TextDecoder drops the BOM of the encoding it was given.
  const encoding = textEncoding(bytes);
  const text = (encoding === 'windows-1252' ? cp1252 : new TextDecoder(encoding)).decode(bytes);
  return text.replace(/\r\n?/g, '\n');
}
