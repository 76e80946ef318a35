// Where the demo keeps what it receives, from the environment. Nothing set: folders under the
// data directory, as always. S3_BUCKET (with S3_ENDPOINT for a store other than AWS, and the
// usual AWS_* credentials): uploads in that bucket. DATABASE_URL: accommodation requests in
// PostgreSQL. Several demo processes given the same bucket and database act as one site.
import { join } from 'node:path';
import {
  createDirectoryRequestStore,
  createDirectoryStorage,
  createPostgresRequestStore,
  createS3Storage,
} from '../dist/server/index.js';

/** Thrown for a setting that cannot work; the demo prints the message and stops. */
export class SettingError extends Error {}

/** A whole number of days from the environment, or `fallback`. */
function days(env, name, fallback) {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new SettingError(`${name} must be a whole number of days (1 or more), not "${text}".`);
  }
  return value;
}

/** S3 client settings from the environment; the SDK itself reads AWS_ACCESS_KEY_ID and co. */
function s3Client(env) {
  const endpoint = env.S3_ENDPOINT || undefined;
  const pathStyle = env.S3_FORCE_PATH_STYLE ?? (endpoint ? 'true' : 'false');
  if (!['true', 'false'].includes(pathStyle)) {
    throw new SettingError(`S3_FORCE_PATH_STYLE must be "true" or "false", not "${pathStyle}".`);
  }
  return {
    ...(endpoint && { endpoint }),
    // MinIO and most S3-compatible stores take bucket names in the path; AWS in the host name.
    forcePathStyle: pathStyle === 'true',
    region: env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1',
  };
}

/**
 * The demo's storages and request store: `{ uploads, tusUploads, directUploads, requests,
 * summary }`. `directUploads` is null without S3; `summary` says where things go, for the log.
 */
export function backendsFromEnv(env, dataDir) {
  if (env.S3_ENDPOINT && !env.S3_BUCKET) {
    throw new SettingError('S3_ENDPOINT is set but S3_BUCKET is not: set both to use S3.');
  }
  const retentionDays = days(env, 'ACCOMMODATION_RETENTION_DAYS', undefined);
  const requests = env.DATABASE_URL
    ? createPostgresRequestStore({ connectionString: env.DATABASE_URL, retentionDays })
    : createDirectoryRequestStore(join(dataDir, 'accommodations'), { retentionDays });
  const requestsAt = env.DATABASE_URL
    ? 'PostgreSQL (DATABASE_URL)'
    : join(dataDir, 'accommodations');
  if (!env.S3_BUCKET) {
    return {
      uploads: createDirectoryStorage(join(dataDir, 'uploads')),
      tusUploads: createDirectoryStorage(join(dataDir, 'uploads-tus')),
      directUploads: null,
      requests,
      summary: [`Uploads are stored under ${dataDir}.`, `Accommodation requests: ${requestsAt}.`],
    };
  }
  const client = s3Client(env);
  const prefix = env.S3_PREFIX ?? '';
  const bucket = (folder) =>
    createS3Storage({ bucket: env.S3_BUCKET, prefix: `${prefix}${folder}/`, client });
  const where = `s3://${env.S3_BUCKET}/${prefix}`;
  return {
    uploads: bucket('uploads'),
    tusUploads: bucket('uploads-tus'),
    directUploads: bucket('uploads-direct'),
    requests,
    summary: [
      `Uploads are stored in ${where} (${client.endpoint ?? 'AWS'}).`,
      `Accommodation requests: ${requestsAt}.`,
    ],
  };
}
