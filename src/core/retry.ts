// When and how long to wait before retrying an upload: network errors, 408, 429 and 5xx are
// worth another try; other 4xx mean the request itself was refused and would fail again.

/** True for replies that another try may fix (status 0 means the network failed). */
export function isRetryable(status: number): boolean {
  return status === 0 || status === 408 || status === 429 || status >= 500;
}

/** Milliseconds from a Retry-After header (seconds or an HTTP date), or null when absent or invalid. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date starts with a day name; Date.parse alone would take "-3" as a year.
  const date = /^[a-z]/i.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * Delay before retry number `attempt` (0-based): the server's Retry-After when it gave one
 * (capped at `max`), else exponential backoff from `base` with "equal jitter" (half fixed, half
 * random), so many clients that failed together do not come back together.
 */
export function retryDelay(
  attempt: number,
  retryAfter: string | null = null,
  { base = 1000, max = 30_000, random = Math.random, now = Date.now() } = {},
): number {
  const after = parseRetryAfter(retryAfter, now);
  if (after !== null) return Math.min(after, max);
  const ceiling = Math.min(max, base * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
