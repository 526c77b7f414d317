/**
 * The real refresh job against a local HTTP server serving the real May 2022 CSL (converted to the
 * JSON layout) and a real local DynamoDB (dynalite), with faults injected. The steps run in order
 * and build on each other, as nightly runs do. In every fault case the version active before still
 * answers screenings.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CslRecord } from '../../lib/lists/csl-record.js';
import { buildIndex, screenParty, type MatchIndex } from '../../lib/match/screen.js';
import { defaultRefreshConfig, type RefreshConfig } from '../../lib/refresh/config.js';
import { contentHash } from '../../lib/refresh/ingest.js';
import { LocalSnapshotStore } from '../../lib/refresh/raw-snapshots.js';
import { runRefresh, type RefreshDeps } from '../../lib/refresh/refresh.js';
import { diffPartitionKey, loadDiff } from '../../lib/store/list-diffs.js';
import { listStatus } from '../../lib/store/list-status.js';
import {
  activateVersion,
  getActivePointer,
  headerKey,
  listVersions,
  loadActiveVersion,
  planVersion,
  registryKey,
  shardPartitionKey,
  VersionNotFoundError,
  writeVersionChunks,
  type ListStore,
} from '../../lib/store/list-versions.js';
import { readRefreshState } from '../../lib/store/refresh-state.js';
import { cslJson, cslRecordsFromCsv } from '../support/csl-json.js';
import { startTestStore, type TestStore } from '../support/dynamo.js';
import { startListServer, type ListServer } from '../support/list-server.js';
import { CSL_2022, hasShared } from '../support/shared-data.js';

const SDN = 'Specially Designated Nationals (SDN) - Treasury Department';
const DTC = 'ITAR Debarred (DTC) - State Department';

describe.skipIf(!hasShared)('list refresh on the real May 2022 CSL', () => {
  let server: ListServer;
  let testStore: TestStore;
  let store: ListStore;
  let snapshotDir: string;
  let records: CslRecord[];
  const indexes = new Map<string, MatchIndex>();
  /** The version each step leaves active. */
  let active: string;

  beforeAll(async () => {
    records = await cslRecordsFromCsv(CSL_2022);
    [server, testStore, snapshotDir] = await Promise.all([
      startListServer(cslJson(records)),
      startTestStore(),
      mkdtemp(path.join(tmpdir(), 'partyscreen-snapshots-')),
    ]);
    store = testStore.store;
  });
  afterAll(async () => {
    await Promise.all([server?.close(), testStore?.close(), snapshotDir && rm(snapshotDir, { recursive: true, force: true })]);
  });

  function config(overrides: Partial<RefreshConfig> = {}): RefreshConfig {
    return defaultRefreshConfig({
      url: server.url,
      // Fast backoff; timeouts short enough for a stalled test server, long enough for a 12 MB local body.
      fetch: { backoffBaseMs: 5, backoffMaxMs: 20, headersTimeoutMs: 300, bodyTimeoutMs: 300 },
      ...overrides,
    });
  }

  function refresh(overrides: Partial<RefreshDeps> = {}) {
    return runRefresh({ store, snapshots: new LocalSnapshotStore(snapshotDir), config: config(), ...overrides });
  }

  /**
   * The pointer still names `versionId`, the version loads whole and, after a fault, a listed bank
   * still screens to its entry (skipped after the successful steps: an index takes a second or two).
   */
  async function expectStillServing(versionId: string, screen = true): Promise<void> {
    expect((await getActivePointer(store))?.versionId).toBe(versionId);
    const loaded = await loadActiveVersion(store);
    expect(loaded?.info.versionId).toBe(versionId);
    expect(loaded!.entries).toHaveLength(loaded!.info.entryCount);
    if (!screen) return;
    let index = indexes.get(versionId);
    if (!index) indexes.set(versionId, (index = buildIndex(loaded!.entries)));
    const [best] = screenParty(index, { name: 'Bank of Kunlun Co Ltd', type: 'organization' });
    expect(best).toMatchObject({ source: 'CAP', entryId: '15268' });
  }

  function serveRecords(list: CslRecord[]): void {
    server.serve(cslJson(list));
  }

  it('ingests and activates the full CSL, keeping the raw file and recording the diff', async () => {
    // Timed by `npm run bench:refresh` (target < 60 s), not here.
    const summary = await refresh();
    expect(summary).toMatchObject({
      outcome: 'activated',
      entries: 14_160,
      previousVersionId: null,
      diff: { added: 14_160, removed: 0, changed: 0 },
      attempts: 1,
      countsBySource: { SDN: 10_026, EL: 2_001, DTC: 727, CAP: 53, FSE: 3 },
    });
    active = summary.versionId!;
    await expectStillServing(active);

    const raw = await new LocalSnapshotStore(snapshotDir).get(summary.contentHash!);
    expect(raw?.equals(cslJson(records))).toBe(true);
    expect(summary.snapshot).toMatch(/snapshots-.*sha256-[0-9a-f]{64}\.gz$/);

    const diff = await loadDiff(store, active);
    expect(diff?.header).toMatchObject({ previousVersionId: null, counts: { added: 14_160, removed: 0, changed: 0 } });
    expect(diff?.added).toHaveLength(14_160);

    const state = await readRefreshState(store);
    expect(state).toMatchObject({ url: server.url, contentHash: summary.contentHash, etag: expect.stringMatching(/^"/), lastRun: { outcome: 'activated' } });
  });

  it('asks conditionally next time, and a 304 changes nothing', async () => {
    const summary = await refresh();
    expect(summary).toMatchObject({ outcome: 'unchanged', notModified: true, activeVersionId: active });
    expect(server.requests.at(-1)).toMatchObject({ 'if-none-match': expect.stringMatching(/^"/), 'if-modified-since': expect.any(String) });
    await expectStillServing(active);
  });

  it('sees an unchanged file by its content hash when the server ignores validators', async () => {
    server.conditional = false;
    server.serve(cslJson(records), { etag: '"another-etag"' });
    const summary = await refresh();
    server.conditional = true;
    expect(summary).toMatchObject({ outcome: 'unchanged', activeVersionId: active, bytes: expect.any(Number) });
    expect(summary.notModified).toBeUndefined();
    // The new validators are remembered for the next conditional request.
    expect((await readRefreshState(store)).etag).toBe('"another-etag"');
    await expectStillServing(active);
  });

  it('retries an HTTP 500, then activates a changed file and records what changed', async () => {
    const next = structuredClone(records);
    const byId = (id: string) => next.find((record) => record.id === id)!;
    const sdn = next.filter((record) => record.source === SDN);
    const [renamed, aliased, reprogrammed] = [sdn[10]!, sdn[20]!, sdn[30]!];
    renamed.name = `${renamed.name} RENAMED`;
    aliased.alt_names = [...(aliased.alt_names ?? []), 'A NEW ALIAS'];
    reprogrammed.programs = [...(reprogrammed.programs ?? []), 'RUSSIA-EO14024'];
    const removedIds = sdn.slice(100, 110).map((record) => record.id);
    const kept = next.filter((record) => !removedIds.includes(record.id));
    const added = [0, 1, 2].map((i) => ({ ...structuredClone(sdn[40]!), id: `990000${i}`, name: `NEWLY LISTED TRADING ${i} LLC` }));
    serveRecords([...kept, ...added]);
    server.faults.push({ status: 500 });

    const summary = await refresh();
    expect(summary).toMatchObject({ outcome: 'activated', attempts: 2, previousVersionId: active, diff: { added: 3, removed: 10, changed: 3 } });
    const diff = (await loadDiff(store, summary.versionId!))!;
    expect(diff.header.previousVersionId).toBe(active);
    expect(diff.added.map((entry) => entry.name)).toEqual(['NEWLY LISTED TRADING 0 LLC', 'NEWLY LISTED TRADING 1 LLC', 'NEWLY LISTED TRADING 2 LLC']);
    expect(diff.removed.map((entry) => entry.entryId).sort()).toEqual([...removedIds].map(String).sort());
    expect(diff.changed.map((change) => [change.key, change.fields])).toEqual([
      [`SDN:${renamed.id}`, ['name']],
      [`SDN:${aliased.id}`, ['aliases']],
      [`SDN:${reprogrammed.id}`, ['programs']],
    ]);
    expect(diff.changed[0]!.before.name).toBe(byId(String(renamed.id)).name!.replace(/ RENAMED$/, ''));
    active = summary.versionId!;
    records = [...kept, ...added];
    await expectStillServing(active, false);
  });

  it('retries a connection cut mid-body and a stalled body', async () => {
    records = records.map((record, i) => (i === 5 ? { ...record, remarks: 'remark changed' } : record));
    serveRecords(records);
    server.faults.push({ cutAfter: 0.5 }, { stallBodyMs: 4_000 });
    const summary = await refresh();
    expect(summary).toMatchObject({ outcome: 'activated', attempts: 3, diff: { added: 0, removed: 0, changed: 1 } });
    active = summary.versionId!;
    await expectStillServing(active, false);
  });

  describe('refuses a bad file and keeps the active version', () => {
    it.each([
      ['truncated JSON', () => cslJson(records).subarray(0, 5_000_000), /the file does not parse: .*not valid JSON/],
      ['malformed JSON', () => Buffer.from(cslJson(records).toString('utf8').replace('"results":[{', '"results":[{,')), /not valid JSON/],
      ['a record without a name', () => cslJson(records.map((r, i) => (i === 41 ? { ...r, name: null } : r))), /row 42, field name: missing/],
      ['text where a list belongs', () => cslJson(records.map((r, i) => (i === 42 ? { ...r, alt_names: 'ONE ALIAS' as never } : r))), /row 43, field alt_names: expected a list/],
      ['a whole source missing', () => cslJson(records.filter((r) => r.source !== DTC)), /source DTC is missing \(it had 727 entries/],
      ['a fifth of the entries gone', () => cslJson(records.filter((_, i) => i % 5 !== 0)), /entries fell from 14153 to 11322 \(-20%\)/],
    ])('%s', async (_label, body, reason) => {
      const stateBefore = await readRefreshState(store);
      server.serve(body());
      const summary = await refresh();
      expect(summary.outcome).toBe('refused');
      expect(summary.reasons).toContainEqual(expect.stringMatching(reason));
      expect(summary.activeVersionId).toBe(active);
      // The refused file is kept for audit; the validators stay those of the active file, so the next run re-checks.
      expect(await new LocalSnapshotStore(snapshotDir).get(summary.contentHash!)).not.toBeNull();
      const stateAfter = await readRefreshState(store);
      expect(stateAfter).toMatchObject({ etag: stateBefore.etag, contentHash: stateBefore.contentHash, lastRun: { outcome: 'refused' } });
      await expectStillServing(active);
    });
  });

  it('fails when the server keeps failing, and keeps the active version', async () => {
    server.faults.push(...Array.from({ length: 4 }, () => ({ status: 503 })));
    const summary = await refresh();
    expect(summary).toMatchObject({ outcome: 'failed', attempts: 4, activeVersionId: active });
    expect(summary.error).toMatch(/download failed after 4 attempts: HTTP 503/);
    expect((await listStatus(store))?.lastRefresh).toMatchObject({ outcome: 'failed' });
    await expectStillServing(active);
  });

  it('survives a crash between writing a version and activating it: readers never see it, the next run reuses it', async () => {
    records = records.map((record, i) => (i === 6 ? { ...record, remarks: 'another change' } : record));
    serveRecords(records);
    const crashed = await refresh({
      activate: async () => {
        throw new Error('simulated crash before activation');
      },
    });
    expect(crashed).toMatchObject({ outcome: 'failed', error: 'simulated crash before activation', activeVersionId: active });
    const written = (await listVersions(store)).find((version) => version.contentHash === crashed.contentHash);
    expect(written).toMatchObject({ status: 'written' });
    await expectStillServing(active);

    const next = await refresh();
    expect(next).toMatchObject({ outcome: 'activated', reusedVersion: true, versionId: written!.versionId, previousVersionId: active, diff: { changed: 1 } });
    // Reused, not written again: still one version holds that file.
    expect((await listVersions(store)).filter((version) => version.contentHash === crashed.contentHash)).toHaveLength(1);
    expect((await loadDiff(store, next.versionId!))?.header.previousVersionId).toBe(active);
    active = next.versionId!;
    await expectStillServing(active);
  });

  it('cannot activate a version whose write crashed part-way, and deletes it once it is past the grace period', async () => {
    // A write that died after its registry item and some chunks, before the header.
    const plan = await planVersion(
      (await loadActiveVersion(store))!.entries.slice(0, 3_000),
      { sourceUrl: server.url, contentHash: 'sha256:crashed', fetchedAt: new Date().toISOString() },
      { maxEntriesPerChunk: 500 },
    );
    await writeVersionChunks(store, { ...plan, chunks: plan.chunks.slice(0, 3) });
    const crashedId = plan.info.versionId;
    expect((await listVersions(store)).find((version) => version.versionId === crashedId)).toMatchObject({ status: 'incomplete' });
    await expect(activateVersion(store, crashedId, active)).rejects.toBeInstanceOf(VersionNotFoundError);
    await expectStillServing(active);

    // Within the grace period it may still be being written: left alone.
    const soon = await refresh();
    expect(soon).toMatchObject({ outcome: 'unchanged', retention: { deletedIncomplete: 0 } });
    // An hour later it is a crash: deleted, chunks and all.
    const later = await refresh({ now: () => new Date(Date.now() + 3_600_000) });
    expect(later).toMatchObject({ outcome: 'unchanged', retention: { deletedIncomplete: 1 } });
    expect((await listVersions(store)).map((version) => version.versionId)).not.toContain(crashedId);
    const leftovers = await Promise.all(
      Array.from({ length: plan.info.shardCount }, (_, shard) =>
        store.client.send(new QueryCommand({ TableName: store.table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': shardPartitionKey(crashedId, shard) } })),
      ),
    );
    expect(leftovers.flatMap((page) => page.Items ?? [])).toEqual([]);
    await expectStillServing(active);
  });

  it('sets a TTL on versions older than the newest few, never on the active one', async () => {
    const versions = (await listVersions(store)).filter((version) => version.status === 'written');
    expect(versions.length).toBeGreaterThanOrEqual(4);
    const ttl = async (key: { pk: string; sk: string }) =>
      (await store.client.send(new GetCommand({ TableName: store.table, Key: key, ConsistentRead: true }))).Item?.expiresAt as number | undefined;

    // Keep only the newest (the active one): every other version and its diff gets createdAt + 30 days.
    const summary = await runRefresh({ store, snapshots: new LocalSnapshotStore(snapshotDir), config: config({ retention: { keepVersions: 1, retentionDays: 30, incompleteGraceMinutes: 20 } }) });
    expect(summary.outcome).toBe('unchanged');
    // The default policy (keep 3) already gave the oldest its TTL when the fourth version was activated.
    expect(versions.filter((version) => version.expiresAt !== undefined)).toHaveLength(versions.length - 3);
    expect(summary.retention?.expiring).toBe(2);
    for (const version of versions) {
      const expected = version.versionId === active ? undefined : Math.floor(Date.parse(version.createdAt) / 1000) + 30 * 86_400;
      expect(await ttl(headerKey(version.versionId))).toBe(expected);
      expect(await ttl(registryKey(version.versionId))).toBe(expected);
      expect(await ttl({ pk: diffPartitionKey(version.versionId), sk: 'meta' })).toBe(expected);
      const chunks = await store.client.send(
        new QueryCommand({ TableName: store.table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': shardPartitionKey(version.versionId, 0) } }),
      );
      expect(chunks.Items?.length).toBeGreaterThan(0);
      for (const chunk of chunks.Items ?? []) expect(chunk.expiresAt).toBe(expected);
    }
    expect(await ttl({ pk: 'pointer', sk: 'active' })).toBeUndefined();

    // Keeping more again lifts the TTL from the versions back inside the window.
    const relaxed = await runRefresh({ store, snapshots: new LocalSnapshotStore(snapshotDir), config: config({ retention: { keepVersions: 3, retentionDays: 30, incompleteGraceMinutes: 20 } }) });
    expect(relaxed.retention?.unexpired).toBe(2);
    const newest = versions.slice(-3).map((version) => version.versionId);
    for (const versionId of newest) expect(await ttl(headerKey(versionId))).toBeUndefined();
    await expectStillServing(active);
  });

  it('shows the last run on the list status', async () => {
    const status = await listStatus(store);
    expect(status).toMatchObject({ versionId: active, lastRefresh: { outcome: 'unchanged', url: server.url } });
    expect(contentHash(cslJson(records))).toBe(status?.contentHash);
  });
});
