// An S3-protocol server on loopback for the engine tests: s3rver (the @20minutes fork, which
// keeps s3rver's store and signature checks on current dependencies), with two gaps closed:
// - the AWS SDK v3 addresses bucket-level requests as `/bucket/` (CreateBucket, ListObjectsV2,
//   DeleteObjects…) and signs that path, while s3rver checks the signature against `/bucket`;
//   such requests are marked so s3rver builds the canonical path the SDK signed;
// - three requests of the multipart-upload API that @tus/s3-store sends are missing from s3rver:
//   ListParts, AbortMultipartUpload and ListMultipartUploads. They are answered here from
//   s3rver's own store, following the S3 API reference, without a signature check.
// Every other request is s3rver's own. Node tests only.
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from '@20minutes/s3rver';
import S3Error from '@20minutes/s3rver/lib/models/error.js';

/** Credentials s3rver accepts out of the box. */
export const S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/** Requests the middleware below answers in s3rver's place (see the header). */
export const EMULATED = [
  'ListParts',
  'AbortMultipartUpload',
  'ListMultipartUploads',
  'DeleteObjects',
];

/**
 * Starts the server on 127.0.0.1 with an empty store in a temp folder and `buckets` created.
 * Resolves with `{ endpoint, calls, stop }`: `calls` counts the requests by S3 operation, so a
 * test can say which parts of the API it exercised.
 */
export async function startS3({ buckets = [] } = {}) {
  const directory = await mkdtemp(join(tmpdir(), 'applykit-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: buckets.map((name) => ({ name })),
  });
  const calls = new Map();
  // After s3rver's own logger, XML encoder and vhost handling; before its router.
  server.middleware.splice(server.middleware.length - 1, 0, count, multipartExtras(server.store));
  async function count(ctx, next) {
    const op = operationOf(ctx.method, ctx.path, ctx.query, ctx.headers);
    calls.set(op, (calls.get(op) ?? 0) + 1);
    await next();
  }
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** The S3 operation a request is, by method, path depth, sub-resource and copy header. */
export function operationOf(method, path, query, headers = {}) {
  const [, key] = splitPath(path);
  const has = (name) => Object.hasOwn(query, name);
  if (!key) {
    if (method === 'POST' && has('delete')) return 'DeleteObjects';
    if (method === 'GET' && has('uploads')) return 'ListMultipartUploads';
    if (method === 'POST') return 'PostObject';
    return { PUT: 'CreateBucket', GET: 'ListObjects', HEAD: 'HeadBucket' }[method] ?? method;
  }
  if (has('uploads')) return 'CreateMultipartUpload';
  if (has('uploadId')) {
    return (
      {
        PUT: 'UploadPart',
        GET: 'ListParts',
        POST: 'CompleteMultipartUpload',
        DELETE: 'AbortMultipartUpload',
      }[method] ?? method
    );
  }
  if (method === 'PUT' && headers['x-amz-copy-source']) return 'CopyObject';
  if (method === 'GET' && headers.range) return 'GetObject (Range)';
  const ops = { PUT: 'PutObject', GET: 'GetObject', HEAD: 'HeadObject', DELETE: 'DeleteObject' };
  return ops[method] ?? method;
}

/** `/bucket/some/key` → ['bucket', 'some/key'] (decoded); `/bucket/` → ['bucket', '']. */
function splitPath(path) {
  const [, bucket = '', ...rest] = path.split('/');
  return [decodeURIComponent(bucket), rest.map(decodeURIComponent).join('/')];
}

/** Koa middleware answering the three requests s3rver cannot, from its filesystem store. */
function multipartExtras(store) {
  const uploadsDir = (bucket) => store.getResourcePath(bucket, undefined, 'uploads');
  return async function extras(ctx, next) {
    const [bucket, key] = splitPath(ctx.path);
    switch (operationOf(ctx.method, ctx.path, ctx.query)) {
      case 'ListParts':
        return listParts(ctx, uploadsDir(bucket), bucket, key);
      case 'AbortMultipartUpload':
        await findUpload(uploadsDir(bucket), ctx.query.uploadId, key);
        await rm(join(uploadsDir(bucket), ctx.query.uploadId), { recursive: true });
        ctx.status = 204;
        return;
      case 'ListMultipartUploads':
        return listUploads(ctx, uploadsDir(bucket), bucket);
      default:
        if (/^\/[^/]+\/$/.test(ctx.path)) {
          // s3rver's signature check builds `/${bucket}${mountPath}` for virtual-host requests:
          // so it checks the `/bucket/` the SDK signed.
          ctx.state.vhost = true;
          ctx.mountPath = '/';
        }
        return next();
    }
  };
}

/** The folder of an unfinished upload of `key`; NoSuchUpload when there is none. */
async function findUpload(dir, uploadId, key) {
  const folder = join(dir, String(uploadId ?? ''));
  const stored = /^[0-9a-f]+$/.test(uploadId ?? '')
    ? await readFile(join(folder, 'key'), 'utf8').catch(() => null)
    : null;
  if (stored === null || (key !== undefined && stored !== key)) {
    throw new S3Error('NoSuchUpload', 'The specified upload does not exist.', {
      UploadId: uploadId,
    });
  }
  return { folder, key: stored, initiated: (await stat(join(folder, 'key'))).mtime };
}

async function listParts(ctx, dir, bucket, key) {
  const { uploadId } = ctx.query;
  const { folder } = await findUpload(dir, uploadId, key);
  const marker = Number(ctx.query['part-number-marker'] ?? 0);
  const numbers = (await readdir(folder))
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((n) => n > marker)
    .sort((a, b) => a - b);
  const parts = await Promise.all(
    numbers.map(async (n) => {
      const info = await stat(join(folder, String(n)));
      const md5 = await readFile(join(folder, `${n}.md5`), 'utf8');
      const etag = JSON.stringify(md5);
      return { PartNumber: n, LastModified: info.mtime.toISOString(), ETag: etag, Size: info.size };
    }),
  );
  ctx.body = {
    ListPartsResult: {
      '@': { xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/' },
      Bucket: bucket,
      Key: key,
      UploadId: uploadId,
      PartNumberMarker: marker,
      NextPartNumberMarker: numbers.at(-1) ?? marker,
      MaxParts: 1000,
      IsTruncated: false,
      Part: parts,
    },
  };
}

async function listUploads(ctx, dir, bucket) {
  const ids = await readdir(dir).catch(() => []);
  const uploads = (
    await Promise.all(
      ids.map((id) =>
        findUpload(dir, id).then(
          (u) => ({ id, ...u }),
          () => null,
        ),
      ),
    )
  ).filter(Boolean);
  ctx.body = {
    ListMultipartUploadsResult: {
      '@': { xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/' },
      Bucket: bucket,
      MaxUploads: 1000,
      IsTruncated: false,
      Upload: uploads.map((u) => ({
        Key: u.key,
        UploadId: u.id,
        Initiated: u.initiated.toISOString(),
      })),
    },
  };
}
