import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../lib/errors.js';
import type { ListEntry } from '../../lib/lists/model.js';
import { createDocumentClient } from '../../lib/store/client.js';
import { startEmbeddedDynamo } from '../../lib/store/embedded.js';
import {
  ActiveVersionDeletionError,
  ConcurrentActivationError,
  CorruptVersionError,
  VersionNotFoundError,
  activateVersion,
  chunkKey,
  deleteVersion,
  getActivePointer,
  listVersions,
  loadActiveVersion,
  loadVersion,
  planVersion,
  shardPartitionKey,
  writeVersion,
  writeVersionChunks,
  type ListStore,
  type VersionMeta,
} from '../../lib/store/list-versions.js';
import { ensureListsTable } from '../../lib/store/tables.js';
import { startTestStore, type TestStore } from '../support/dynamo.js';
import { syntheticEntries } from '../support/synthetic-entries.js';

/** Every ListEntry field, optional ones included, across the entry types. */
const handBuilt: ListEntry[] = [
  {
    entryId: 'SDN-36123',
    source: 'SDN',
    sourceName: 'Specially Designated Nationals (SDN) - Treasury Department',
    type: 'person',
    name: 'AL-RASHID, Hassan Ali',
    aliases: ['AL RASHID, Hasan', 'Абу Хасан', '哈桑'],
    addresses: [
      { street: '12 Vali Asr Ave', city: 'Tehran', state: 'Tehran Province', postalCode: '15119', country: 'IR', full: '12 Vali Asr Ave, Tehran, Iran' },
      { full: 'Damascus, Syria', city: 'Damascus', country: 'SY' },
    ],
    countries: ['IR', 'SY'],
    nationalities: ['IR'],
    citizenships: ['SY'],
    datesOfBirth: [
      { text: '12 Mar 1965', year: 1965, month: 3, day: 12 },
      { text: 'circa 1966', yearFrom: 1965, yearTo: 1967, circa: true },
    ],
    placesOfBirth: ['Qom, Iran'],
    ids: [
      { type: 'Passport', number: 'A1234567', country: 'IR', issueDate: '2010-01-05', expirationDate: '2020-01-04' },
      { type: 'National ID No.', number: '0012345678' },
    ],
    facts: [{ type: 'Gender', value: 'Male' }, { type: 'Secondary sanctions risk', value: 'Section 1(b) of E.O. 13224' }],
    programs: ['SDGT', 'IRGC'],
    title: 'Commander',
    remarks: 'Linked To: EXAMPLE TRADING CO.; "quoted" remarks with \\ backslash and\nnewline',
    federalRegisterNotice: '85 FR 12345',
    startDate: '2019-04-15',
    endDate: '2029-04-15',
    entityNumber: '36123',
    standardOrder: 'Y',
    licenseRequirement: 'See OFAC regulations',
    licensePolicy: 'Case-by-case',
    sourceListUrl: 'https://sanctionslist.ofac.treas.gov/Home/SdnList',
    sourceInformationUrl: 'https://ofac.treasury.gov/faqs',
  },
  {
    entryId: 'EL-7',
    source: 'EL',
    sourceName: 'Entity List (EL) - Bureau of Industry and Security',
    type: 'organization',
    name: 'Shenzhen Example Electronics Co., Ltd.',
    aliases: [],
    addresses: [{ city: 'Shenzhen', country: 'CN', full: 'Room 101, Futian, Shenzhen, China' }],
    countries: ['CN'],
    nationalities: [],
    citizenships: [],
    datesOfBirth: [],
    placesOfBirth: [],
    ids: [],
    facts: [],
    programs: [],
    federalRegisterNotice: '84 FR 22961',
    licenseRequirement: 'For all items subject to the EAR.',
    licensePolicy: 'Presumption of denial.',
  },
  {
    entryId: 'SDN-9001',
    source: 'SDN',
    sourceName: 'Specially Designated Nationals (SDN) - Treasury Department',
    type: 'vessel',
    name: 'OCEAN EXAMPLE',
    aliases: ['OCEAN EX'],
    addresses: [],
    countries: [],
    nationalities: [],
    citizenships: [],
    datesOfBirth: [],
    placesOfBirth: [],
    ids: [{ type: 'Vessel Registration Identification', number: 'IMO 9187629' }],
    facts: [],
    programs: ['IRAN'],
    vessel: { callSign: '9BQA5', vesselType: 'Crude Oil Tanker', grossTonnage: '156,000', grossRegisteredTonnage: '160,000', flag: 'Iran', owner: 'NITC' },
  },
  {
    entryId: 'SDN-9002',
    source: 'SDN',
    sourceName: 'Specially Designated Nationals (SDN) - Treasury Department',
    type: 'aircraft',
    name: 'EP-ABC',
    aliases: [],
    addresses: [],
    countries: [],
    nationalities: [],
    citizenships: [],
    datesOfBirth: [],
    placesOfBirth: [],
    ids: [],
    facts: [{ type: 'Aircraft Model', value: 'Airbus A310' }],
    programs: ['SDGT'],
  },
  {
    entryId: 'DTC-3',
    source: 'DTC',
    sourceName: 'ITAR Debarred (DTC) - State Department',
    type: 'unknown',
    name: 'Example Debarred Party',
    aliases: [],
    addresses: [],
    countries: [],
    nationalities: [],
    citizenships: [],
    datesOfBirth: [],
    placesOfBirth: [],
    ids: [],
    facts: [],
    programs: [],
  },
];

const meta: VersionMeta = {
  sourceUrl: 'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.json',
  contentHash: 'sha256:0f1e2d3c',
  fetchedAt: '2026-11-26T00:15:00.000Z',
  etag: '"abc123"',
  lastModified: 'Wed, 25 Nov 2026 22:00:00 GMT',
};

describe('list versions in DynamoDB', () => {
  let t: TestStore;
  let store: ListStore;

  beforeAll(async () => {
    t = await startTestStore();
    store = t.store;
  });
  afterAll(() => t.close());

  // Every test starts without an active version so they do not depend on each other's pointer.
  afterEach(async () => {
    await store.client.send(new DeleteCommand({ TableName: store.table, Key: { pk: 'pointer', sk: 'active' } }));
  });

  it('round-trips every field through write, activate and load', async () => {
    const info = await writeVersion(store, handBuilt, meta);
    expect(info).toMatchObject({
      entryCount: 5,
      countsBySource: { SDN: 3, EL: 1, DTC: 1 },
      chunkCount: 1,
      shardCount: 1,
      contentHash: meta.contentHash,
      sourceUrl: meta.sourceUrl,
      fetchedAt: meta.fetchedAt,
      etag: meta.etag,
      lastModified: meta.lastModified,
      status: 'written',
    });
    expect(info.versionId).toMatch(/^v\d{8}T\d{6}Z-[0-9a-f]{6}$/);

    const pointer = await activateVersion(store, info.versionId, null);
    expect(pointer).toMatchObject({ versionId: info.versionId, entryCount: 5, countsBySource: info.countsBySource });

    const loaded = await loadActiveVersion(store);
    expect(loaded?.pointer).toEqual(pointer);
    expect(loaded?.info).toEqual(info);
    expect(loaded?.entries).toEqual(handBuilt);
  });

  it('omits optional meta fields rather than storing undefined', async () => {
    const info = await writeVersion(store, handBuilt.slice(0, 1), { sourceUrl: 'file:///x.csv', contentHash: 'h', fetchedAt: '2026-01-01T00:00:00Z' });
    const { info: stored } = await loadVersion(store, info.versionId);
    expect(stored).not.toHaveProperty('etag');
    expect(stored).not.toHaveProperty('lastModified');
  });

  it('does not serve a version that was written but never activated', async () => {
    const first = await writeVersion(store, handBuilt.slice(0, 2), meta);
    await activateVersion(store, first.versionId, null);
    const second = await writeVersion(store, handBuilt, { ...meta, contentHash: 'sha256:newer' });

    const loaded = await loadActiveVersion(store);
    expect(loaded?.info.versionId).toBe(first.versionId);
    expect(loaded?.entries).toHaveLength(2);
    expect((await loadVersion(store, second.versionId)).entries).toEqual(handBuilt);
  });

  it('returns null when nothing was ever activated', async () => {
    expect(await getActivePointer(store)).toBeNull();
    expect(await loadActiveVersion(store)).toBeNull();
  });

  it('refuses an activation whose expected active version is stale, keeping the old pointer', async () => {
    const a = await writeVersion(store, handBuilt.slice(0, 1), meta);
    const b = await writeVersion(store, handBuilt.slice(0, 2), meta);
    const c = await writeVersion(store, handBuilt.slice(0, 3), meta);
    await activateVersion(store, a.versionId, null);
    await activateVersion(store, b.versionId, a.versionId);

    // A second refresher still believes `a` is active.
    const stale = activateVersion(store, c.versionId, a.versionId);
    await expect(stale).rejects.toBeInstanceOf(ConcurrentActivationError);
    await expect(stale).rejects.toMatchObject({ expectedActive: a.versionId, actualActive: b.versionId });
    // Expecting "no active version" when there is one fails the same way.
    await expect(activateVersion(store, c.versionId, null)).rejects.toBeInstanceOf(ConcurrentActivationError);

    const pointer = await getActivePointer(store);
    expect(pointer).toMatchObject({ versionId: b.versionId, previousVersionId: a.versionId });
  });

  it('lets exactly one of two racing activations win', async () => {
    const base = await writeVersion(store, handBuilt.slice(0, 1), meta);
    await activateVersion(store, base.versionId, null);
    const x = await writeVersion(store, handBuilt.slice(0, 2), meta);
    const y = await writeVersion(store, handBuilt.slice(0, 3), meta);

    const results = await Promise.allSettled([
      activateVersion(store, x.versionId, base.versionId),
      activateVersion(store, y.versionId, base.versionId),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.reason).toBeInstanceOf(ConcurrentActivationError);
  });

  it('refuses to activate a version whose write crashed before the header', async () => {
    const plan = await planVersion(handBuilt, meta);
    await writeVersionChunks(store, plan); // the crash: chunks stored, header never written

    await expect(activateVersion(store, plan.info.versionId, null)).rejects.toBeInstanceOf(VersionNotFoundError);
    expect(await getActivePointer(store)).toBeNull();
    await expect(loadVersion(store, plan.info.versionId)).rejects.toBeInstanceOf(VersionNotFoundError);

    // Cleanup can find and remove it.
    const listed = (await listVersions(store)).find((v) => v.versionId === plan.info.versionId);
    expect(listed?.status).toBe('incomplete');
    expect(await deleteVersion(store, plan.info.versionId)).toEqual({ deletedChunks: plan.info.chunkCount });
    expect((await listVersions(store)).some((v) => v.versionId === plan.info.versionId)).toBe(false);
  });

  it('refuses to activate or load a version that never existed, and malformed ids', async () => {
    await expect(activateVersion(store, 'v20260101T000000Z-000000', null)).rejects.toBeInstanceOf(VersionNotFoundError);
    await expect(loadVersion(store, 'v20260101T000000Z-000000')).rejects.toBeInstanceOf(VersionNotFoundError);
    await expect(loadVersion(store, 'pointer')).rejects.toBeInstanceOf(InputError);
    await expect(activateVersion(store, 'v1#shard#0', null)).rejects.toBeInstanceOf(InputError);
  });

  it('splits ~5,000 entries into chunks across shards and restores their order', async () => {
    const entries = syntheticEntries(5_000);
    const info = await writeVersion(store, entries, meta, { maxChunkBytes: 48 * 1024 });
    expect(info.chunkCount).toBeGreaterThan(8);
    expect(info.shardCount).toBe(8);
    expect(info.entryCount).toBe(5_000);
    expect(Object.values(info.countsBySource).reduce((a, b) => a + b, 0)).toBe(5_000);

    for (let shard = 0; shard < info.shardCount; shard++) {
      const { Items = [] } = await store.client.send(
        new QueryCommand({ TableName: store.table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': shardPartitionKey(info.versionId, shard) } }),
      );
      expect(Items.length).toBeGreaterThan(0);
      for (const item of Items) expect((item.data as Uint8Array).byteLength).toBeLessThanOrEqual(48 * 1024);
    }

    const { entries: loaded } = await loadVersion(store, info.versionId);
    expect(loaded.map((e) => e.entryId)).toEqual(entries.map((e) => e.entryId));
    expect(loaded).toEqual(entries);
  });

  it('uses the default 256 KiB cap and 2,000-entry limit', async () => {
    const entries = syntheticEntries(5_000, 7);
    const plan = await planVersion(entries, meta);
    expect(plan.chunks.length).toBeGreaterThanOrEqual(3);
    for (const chunk of plan.chunks) {
      expect(chunk.data.length).toBeLessThanOrEqual(256 * 1024);
      expect(chunk.entryCount).toBeLessThanOrEqual(2_000);
    }
    expect(plan.chunks.map((c) => c.shard)).toEqual(plan.chunks.map((_, i) => i % plan.info.shardCount));
  });

  it('detects a version that lost a chunk', async () => {
    const info = await writeVersion(store, syntheticEntries(300), meta, { maxEntriesPerChunk: 100 });
    expect(info.chunkCount).toBe(3);
    await store.client.send(new DeleteCommand({ TableName: store.table, Key: chunkKey(info.versionId, 1, 1) }));
    await expect(loadVersion(store, info.versionId)).rejects.toBeInstanceOf(CorruptVersionError);
  });

  it('stores an empty list as a loadable version', async () => {
    const info = await writeVersion(store, [], meta);
    expect(info).toMatchObject({ entryCount: 0, chunkCount: 0, countsBySource: {} });
    expect((await loadVersion(store, info.versionId)).entries).toEqual([]);
  });

  it('lists versions oldest first and deletes all but the active one', async () => {
    const older = await writeVersion(store, syntheticEntries(50), meta, { now: new Date('2020-01-01T00:00:00Z'), maxEntriesPerChunk: 10 });
    const newer = await writeVersion(store, handBuilt, meta, { now: new Date('2020-01-02T00:00:00Z') });
    await activateVersion(store, newer.versionId, null);

    const listed = await listVersions(store);
    const ids = listed.map((v) => v.versionId);
    expect(ids.indexOf(older.versionId)).toBeLessThan(ids.indexOf(newer.versionId));
    expect(listed.find((v) => v.versionId === older.versionId)).toEqual(older);

    await expect(deleteVersion(store, newer.versionId)).rejects.toBeInstanceOf(ActiveVersionDeletionError);
    expect(await deleteVersion(store, older.versionId)).toEqual({ deletedChunks: 5 });
    await expect(loadVersion(store, older.versionId)).rejects.toBeInstanceOf(VersionNotFoundError);
    await expect(activateVersion(store, older.versionId, newer.versionId)).rejects.toBeInstanceOf(VersionNotFoundError);
    expect((await loadActiveVersion(store))?.entries).toEqual(handBuilt);
    await expect(deleteVersion(store, older.versionId)).rejects.toBeInstanceOf(VersionNotFoundError);
  });
});

describe('embedded DynamoDB on disk', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'partyscreen-store-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('keeps the data across close and restart in the same process', async () => {
    const dbDir = path.join(dir, 'dynamodb');
    const first = await startEmbeddedDynamo({ dir: dbDir });
    const store1: ListStore = { client: createDocumentClient(first.endpoint), table: 'partyscreen-lists' };
    await ensureListsTable(store1.client, store1.table);
    const info = await writeVersion(store1, handBuilt, meta);
    await activateVersion(store1, info.versionId, null);
    await first.close();

    // Reopening the same folder only works if close released LevelDB's lock.
    const second = await startEmbeddedDynamo({ dir: dbDir });
    try {
      const store2: ListStore = { client: createDocumentClient(second.endpoint), table: 'partyscreen-lists' };
      await ensureListsTable(store2.client, store2.table); // idempotent on an existing table
      const loaded = await loadActiveVersion(store2);
      expect(loaded?.info.versionId).toBe(info.versionId);
      expect(loaded?.entries).toEqual(handBuilt);
    } finally {
      await second.close();
    }
  });

  it('refuses a second server on a folder that is still open, with a clear error', async () => {
    const dbDir = path.join(dir, 'locked');
    const first = await startEmbeddedDynamo({ dir: dbDir });
    try {
      await expect(startEmbeddedDynamo({ dir: dbDir })).rejects.toThrow(/in use/);
    } finally {
      await first.close();
    }
  });

  it('ensureListsTable is idempotent', async () => {
    const server = await startEmbeddedDynamo();
    try {
      const client = createDocumentClient(server.endpoint);
      await ensureListsTable(client, 'lists-one');
      await ensureListsTable(client, 'lists-one');
      await Promise.all([ensureListsTable(client, 'lists-two'), ensureListsTable(client, 'lists-two')]);
    } finally {
      await server.close();
    }
  });
});
