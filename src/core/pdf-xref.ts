// Cross-reference sections of a PDF, checked without parsing objects: a classic table's
// subsections and trailer, the catalog and page tree where its entries say, and an xref
// stream's dictionary (its entries are compressed, so where objects sit is left to readers).
import type { ByteSource } from './byte-source.js';

const MAX_SECTIONS = 16;
const MAX_SUBSECTIONS = 4096;

interface Subsection {
  first: number;
  count: number;
  at: number;
}

/** Latin-1 text of bytes, one character per byte, for matching PDF's ASCII keywords. */
export const latinText = (bytes: Uint8Array): string => new TextDecoder('latin1').decode(bytes);

export const sectionStart = async (source: ByteSource, start: number, at: number) =>
  latinText(await source.read(start + at, start + at + 2048));

/** An xref stream's dictionary: its type, field widths, and a standard filter. Its entries are
 * compressed, so where the catalog sits is left to the reader. */
export function soundStreamDictionary(chunk: string): boolean {
  const dict = chunk.slice(0, chunk.indexOf('stream') >>> 0);
  const widths = /\/W\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(dict);
  const filter = /\/Filter\s*\[?\s*\/(\w+)/.exec(dict);
  return (
    /\/Type\s*\/XRef\b/.test(dict) &&
    widths !== null &&
    widths.slice(1).every((w) => Number(w) <= 8) &&
    (filter === null || filter[1] === 'FlateDecode')
  );
}

/** A classic table: well-formed subsections, and the catalog and its page tree where the
 * tables (this one and earlier ones, through /Prev) say. Where a section is an xref stream
 * (hybrid files), its dictionary is checked and an object it may hold is taken on trust. */
export async function soundTable(source: ByteSource, start: number, at: number): Promise<boolean> {
  const subsections: Subsection[] = [];
  let trailer = '';
  let streams = false;
  for (let next: number | null = at, n = 0; next !== null && n < MAX_SECTIONS; n++) {
    const chunk = await sectionStart(source, start, next);
    if (!chunk.startsWith('xref')) {
      if (!soundStreamDictionary(chunk)) return false;
      streams = true;
      break;
    }
    const section = await readTable(source, start, next);
    if (!section) return false;
    subsections.push(...section.subsections);
    trailer ||= section.trailer;
    const hybrid = /\/XRefStm\s+(\d+)/.exec(section.trailer);
    if (hybrid && !soundStreamDictionary(await sectionStart(source, start, Number(hybrid[1])))) {
      return false;
    }
    streams ||= hybrid !== null;
    const prev = /\/Prev\s+(\d+)/.exec(section.trailer);
    next = prev ? Number(prev[1]) : null;
  }
  const root = /\/Root\s+(\d+)\s+\d+\s+R/.exec(trailer);
  if (!root) return false;
  const catalog = await objectAt(source, start, subsections, Number(root[1]));
  if (catalog === undefined) return streams;
  const pages = catalog && /\/Pages\s+(\d+)\s+\d+\s+R/.exec(catalog);
  if (!pages) return false;
  const tree = await objectAt(source, start, subsections, Number(pages[1]));
  return tree === undefined ? streams : tree !== null;
}

/** One classic cross-reference section at `at`: its subsections and its trailer dictionary. */
async function readTable(source: ByteSource, start: number, at: number) {
  const subsections: Subsection[] = [];
  let pos = at + 4;
  while (subsections.length < MAX_SUBSECTIONS) {
    const line = latinText(await source.read(start + pos, start + pos + 64));
    if (/^\s*trailer/.test(line)) {
      const trailer = latinText(await source.read(start + pos, start + pos + 4096));
      return { subsections, trailer: trailer.slice(0, trailer.indexOf('>>') >>> 0) };
    }
    const header = /^\s*(\d{1,10}) (\d{1,10})[ \t]*(\r\n|\r|\n)/.exec(line);
    if (!header || Number(header[1]) + Number(header[2]) > 2 ** 31) return null;
    const sub = { first: Number(header[1]), count: Number(header[2]), at: pos + header[0].length };
    subsections.push(sub);
    pos = sub.at + sub.count * 20;
  }
  return null;
}

/** The start of object `num` (4 KiB of it, or 64 KiB for a long one) where the table says it is, when its entry is
 * well formed and in use and the object header there names it; null when not; undefined when
 * no classic subsection lists it. */
async function objectAt(
  source: ByteSource,
  start: number,
  subsections: readonly Subsection[],
  num: number,
): Promise<string | null | undefined> {
  const sub = subsections.find((s) => num >= s.first && num < s.first + s.count);
  if (!sub) return undefined;
  const entryAt = start + sub.at + (num - sub.first) * 20;
  const entry = /^(\d{10}) (\d{5}) n(?: \r| \n|\r\n)$/.exec(
    latinText(await source.read(entryAt, entryAt + 20)),
  );
  if (!entry) return null;
  const offset = start + Number(entry[1]);
  let text = latinText(await source.read(offset, offset + 4096));
  // A catalog can carry a signature blob of a few KiB before /Pages.
  if (!text.includes('endobj')) text = latinText(await source.read(offset, offset + 65536));
  const header = /^\s*(\d+)\s+\d+\s+obj\b/.exec(text);
  return header && Number(header[1]) === num ? text : null;
}
