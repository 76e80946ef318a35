// POST /api/applications: the application itself (name, email, the resume's upload id), as a
// careers site would take it. Only from this site's own pages, only form-encoded UTF-8, every
// field checked with the form's own messages, and the resume must be an upload this server stored.
import { mkdir, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ACCOMMODATION_MESSAGES, isEmailAddress } from '../dist/core/accommodation.js';
import { resumeUploadStrings } from '../dist/core/upload-strings.js';
import {
  discardBody,
  FIELD_MESSAGES,
  findUpload,
  HttpError,
  readBody,
  SERVER_MESSAGES,
  sendFailure,
  sendJson,
} from '../dist/server/index.js';

const MAX_BYTES = 16 * 1024;
/** Longest name or email accepted, as for accommodation requests. */
const MAX_TEXT = 500;
/** As many files as <resume-upload multiple> takes by default. */
const MAX_RESUMES = 5;
const FORM = 'application/x-www-form-urlencoded';
const MESSAGES = {
  origin: 'Applications can only be sent from this site’s own pages.',
  notForm: `Send the application as ${FORM}.`,
  encoding: 'The application must be sent in UTF-8.',
  resumeUnknown: 'Upload your resume again: this site has no file with that reference.',
  resumeCount: `Send at most ${MAX_RESUMES} files.`,
};

/**
 * True when the request comes from a page of `origin` (by default this server as the request
 * addresses it). A browser always sends `Origin` with a POST, or at least `Sec-Fetch-Site`; a
 * request with neither comes from no browser, so no other site's page can be behind it.
 */
export function fromOwnOrigin(req, origin = `http://${req.headers.host}`) {
  if (req.headers.origin !== undefined) return req.headers.origin === origin;
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}

/** Field errors of a submitted form (a null-prototype map; empty when valid) and its values. */
export async function checkApplication(form, uploads) {
  const errors = Object.create(null);
  const fullName = (form.get('fullName') ?? '').trim();
  const email = (form.get('email') ?? '').trim();
  const resume = [...new Set(form.getAll('resume').filter(Boolean))];
  if (!fullName) errors.fullName = ACCOMMODATION_MESSAGES.nameMissing;
  else if (fullName.length > MAX_TEXT) errors.fullName = FIELD_MESSAGES.textTooLong;
  if (!email) errors.email = ACCOMMODATION_MESSAGES.emailMissing;
  else if (!isEmailAddress(email)) errors.email = ACCOMMODATION_MESSAGES.emailFormat;
  else if (email.length > MAX_TEXT) errors.email = FIELD_MESSAGES.textTooLong;
  if (!resume.length) errors.resume = resumeUploadStrings.required;
  else if (resume.length > MAX_RESUMES) errors.resume = MESSAGES.resumeCount;
  else if (!(await allStored(resume, uploads))) errors.resume = MESSAGES.resumeUnknown;
  return { errors, application: { fullName, email, resume } };
}

/** True when every id is a finished upload in one of `uploads` (folders or storages). */
async function allStored(ids, uploads) {
  const found = await Promise.all(
    ids.map(async (id) =>
      (await Promise.all(uploads.map((where) => findUpload(where, id)))).some(Boolean),
    ),
  );
  return found.every(Boolean);
}

/** The body as text: bytes first, then strict UTF-8, so a character split across packets holds. */
async function readForm(req) {
  const bytes = await readBody(req, MAX_BYTES);
  try {
    return new URLSearchParams(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new HttpError(400, 'encoding', MESSAGES.encoding);
  }
}

/** The handler; `uploads` are where the upload handlers store (folders or storages). */
export function applicationHandler({ dir, uploads, origin }) {
  return async (req, res) => {
    try {
      if (req.method !== 'POST') {
        throw new HttpError(405, 'method', SERVER_MESSAGES.method, {}, { Allow: 'POST' });
      }
      if (!fromOwnOrigin(req, origin)) throw new HttpError(403, 'origin', MESSAGES.origin);
      const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      if (type !== FORM) throw new HttpError(415, 'media-type', MESSAGES.notForm);
      const { errors, application } = await checkApplication(await readForm(req), uploads);
      if (Object.keys(errors).length) {
        throw new HttpError(400, 'invalid', SERVER_MESSAGES.invalid, { fields: { ...errors } });
      }
      const id = randomUUID();
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const stored = { id, receivedAt: new Date().toISOString(), ...application };
      await writeFile(join(dir, `${id}.json`), JSON.stringify(stored), { mode: 0o600, flag: 'wx' });
      sendJson(res, 201, { id });
    } catch (error) {
      if (!req.complete) discardBody(req, MAX_BYTES);
      sendFailure(res, error);
    }
  };
}
