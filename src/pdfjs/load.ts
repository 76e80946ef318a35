// Loads pdf.js (pdfjs-dist) on first use, in browsers and in Node alike. Its worker code runs on
// the calling thread: a Worker started from a URL needs a blob: or script URL that a strict
// Content-Security-Policy with Trusted Types forbids, and the few PDFs we open are small.
import type * as Pdfjs from 'pdfjs-dist';

export type { Pdfjs };

/**
 * The `getDocument` options every caller should pass: no eval (strict CSP), no fonts added to
 * the page, and nothing fetched (CMaps, standard fonts, wasm) that the host did not configure.
 * Text extraction and page checks work without them; rendering is not our business.
 */
export const PDFJS_OPTIONS = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  useWorkerFetch: false,
  useWasm: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  enableXfa: false,
  /** Errors only: a faulty file is a verdict, not something for the page's console. */
  verbosity: 0,
} as const;

let loading: Promise<typeof Pdfjs> | undefined;

/**
 * pdf.js, imported once (a lazy chunk of its own in the bundles). The legacy build runs in
 * Node 20 as well as in current browsers; its worker module is handed to pdf.js through
 * `globalThis.pdfjsWorker`, which pdf.js checks before it would start a Worker.
 */
export function loadPdfjs(): Promise<typeof Pdfjs> {
  // pdf.js's own minified files: the bundles' build leaves them as they are.
  loading ??= Promise.all([
    import('pdfjs-dist/legacy/build/pdf.min.mjs') as Promise<typeof Pdfjs>,
    import('pdfjs-dist/legacy/build/pdf.worker.min.mjs'),
  ]).then(([pdfjs, worker]) => {
    const scope = globalThis as { pdfjsWorker?: unknown };
    scope.pdfjsWorker ??= worker;
    return pdfjs;
  });
  // A failed load (say, the chunk did not arrive) is tried again next time.
  loading.catch(() => (loading = undefined));
  return loading;
}
