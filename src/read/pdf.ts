// PDF through pdf.js (the field's reference reader), loaded with src/pdfjs/load.ts: no eval, no
// worker URL, nothing fetched. Text items are joined in content order, one line per baseline; a
// wide gap on a line (a table cell, a second column) becomes a tab. Link annotations give the
// targets of hyperlinks. A PDF with pages but no text has no text layer: a scan.
import { loadPdfjs, PDFJS_OPTIONS } from '../pdfjs/load.js';
import { ReadProblem, type Extracted } from './extracted.js';

/** Resumes are short: pages past this are not read. */
const MAX_PAGES = 30;
/** Fewer visible characters than this per page (a page number, say) means no text layer. */
const MIN_CHARS_PER_PAGE = 5;

interface Item {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
  dir?: string;
}

/** Reads a PDF's text and the URLs of its link annotations. */
export async function readPdf(bytes: Uint8Array): Promise<Extracted> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({ ...PDFJS_OPTIONS, data: bytes });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    if ((error as Error)?.name === 'PasswordException') throw new ReadProblem('encrypted');
    throw error;
  }
  try {
    const pages: string[] = [];
    const urls: string[] = [];
    const count = Math.min(doc.numPages, MAX_PAGES);
    for (let n = 1; n <= count; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(content.items.filter((i) => 'str' in i)));
      const annotations = (await page.getAnnotations({ intent: 'display' })) as Array<{
        subtype?: string;
        url?: unknown;
      }>;
      for (const { subtype, url } of annotations) {
        if (subtype === 'Link' && typeof url === 'string') urls.push(url);
      }
      page.cleanup();
    }
    const text = pages.join('\n');
    const visible = text.replace(/\s/g, '').length;
    const warnings = visible < MIN_CHARS_PER_PAGE * count ? ['no-text'] : [];
    return { text: visible < MIN_CHARS_PER_PAGE * count ? '' : text, urls, warnings };
  } finally {
    await doc.destroy();
  }
}

/** One page's text from its items: lines by baseline, tabs for wide gaps. Items that are only
 * spaces are left out: the gap they stand for is measured instead. */
export function pageText(items: readonly Item[]): string {
  const out: string[] = [];
  let last: Item | undefined;
  for (const item of items) {
    const str = item.dir === 'rtl' ? mendLamAlef(item.str) : item.str;
    if (str.trim()) {
      if (last) out.push(separator(last, item));
      out.push(str);
      last = item;
    }
    if (item.hasEOL && last) {
      out.push('\n');
      last = undefined;
    }
  }
  return mendBreaks(out.join(''));
}

/**
 * pdf.js reverses a right-to-left run character by character, which turns the two characters
 * of a lam-alef ligature around ("ليلى" comes out "ليىل", "الأردن" as "األردن"). The reversed
 * pairs that valid Arabic never has are put back: alef maksura before lam, and an alef, then
 * another alef form, then lam.
 */
export function mendLamAlef(s: string): string {
  return s
    .replace(/\u0649\u0644/g, '\u0644\u0649')
    .replace(/\u0627([\u0622\u0623\u0625\u0627])\u0644/g, '\u0627\u0644$1');
}

/** Joins an email address or URL that a narrow column broke over two lines
 * ("ada@example.c" + "om", "linkedin.com/in/" + "ada"). */
export function mendBreaks(text: string): string {
  return text.replace(/(\S+)\n(?=\S)/g, (whole, token: string) => {
    const at = token.lastIndexOf('@');
    if (at >= 0) {
      const domain = token.slice(at + 1);
      return /\.[a-z]{2,}$/i.test(domain) ? whole : token;
    }
    // Not after a full stop: that usually ends a sentence.
    return /[\w.-]\.[a-z]{2,}\/|^https?:\/\//i.test(token) && /[/\-_]$/.test(token) ? token : whole;
  });
}

/** What goes between two items: a line break when the baseline moves, a tab across a wide gap,
 * a space across a small one, nothing when they touch. */
function separator(a: Item, b: Item): string {
  const size = Math.max(Math.abs(a.transform[3]), Math.abs(b.transform[3]), a.height, 1);
  if (Math.abs(a.transform[5] - b.transform[5]) > size * 0.6) return '\n';
  // The gap between the facing edges: a right-to-left line (and the groups of a number inside
  // it) advances leftwards.
  const [ax, bx] = [a.transform[4], b.transform[4]];
  const gap = bx + b.width <= ax + size * 0.2 ? ax - (bx + b.width) : bx - (ax + a.width);
  if (gap > size * 2 || gap < -size) return '\t';
  if (gap > size * 0.15 && !/\s$/.test(a.str) && !/^\s/.test(b.str)) return ' ';
  return '';
}
