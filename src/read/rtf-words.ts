// The RTF control words and symbols the reader acts on: destinations whose text is never shown,
// and the words and symbols that stand for characters.

/** Destinations that hold no visible text: tables, pictures, metadata, shape properties. */
export const SKIPPED = new Set(
  'fonttbl colortbl stylesheet info pict themedata colorschememapping latentstyles datastore xmlnstbl listtable listoverridetable rsidtbl generator objdata revtbl pgdsctbl filetbl sp bkmkstart bkmkend'.split(
    ' ',
  ),
);
/** Control words that are characters. */
export const TEXT: Record<string, string> = {
  par: '\n',
  line: '\n',
  sect: '\n',
  page: '\n',
  row: '\n',
  nestrow: '\n',
  tab: '\t',
  cell: '\t',
  nestcell: '\t',
  emdash: '\u2014',
  endash: '\u2013',
  bullet: '\u2022',
  lquote: '\u2018',
  rquote: '\u2019',
  ldblquote: '\u201c',
  rdblquote: '\u201d',
  emspace: ' ',
  enspace: ' ',
  qmspace: ' ',
};
/** Control symbols (\\~, \\-, \\_, an escaped line end) that are characters. */
export const SYMBOLS: Record<string, string> = {
  '~': ' ',
  '-': '',
  _: '-',
  '\n': '\n',
  '\r': '\n',
};
