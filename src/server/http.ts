/// <reference types="node" />
// JSON replies and request guards shared by the server handlers. Every reply is JSON, uncached,
// and an error always carries `{ error, message }`: a code for programs, a sentence for people.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SERVER_MESSAGES } from './messages.js';

/** A Node request handler; it mounts in `node:http` and in Express alike. */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** Headers every JSON reply carries. */
export const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
} as const;

/** A refusal the handler turns into a JSON reply: status, code, sentence and any extra fields. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  /** The reply body: `{ error, message, ...extra }`. */
  get body(): Record<string, unknown> {
    return { error: this.code, message: this.message, ...this.extra };
  }
}

/** Sends `body` as JSON with `status`, unless the client has gone or a reply was already sent. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...JSON_HEADERS,
    ...headers,
    'Content-Length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

/**
 * Replies for a failure: an HttpError as itself, anything else as a bare 500. Nothing is logged,
 * since errors can carry request data (file names, form fields).
 */
export function sendFailure(res: ServerResponse, error: unknown): void {
  const refusal =
    error instanceof HttpError ? error : new HttpError(500, 'server', SERVER_MESSAGES.server);
  sendJson(res, refusal.status, refusal.body, refusal.headers);
}

/** Throws 405 unless the request uses one of `methods`. */
export function requireMethod(req: IncomingMessage, ...methods: string[]): void {
  if (!methods.includes(req.method ?? '')) {
    throw new HttpError(405, 'method', SERVER_MESSAGES.method, {}, { Allow: methods.join(', ') });
  }
}

/** The request's media type, lower-cased, without parameters ("multipart/form-data"). */
export function mediaTypeOf(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}

/** Throws 415 with `message` unless the request's media type is `type`. */
export function requireMediaType(req: IncomingMessage, type: string, message: string): void {
  if (mediaTypeOf(req) !== type) throw new HttpError(415, 'media-type', message);
}

/** Bytes of a refused body always read and dropped before the connection is cut. */
const MIN_DISCARD = 1024 * 1024;

/**
 * Reads and drops the rest of a refused body so the client gets to read the reply (a server that
 * closes while the client is still sending makes it see a reset instead, RFC 9112 §9.6). Past
 * `limit` more bytes (at least 1 MiB) the connection is cut: a refusal is not worth an endless
 * upload.
 */
export function discardBody(req: IncomingMessage, limit: number): void {
  const most = Math.max(limit, MIN_DISCARD);
  let dropped = 0;
  req.unpipe();
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > most) req.socket.destroy();
  });
  req.resume();
}

/**
 * Answers a request that failed with `error` (sendFailure), first reading and dropping what is
 * left of its body (discardBody, past `limit` bytes the connection is cut).
 */
export function answerFailure(
  req: IncomingMessage,
  res: ServerResponse,
  error: unknown,
  limit: number,
): void {
  if (!req.complete) discardBody(req, limit);
  sendFailure(res, error);
}
