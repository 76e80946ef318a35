// Phone numbers in resume text: digit groups with the separators people write ("+44 (0)20 7946
// 0958", "(415) 555-0134", "030 1234 5678", "+81 90-1234-5678"), told apart from dates, year
// ranges and postcodes. E.164 only when the country is clear: an international prefix, or a
// national number that fits the country named in the location.
import type { Country } from './countries.js';
import type { ResumePhone } from './types.js';

const CANDIDATE = /(?:\(?\+|\b00|\()?\d[\d ().\-/\u2010-\u2013]{5,22}\d/g;
const LABEL =
  /(?:phone|tel|mobile|mob|cell|telephone|téléphone|teléfono|telefon|handy|móvil|portable|telefone|celular|هاتف|جوال|الهاتف|טלפון|телефон|тел|電話|携帯|手机|电话|전화)\.?\s*[:：]?\s*$/i;
const YEAR = /^(19[5-9]\d|20[0-4]\d)$/;
const DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
const ZIP_PLUS_4 = /^\d{5}-\d{4}$/;

/** ASCII digits for other scripts' digits, character for character (same string length). */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\uff0b]/g, (d) => {
    const c = d.charCodeAt(0);
    if (c === 0xff0b) return '+';
    return String(c >= 0xff10 ? c - 0xff10 : c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}

/** The best phone number in `text`: labelled ones first, then international ones, then the
 * first plausible one; `country` (from the location) allows E.164 for national numbers. */
export function findPhone(text: string, country?: Country): ResumePhone | undefined {
  const digits = asciiDigits(text);
  let best: { score: number; phone: ResumePhone } | undefined;
  for (const m of digits.matchAll(CANDIDATE)) {
    const raw = trimCandidate(m[0]);
    const at = m.index + m[0].indexOf(raw);
    if (!isPhoneLike(raw)) continue;
    // Inside a longer token (an id, a URL, a version number) it is no phone.
    const before = digits[at - 1] ?? ' ';
    const after = digits[at + raw.length] ?? ' ';
    if (/[\p{L}\d_/@]/u.test(before) || /[\p{L}\d_@]/u.test(after)) continue;
    const labelled = LABEL.test(digits.slice(Math.max(0, at - 24), at));
    const international = /^\(?(\+|00)/.test(raw);
    const score = (labelled ? 4 : 0) + (international ? 2 : 0) - at / text.length;
    if (!labelled && !international && digitCount(raw) < 9) continue;
    if (!best || score > best.score) {
      const written = text.slice(at, at + raw.length);
      best = { score, phone: withE164(written, raw, country) };
    }
  }
  return best?.phone;
}

/** Drops an unbalanced bracket or a trailing separator a match may have taken along. */
function trimCandidate(s: string): string {
  let t = s.replace(/[\s.\-/\u2010-\u2013]+$/, '');
  if (t.startsWith('(') && !t.includes(')')) t = t.slice(1);
  if (t.endsWith(')') && !t.includes('(')) t = t.slice(0, -1);
  return t;
}

function digitCount(s: string): number {
  return s.replace(/\D/g, '').length;
}

/** Rules out what only looks like a number: dates, year ranges, too few or many digits. */
function isPhoneLike(s: string): boolean {
  const n = digitCount(s.replace(/^00/, ''));
  if (n < 7 || n > 15 || DATE.test(s) || ZIP_PLUS_4.test(s)) return false;
  const groups = s.split(/[^\d]+/).filter(Boolean);
  // "2019 – 2023", "03/2016 – 12/2019", "12.05.2021": years, perhaps with days and months.
  if (groups.some((g) => YEAR.test(g)) && groups.every((g) => YEAR.test(g) || g.length <= 2))
    return false;
  return (s.match(/[().]/g) ?? []).length <= 4;
}

/** `written` as the phone, with its E.164 form when the country is clear. */
function withE164(written: string, raw: string, country?: Country): ResumePhone {
  const phone: ResumePhone = { text: written.trim() };
  const e164 = toE164(raw, country);
  if (e164) phone.e164 = e164;
  return phone;
}

/** "+44 (0)20 7946 0958" → "+442079460958"; national numbers through `country`. */
export function toE164(raw: string, country?: Country): string | undefined {
  // "(+33) 7 81…" is "+33 7 81…"; "+44 (0)20…" drops the trunk zero in brackets.
  const intl = /^\(?(\+|00)\s*/.exec(raw);
  if (intl) {
    const rest = raw.slice(intl[0].length).replace(/\(0\)/, '');
    const d = rest.replace(/\D/g, '');
    if (d.startsWith('0') || d.length < 8 || d.length > 15) return undefined;
    return `+${d}`;
  }
  if (!country) return undefined;
  const d = raw.replace(/\D/g, '');
  const { trunk, lengths, code } = country;
  // A trunk prefix ("0" in Europe, "1" in North America, "8" in Russia) is not part of E.164.
  if (trunk && d.startsWith(trunk)) {
    const rest = d.slice(trunk.length);
    return lengths.includes(rest.length) ? `+${code}${rest}` : undefined;
  }
  return lengths.includes(d.length) ? `+${code}${d}` : undefined;
}
