/// <reference types="node" />
// Reading a small JSON body with its size limit enforced while it arrives, not after.
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http.js';
import { bodyTooLargeMessage, SERVER_MESSAGES } from './messages.js';

/** The body as bytes; 413 as soon as it passes `maxBytes` (declared or counted). */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = new HttpError(413, 'too-large', bodyTooLargeMessage(maxBytes));
  if (Number(req.headers['content-length']) > maxBytes) return Promise.reject(tooLarge);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (error?: HttpError): void => {
      req.off('data', onData).off('end', onEnd).off('error', onError);
      if (error) reject(error);
      else resolve(Buffer.concat(chunks));
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes) settle(tooLarge);
      else chunks.push(chunk);
    };
    const onEnd = (): void => settle();
    const onError = (): void => settle(new HttpError(400, 'aborted', SERVER_MESSAGES.malformed));
    req.on('data', onData).once('end', onEnd).once('error', onError);
  });
}

/** The body parsed as a JSON object (strict UTF-8); 400 `invalid-json` for anything else. */
export async function readJsonObject(
  req: IncomingMessage,
  maxBytes: number,
): Promise<Record<string, unknown>> {
  const bytes = await readBody(req, maxBytes);
  const invalid = new HttpError(400, 'invalid-json', SERVER_MESSAGES.invalidJson);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw invalid;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid;
  return value as Record<string, unknown>;
}
