// Display-safe file names: what the server stores of a client's file name. A name is data that a
// person reads in an HR system and may save a file under, so it is cut to its last segment, freed
// of characters that disguise it, made a legal name on Windows, and capped in length with its
// extension kept. Pure: no I/O. A host still escapes it as text wherever it shows it.
import { extensionOf } from '../core/accept.js';

/** Longest stored name in UTF-8 bytes: fits every common file system's 255, with room to spare. */
export const MAX_NAME_BYTES = 200;
/** Longest extension kept whole when a name is shortened. */
const MAX_EXTENSION = 16;
const ELLIPSIS = '\u2026';

/** Line breaks and tabs: they separate words, so they become spaces. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/gu;
/**
 * Controls (C0, DEL, C1), format characters (bidi controls U+202A–202E and U+2066–2069, LRM/RLM,
 * ALM, zero-width space/joiners, word joiner, BOM, soft hyphen, tag characters) and lone
 * surrogates: invisible, or able to reorder what is shown.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}]/gu;
/** Characters Windows does not allow in a name (`:` would also open an NTFS stream). */
const RESERVED = /[<>:"|?*]/g;
/** Windows device names, which stay devices whatever extension follows. */
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/**
 * The display-safe form of a client's file name: "../../C:evil\u202Efdp.exe" style tricks become
 * plain readable text. Steps: last path segment; Unicode NFC; breaks to spaces, invisible and
 * bidi characters removed; runs of spaces collapsed; a drive prefix (`C:`) removed; `<>:"|?*`
 * replaced by `_`; trailing dots and spaces removed; a device name (`CON.pdf`) prefixed with `_`;
 * at most MAX_NAME_BYTES bytes, shortened in the middle with "…" so the extension stays.
 */
export function displayName(name: string): string {
  const segment = String(name).split(/[\\/]/).pop() ?? '';
  let clean = segment
    .normalize('NFC')
    .replace(BREAKS, ' ')
    .replace(INVISIBLE, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[a-z]:/i, '')
    .replace(RESERVED, '_')
    .replace(/[. ]+$/, '')
    .trimStart();
  const base = clean.split('.')[0].trimEnd();
  if (DEVICE.test(base)) clean = `_${clean}`;
  return shorten(clean);
}

/** `name` within MAX_NAME_BYTES, keeping a short extension whole after an ellipsis. */
function shorten(name: string): string {
  if (utf8Length(name) <= MAX_NAME_BYTES) return name;
  const found = extensionOf(name);
  const ext = found.length <= MAX_EXTENSION ? name.slice(name.length - found.length) : '';
  const room = MAX_NAME_BYTES - utf8Length(ELLIPSIS + ext);
  return `${cutToBytes(name.slice(0, name.length - ext.length), room).trimEnd()}${ELLIPSIS}${ext}`;
}

/** The longest start of `text` within `max` UTF-8 bytes, never splitting a character. */
function cutToBytes(text: string, max: number): string {
  let bytes = 0;
  let out = '';
  for (const char of text) {
    bytes += utf8Length(char);
    if (bytes > max) break;
    out += char;
  }
  return out;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
