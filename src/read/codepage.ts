// Windows code pages, as RTF and old Word files name them, mapped to the WHATWG encoding labels
// TextDecoder knows (browsers and Node 20 with its full ICU both have all of them).

/** RTF `\fcharsetN` → Windows code page. 0 (ANSI) and 1 (default) mean the document's own. */
const CHARSET_CODEPAGE: Record<number, number> = {
  77: 10000,
  128: 932,
  129: 949,
  130: 1361,
  134: 936,
  136: 950,
  161: 1253,
  162: 1254,
  163: 1258,
  177: 1255,
  178: 1256,
  186: 1257,
  204: 1251,
  222: 874,
  238: 1250,
};

const LABELS: Record<number, string> = {
  874: 'windows-874',
  932: 'shift_jis',
  936: 'gbk',
  949: 'euc-kr',
  950: 'big5',
  10000: 'macintosh',
  65001: 'utf-8',
};

/** What Windows-1252 puts at 0x80–0x9F (undefined five stay C1 controls). */
const CP1252_HIGH =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

/** Something that turns bytes into text. */
export interface Decoder {
  decode(bytes: Uint8Array): string;
}

/**
 * Windows-1252. Node 20's TextDecoder decodes this label as ISO-8859-1 (0x80–0x9F become C1
 * controls instead of € ‚ … “ ” • – —), so those 32 bytes are mapped here; browsers agree.
 */
export const cp1252: Decoder = {
  decode: (bytes) =>
    latin1.decode(bytes).replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]),
};
const latin1 = new TextDecoder('windows-1252');

const decoders = new Map<number, Decoder>();

/** The code page of an RTF font charset, or `fallback` for ANSI, default and unknown ones. */
export function charsetCodepage(charset: number, fallback: number): number {
  return CHARSET_CODEPAGE[charset] ?? fallback;
}

/** A decoder for a Windows code page; Windows-1252 for one TextDecoder does not know. */
export function decoderFor(codepage: number): Decoder {
  let decoder = decoders.get(codepage);
  if (!decoder) {
    const label = LABELS[codepage] ?? `windows-${codepage}`;
    try {
      decoder = codepage === 1252 ? cp1252 : new TextDecoder(label);
    } catch {
      decoder = cp1252;
    }
    decoders.set(codepage, decoder);
  }
  return decoder;
}
