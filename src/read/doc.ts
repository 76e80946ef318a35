// Word 97–2003 (.doc): the text lives in the WordDocument stream as pieces, listed by the piece
// table in the CLX that the FIB points to (in the 0Table or 1Table stream). Each piece is
// Windows-1252 ("compressed") or UTF-16LE. Stories follow each other: body, footnotes,
// headers, …; headers and text boxes are read before the body. Field instructions are
// dropped, keeping their results (and a HYPERLINK's URL).
import type { ByteSource } from '../core/byte-source.js';
import { childrenOf, findEntry, openCompound, readStream, STREAM } from '../core/ole2.js';
import { u16, u32 } from '../core/sniff-bytes.js';
import { cp1252 } from './codepage.js';
import { ReadProblem, type Extracted } from './extracted.js';

const WORD_97 = 0x00c1;
const MAX_CHARS = 4_000_000;
const utf16 = new TextDecoder('utf-16le');

/** Reads a .doc file's text. */
export async function readDoc(source: ByteSource): Promise<Extracted> {
  const file = await openCompound(source, await source.read(0, 512));
  if (!file) throw new Error('not a compound file');
  const top = childrenOf(file);
  /** A stream at the root, whole, or null when there is none or it cannot be read. */
  const stream = async (name: string) => {
    const entry = findEntry(top, name);
    return entry?.type === STREAM ? readStream(file, entry, 0, entry.size) : null;
  };
  const word = await stream('WordDocument');
  if (!word) throw new Error('no Word document stream');
  // Word 6 and 95 (0xA5DC, or an older nFib) keep their text differently: not read here.
  const ident = u16(word, 0);
  if (ident === 0xa5dc || (ident === 0xa5ec && u16(word, 2) < WORD_97))
    throw new ReadProblem('old-word');
  if (ident !== 0xa5ec) throw new Error('no Word document stream');
  const flags = u16(word, 0x0a);
  if (flags & 0x0100) throw new ReadProblem('encrypted');
  const table = await stream(flags & 0x0200 ? '1Table' : '0Table');
  const csw = u16(word, 32);
  const lw = 34 + csw * 2 + 2;
  const fcLcb = lw + u16(word, lw - 2) * 4 + 2;
  const fcClx = u32(word, fcLcb + 33 * 8);
  const lcbClx = u32(word, fcLcb + 33 * 8 + 4);
  if (!table || fcClx + lcbClx > table.length) throw new Error('no piece table');
  const all = pieces(word, table.subarray(fcClx, fcClx + lcbClx));
  // ccpText, ccpFtn, ccpHdd, ccpMcr, ccpAtn, ccpEdn, ccpTxbx: the stories' lengths, in order.
  const lengths = [3, 4, 5, 6, 7, 8, 9].map((i) => u32(word, lw + i * 4));
  const starts = lengths.map((_, i) => lengths.slice(0, i).reduce((a, b) => a + b, 0));
  const story = (i: number) => all.slice(starts[i], starts[i] + lengths[i]);
  const urls: string[] = [];
  // Headers and text boxes first: contact details often sit there, above the body.
  const text = [story(2), story(6), story(0)].map((s) => fields(s, urls)).join('\n');
  return { text, urls };
}

/** The document's characters, piece after piece, from the piece table inside `clx`. */
function pieces(word: Uint8Array, clx: Uint8Array): string {
  let at = 0;
  while (clx[at] === 0x01) at += 3 + u16(clx, at + 1); // Prc: formatting, skipped
  if (clx[at] !== 0x02) throw new Error('no piece table');
  const lcb = u32(clx, at + 1);
  const plc = clx.subarray(at + 5, at + 5 + lcb);
  const n = Math.floor((plc.length - 4) / 12);
  const out: string[] = [];
  let total = 0;
  for (let i = 0; i < n && total < MAX_CHARS; i++) {
    const length = Math.min(u32(plc, (i + 1) * 4) - u32(plc, i * 4), MAX_CHARS - total);
    if (!(length > 0)) continue;
    const fc = u32(plc, (n + 1) * 4 + i * 8 + 2);
    const offset = fc & 0x3fffffff;
    const compressed = (fc & 0x40000000) !== 0;
    const from = compressed ? offset / 2 : offset;
    const run = word.subarray(from, from + (compressed ? length : length * 2));
    out.push((compressed ? cp1252 : utf16).decode(run));
    total += length;
  }
  return out.join('');
}

const CONTROLS: Record<string, string> = {
  '\r': '\n',
  '\x0b': '\n',
  '\x0c': '\n',
  '\x0e': '\n',
  '\x07': '\t',
  '\x1e': '-',
};

/** Word's special characters: fields keep their result (0x13 instruction 0x14 result 0x15),
 * a cell end (0x07) is a tab and a row end (a second 0x07) a new line. */
function fields(text: string, urls: string[]): string {
  const out: string[] = [];
  // One entry per open field: true while in its instruction.
  const open: boolean[] = [];
  let instruction = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\x13') open.push(true);
    else if (c === '\x14' || c === '\x15') {
      if (open.at(-1)) {
        const url = /HYPERLINK\s+"([^"]+)"/.exec(instruction)?.[1];
        if (url) urls.push(url);
        instruction = '';
      }
      if (c === '\x14' && open.length) open[open.length - 1] = false;
      else open.pop();
    } else if (open.includes(true)) instruction += c;
    else if (c === '\x07' && text[i - 1] === '\x07') out.push('\n');
    else out.push(CONTROLS[c] ?? (c < ' ' ? '' : c));
  }
  return out.join('');
}
