// RTF's visible text: the text runs of the body, headers and table cells, with `\uN` (and its
// `\ucN` fallback characters skipped), `\'hh` bytes decoded in the code page of the run's font
// (`\fcharsetN`) or of the document (`\ansicpg`). Destinations that are not text (font and
// colour tables, pictures, field instructions, `\*` extensions) and hidden text are skipped.
import { charsetCodepage, decoderFor } from './codepage.js';
import type { Extracted } from './extracted.js';
import { SKIPPED, SYMBOLS, TEXT } from './rtf-words.js';

interface Group {
  skip: boolean;
  /** Inside a field instruction (`\fldinst`): read for a HYPERLINK's URL, never shown. */
  instr: boolean;
  hidden: boolean;
  fontTable: boolean;
  uc: number;
  font: number;
}

interface Reader {
  out: string[];
  instr: string[];
  bytes: number[];
  group: Group;
  stack: Group[];
  /** Font number → `\fcharset` value, from the font table. */
  charsets: Map<number, number>;
  codepage: number;
  /** Fallback characters still to drop after a `\uN`. */
  fallback: number;
  /** A `\*` was just read: the next control word names an optional destination. */
  starred: boolean;
  defining: number;
}

const isLetter = (b: number) => (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a);
const isDigit = (b: number) => b >= 0x30 && b <= 0x39;

/** The text of an RTF document (tidyText() finishes it) and the URLs of its HYPERLINK fields. */
export function readRtf(bytes: Uint8Array): Extracted {
  const r: Reader = {
    out: [],
    instr: [],
    bytes: [],
    group: { skip: false, instr: false, hidden: false, fontTable: false, uc: 1, font: -1 },
    stack: [],
    charsets: new Map(),
    codepage: 1252,
    fallback: 0,
    starred: false,
    defining: -1,
  };
  for (let at = 0; at < bytes.length;) {
    const b = bytes[at++];
    if (b === 0x7b || b === 0x7d) {
      flush(r);
      r.fallback = 0;
      if (b === 0x7b) r.stack.push({ ...r.group });
      else r.group = r.stack.pop() ?? r.group;
    } else if (b === 0x5c) at = control(r, bytes, at);
    else if (b !== 0x0a && b !== 0x0d) text(r, b);
  }
  flush(r);
  const urls = [...r.instr.join('').matchAll(/HYPERLINK\s+"([^"]+)"/g)].map((m) => m[1]);
  return { text: r.out.join(''), urls };
}

/** Reads the control word or symbol after a backslash at `at`; returns where reading goes on. */
function control(r: Reader, bytes: Uint8Array, at: number): number {
  const c = bytes[at];
  if (c === undefined) return at;
  if (!isLetter(c)) {
    if (c === 0x27) {
      text(r, parseInt(String.fromCharCode(bytes[at + 1], bytes[at + 2]), 16) || 0x3f);
      return at + 3;
    }
    const symbol = String.fromCharCode(c);
    if (symbol === '*') r.starred = true;
    else if (symbol in SYMBOLS) emit(r, SYMBOLS[symbol]);
    else text(r, c); // \\ \{ \}
    return at + 1;
  }
  let end = at;
  while (end < bytes.length && isLetter(bytes[end])) end++;
  const word = String.fromCharCode(...bytes.subarray(at, end));
  let digits = end + (bytes[end] === 0x2d ? 1 : 0);
  while (digits < bytes.length && isDigit(bytes[digits])) digits++;
  const param = digits > end ? Number(String.fromCharCode(...bytes.subarray(end, digits))) : NaN;
  const next = digits + (bytes[digits] === 0x20 ? 1 : 0);
  // \binN: N raw bytes follow, never text.
  if (word === 'bin') return digits + (Number.isFinite(param) ? Math.max(0, param) : 0);
  flush(r);
  controlWord(r, word, param);
  return next;
}

/** Optional (`\*`) destinations whose text is shown: a shape's text box, a field's code. */
const STARRED_TEXT = new Set(['shpinst', 'fldinst']);

/** Applies one control word to the reader's state or output. */
function controlWord(r: Reader, word: string, param: number): void {
  const g = r.group;
  if (r.starred) {
    r.starred = false;
    if (!STARRED_TEXT.has(word)) g.skip = true;
  }
  if (g.fontTable) {
    if (word === 'f') r.defining = param;
    else if (word === 'fcharset') r.charsets.set(r.defining, param);
    return;
  }
  if (word === 'fonttbl') Object.assign(g, { fontTable: true, skip: true });
  else if (word === 'fldinst') g.instr = true;
  else if (SKIPPED.has(word)) g.skip = true;
  else if (word === 'ansicpg' && param > 0) r.codepage = param;
  else if (word === 'f') g.font = param;
  else if (word === 'uc' && param >= 0) g.uc = param;
  else if (word === 'v') g.hidden = param !== 0;
  else if (word === 'u' && Number.isFinite(param)) {
    emit(r, String.fromCharCode(param < 0 ? param + 0x10000 : param));
    r.fallback = g.uc;
  } else if (word in TEXT) emit(r, TEXT[word]);
  else if (r.fallback > 0) r.fallback--;
}

/** One byte of text (a literal or `\'hh`), decoded later with its neighbours. */
function text(r: Reader, byte: number): void {
  if (r.fallback > 0) r.fallback--;
  else r.bytes.push(byte);
}

function emit(r: Reader, s: string): void {
  if (r.group.instr) r.instr.push(s);
  else if (!r.group.skip && !r.group.hidden) r.out.push(s);
}

/** Decodes the pending bytes in the code page of the current font (double-byte code pages need
 * the bytes of one character together). */
function flush(r: Reader): void {
  if (!r.bytes.length) return;
  const charset = r.charsets.get(r.group.font) ?? 0;
  const decoder = decoderFor(charsetCodepage(charset, r.codepage));
  emit(r, decoder.decode(Uint8Array.from(r.bytes)));
  r.bytes = [];
}
