// Parsing an `accept` list and matching files against it, the way <input accept> reads it:
// comma-separated extensions (".pdf"), exact MIME types and "type/*" wildcards.
import type { DocumentKind } from './verdict.js';

/** A document kind the content check knows, or 'other' for anything else `accept` allows. */
export type FileKind = DocumentKind | 'other';

/** The default `accept` list: the five kinds whose bytes are checked. */
export const DEFAULT_ACCEPT = '.pdf,.docx,.doc,.rtf,.txt';

const KIND_BY_MIME: Record<string, DocumentKind> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/msword': 'doc',
  'application/rtf': 'rtf',
  'text/rtf': 'rtf',
  'text/plain': 'txt',
};
const KINDS: readonly string[] = ['pdf', 'docx', 'doc', 'rtf', 'txt'];

/** Lower-cased, trimmed, non-empty tokens of an accept string. */
export function parseAccept(accept: string): string[] {
  return accept
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
}

/** The last extension of a file name, lower-cased with its dot (".pdf"), or "" when none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot).toLowerCase() : '';
}

/** True when a file with this name and MIME type is allowed by the accept tokens. */
export function isAccepted(name: string, type: string, tokens: readonly string[]): boolean {
  if (tokens.length === 0) return true;
  const ext = extensionOf(name);
  const mime = type.toLowerCase();
  return tokens.some((t) =>
    t.startsWith('.') ? t === ext : t.endsWith('/*') ? mime.startsWith(t.slice(0, -1)) : t === mime,
  );
}

/** The kind a file claims to be: by extension first, then by MIME type. */
export function claimedKind(name: string, type: string): FileKind {
  const ext = extensionOf(name).slice(1);
  if (KINDS.includes(ext)) return ext as DocumentKind;
  return KIND_BY_MIME[type.toLowerCase()] ?? 'other';
}

/** Short labels for the hint and messages: ".pdf" → "PDF", "application/pdf" → "PDF", "image/*" → "IMAGE". */
export function acceptLabels(tokens: readonly string[]): string[] {
  const labels = tokens.map((t) => {
    if (t.startsWith('.')) return t.slice(1).toUpperCase();
    const kind = KIND_BY_MIME[t];
    if (kind) return kind.toUpperCase();
    const [major, minor] = t.split('/');
    return (minor === '*' ? major : (minor ?? t)).toUpperCase();
  });
  return [...new Set(labels)];
}
