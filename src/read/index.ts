// applykit/read: reads a resume on the candidate's device — PDF (through pdf.js), DOCX, DOC,
// RTF or plain text — and finds the contact details in it. Nothing leaves the device: no
// network request is made (pdf.js runs in this page, from the chunk beside this one).
import { detectKind, type DocumentKind } from '../core/sniff.js';
import { blobSource, bytesSource, type ByteSource } from '../core/byte-source.js';
import { readDoc } from './doc.js';
import { readDocx } from './docx.js';
import { ReadProblem, type Extracted } from './extracted.js';
import { extractFields } from './fields.js';
import { readRtf } from './rtf.js';
import { tidyText } from './text.js';
import { readTxt } from './txt.js';
import type { ResumeRead } from './types.js';

export type { ResumeFields, ResumePhone, ResumeRead } from './types.js';
export { extractFields } from './fields.js';

/** Larger files are not read into memory (a 10 MB resume is already unusual). */
const MAX_BYTES = 64 * 1024 * 1024;

/** What the reader tells the page when it could not read a file, by problem. */
export const READ_WARNINGS = {
  'no-text':
    "This PDF has no text layer: it looks like a scan (pictures of pages), so its text can't be read, by this page or by employers' systems. Save the resume as a PDF from your word processor instead.",
  encrypted:
    "This document is protected with a password, so its text can't be read. Save a copy without a password.",
  'old-word':
    'This is a Word 6 or Word 95 document, too old to be read here. Save it again as .docx or PDF.',
  'not-a-document':
    'This file is not a PDF, Word, RTF or text document, so no text was read from it.',
  'too-large': 'This file is too large to be read here.',
  damaged: 'This file could not be read; it may be damaged. Open it and save it again.',
} as const;

type Reader = (file: Blob, source: ByteSource) => Promise<Extracted>;

const bytesOf = async (file: Blob) => new Uint8Array(await file.arrayBuffer());

/** One reader per kind; pdf.js (large) loads only for a PDF. */
const READERS: Record<DocumentKind, Reader> = {
  pdf: async (file) => (await import('./pdf.js')).readPdf(await bytesOf(file)),
  docx: (_, source) => readDocx(source),
  // In memory: the compound file is read sector by sector.
  doc: async (file) => readDoc(bytesSource(await bytesOf(file))),
  rtf: async (file) => readRtf(await bytesOf(file)),
  txt: async (file) => ({ text: readTxt(await bytesOf(file)), urls: [] }),
};

/** Options of readResume. */
export interface ReadOptions {
  /** The file's kind when a content check has already found it (`<resume-upload>` passes the
   * kind it accepted the file as): the bytes are then not examined again to find it. */
  kind?: DocumentKind;
}

/**
 * Reads a resume — a `File`, or any `Blob` (in Node 20 too) — and finds the candidate's
 * contact details in it. Never rejects for a bad file: what could not be read is in `warnings`.
 */
export async function readResume(file: Blob, options: ReadOptions = {}): Promise<ResumeRead> {
  const source = blobSource(file);
  // A ZIP detectKind does not take for a DOCX may still be a Word package.
  const kind =
    options.kind ?? (await detectKind(source)) ?? ((await isWordPackage(source)) ? 'docx' : null);
  if (!kind) return empty('other', 'not-a-document');
  if (file.size > MAX_BYTES) return empty(kind, 'too-large');
  let got: Extracted;
  try {
    got = await READERS[kind](file, source);
  } catch (error) {
    const problem = error instanceof ReadProblem ? error.message : 'damaged';
    return empty(kind, problem as keyof typeof READ_WARNINGS);
  }
  const text = tidyText(got.text);
  const warnings = (got.warnings ?? []).map(
    (w) => READ_WARNINGS[w as keyof typeof READ_WARNINGS] ?? w,
  );
  return { kind, text, fields: extractFields(text, got.urls), warnings };
}

/** True for a ZIP whose package relationships name a main document part. */
async function isWordPackage(source: ByteSource): Promise<boolean> {
  const head = await source.read(0, 4);
  if (String.fromCharCode(...head) !== 'PK\x03\x04') return false;
  return readDocx(source).then(
    () => true,
    () => false,
  );
}

function empty(kind: ResumeRead['kind'], problem: keyof typeof READ_WARNINGS): ResumeRead {
  return {
    kind,
    text: '',
    fields: {},
    warnings: [READ_WARNINGS[problem] ?? READ_WARNINGS.damaged],
  };
}
