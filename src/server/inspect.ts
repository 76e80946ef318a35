/// <reference types="node" />
// inspectDocument: the content check <resume-upload> runs in the browser, for Node, with pdf.js
// opening the PDFs that need it. The upload handlers use it on every stored file, so a file
// gets the same verdict on both sides.
import {
  acceptLabels,
  claimedKind,
  DEFAULT_ACCEPT,
  parseAccept,
  type FileKind,
} from '../core/accept.js';
import { blobSource, bytesSource, type ByteSource } from '../core/byte-source.js';
import type { FileWarning } from '../core/file-check.js';
import { displayName } from '../core/format.js';
import { inspectContent } from '../core/inspect.js';
import { fill, orList } from '../core/messages.js';
import { resumeUploadStrings } from '../core/upload-strings.js';
import type { ContentReason } from '../core/verdict.js';
import { refusalText, warningText } from '../core/verdict-messages.js';
import { openPdf } from '../pdfjs/open.js';

/** What inspectDocument found: the kind the name claims and, when the file is ruled out, why
 * (`reason`) in a sentence (`message`); else the warnings of an accepted file. */
export interface DocumentInspection {
  kind: FileKind;
  /** `type` when the name is not one of the five kinds; else what the bytes rule out. */
  reason?: ContentReason | 'type';
  message?: string;
  /** Always an array; empty for a refused file and for one with nothing to warn about. */
  warnings: FileWarning[];
}

/**
 * Checks a document's bytes against the kind its name claims (PDF, DOCX, DOC, RTF, TXT), as
 * `<resume-upload>` does with its default `accept`: a `type` refusal for any other name, then
 * `content`, `protected` and `damaged` refusals, and warnings. Messages are English. Rejects
 * only when `source` fails to read.
 */
export function inspectDocument(
  source: Uint8Array | Blob,
  name: string,
): Promise<DocumentInspection> {
  const kind = claimedKind(name, '');
  if (kind === 'other') {
    const types = orList(acceptLabels(parseAccept(DEFAULT_ACCEPT)), 'en');
    const message = fill(resumeUploadStrings.rejectType, { name: displayName(name), types });
    return Promise.resolve({ kind, reason: 'type', message, warnings: [] });
  }
  const bytes = source instanceof Uint8Array ? bytesSource(source) : blobSource(source);
  return inspectSource(bytes, name, kind);
}

/** inspectDocument over any ByteSource, for a kind already claimed (by name or MIME type). */
export async function inspectSource(
  source: ByteSource,
  name: string,
  kind: FileKind,
): Promise<DocumentInspection> {
  if (kind === 'other') return { kind, warnings: [] };
  const verdict = await inspectContent(source, kind, openPdf);
  const values = { name: displayName(name), kind: kind.toUpperCase() };
  if (verdict.reason) {
    const message = refusalText(
      { ...verdict, reason: verdict.reason },
      values,
      resumeUploadStrings,
    );
    return { kind, reason: verdict.reason, message, warnings: [] };
  }
  const warnings = verdict.warnings.map((code) => ({
    code,
    message: warningText(code, values, resumeUploadStrings),
  }));
  return { kind, warnings };
}
