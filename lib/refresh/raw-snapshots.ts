/**
 * The raw list files the refresh fetched, kept so any version can be re-parsed and audited: a
 * version header records the file's content hash, and the snapshot is stored under that hash.
 * Content-addressed, so storing the same file twice is a no-op and nothing is ever overwritten.
 *
 * Stored gzip-compressed (`<hash>.gz`, the CSL JSON compresses ~8x); `get` returns the exact bytes
 * that were fetched and checks them against the hash. S3 on AWS (SNAPSHOT_BUCKET), a folder locally.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback, gzip as gzipCallback } from 'node:zlib';
import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { contentHash as hashOf } from './ingest.js';

const gzip = promisify(gzipCallback);
const gunzip = promisify(gunzipCallback);
/**
 * Large output chunks let the compression run on the thread pool in a few steps while the main
 * thread parses the same file; with zlib's 16 KiB default each step waits for the parse to yield.
 */
const GZIP_OPTIONS = { chunkSize: 4 * 1024 * 1024 };

/** What is known about a snapshot besides its bytes. */
export interface SnapshotMeta {
  /** `sha256:<hex>` of the raw bytes. */
  contentHash: string;
  sourceUrl: string;
  fetchedAt: string;
  etag?: string;
  lastModified?: string;
}

export interface StoredSnapshot {
  /** Where it is: a file path or an s3:// URL. */
  location: string;
  /** False when the same content was already stored. */
  created: boolean;
}

export interface SnapshotStore {
  /** For messages: the folder or s3://bucket/prefix. */
  readonly description: string;
  put(content: Buffer, meta: SnapshotMeta): Promise<StoredSnapshot>;
  /** The raw bytes, or null when no snapshot has that hash. */
  get(contentHash: string): Promise<Buffer | null>;
}

const HASH_PATTERN = /^sha256:([0-9a-f]{64})$/;

/** `sha256:ab12...` -> `sha256-ab12....gz`: the snapshot's file or object name. */
export function snapshotName(contentHash: string): string {
  const hex = HASH_PATTERN.exec(contentHash)?.[1];
  if (!hex) throw new RangeError(`not a content hash: ${JSON.stringify(contentHash)} (expected sha256:<64 hex digits>)`);
  return `sha256-${hex}.gz`;
}

/** A folder of `<name>.gz` snapshots, each with a `<name>.json` sidecar holding its SnapshotMeta. */
export class LocalSnapshotStore implements SnapshotStore {
  readonly description: string;

  constructor(readonly dir: string) {
    this.description = dir;
  }

  async put(content: Buffer, meta: SnapshotMeta): Promise<StoredSnapshot> {
    const file = path.join(this.dir, snapshotName(meta.contentHash));
    if (await exists(file)) return { location: file, created: false };
    await mkdir(this.dir, { recursive: true });
    // Written under a temporary name and renamed: a crash never leaves a partial file under the real name.
    const temporary = `${file}.${randomBytes(4).toString('hex')}.partial`;
    try {
      await writeFile(temporary, await gzip(content, GZIP_OPTIONS));
      await writeFile(file.replace(/\.gz$/, '.json'), `${JSON.stringify(meta, null, 2)}\n`);
      await rename(temporary, file);
    } finally {
      await rm(temporary, { force: true });
    }
    return { location: file, created: true };
  }

  async get(contentHash: string): Promise<Buffer | null> {
    const file = path.join(this.dir, snapshotName(contentHash));
    const stored = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    return stored && verified(await gunzip(stored), contentHash, file);
  }
}

export interface S3SnapshotOptions {
  client: S3Client;
  bucket: string;
  /** Key prefix, e.g. `csl/`. Default `snapshots/`. */
  prefix?: string;
}

/** Objects `<prefix><name>.gz`, written only if absent (S3 conditional write), with the meta as object metadata. */
export class S3SnapshotStore implements SnapshotStore {
  readonly description: string;
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(options: S3SnapshotOptions) {
    this.client = options.client;
    this.bucket = options.bucket;
    this.prefix = options.prefix ?? 'snapshots/';
    this.description = `s3://${this.bucket}/${this.prefix}`;
  }

  async put(content: Buffer, meta: SnapshotMeta): Promise<StoredSnapshot> {
    const key = `${this.prefix}${snapshotName(meta.contentHash)}`;
    const location = `s3://${this.bucket}/${key}`;
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: await gzip(content, GZIP_OPTIONS),
          ContentType: 'application/gzip',
          IfNoneMatch: '*',
          Metadata: {
            'content-hash': meta.contentHash,
            'source-url': meta.sourceUrl,
            'fetched-at': meta.fetchedAt,
            ...(meta.etag !== undefined ? { etag: asciiHeader(meta.etag) } : {}),
            ...(meta.lastModified !== undefined ? { 'last-modified': meta.lastModified } : {}),
          },
        }),
      );
      return { location, created: true };
    } catch (error) {
      // 412: an object with this key, i.e. this exact content, is already there.
      if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 412) return { location, created: false };
      throw error;
    }
  }

  async get(contentHash: string): Promise<Buffer | null> {
    const key = `${this.prefix}${snapshotName(contentHash)}`;
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      const stored = Buffer.from(await object.Body!.transformToByteArray());
      return verified(await gunzip(stored), contentHash, `s3://${this.bucket}/${key}`);
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      throw error;
    }
  }
}

/** SNAPSHOT_BUCKET (and optional SNAPSHOT_PREFIX) -> S3; otherwise `<dataDir>/snapshots`. */
export function snapshotStoreFromEnv(env: NodeJS.ProcessEnv, dataDir: string, s3Client?: S3Client): SnapshotStore {
  const bucket = env.SNAPSHOT_BUCKET?.trim();
  if (bucket) {
    const prefix = env.SNAPSHOT_PREFIX?.trim();
    return new S3SnapshotStore({ client: s3Client ?? new S3Client({}), bucket, ...(prefix ? { prefix } : {}) });
  }
  return new LocalSnapshotStore(path.join(dataDir, 'snapshots'));
}

function verified(content: Buffer, contentHash: string, location: string): Buffer {
  const actual = hashOf(content);
  if (actual !== contentHash) throw new Error(`Snapshot ${location} is corrupt: its content hashes to ${actual}, not ${contentHash}`);
  return content;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** S3 metadata travels as HTTP headers: keep it printable ASCII. */
function asciiHeader(value: string): string {
  return value.replace(/[^\x20-\x7e]/g, '?');
}
