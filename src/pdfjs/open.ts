// The PDF opener of the content check: pdf.js decides what no cheap look can, whether a PDF
// needs a password to open and whether a damaged one opens at all. Loaded only for the PDFs
// that need it (encrypted ones, or ones whose structure the cheap look can't vouch for).
import type { PdfOpenResult } from '../core/pdf-check.js';
import { loadPdfjs, PDFJS_OPTIONS, type Pdfjs } from './load.js';

/** How many first pages are asked whether they draw anything. */
const PAGES = 3;

/**
 * Opens `bytes` with pdf.js: whether it opens, or asks for a password; with `pages`, also
 * whether any of its first pages draws something (a repaired file that shows nothing is not a
 * document anyone can read). Never throws for a bad file.
 */
export async function openPdf(bytes: Uint8Array, pages: boolean): Promise<PdfOpenResult> {
  const pdfjs = await loadPdfjs();
  // pdf.js takes over (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({ ...PDFJS_OPTIONS, data: bytes.slice() });
  try {
    const doc = await task.promise;
    return { opens: true, needsPassword: false, draws: !pages || (await draws(pdfjs, doc)) };
  } catch (error) {
    const needsPassword = (error as { name?: unknown } | null)?.name === 'PasswordException';
    return { opens: false, needsPassword, draws: false };
  } finally {
    await task.destroy();
  }
}

/** True when one of the first pages shows text or draws anything of its own (annotations
 * aside), or the document is an XFA form, whose pages come from its form data. */
async function draws(pdfjs: typeof Pdfjs, doc: Pdfjs.PDFDocumentProxy): Promise<boolean> {
  const { info } = await doc.getMetadata().catch(() => ({ info: {} }));
  if ((info as { IsXFAPresent?: boolean }).IsXFAPresent) return true;
  for (let n = 1; n <= Math.min(doc.numPages, PAGES); n++) {
    try {
      const page = await doc.getPage(n);
      // Text first: it needs no image decoding, and most pages have some.
      if ((await page.getTextContent()).items.length > 0) return true;
      const ops = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
      if (ops.fnArray.length > 0) return true;
    } catch {
      // A page that fails to load draws nothing; try the next.
    }
  }
  return false;
}
