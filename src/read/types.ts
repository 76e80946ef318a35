// What readResume() gives back. Pure data (strings, arrays), so a page can log it, post it to
// its own code or keep it in a framework store; nothing in it refers to the DOM.
import type { FileKind } from '../core/accept.js';

/** A phone number as the resume writes it, and in E.164 form when its country is clear. */
export interface ResumePhone {
  /** The number as written, e.g. "+44 (0)20 7946 0958" or "(415) 555-0134". */
  text: string;
  /**
   * The same number in E.164 form ("+442079460958"), present only when the country is clear:
   * written with "+" or "00", or in a national format of the country the resume's location names.
   */
  e164?: string;
}

/**
 * The contact details found in a resume. A field the reader is not sure of is left out: a wrong
 * value is worse than none.
 */
export interface ResumeFields {
  /** The candidate's full name, as written ("José Álvarez", "王小明"). */
  name?: string;
  /** The first email address. */
  email?: string;
  /** The first phone number. */
  phone?: ResumePhone;
  /** Where the candidate lives, as written ("Lisbon, Portugal", "Austin, TX"). */
  location?: string;
  /**
   * Web addresses, normalised (https:// added when missing, lower-case host, no trailing "/"),
   * LinkedIn first, then GitHub, then the others in the order they appear; none repeated.
   */
  links?: string[];
}

/** The result of readResume(). */
export interface ResumeRead {
  /** What the bytes are ('other' when they are none of the five document kinds). */
  kind: FileKind;
  /** The document's plain text in reading order ('' when there is none). */
  text: string;
  /** The contact details found in `text`. */
  fields: ResumeFields;
  /** Sentences saying what could not be read, e.g. a scanned PDF without a text layer. */
  warnings: string[];
}
