// What the content check concludes about a file's bytes: refused (and why), or accepted with
// the warnings a reader should know about. One shape for the browser, the server and messages.

/** The document kinds whose bytes are checked. */
export type DocumentKind = 'pdf' | 'docx' | 'doc' | 'rtf' | 'txt';

/**
 * Why an accepted file may still cause trouble:
 * - `macros`: a Word document carrying macros;
 * - `legacy`: Word 6.0/95, which many systems no longer read;
 * - `restricted`: a PDF that opens without a password but limits copying or printing;
 * - `encoding`: text in an encoding programs may misread (UTF-16 without a BOM, EBCDIC);
 * - `damaged`: a file readers repair as they open it (a PDF without its end, junk first);
 * - `format`: a Word XML or web-page file saved under a .doc name (Word opens it);
 * - `scripts`: a PDF with JavaScript or other active content;
 * - `embedded`: a Word document with other files embedded in it (OLE packages).
 */
export type WarningCode =
  'macros' | 'legacy' | 'restricted' | 'encoding' | 'damaged' | 'format' | 'scripts' | 'embedded';

/** Every warning code, in the order messages list them. */
export const WARNING_CODES: readonly WarningCode[] = [
  'macros',
  'legacy',
  'restricted',
  'encoding',
  'damaged',
  'format',
  'scripts',
  'embedded',
];

/**
 * Why the bytes rule a file out: `content` (they are not the claimed kind), `protected` (it
 * needs a password or rights management to open), `damaged` (broken beyond repair).
 */
export type ContentReason = 'content' | 'protected' | 'damaged';

/** The content check's conclusion: no `reason` means accepted. */
export interface ContentVerdict {
  reason?: ContentReason;
  /** For `content`: the format the bytes really are, when it is worth naming ("DOCM"). */
  format?: string;
  /** Why an accepted file may cause trouble; empty when it should not. */
  warnings: WarningCode[];
  /** Set when the bytes could not be read at all (the source failed). */
  unreadable?: boolean;
}

/** An accepted verdict with these warnings (each once, in WARNING_CODES order). */
export function accepted(...warnings: (WarningCode | false | undefined)[]): ContentVerdict {
  return { warnings: WARNING_CODES.filter((code) => warnings.includes(code)) };
}

/** A refused verdict. */
export function refused(reason: ContentReason, format?: string): ContentVerdict {
  return format ? { reason, format, warnings: [] } : { reason, warnings: [] };
}
