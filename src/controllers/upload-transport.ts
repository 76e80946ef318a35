// Sends one file to the host's server, retrying what another try may fix, and tells the page
// and the user how it goes. Loaded on demand (a dynamic import) the first time a file uploads,
// so pages that only select files never download it; tus-js-client only for protocol="tus".
import { displayName } from '../core/format.js';
import { fill } from '../core/messages.js';
import { multipartBody } from '../core/multipart.js';
import { isRetryable, retryDelay } from '../core/retry.js';
import { retryMessage, uploadErrorMessage } from '../core/upload-errors.js';
import { percentText } from '../core/upload-messages.js';
import type { UploadMessageContext } from '../core/upload-messages.js';
import type { ResumeUploadEventMap } from '../core/upload-events.js';
import { emit } from '../emit.js';

export type UploadStatus = 'uploading' | 'done' | 'failed' | 'cancelled';

/** One file's upload, as its row shows it. */
export interface FileUpload {
  status: UploadStatus;
  loaded: number;
  total: number;
  /** What went wrong, for failed and cancelled uploads. */
  message?: string;
  /** The server's reference for a done upload. */
  id?: string;
  /** The last quarter (0–3) of progress announced. */
  quarter: number;
  abort: AbortController;
}

/** What a transfer reports to: the element (events, re-render) and its messages. */
export interface TransferTarget {
  host: EventTarget & { requestUpdate(): void };
  config: {
    context(): UploadMessageContext;
    /** `key` (the file) lets a newer message replace one still waiting to be said. */
    announce(text: string, assertive: boolean, key?: unknown): void;
  };
}

/** Where and how to send one file, as returned by `getUploadParams` (e.g. a presigned URL). */
export interface UploadParams {
  url: string;
  /** `POST` (default) sends multipart/form-data with `fields` first; `PUT` sends the bare file. */
  method?: string;
  fields?: Record<string, string>;
  headers?: Record<string, string>;
  /** The multipart field for the file; default `file` (what S3 presigned POST expects). */
  fileField?: string;
  /** The reference the form carries once uploaded (e.g. the object key), when the reply has no `id`. */
  id?: string;
}

export interface UploadOptions {
  endpoint: string;
  fieldName: string;
  headers: Record<string, string>;
  withCredentials: boolean;
  retries: number;
  tus: boolean;
  getUploadParams?: (file: File) => Promise<UploadParams>;
}

/** A server's reply; status 0 means the network failed before one came. */
export interface Reply {
  status: number;
  response: string;
  retryAfter?: string | null;
  /** The tus upload URL: the reference of a tus upload. */
  tusUrl?: string;
  /** The `id` given by getUploadParams: the reference when the reply has none. */
  presetId?: string;
}

export interface UploadHooks {
  progress(loaded: number, total: number): void;
  /** A try failed; `retryIn` ms until the next one when `willRetry`. */
  failed(reply: Reply, willRetry: boolean, retryIn: number): void;
  /** The next try begins. */
  next(): void;
}

type Send = (signal: AbortSignal) => Promise<Reply>;

/** The server's reference: the tus upload URL, else a JSON reply's `id`, else getUploadParams' `id`. */
function referenceOf(reply: Reply): string | undefined {
  if (reply.tusUrl) return reply.tusUrl;
  try {
    const id = (JSON.parse(reply.response) as { id?: unknown } | null)?.id;
    if (typeof id === 'string' || typeof id === 'number') return String(id);
  } catch {
    // not JSON: no id
  }
  return reply.presetId;
}

/**
 * Uploads `file` for the element, keeping `u` (its row's state) current and firing the
 * upload-* events; resolves when the upload is done, failed for good, or cancelled.
 */
export async function transfer(
  file: File,
  u: FileUpload,
  opts: UploadOptions,
  ctl: TransferTarget,
): Promise<void> {
  const { host, config } = ctl;
  const fire = <K extends keyof ResumeUploadEventMap>(
    type: K,
    detail: ResumeUploadEventMap[K]['detail'],
  ) => emit<ResumeUploadEventMap, K>(host, type, detail);
  const c = config.context();
  const name = displayName(file.name);
  const say = (text: string, assertive = false) => config.announce(text, assertive, file);
  fire('upload-start', { file });
  say(fill(c.strings.uploading, { name }));
  const hooks: UploadHooks = {
    progress(loaded, total) {
      Object.assign(u, { loaded, total });
      fire('upload-progress', { file, loaded, total });
      // Heard at most every 25%: a screen reader reading every step would drown everything else.
      const quarter = total ? Math.floor((loaded / total) * 4) : 0;
      if (quarter > u.quarter && quarter < 4) {
        u.quarter = quarter;
        say(fill(c.strings.uploadProgress, { name, percent: percentText(quarter / 4, c) }));
      }
      host.requestUpdate();
    },
    failed(reply, willRetry, retryIn) {
      // One message, shown on the row and said: what happened, and what happens next.
      const message = willRetry
        ? retryMessage(file.name, retryIn, c)
        : uploadErrorMessage(reply.status, file.name, c);
      fire('upload-error', { file, status: reply.status || undefined, message, willRetry });
      say(message, !willRetry);
      Object.assign(u, willRetry ? { message, loaded: 0 } : { status: 'failed', message });
      host.requestUpdate();
    },
    next() {
      u.message = undefined;
      host.requestUpdate();
    },
  };
  try {
    const reply = await upload(file, opts, hooks, u.abort.signal);
    if (reply.status < 200 || reply.status > 299) return;
    Object.assign(u, { status: 'done', loaded: u.total, id: referenceOf(reply) });
    fire('upload-success', { file, status: reply.status, response: reply.response, id: u.id });
    say(fill(c.strings.uploadDone, { name }));
  } catch (e) {
    if ((e as Error).name !== 'AbortError') throw e;
    Object.assign(u, { status: 'cancelled', message: fill(c.strings.uploadCancelled, { name }) });
    fire('upload-abort', { file });
    say(u.message!);
  }
}

/** Uploads `file`; resolves with the 2xx reply or the last failed one; rejects only on abort. */
export async function upload(
  file: File,
  opts: UploadOptions,
  hooks: UploadHooks,
  signal: AbortSignal,
): Promise<Reply> {
  const send: Send = opts.tus
    ? await tusSender(file, opts, hooks)
    : async (s) => {
        let params: UploadParams = {
          url: opts.endpoint,
          headers: opts.headers,
          fileField: opts.fieldName,
        };
        try {
          if (opts.getUploadParams)
            params = { fileField: 'file', ...(await opts.getUploadParams(file)) };
        } catch {
          // The host could not get a target (its signing endpoint failed): a failed try, retried.
          return { status: 0, response: '' };
        }
        return { presetId: params.id, ...(await xhrSend(file, params, opts, hooks, s)) };
      };
  for (let attempt = 0; ; attempt++) {
    const reply = await send(signal);
    if (reply.status >= 200 && reply.status < 300) return reply;
    // tus answers 409 when the offset we sent is stale (e.g. the browser resent a PATCH cut
    // mid-way): the next try asks the server for its offset (HEAD) and goes on from there.
    const retryable = isRetryable(reply.status) || (opts.tus && reply.status === 409);
    const willRetry = attempt < opts.retries && retryable;
    const delay = willRetry ? retryDelay(attempt, reply.retryAfter) : 0;
    hooks.failed(reply, willRetry, delay);
    if (!willRetry) return reply;
    await wait(delay, signal);
    hooks.next();
  }
}

function aborted(): DOMException {
  return new DOMException('The upload was cancelled.', 'AbortError');
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(aborted())), {
      once: true,
    });
  });
}

// XHR rather than fetch: fetch reports no upload progress in today's browsers.
function xhrSend(
  file: File,
  p: UploadParams,
  opts: UploadOptions,
  hooks: UploadHooks,
  signal: AbortSignal,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(aborted());
    const xhr = new XMLHttpRequest();
    const method = (p.method ?? 'POST').toUpperCase();
    xhr.open(method, p.url);
    // Credentials go only to the host's own endpoint, never to a presigned storage URL.
    xhr.withCredentials = opts.withCredentials && !opts.getUploadParams;
    // PUT sends the bare file; anything else a multipart body, whose Content-Type is ours.
    const multipart =
      method === 'PUT' ? null : multipartBody(p.fields ?? {}, p.fileField ?? 'file', file);
    const headers = { ...p.headers, ...(multipart && { 'Content-Type': multipart.type }) };
    for (const [k, v] of Object.entries(headers)) {
      if (!multipart || k.toLowerCase() !== 'content-type' || v === multipart.type)
        xhr.setRequestHeader(k, v);
    }
    xhr.upload.onprogress = (e) =>
      hooks.progress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () =>
      resolve({
        status: xhr.status,
        response: xhr.responseText,
        retryAfter: xhr.getResponseHeader('Retry-After'),
      });
    xhr.onerror = xhr.ontimeout = () => resolve({ status: 0, response: '' });
    xhr.onabort = () => reject(aborted());
    signal.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(multipart?.body ?? file);
  });
}

// One tus Upload per file across tries: a new start() asks the server for its offset (HEAD)
// and sends only the rest. Nothing is kept in localStorage (storeFingerprintForResuming off).
async function tusSender(file: File, opts: UploadOptions, hooks: UploadHooks): Promise<Send> {
  const { Upload } = await import('tus-js-client');
  let settle: (reply: Reply) => void = () => {};
  const task = new Upload(file, {
    endpoint: opts.endpoint,
    headers: opts.headers,
    metadata: { filename: file.name, filetype: file.type },
    retryDelays: null,
    storeFingerprintForResuming: false,
    onBeforeRequest: (req) => {
      const xhr = req.getUnderlyingObject() as XMLHttpRequest;
      xhr.withCredentials = opts.withCredentials;
    },
    onProgress: (sent, total) => hooks.progress(sent, total),
    onSuccess: ({ lastResponse: res }) =>
      settle({
        status: res.getStatus(),
        response: res.getBody() ?? '',
        tusUrl: task.url ?? undefined,
      }),
    onError: (err) => {
      const res = (
        err as {
          originalResponse?: {
            getStatus(): number;
            getBody(): string;
            getHeader(h: string): string;
          };
        }
      ).originalResponse;
      settle({
        status: res?.getStatus() ?? 0,
        response: res?.getBody() ?? '',
        retryAfter: res?.getHeader('Retry-After'),
      });
    },
  });
  return (signal) =>
    new Promise((resolve, reject) => {
      if (signal.aborted) return reject(aborted());
      settle = resolve;
      signal.addEventListener('abort', () => (task.abort(), reject(aborted())), { once: true });
      task.start();
    });
}
