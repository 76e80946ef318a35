// pdfjs-dist ships no types for its minified files; load.ts types the library as 'pdfjs-dist'
// and pdf.js only needs the worker's module object.
declare module 'pdfjs-dist/legacy/build/pdf.min.mjs';
declare module 'pdfjs-dist/legacy/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
