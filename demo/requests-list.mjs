// GET /api/accommodations: the requests kept, for the people who arrange accommodations. Only
// when ADMIN_TOKEN is set, and only with `Authorization: Bearer <ADMIN_TOKEN>`: these are
// health-related personal data, never for the public site. A real site puts its own sign-in here.
import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpError, sendFailure, sendJson } from '../dist/server/index.js';

const digest = (text) => createHash('sha256').update(text).digest();

/** True when the request carries `Authorization: Bearer <token>` (compared in constant time). */
function authorized(req, token) {
  const [scheme, given = ''] = (req.headers.authorization ?? '').split(' ');
  return scheme === 'Bearer' && timingSafeEqual(digest(given), digest(token));
}

/** The handler: `{ requests: [...] }`, newest first, from `store`. */
export function requestListHandler({ store, token }) {
  return async (req, res) => {
    try {
      if (req.method !== 'GET') {
        throw new HttpError(405, 'method', 'Use GET.', {}, { Allow: 'GET' });
      }
      if (!authorized(req, token)) {
        throw new HttpError(
          401,
          'unauthorized',
          'Send the admin token as Authorization: Bearer <token>.',
          {},
          { 'WWW-Authenticate': 'Bearer' },
        );
      }
      sendJson(res, 200, { requests: await store.list() });
    } catch (error) {
      sendFailure(res, error);
    }
  };
}
