// What a failed upload means for the user: the sentence for each HTTP status, and the one said
// while waiting to try again. Only the upload transport uses them, so they load with it (lazily).
import { displayName } from './format.js';
import { numberFormat } from './intl.js';
import { fill } from './messages.js';
import type { UploadMessageContext } from './upload-messages.js';

/** What a failed upload means for the user, by HTTP status (0: the network failed). */
export function uploadErrorMessage(status: number, name: string, c: UploadMessageContext): string {
  const t = c.strings;
  const template =
    status === 0
      ? t.uploadNetwork
      : status === 413
        ? t.uploadTooLarge
        : status === 415 || status === 422
          ? t.uploadRefused
          : status === 401 || status === 403
            ? t.uploadForbidden
            : status === 429 || status === 503
              ? t.uploadBusy
              : status >= 500
                ? t.uploadServer
                : t.uploadFailed;
  return fill(template, { name: displayName(name), status });
}

/** While waiting to try again: what happened and when the next try is, with nothing to do (the
 * cause and the remedy come once the tries run out). */
export function retryMessage(name: string, ms: number, c: UploadMessageContext): string {
  return fill(c.strings.uploadRetrying, {
    name: displayName(name),
    seconds: numberFormat(c.locale).format(Math.max(1, Math.ceil(ms / 1000))),
  });
}
