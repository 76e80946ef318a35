// Sends a request to the host's `endpoint` as JSON, same-origin credentials only. The reply's
// `id` (string or number) is the reference shown to the candidate.
import type { AccommodationRequest } from '../core/accommodation.js';

export interface SendResult {
  ok: boolean;
  /** The HTTP status; absent when the network failed. */
  status?: number;
  /** The reference from a 2xx JSON reply, '' when there is none. */
  id: string;
}

/** POSTs `request`; never rejects except when `signal` aborts it. */
export async function sendRequest(
  endpoint: string,
  request: AccommodationRequest,
  signal: AbortSignal,
): Promise<SendResult> {
  let res: Response;
  try {
    res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
      credentials: 'same-origin',
      signal,
    });
  } catch (e) {
    if (signal.aborted) throw e;
    return { ok: false, id: '' };
  }
  if (!res.ok) return { ok: false, status: res.status, id: '' };
  const id = await res.json().then(
    (j: unknown) => (j as { id?: unknown } | null)?.id,
    () => undefined,
  );
  return {
    ok: true,
    status: res.status,
    id: typeof id === 'string' || typeof id === 'number' ? String(id) : '',
  };
}
