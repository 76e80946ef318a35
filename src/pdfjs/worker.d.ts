// pdfjs-dist ships no types for its worker module; pdf.js only needs the module object.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
