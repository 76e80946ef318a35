// The rules a chosen file must pass, in the order a user can act on: type, empty, size, count,
// then content (read last and only for files that passed the rest, so a drop of 1,000 files
// reads at most `slots` of them). The content sniffers load on first use: a page pays for them
// only once a file is chosen, which keeps the element bundles within their budgets.
import { claimedKind, isAccepted, type FileKind } from './accept.js';
import { blobSource } from './byte-source.js';

/** Why a file was not added. */
export type RejectReason = 'type' | 'content' | 'size' | 'empty' | 'count';

export interface FileRules {
  /** Parsed accept tokens (see parseAccept). */
  accept: readonly string[];
  /** Largest size in bytes. */
  maxSize: number;
}

export interface AcceptedFile<F> {
  file: F;
  kind: FileKind;
}
export interface RejectedFile<F> {
  file: F;
  kind: FileKind;
  reason: RejectReason;
  /** Set for a `type` rejection of a dropped folder. */
  folder?: boolean;
  /** Set for a `content` rejection when the bytes could not be read at all. */
  unreadable?: boolean;
}

/** The checks that need no reading: type, empty, size. */
export function precheck(
  file: { name: string; type: string; size: number },
  rules: FileRules,
): RejectReason | null {
  if (!isAccepted(file.name, file.type, rules.accept)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > rules.maxSize) return 'size';
  return null;
}

/**
 * Sorts a batch into accepted and rejected files, keeping their order. At most `slots` files
 * are accepted; later good files are rejected with `count`. `isFolder` flags dropped folders.
 */
export async function checkFiles<F extends Blob & { name: string }>(
  files: readonly F[],
  rules: FileRules,
  slots: number,
  isFolder: (file: F) => boolean = () => false,
): Promise<{ accepted: AcceptedFile<F>[]; rejected: RejectedFile<F>[] }> {
  const accepted: AcceptedFile<F>[] = [];
  const rejected: RejectedFile<F>[] = [];
  for (const file of files) {
    const kind = claimedKind(file.name, file.type);
    if (isFolder(file)) {
      rejected.push({ file, kind, reason: 'type', folder: true });
      continue;
    }
    const reason = precheck(file, rules) ?? (accepted.length >= slots ? 'count' : null);
    if (reason) {
      rejected.push({ file, kind, reason });
      continue;
    }
    const content =
      kind === 'other'
        ? true
        : await import('./sniff.js')
            .then(({ contentMatches }) => contentMatches(blobSource(file), kind))
            .catch(() => null);
    if (content) accepted.push({ file, kind });
    else
      rejected.push({ file, kind, reason: 'content', unreadable: content === null || undefined });
  }
  return { accepted, rejected };
}
