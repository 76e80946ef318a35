// The media type a browser sends with each kind of resume the upload handlers take, for the
// Node tests that post them.

/** Media type by kind. */
export const MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  rtf: 'application/rtf',
  txt: 'text/plain',
};
