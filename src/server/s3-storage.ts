/// <reference types="node" />
// Uploads in S3-compatible object storage (AWS S3, MinIO, Cloudflare R2, …) through the AWS SDK
// for JavaScript v3, which s3-objects.ts loads on first use: servers that keep files in a folder
// never need it. Keys are `<prefix><id>` and `<prefix><id>.json`.
import type { Readable } from 'node:stream';
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import type { S3StoredFile } from './s3-common.js';
import type { ObjectAt } from './s3-objects.js';
import type { UploadRecord } from './storage.js';
import { checkId, type UploadStorage } from './upload-storage.js';

export type { S3StoredFile } from './s3-common.js';

/** Options of `createS3Storage`. */
export interface S3StorageOptions {
  /** The bucket; it must exist. */
  bucket: string;
  /** Prepended to every key, e.g. `resumes/`; default none. */
  prefix?: string;
  /**
   * S3 client settings: `region`, `endpoint`, `credentials`, `forcePathStyle`, … Default: what the
   * SDK reads from the environment (AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, …).
   */
  client?: S3ClientConfig;
}

/** The S3 storage. */
export interface S3Storage extends UploadStorage {
  readonly kind: 's3';
  readonly bucket: string;
  readonly prefix: string;
  /** The client settings (@tus/s3-store makes its own client from them). */
  readonly clientConfig: S3ClientConfig;
  /** The client, made on first use. */
  client(): Promise<S3Client>;
  /** Opens the object at `key` for reading; null when there is none. */
  openKey(key: string): Promise<S3StoredFile | null>;
  /** Deletes the object at `key`, if any. */
  removeKey(key: string): Promise<void>;
  /** Copies the object at `from` to `to`, only if it still has `etag`. */
  copyKey(from: string, to: string, etag: string): Promise<void>;
}

/** The S3 requests, loaded with the SDK on first use. */
const objects = () => import('./s3-objects.js');

class BucketStorage implements S3Storage {
  readonly kind = 's3';
  #client: Promise<S3Client> | undefined;

  constructor(
    readonly bucket: string,
    readonly prefix: string,
    readonly clientConfig: S3ClientConfig,
  ) {}

  client(): Promise<S3Client> {
    // If the SDK cannot be loaded (not installed), the next call tries again.
    this.#client ??= objects().then(
      ({ newClient }) => newClient(this.clientConfig),
      (error: unknown) => {
        this.#client = undefined;
        throw error;
      },
    );
    return this.#client;
  }

  async write(id: string, body: Readable, signal: AbortSignal): Promise<number> {
    return (await objects()).putStream(await this.#at(this.#key(id)), body, signal);
  }

  async open(id: string): Promise<S3StoredFile | null> {
    return this.openKey(this.#key(id));
  }

  async openKey(key: string): Promise<S3StoredFile | null> {
    return (await objects()).openObject(await this.#at(key));
  }

  async writeRecord(record: UploadRecord): Promise<void> {
    await (await objects()).putJson(await this.#at(this.#key(record.id, '.json')), record);
  }

  async readRecord(id: string): Promise<unknown> {
    return (await objects()).getJson(await this.#at(this.#key(id, '.json')));
  }

  async remove(id: string): Promise<void> {
    await Promise.all([this.removeKey(this.#key(id)), this.removeKey(this.#key(id, '.json'))]);
  }

  async removeKey(key: string): Promise<void> {
    await (await objects()).deleteObject(await this.#at(key));
  }

  async copyKey(from: string, to: string, etag: string): Promise<void> {
    await (await objects()).copyIfMatch(await this.#at(to), from, etag);
  }

  /** The key of `id`: only ids this package made reach a key. */
  #key(id: string, suffix = ''): string {
    return `${this.prefix}${checkId(id)}${suffix}`;
  }

  async #at(key: string): Promise<ObjectAt> {
    return { client: await this.client(), bucket: this.bucket, key };
  }
}

/** Files as objects in `bucket` under `prefix`. Nothing is loaded or connected until first use. */
export function createS3Storage(options: S3StorageOptions): S3Storage {
  const { bucket, prefix = '', client = {} } = options ?? {};
  if (typeof bucket !== 'string' || !bucket) {
    throw new TypeError('applykit/server: `bucket` is required');
  }
  if (typeof prefix !== 'string' || prefix.startsWith('/')) {
    throw new TypeError('applykit/server: `prefix` must be a key prefix like "resumes/"');
  }
  return new BucketStorage(bucket, prefix, client);
}
