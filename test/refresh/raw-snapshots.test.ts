import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../lib/refresh/ingest.js';
import { LocalSnapshotStore, S3SnapshotStore, snapshotName, snapshotStoreFromEnv, type SnapshotStore } from '../../lib/refresh/raw-snapshots.js';
import { startFakeAws, type FakeAws } from '../support/fake-aws.js';

const CONTENT = Buffer.from(JSON.stringify({ results: [{ id: '1', source: 'SDN', name: 'EXAMPLE' }] }));
const META = {
  contentHash: contentHash(CONTENT),
  sourceUrl: 'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.json',
  fetchedAt: '2026-11-26T00:15:00.000Z',
  etag: '"abc"',
};

let dir: string;
let aws: FakeAws;

beforeAll(async () => {
  [dir, aws] = await Promise.all([mkdtemp(path.join(tmpdir(), 'partyscreen-snapshots-')), startFakeAws()]);
});
afterAll(async () => {
  await Promise.all([rm(dir, { recursive: true, force: true }), aws.close()]);
});

function s3Store(): S3SnapshotStore {
  const client = new S3Client({
    endpoint: aws.endpoint,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return new S3SnapshotStore({ client, bucket: 'partyscreen-snapshots' });
}

describe.each([
  ['a local folder', () => new LocalSnapshotStore(path.join(dir, 'snapshots'))],
  ['S3', s3Store],
] as [string, () => SnapshotStore][])('raw snapshots in %s', (_label, open) => {
  it('stores a file under its content hash once, and gives back the exact bytes', async () => {
    const store = open();
    const first = await store.put(CONTENT, META);
    expect(first.created).toBe(true);
    expect(first.location).toMatch(new RegExp(`${snapshotName(META.contentHash).replace('.', '\\.')}$`));
    const second = await store.put(CONTENT, META);
    expect(second).toEqual({ location: first.location, created: false });
    expect((await store.get(META.contentHash))?.equals(CONTENT)).toBe(true);
    expect(await store.get(contentHash(Buffer.from('never stored')))).toBeNull();
  });
});

describe('raw snapshot details', () => {
  it('keeps a gzip file and a metadata sidecar locally, with no partial files left', async () => {
    const folder = path.join(dir, 'details');
    await new LocalSnapshotStore(folder).put(CONTENT, META);
    const name = snapshotName(META.contentHash);
    expect((await readdir(folder)).sort()).toEqual([name, name.replace(/\.gz$/, '.json')].sort());
    expect(gunzipSync(await readFile(path.join(folder, name))).equals(CONTENT)).toBe(true);
    expect(JSON.parse(await readFile(path.join(folder, name.replace(/\.gz$/, '.json')), 'utf8'))).toEqual(META);
  });

  it('writes S3 objects conditionally, with the source as metadata', async () => {
    const object = aws.objects.get(`partyscreen-snapshots/snapshots/${snapshotName(META.contentHash)}`);
    expect(object?.metadata).toMatchObject({ 'content-hash': META.contentHash, 'source-url': META.sourceUrl, 'fetched-at': META.fetchedAt, etag: '"abc"' });
    expect(gunzipSync(object!.body).equals(CONTENT)).toBe(true);
  });

  it('refuses to return bytes that do not match their hash', async () => {
    const store = s3Store();
    const forged = contentHash(Buffer.from('other'));
    aws.objects.set(`partyscreen-snapshots/snapshots/${snapshotName(forged)}`, { body: aws.objects.values().next().value!.body, metadata: {} });
    await expect(store.get(forged)).rejects.toThrow(/is corrupt: its content hashes to sha256:/);
  });

  it('is chosen by SNAPSHOT_BUCKET', () => {
    expect(snapshotStoreFromEnv({ SNAPSHOT_BUCKET: 'b', SNAPSHOT_PREFIX: 'csl/' }, dir).description).toBe('s3://b/csl/');
    expect(snapshotStoreFromEnv({ SNAPSHOT_BUCKET: ' ' }, dir).description).toBe(path.join(dir, 'snapshots'));
  });

  it('names snapshots only by a real content hash', () => {
    expect(() => snapshotName('sha256:../../etc/passwd')).toThrow(/not a content hash/);
  });
});
