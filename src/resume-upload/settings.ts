// <resume-upload>'s attributes turned into what its parts need: the message context (texts,
// language, limits) and the upload options. Bad values warn once and fall back, never throw.
import { acceptLabels, parseAccept } from '../core/accept.js';
import { WARNING_CODES, type WarningCode } from '../core/verdict.js';
import type { UploadMessageContext } from '../core/upload-messages.js';
import type { UploadTexts } from '../core/upload-strings.js';
import type { UploadOptions, UploadParams } from '../controllers/upload-transport.js';

export const TEN_MIB = 10 * 1024 * 1024;
const warned = new Set<string>();

/** The public properties the settings are made from. */
export interface UploadSettings {
  name: string;
  accept: string;
  maxSize: number;
  maxFiles: number;
  multiple: boolean;
  endpoint: string;
  withCredentials: boolean;
  retries: number;
  protocol: string;
  headers: Record<string, string>;
  getUploadParams: ((file: File) => Promise<UploadParams>) | undefined;
}

/** What every message needs: the texts and language in use, the types and the limits. */
export function messageContext(
  el: UploadSettings,
  strings: UploadTexts,
  locale: string,
): UploadMessageContext {
  return {
    strings,
    locale,
    types: acceptLabels(parseAccept(el.accept)),
    maxSize: positive(el.maxSize, TEN_MIB, 'max-size'),
    maxFiles: positive(el.maxFiles, 5, 'max-files'),
    multiple: el.multiple,
  };
}

/** How to upload, or null when uploads are off (no `endpoint`, no `getUploadParams`). */
export function uploadOptions(el: UploadSettings): UploadOptions | null {
  if (!el.endpoint && !el.getUploadParams) return null;
  return {
    endpoint: el.endpoint,
    fieldName: el.name || 'file',
    headers: el.headers ?? {},
    withCredentials: el.withCredentials,
    retries: Number.isFinite(el.retries) && el.retries >= 0 ? Math.floor(el.retries) : 3,
    tus: el.protocol === 'tus',
    getUploadParams: el.getUploadParams,
  };
}

/** The warning codes of a `refuse` attribute ("macros legacy"); unknown words warn once. */
export function refusedWarnings(refuse: string): WarningCode[] {
  const words = String(refuse ?? '')
    .split(/\s+/)
    .filter(Boolean);
  for (const word of words) {
    if (WARNING_CODES.includes(word as WarningCode) || warned.has(`refuse ${word}`)) continue;
    warned.add(`refuse ${word}`);
    console.warn(
      `applykit: <resume-upload> refuse="${word}" is not a warning (${WARNING_CODES.join(', ')}); ignored.`,
    );
  }
  return WARNING_CODES.filter((code) => words.includes(code));
}

/** A positive whole number, or the fallback with one console warning per bad attribute. */
function positive(value: number, fallback: number, what: string): number {
  if (Number.isFinite(value) && value > 0) return Math.floor(value);
  if (!warned.has(what))
    console.warn(
      `applykit: <resume-upload> ${what}="${value}" is not a positive number; using ${fallback}.`,
    );
  warned.add(what);
  return fallback;
}
