// The last step of every reader: one plain-text shape whatever the format gave. Lines end in
// "\n", cells of a table row are separated by a tab, runs of blank lines become one, control
// characters and bidi marks go (they can disguise text, and no field needs them).

// Zero-width joiners (U+200C, U+200D) stay: Persian and Indic names need them. Control
// characters are what this pattern is for.
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffe]/g;

/** Tidies text from any reader: NFC, "\n" lines, no control or bidi characters, no trailing
 * spaces, at most one blank line in a row, no blank lines at the ends. */
export function tidyText(text: string): string {
  return (
    text
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex -- vertical tab and form feed are line breaks
      .replace(/\r\n?|[\u2028\u2029\u000b\u000c]/g, '\n')
      .replace(CONTROL, '')
      .replace(/\u00a0/g, ' ')
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^\n+|\n+$/g, '')
  );
}
