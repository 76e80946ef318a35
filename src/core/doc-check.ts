// The verdict on a file claimed as .doc. A Word 97-2003 file is a compound file with a
// WordDocument stream that opens with a File Information Block (MS-DOC 2.5): its flags say
// whether it is encrypted and which table stream holds the piece table that maps the text.
// Word also opens Word 2003 XML, web pages and RTF saved under .doc: those pass with a warning.
import type { ByteSource } from './byte-source.js';
import {
  childrenOf,
  findEntry,
  openCompound,
  readStream,
  STREAM,
  type CfbEntry,
  type Compound,
} from './ole2.js';
import { isRtfHead, OLE2 } from './signatures.js';
import { startsWith, u16, u32 } from './sniff-bytes.js';
import { accepted, refused, type ContentVerdict } from './verdict.js';

const WORD_97 = 0xa5ec;
/** Word 6.0/95 (and a variant some of its versions wrote). */
const WORD_95 = [0xa5dc, 0xa699];
const ENCRYPTED = 0x0100;
const TABLE_1 = 0x0200;
/** FibRgFcLcb97 (93 fc/lcb pairs) starts at 0x9A; these pairs locate what a reader needs to show
 * the text: the style sheet, section table, character and paragraph runs, fonts, the document
 * properties and the piece table (Clx, pair 33). */
const FC_LCB = 0x9a;
const PAIRS_97 = 93;
const NEEDED_PAIRS = [1, 6, 12, 13, 15, 31, 33];
const CLX = 33;

/** The verdict on a file claimed as .doc, from its first bytes `head` and the rest on demand. */
export async function docVerdict(source: ByteSource, head: Uint8Array): Promise<ContentVerdict> {
  if (startsWith(head, OLE2)) return compoundVerdict(source, head);
  return isWordOpenable(head) ? accepted('format') : refused('content');
}

/** True for what Word opens under a .doc name although it is not binary Word: Word 2003 XML,
 * a Word web page or web archive (MHT), and RTF. */
function isWordOpenable(head: Uint8Array): boolean {
  if (isRtfHead(head)) return true;
  const text = new TextDecoder().decode(head.subarray(0, 4096));
  const word2003 = /<\?mso-application\s+progid="Word\.Document"|<w:wordDocument[\s>]/;
  const webArchive =
    /^MIME-Version:[^\n]*\r?\n(?:[^\n]*\r?\n)*?Content-Type:\s*multipart\/related/i;
  const wordHtml = /<html[^>]*urn:schemas-microsoft-com:office:word/i;
  return word2003.test(text) || webArchive.test(text.trimStart()) || wordHtml.test(text);
}

/** True when a compound file's root holds an encrypted OOXML package (MS-OFFCRYPTO 2.3.4). */
export function isEncryptedPackage(root: readonly CfbEntry[]): boolean {
  return !!findEntry(root, 'EncryptionInfo') && !!findEntry(root, 'EncryptedPackage');
}

async function compoundVerdict(source: ByteSource, head: Uint8Array): Promise<ContentVerdict> {
  const file = await openCompound(source, head);
  if (!file) return refused('damaged');
  const root = childrenOf(file);
  const word = findEntry(root, 'WordDocument');
  if (isEncryptedPackage(root) || findEntry(root, '\tDRMContent')) return refused('protected');
  if (word?.type !== STREAM) return refused('content');
  if (!(await streamsIntact(file, root))) return refused('damaged');
  const fib = await readStream(file, word, 0, FC_LCB + PAIRS_97 * 8);
  const ident = fib ? u16(fib, 0) : 0;
  if (!fib || (ident !== WORD_97 && !WORD_95.includes(ident))) return refused('damaged');
  if (u16(fib, 0x0a) & ENCRYPTED) return refused('protected');
  if (ident === WORD_97 && !(await pieceTableReadable(file, root, fib))) return refused('damaged');
  const macros = findEntry(root, 'Macros') && 'macros';
  const embedded = file.entries.some((e) => e.type === STREAM && e.name === '\x01Ole10Native');
  return accepted(macros, WORD_95.includes(ident) && 'legacy', embedded && 'embedded');
}

/** Every stream at the root fits in the file and its sector chain reaches its last byte. */
async function streamsIntact(file: Compound, root: readonly CfbEntry[]): Promise<boolean> {
  for (const entry of root) {
    if (entry.type !== STREAM || entry.size === 0) continue;
    if (entry.size > file.source.size) return false;
    if (!(await readStream(file, entry, entry.size - 1, 1))) return false;
  }
  return true;
}

/** A Word 97+ FIB of the documented shape whose needed structures lie inside the table stream,
 * with a piece table (Clx) that starts as one does. */
async function pieceTableReadable(
  file: Compound,
  root: readonly CfbEntry[],
  fib: Uint8Array,
): Promise<boolean> {
  // csw and cslw count the 16- and 32-bit fields before the fc/lcb pairs: always 14 and 22.
  if (fib.length < FC_LCB + PAIRS_97 * 8 || u16(fib, 0x20) !== 14 || u16(fib, 0x3e) !== 22) {
    return false;
  }
  if (u16(fib, 0x98) < PAIRS_97) return false;
  const table = findEntry(root, u16(fib, 0x0a) & TABLE_1 ? '1Table' : '0Table');
  if (table?.type !== STREAM) return false;
  const pair = (i: number) => [u32(fib, FC_LCB + i * 8), u32(fib, FC_LCB + i * 8 + 4)];
  if (NEEDED_PAIRS.some((i) => pair(i)[1] > 0 && pair(i)[0] + pair(i)[1] > table.size))
    return false;
  const [fcClx, lcbClx] = pair(CLX);
  const clx = lcbClx > 0 ? await readStream(file, table, fcClx, 1) : null;
  // A Clx is optional property runs (0x01) then the piece table (0x02).
  return clx !== null && (clx[0] === 1 || clx[0] === 2);
}
