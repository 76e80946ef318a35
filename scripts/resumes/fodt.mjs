// Flat OpenDocument text (.fodt) for one resume: the page, its header, paragraph styles in the
// person's scripts (Latin, CJK and complex-text fonts from Debian's Noto), and the building
// blocks the layouts use — paragraphs with links, tables, two-column sections and text frames.

const NS = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  draw: 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0',
  fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  svg: 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0',
  xlink: 'http://www.w3.org/1999/xlink',
};

export const esc = (s) =>
  String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** Inline content: a string, a link `{ text, href }`, or an array of them; tabs kept. */
export function inline(content) {
  if (Array.isArray(content)) return content.map(inline).join('');
  if (typeof content === 'object' && content) {
    return `<text:a xlink:type="simple" xlink:href="${esc(content.href)}">${esc(content.text)}</text:a>`;
  }
  return esc(content).replace(/\t/g, '<text:tab/>');
}

export const p = (content, style = 'Body') =>
  `<text:p text:style-name="${style}">${inline(content)}</text:p>`;

/** A borderless table; `widths` in cm, `rows` of cells, each cell a list of paragraphs. */
export function table(name, widths, rows) {
  const cols = widths
    .map((_, i) => `<table:table-column table:style-name="${name}.${i}"/>`)
    .join('');
  const body = rows
    .map(
      (row) =>
        `<table:table-row>${row
          .map(
            (cell) =>
              `<table:table-cell table:style-name="Cell" office:value-type="string">${cell.join('')}</table:table-cell>`,
          )
          .join('')}</table:table-row>`,
    )
    .join('');
  const styles = [
    `<style:style style:name="${name}" style:family="table"><style:table-properties style:width="${widths.reduce((a, b) => a + b, 0)}cm" table:align="margins"/></style:style>`,
    ...widths.map(
      (w, i) =>
        `<style:style style:name="${name}.${i}" style:family="table-column"><style:table-column-properties style:column-width="${w}cm"/></style:style>`,
    ),
  ];
  return {
    xml: `<table:table table:name="${name}" table:style-name="${name}">${cols}${body}</table:table>`,
    styles,
  };
}

/** A section set in two newspaper columns. */
export const columns = (paragraphs) =>
  `<text:section text:style-name="TwoColumns" text:name="Columns">${paragraphs.join('')}</text:section>`;

/** A text frame anchored to a paragraph, at the right of the page. */
export const frame = (paragraphs) =>
  `<text:p text:style-name="Body"><draw:frame draw:style-name="Frame" draw:name="Contact" text:anchor-type="paragraph" svg:x="11cm" svg:y="0cm" svg:width="6cm" draw:z-index="0"><draw:text-box fo:min-height="2.5cm">${paragraphs.join('')}</draw:text-box></draw:frame></text:p>`;

const FONTS = {
  latin: 'Noto Sans',
  zh: 'Noto Sans CJK SC',
  ja: 'Noto Sans CJK JP',
  ko: 'Noto Sans CJK KR',
  ar: 'Noto Sans Arabic',
  he: 'Noto Sans Hebrew',
  hi: 'Noto Sans Devanagari',
};

/** The whole .fodt document. `fonts`: { asian, complex } font keys; `rtl` sets the direction. */
export function document({ header = [], footer = [], body, styles = [], fonts = {}, rtl = false }) {
  const faces = Object.values(FONTS)
    .map((f) => `<style:font-face style:name="${f}" svg:font-family="'${f}'"/>`)
    .join('');
  const text = `style:font-name="${FONTS.latin}" style:font-name-asian="${FONTS[fonts.asian ?? 'zh']}" style:font-name-complex="${FONTS[fonts.complex ?? 'ar']}"`;
  const dir = rtl ? ' style:writing-mode="rl-tb"' : '';
  const para = (name, size, extra = '', paraExtra = '') =>
    `<style:style style:name="${name}" style:family="paragraph"><style:paragraph-properties${dir}${paraExtra}/><style:text-properties ${text} fo:font-size="${size}pt" style:font-size-asian="${size}pt" style:font-size-complex="${size}pt"${extra}/></style:style>`;
  const bold =
    ' fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"';
  const xmlns = Object.entries(NS)
    .map(([k, v]) => `xmlns:${k}="${v}"`)
    .join(' ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${xmlns} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>${faces}</office:font-face-decls>
<office:styles>
${para('Body', 10, '', ' fo:margin-bottom="0.08cm"')}
${para('Name', 20, bold, ' fo:margin-bottom="0.1cm"')}
${para('Title', 12, '', ' fo:margin-bottom="0.15cm"')}
${para('Heading', 12.5, bold, ' fo:margin-top="0.35cm" fo:margin-bottom="0.1cm"')}
${para('Small', 9)}
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="none"/></style:style>
<style:style style:name="TwoColumns" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
<style:style style:name="Frame" style:family="graphic"><style:graphic-properties style:wrap="parallel" style:horizontal-pos="from-left" style:vertical-pos="from-top" style:vertical-rel="paragraph" style:horizontal-rel="page-content" fo:border="none"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="Page"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"${dir}/><style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
${styles.join('\n')}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Page">${header.length ? `<style:header>${header.join('')}</style:header>` : ''}${footer.length ? `<style:footer>${footer.join('')}</style:footer>` : ''}</style:master-page></office:master-styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body></office:document>
`;
}
