// DOCX: the package relationships (`_rels/.rels`) name the main document part, whatever its
// path; that part's own relationships name its headers, footers and hyperlink targets. Text
// order: headers (contact details often sit there), body, footers; a header repeated for the
// first page or for even pages is read once.
import type { ByteSource } from '../core/byte-source.js';
import type { Extracted } from './extracted.js';
import { attribute, wordText } from './wordml.js';
import { findZipEntry, listZip, readZipEntry, type ZipEntry } from '../core/zip.js';

/** The most one part may inflate to: a long resume's document.xml is well under 1 MB. */
const MAX_PART = 16 * 1024 * 1024;
const OFFICE_DOCUMENT = /\/officeDocument$/;

interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

/** Reads a DOCX's text and the URLs of its hyperlinks. */
export async function readDocx(source: ByteSource): Promise<Extracted> {
  const entries = await listZip(source);
  if (!Array.isArray(entries)) throw new Error('not a readable ZIP package');
  const part = (path: string) => readPart(source, findZipEntry(entries, path));
  const root = relationships(await part('_rels/.rels'), '');
  const main = [...root.values()].find((r) => OFFICE_DOCUMENT.test(r.type) && !r.external);
  const mainPath = main?.target ?? 'word/document.xml';
  const urls: string[] = [];
  /** A part's text; its hyperlinks' targets go to `urls`. */
  const read = async (path: string) => {
    const xml = await part(path);
    if (xml === null) return null;
    // A workbook or a presentation has a main part too: only WordprocessingML is read.
    if (!/wordprocessingml\/2006\/main|purl\.oclc\.org\/ooxml\/wordprocessingml\/main/.test(xml))
      throw new Error('not a WordprocessingML part');
    const got = wordText(xml);
    const rels = relationships(await part(relsPath(path)), folderOf(path));
    urls.push(...got.links.map((id) => rels.get(id)?.target ?? ''), ...got.urls);
    return { text: got.text, rels };
  };
  const body = await read(mainPath);
  if (!body) throw new Error('no main document part');
  const around = async (kind: string) => {
    const texts = new Set<string>();
    for (const r of body.rels.values()) {
      if (!r.type.endsWith(`/${kind}`) || r.external) continue;
      const t = (await read(r.target))?.text.trim();
      if (t) texts.add(t);
    }
    return [...texts].join('\n');
  };
  const text = [await around('header'), body.text, await around('footer')].join('\n');
  return { text, urls: urls.filter(Boolean) };
}

/** A part's text (UTF-8, or UTF-16 with its BOM), or null when the package has no such part. */
async function readPart(source: ByteSource, entry: ZipEntry | undefined): Promise<string | null> {
  if (!entry) return null;
  const bytes = await readZipEntry(source, entry, MAX_PART);
  if (!bytes) throw new Error(`unreadable ZIP entry ${entry.name}`);
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  return new TextDecoder(utf16 ? 'utf-16le' : 'utf-8').decode(bytes);
}

/** The relationships of a `.rels` part by id, internal targets resolved against `base`. */
function relationships(xml: string | null, base: string): Map<string, Relationship> {
  const map = new Map<string, Relationship>();
  for (const [, attrs] of (xml ?? '').matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const id = attribute(attrs, 'Id');
    const target = attribute(attrs, 'Target');
    if (!id || target === undefined) continue;
    const external = attribute(attrs, 'TargetMode') === 'External';
    const type = attribute(attrs, 'Type') ?? '';
    map.set(id, { type, external, target: external ? target : resolve(base, target) });
  }
  return map;
}

/** `word/document.xml` → `word/_rels/document.xml.rels`. */
function relsPath(path: string): string {
  return `${folderOf(path)}_rels/${path.slice(path.lastIndexOf('/') + 1)}.rels`;
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/** A part name from a relationship target: absolute ("/word/x.xml") or relative to `base`. */
function resolve(base: string, target: string): string {
  const parts: string[] = [];
  const path = target.startsWith('/') ? target : base + target;
  for (const seg of path.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg && seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}
