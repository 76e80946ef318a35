// The legacy encoding of a text file that is not UTF-8: each candidate decoding is scored by how
// much it reads like text — letters of one script per word, common characters, no symbols or
// control characters where letters should be — and the best one wins. Windows-1252 wins ties.
import { cp1252 } from './codepage.js';

const CANDIDATES = [
  'windows-1252',
  'windows-1250',
  'windows-1251',
  'koi8-r',
  'ibm866',
  'windows-1253',
  'windows-1254',
  'windows-1255',
  'windows-1256',
  'windows-1257',
  'shift_jis',
  'euc-jp',
  'gbk',
  'big5',
  'euc-kr',
];
/** Enough text to tell; a resume is shorter. */
const SAMPLE = 64 * 1024;
/** The commonest Han characters, simplified and traditional: a right decoding has many. */
const COMMON_HAN = new Set(
  '的一是不了人我在有他这這中大来來上国國个個到说說们們为為子和你地出道也时時年工作经經理公司学學',
);
const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['latin', /[A-Za-z\u00c0-\u024f]/],
  ['greek', /[\u0370-\u03ff]/],
  ['cyrillic', /[\u0400-\u04ff]/],
  ['hebrew', /[\u0590-\u05ff]/],
  ['arabic', /[\u0600-\u06ff]/],
  ['cjk', /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]/],
];
/** What a wrong decoding produces: C1 controls, replacement and private-use characters, Latin-1
 * symbols, box drawing, half-width katakana, rare Han (extension A), compatibility forms. */
const UNLIKELY =
  /[\u0080-\u009f\ufffd\ue000-\uf8ff\u00a4\u00a6-\u00a8\u00aa\u00ac\u00ae-\u00b6\u00b8-\u00bf\u00d7\u00f7\u2500-\u259f\uff61-\uff9f\u3400-\u4dbf\uf900-\ufaff]/g;

/** The likeliest legacy encoding of `bytes` (which are not valid UTF-8). Windows-1252 is kept
 * unless it reads badly: Western text in it is far commoner than any other in a resume. */
export function legacyEncoding(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, SAMPLE);
  if (readsAsWestern(cp1252.decode(sample))) return 'windows-1252';
  let best = 'windows-1252';
  let bestScore = -Infinity;
  const c1 = sample.filter((b) => b >= 0x81 && b <= 0xa0).length;
  for (const label of CANDIDATES) {
    let text: string;
    try {
      text =
        label === 'windows-1252'
          ? cp1252.decode(sample)
          : new TextDecoder(label, { fatal: true }).decode(sample);
    } catch {
      continue; // not valid in this encoding (a cut multi-byte character at the end counts too)
    }
    // Bytes 0x81–0xA0 lead only Shift_JIS's common characters; in EUC-JP, EUC-KR, GBK and Big5
    // text they are rare extensions at most.
    const score = plausibility(text) - (/^(euc|gbk|big5)/.test(label) ? 2 * c1 : 0);
    if (score > bestScore) [best, bestScore] = [label, score];
  }
  return best;
}

/** A Latin word of three letters or more, most of them accented: real Latin-script words are
 * mostly plain letters. */
function mostlyAccented(word: string): boolean {
  if (word.length < 3 || !/^[A-Za-z\u00c0-\u024f]+$/.test(word)) return false;
  return (word.match(/[\u00c0-\u024f]/g)?.length ?? 0) * 2 > word.length;
}

/** True when a Windows-1252 decoding looks like Western text: no control characters, and few
 * words made only of accented letters ("Ïðèâåò" is Cyrillic read the wrong way). */
function readsAsWestern(text: string): boolean {
  if (/[\u0080-\u009f]/.test(text)) return false;
  const words = text.split(/[\s\p{P}\d]+/u).filter((w) => /[^\p{ASCII}]/u.test(w));
  const odd = words.filter(
    (w) => /^[\u00c0-\u00ff]{3,}$/.test(w) || /[^\p{ASCII}\p{L}\p{M}]/u.test(w),
  );
  return odd.length <= words.length * 0.1;
}

/** How much `text` reads like real text: per word, one script, letters only, no odd capitals;
 * and in a cased script, some words that start with a capital. */
export function plausibility(text: string): number {
  let score = -3 * (text.match(UNLIKELY)?.length ?? 0);
  let words = 0;
  let capitalised = 0;
  let capitals = 0;
  for (const word of text.split(/[\s\p{P}\d]+/u)) {
    if (!/[^\p{ASCII}]/u.test(word)) continue;
    words++;
    if (/^\p{Lu}/u.test(word)) capitalised++;
    if (/^\p{Lu}+$/u.test(word)) capitals++;
    const scripts = SCRIPTS.filter(([, re]) => re.test(word)).length;
    if (/[^\p{ASCII}\p{L}\p{M}]/u.test(word))
      score -= 2; // a symbol inside a word
    else if (scripts > 1) score -= 2;
    else if (mostlyAccented(word))
      score -= 1; // "Ïðèâåò", "Äěčňđčé": Cyrillic read as Latin
    else if (/\p{Ll}\p{Lu}/u.test(word))
      score -= 1; // "пПХБЕР": the wrong Cyrillic table
    else score += 1;
    for (const c of word) {
      if (COMMON_HAN.has(c)) score += 3;
      else if (/[\u3040-\u30ff\uac00-\ud7a3]/.test(c)) score += 2;
      else if (/[\u4e00-\u9fff]/.test(c)) score += 1;
    }
  }
  // Hebrew or Arabic read as Cyrillic gives words all in one case: real prose mixes them.
  const cased = /[\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/.test(text);
  if (cased && words >= 20 && (capitalised === 0 || capitals === words)) score -= words / 2;
  return score;
}
