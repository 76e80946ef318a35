// The verdict on a file claimed as .docx. The kind follows the package's own declarations (OPC,
// ISO 29500-2), not its entry names: the officeDocument relationship in `_rels/.rels` names the
// main part, and `[Content_Types].xml` gives that part's type. Only a WordprocessingML main
// document passes; macro-enabled documents, templates, spreadsheets and presentations are named.
import type { ByteSource } from './byte-source.js';
import { isEncryptedPackage } from './doc-check.js';
import { childrenOf, openCompound } from './ole2.js';
import { OLE2, ZIP } from './signatures.js';
import { startsWith } from './sniff-bytes.js';
import { accepted, refused, type ContentVerdict } from './verdict.js';
import { findZipEntry, listZip, readZipEntry, type ZipEntry } from './zip.js';

/** The relationship and package parts are small; a bigger one is not read. */
const PART_LIMIT = 1024 * 1024;
/** The relationship type, transitional (…/officeDocument/2006/relationships/officeDocument) or
 * strict (http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument). */
const OFFICE_DOCUMENT = /\/officeDocument\/(2006\/)?relationships\/officeDocument$/;
const TYPES: ReadonlyArray<readonly [RegExp, string | null]> = [
  [
    /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\.main\+xml$/i,
    null,
  ],
  [/^application\/vnd\.ms-word\.document\.macroEnabled\.main\+xml$/i, 'DOCM'],
  [
    /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.template\.main\+xml$/i,
    'DOTX',
  ],
  [/^application\/vnd\.ms-word\.template\.macroEnabledTemplate\.main\+xml$/i, 'DOTM'],
  [/spreadsheetml|ms-excel/i, 'XLSX'],
  [/presentationml|ms-powerpoint/i, 'PPTX'],
];

/** The verdict on a file claimed as .docx, from its first bytes `head` and its directory. */
export async function docxVerdict(source: ByteSource, head: Uint8Array): Promise<ContentVerdict> {
  if (startsWith(head, OLE2)) {
    // Word saves a password-protected .docx as a compound file holding the encrypted package.
    const file = await openCompound(source, head);
    return file && isEncryptedPackage(childrenOf(file)) ? refused('protected') : refused('content');
  }
  const entries = await listZip(source);
  if (entries === null) return refused(startsWith(head, ZIP) ? 'damaged' : 'content');
  if (entries === 'damaged') return refused('damaged');
  const part = async (name: string): Promise<string | null | undefined> => {
    const entry = findZipEntry(entries, name);
    const bytes = entry && (await readZipEntry(source, entry, PART_LIMIT));
    return entry ? bytes && xmlText(bytes) : undefined;
  };
  const rels = await part('_rels/.rels');
  const types = await part('[Content_Types].xml');
  if (rels === undefined || types === undefined) return refused('content');
  if (rels === null || types === null) return refused('damaged');
  const main = mainPartName(rels);
  if (!main) return refused('content');
  const type = contentTypeOf(types, main);
  const known = TYPES.find(([re]) => re.test(type));
  if (!known) return refused('content');
  if (known[1]) return refused('content', known[1]);
  if (!findZipEntry(entries, main.slice(1)) && !findZipEntry(entries, encodeURI(main.slice(1)))) {
    return refused('damaged');
  }
  return accepted(hasOleObjects(entries, main) && 'embedded');
}

/** XML bytes as text: UTF-8, or UTF-16 when they start with its byte-order mark. */
function xmlText(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff || bytes[0] === 0xfe;
  return new TextDecoder(utf16 ? (bytes[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8').decode(
    bytes,
  );
}

/** The `name="value"` attributes of every `<tag …>` element in `xml`, entities decoded. */
function elements(xml: string, tag: string): Record<string, string>[] {
  const decode = (v: string) =>
    v.replace(
      /&(lt|gt|quot|apos|amp);/g,
      (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '',
    );
  return [...xml.matchAll(new RegExp(`<(?:\\w+:)?${tag}\\b([^>]*)>`, 'g'))].map(([, attrs]) =>
    Object.fromEntries(
      [...attrs.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map(([, key, a, b]) => [
        key,
        decode(a ?? b ?? ''),
      ]),
    ),
  );
}

/** The absolute part name ("/word/document.xml") the officeDocument relationship targets. */
function mainPartName(rels: string): string | null {
  const rel = elements(rels, 'Relationship').find(
    (r) => OFFICE_DOCUMENT.test(r.Type ?? '') && r.TargetMode !== 'External',
  );
  if (!rel?.Target) return null;
  try {
    const path = new URL(rel.Target, 'http://package/').pathname;
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/** The content type `[Content_Types].xml` gives `part`: its Override, else its extension's
 * Default. Part names and extensions compare case-insensitively. */
function contentTypeOf(types: string, part: string): string {
  const name = part.toLowerCase();
  const override = elements(types, 'Override').find((o) => o.PartName?.toLowerCase() === name);
  if (override) return override.ContentType ?? '';
  const extension = name.slice(name.lastIndexOf('.') + 1);
  const fallback = elements(types, 'Default').find((d) => d.Extension?.toLowerCase() === extension);
  return fallback?.ContentType ?? '';
}

/** True when the main part's folder has OLE objects (`embeddings/*.bin`): packages that can
 * carry any file, programs included. */
function hasOleObjects(entries: readonly ZipEntry[], main: string): boolean {
  const folder = `${main.slice(1, main.lastIndexOf('/') + 1)}embeddings/`.toLowerCase();
  return entries.some((e) => {
    const name = e.name.toLowerCase();
    return name.startsWith(folder) && name.endsWith('.bin');
  });
}
