// Email addresses and web addresses in resume text and in the document's hyperlinks. A bare
// domain ("ada.dev") counts only in the contact lines at the top or after a label, so a
// framework ("Node.js") or an employer's domain in the work history does not become a link.

const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;
const SCHEME_URL = /\bhttps?:\/\/[^\s<>"'`]+/gi;
const WWW_URL = /(?<![\w./@-])www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s<>"'`]*)?/gi;
const PROFILE_HOSTS =
  'linkedin\\.com|github\\.com|gitlab\\.com|bitbucket\\.org|behance\\.net|dribbble\\.com|stackoverflow\\.com|medium\\.com|kaggle\\.com|twitter\\.com|x\\.com|instagram\\.com|youtube\\.com|orcid\\.org|scholar\\.google\\.com|huggingface\\.co|codepen\\.io|xing\\.com';
const PROFILE_URL = new RegExp(
  `(?<![\\w./@-])(?:[a-z]{2,3}\\.)?(?:${PROFILE_HOSTS})/[^\\s<>"'\`]+`,
  'gi',
);
// Lower-case top-level domains only: "ASP.NET" is a framework. Country domains that are also
// file extensions (.py, .md, .rs, .sh, .js is none) are left out.
const BARE_DOMAIN =
  /(?<![\w./@-])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|io|dev|me|co|app|ai|page|site|tech|design|blog|info|xyz|online|studio|work|eu|uk|ie|de|at|ch|fr|be|lu|es|pt|it|nl|se|no|dk|fi|is|pl|cz|sk|hu|ro|gr|tr|ru|ua|il|ae|sa|eg|ma|za|ng|ke|in|cn|jp|kr|sg|hk|tw|vn|au|nz|ca|us|mx|br|ar|cl|pe)(?:\/[^\s<>"'`]*)?(?![\w@-])/g;
const LINK_LABEL =
  /(?:website|web|portfolio|site|homepage|blog|url|links?|sitio|portafolio|portfolio|webseite|موقع)\s*[:：]\s*$/i;

/**
 * Email addresses in `text` with where they start, found from each "@" outwards (a pattern
 * scanned from every position would take seconds over a long run of letters, such as base64).
 */
export function emails(text: string): Array<{ at: number; value: string }> {
  const out: Array<{ at: number; value: string }> = [];
  for (let i = text.indexOf('@'); i > 0; i = text.indexOf('@', i + 1)) {
    let start = i;
    while (start > 0 && i - start < 64 && LOCAL_CHAR.test(text[start - 1])) start--;
    DOMAIN.lastIndex = i + 1;
    const domain = DOMAIN.exec(text)?.[0];
    // Dots can't start a local part ("…at ada.lovelace@" keeps "ada.lovelace").
    while (text[start] === '.') start++;
    if (start < i && domain && domain.length <= 253) {
      out.push({ at: start, value: `${text.slice(start, i)}@${domain}` });
    }
  }
  return out;
}

/** The first email address in `text`, else the first `mailto:` hyperlink's. */
export function findEmail(text: string, urls: readonly string[]): string | undefined {
  const found = emails(text)[0]?.value;
  if (found) return found.replace(/[.-]+$/, '');
  const mailto = urls.find((u) => /^mailto:/i.test(u));
  return mailto ? decodeURIComponent(mailto.slice(7).split('?')[0]) || undefined : undefined;
}

/** Web addresses in `text` and hyperlinks, normalised, LinkedIn then GitHub first. */
export function findLinks(text: string, urls: readonly string[], contactLines = 8): string[] {
  let noEmails = text;
  for (const { at, value } of emails(text)) {
    noEmails = noEmails.slice(0, at) + ' '.repeat(value.length) + noEmails.slice(at + value.length);
  }
  const found: Array<[number, string]> = [];
  for (const re of [SCHEME_URL, WWW_URL, PROFILE_URL]) {
    for (const m of noEmails.matchAll(re)) found.push([m.index, m[0]]);
  }
  const top = noEmails.split('\n').slice(0, contactLines).join('\n').length;
  for (const m of noEmails.matchAll(BARE_DOMAIN)) {
    const labelled = LINK_LABEL.test(noEmails.slice(Math.max(0, m.index - 20), m.index));
    if (m.index < top || labelled) found.push([m.index, m[0]]);
  }
  // Overlapping matches (a www. URL inside an https:// one) count once, the longest.
  found.sort((a, b) => a[0] - b[0] || b[1].length - a[1].length);
  const links: string[] = [];
  let end = -1;
  for (const [at, raw] of found) {
    if (at < end) continue;
    end = at + raw.length;
    links.push(raw);
  }
  for (const u of urls) if (/^https?:\/\//i.test(u)) links.push(u);
  const normal = [...new Set(links.map(normaliseUrl).filter((u): u is string => !!u))];
  const rank = (u: string) => (/linkedin\.com\//i.test(u) ? 0 : /github\.com\//i.test(u) ? 1 : 2);
  return normal.sort((a, b) => rank(a) - rank(b));
}

/** "LinkedIn.com/in/Ada/" → "https://linkedin.com/in/Ada": https:// added when missing, host
 * lower-cased, trailing punctuation and a trailing "/" dropped. Undefined when not a URL. */
export function normaliseUrl(raw: string): string | undefined {
  let s = raw.trim().replace(/[.,;:!?'"’”»)\]}>]+$/, '');
  // A closing bracket belongs to the URL only when it opens one too (Wikipedia-style paths).
  if (raw.includes('(') && /\)$/.test(raw.trim()) && s.includes('(')) s += ')';
  if (!/^https?:\/\//i.test(s)) s = `https://${s}`;
  try {
    const url = new URL(s);
    if (!/\.[a-z]{2,}$/i.test(url.hostname) || url.username || url.password) return undefined;
    return url.href.replace(/\/$/, '');
  } catch {
    return undefined;
  }
}
