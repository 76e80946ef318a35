// The content check: what a file's bytes say about the kind its name claims. One function for
// <resume-upload> and applykit/server, so both reach the same verdict on the same bytes.
import type { ByteSource } from './byte-source.js';
import { docVerdict } from './doc-check.js';
import { docxVerdict } from './ooxml.js';
import { pdfVerdict, type PdfOpener } from './pdf-check.js';
import { isRtfHead } from './signatures.js';
import { textVerdict } from './text-check.js';
import { accepted, refused, type ContentVerdict, type DocumentKind } from './verdict.js';

export type { PdfOpener, PdfOpenResult } from './pdf-check.js';

/** How much of the start of a file every check reads first. */
export const HEAD_BYTES = 8192;

/**
 * The verdict on `source` claimed as `kind`. Reads the head, then what the kind needs (a ZIP's
 * directory and two small parts, a compound file's directory and FIB, a PDF's ends; a text file
 * whole). `openPdf` opens the PDFs the cheap look can't settle. Malformed bytes give a verdict,
 * never an error: the promise rejects only when the source itself fails to read.
 */
export async function inspectContent(
  source: ByteSource,
  kind: DocumentKind,
  openPdf: PdfOpener,
): Promise<ContentVerdict> {
  if (source.size === 0) return refused('content');
  const head = await source.read(0, HEAD_BYTES);
  switch (kind) {
    case 'pdf':
      return pdfVerdict(source, head, openPdf);
    case 'docx':
      return docxVerdict(source, head);
    case 'doc':
      return docVerdict(source, head);
    case 'rtf':
      return isRtfHead(head) ? accepted() : refused('content');
    case 'txt':
      return textVerdict(source, head);
  }
}
