// What each format's reader hands back to readResume(): raw text (tidied afterwards), the
// targets of the document's hyperlinks (a "LinkedIn" link text hides its URL there), and
// anything the reader could not read.

export interface Extracted {
  text: string;
  urls: string[];
  warnings?: string[];
}

/** A problem the candidate can act on; its message becomes one of `warnings`. */
export class ReadProblem extends Error {}
