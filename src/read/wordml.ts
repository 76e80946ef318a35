// The visible text of a WordprocessingML part (document, header, footer): `w:t` runs in
// document order, a tab between table cells and a line per paragraph and table row. Deleted
// text of tracked changes, field codes, hidden runs and the VML fallback copy of a text box
// (`mc:Fallback`, which repeats its `mc:Choice`) are left out.

/** Text of a part, the relationship ids of its hyperlinks and the URLs of HYPERLINK fields. */
export interface PartText {
  text: string;
  links: string[];
  urls: string[];
}

const TAG = /<(\/?)([\w.-]+:)?([\w.-]+)([^>]*?)(\/?)>|([^<]+)/g;
const BREAKS: Record<string, string> = { tab: '\t', br: '\n', cr: '\n', noBreakHyphen: '-' };
const ENDS: Record<string, string> = { p: '\n', tc: '\t', tr: '\n' };
const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
export function xmlText(s: string): string {
  return s.replace(ENTITY, (all, hex?: string, dec?: string, name?: string) => {
    const code = hex ? parseInt(hex, 16) : dec ? Number(dec) : NaN;
    if (name) return NAMED[name] ?? all;
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** The value of attribute `name` (any prefix) in a tag's attribute text. */
export function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? xmlText(m[2] ?? m[3]) : undefined;
}

/** Reads the text and hyperlinks of one WordprocessingML part. */
export function wordText(xml: string): PartText {
  const out: string[] = [];
  const part: PartText = { text: '', links: [], urls: [] };
  // Run state: inside w:r, inside its w:t or w:instrText, hidden by w:vanish; in mc:Fallback.
  let run = false;
  let into: 't' | 'instrText' | '' = '';
  let hidden = false;
  let fallback = 0;
  for (const [, close, , name, attrs, selfClose, chars] of xml.matchAll(TAG)) {
    if (chars !== undefined) {
      if (into === 't' && !hidden && !fallback) out.push(xmlText(chars));
      else if (into === 'instrText') fieldUrl(xmlText(chars), part.urls);
      continue;
    }
    if (name === 'Fallback') fallback += close ? -1 : selfClose ? 0 : 1;
    if (fallback) continue;
    if (name === 'r') [run, hidden, into] = [!close && !selfClose, false, ''];
    else if (name === 't' || name === 'instrText') into = close || selfClose ? '' : name;
    else if (close) out.push(ENDS[name] ?? '');
    else if (!run) {
      const id = name === 'hyperlink' ? attribute(attrs, 'id') : undefined;
      if (id) part.links.push(id);
    } else if (name === 'vanish') hidden = !/val\s*=\s*["'](0|false|off)["']/.test(attrs);
    else if (BREAKS[name] && !hidden) out.push(BREAKS[name]);
  }
  part.text = out.join('');
  return part;
}

/** The URL of a `HYPERLINK "…"` field instruction, if `instr` is one. */
function fieldUrl(instr: string, urls: string[]): void {
  const m = /HYPERLINK\s+"([^"]+)"/.exec(instr);
  if (m) urls.push(m[1]);
}
