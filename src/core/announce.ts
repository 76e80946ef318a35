// How a live region speaks (WCAG 4.1.3): each message stays in the region about as long as a
// screen reader takes to say it, so the next one cannot overwrite it unheard; what arrives
// meanwhile waits and is said as one sentence. A waiting message about the same thing (the same
// key, e.g. one file's upload) gives way to the newer one: "Uploading" is not read after "uploaded".

/** A message for a live region; messages with the same `key` (compared with ===) supersede. */
export interface Message {
  text: string;
  key?: unknown;
}

/** How long `text` stays before the next message may replace it, in ms: about 17 characters a
 * second (a screen reader's default rate), at least 1 s, at most 5 s. */
export function holdTime(text: string): number {
  return Math.min(5000, Math.max(1000, text.length * 60));
}

/** `waiting` without the messages about `key` (all kept when `key` is undefined). */
export function without(waiting: readonly Message[], key: unknown): Message[] {
  return waiting.filter((m) => key === undefined || m.key !== key);
}

/** Texts said as one: each ends with a full stop (unless it already ends with punctuation)
 * before the next. */
export function sentence(texts: readonly string[]): string {
  return texts
    .map((text, i) => (i < texts.length - 1 && !/[.!?…。؟]$/.test(text) ? `${text}.` : text))
    .join(' ');
}
