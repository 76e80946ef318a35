// What an engine test (test/engines/) gets from `npm run test:engines`: a database and a bucket
// of its own on the engines that script started, so test files never see each other's data.
// Node tests only.
import { randomBytes } from 'node:crypto';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import pg from 'pg';

const DATABASE_URL = process.env.APPLYKIT_TEST_DATABASE_URL;
const S3_ENDPOINT = process.env.APPLYKIT_TEST_S3_ENDPOINT;

if (!DATABASE_URL || !S3_ENDPOINT) {
  throw new Error('The engine tests run through `npm run test:engines` (it starts the engines).');
}

const suffix = () => randomBytes(4).toString('hex');

/** S3 client settings for the emulator (credentials and region come from the environment). */
export const s3Settings = { endpoint: S3_ENDPOINT, forcePathStyle: true };

/** Creates a fresh database; resolves with `{ url, drop }`. */
export async function testDatabase() {
  const name = `applykit_${suffix()}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Creates a fresh bucket; resolves with its name and a client for looking into it. */
export async function testBucket() {
  const bucket = `applykit-${suffix()}`;
  const client = new S3Client(s3Settings);
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  return { bucket, client, endpoint: S3_ENDPOINT };
}
