// The sentences the server handlers reply with, in one table so they read alike. English only:
// the element shows its own localized text and uses the `error` code, not these sentences.
import { acceptLabels } from '../core/accept.js';
import { formatSize } from '../core/format.js';
import { fill, orList } from '../core/messages.js';

export const SERVER_MESSAGES = {
  method: 'This address does not accept that method.',
  notMultipart: 'Send the file as multipart/form-data.',
  notJson: 'Send the request as application/json.',
  malformed: 'The form data could not be read.',
  noFile: 'The request has no file in it.',
  empty: 'The file is empty.',
  tooLarge: 'The file is larger than the {max} limit.',
  bodyTooLarge: 'The request is larger than the {max} limit.',
  type: 'The file must be a {types} file.',
  anyType: 'The file type is not accepted.',
  content: "The file's contents do not match its type.",
  protected:
    "The file is password-protected, so employers can't open it. Send a copy without a password.",
  damaged: "The file is damaged, so employers can't open it. Save it again and send the new copy.",
  invalidJson: 'The request body must be a JSON object.',
  invalid: 'Some answers need correcting: see `fields`.',
  server: 'The server could not handle the request. Try again in a moment.',
  busy: 'Too many uploads are in progress. Try again in a minute.',
};

/** "The file is larger than the 10 MB limit." */
export function tooLargeMessage(maxSize: number): string {
  return fill(SERVER_MESSAGES.tooLarge, { max: formatSize(maxSize, 'en') });
}

/** "The request is larger than the 16 KB limit." */
export function bodyTooLargeMessage(maxBytes: number): string {
  return fill(SERVER_MESSAGES.bodyTooLarge, { max: formatSize(maxBytes, 'en') });
}

/** "The file must be a PDF, DOCX, DOC, RTF, or TXT file." for the accept tokens. */
export function typeMessage(tokens: readonly string[]): string {
  const labels = acceptLabels(tokens);
  return labels.length
    ? fill(SERVER_MESSAGES.type, { types: orList(labels, 'en') })
    : SERVER_MESSAGES.anyType;
}
