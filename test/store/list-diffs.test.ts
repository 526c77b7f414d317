import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffEntries } from '../../lib/refresh/diff.js';
import { deleteDiff, DiffExistsError, diffPartitionKey, loadDiff, readDiffHeader, setDiffExpiry, writeDiff } from '../../lib/store/list-diffs.js';
import { startTestStore, type TestStore } from '../support/dynamo.js';
import { syntheticEntries } from '../support/synthetic-entries.js';

describe('list diffs in DynamoDB', () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await startTestStore();
  });
  afterAll(() => t.close());

  it('round-trips a diff too big for one item, across several parts', async () => {
    // Random-looking entries compress poorly enough to need several 300 KB parts.
    const diff = diffEntries([], syntheticEntries(12_000, 7));
    const header = await writeDiff(t.store, 'v20261126T001500Z-aaaaaa', null, diff);
    expect(header).toMatchObject({ previousVersionId: null, counts: { added: 12_000, removed: 0, changed: 0 } });
    expect(header.partCount).toBeGreaterThan(1);
    const loaded = await loadDiff(t.store, 'v20261126T001500Z-aaaaaa');
    expect(loaded?.header).toEqual(header);
    expect(loaded?.added).toEqual(diff.added);
  });

  it('never overwrites a diff', async () => {
    const diff = diffEntries(syntheticEntries(10, 1), syntheticEntries(12, 1));
    await writeDiff(t.store, 'v20261126T001500Z-bbbbbb', 'v20261125T001500Z-aaaaaa', diff);
    await expect(writeDiff(t.store, 'v20261126T001500Z-bbbbbb', 'v20261125T001500Z-aaaaaa', diff)).rejects.toBeInstanceOf(DiffExistsError);
    expect((await loadDiff(t.store, 'v20261126T001500Z-bbbbbb'))?.added).toHaveLength(2);
  });

  it('treats parts without a header (a crashed write) as no diff, and deletes them', async () => {
    const versionId = 'v20261126T001500Z-cccccc';
    await t.store.client.send(new PutCommand({ TableName: t.store.table, Item: { pk: diffPartitionKey(versionId), sk: 'part#000000', part: 0, data: Buffer.from('x') } }));
    expect(await loadDiff(t.store, versionId)).toBeNull();
    expect(await deleteDiff(t.store, versionId)).toBe(1);
    await writeDiff(t.store, versionId, null, diffEntries([], syntheticEntries(3)));
    expect(await readDiffHeader(t.store, versionId)).toMatchObject({ counts: { added: 3 } });
  });

  it('sets and removes the TTL attribute on every item', async () => {
    const versionId = 'v20261126T001500Z-aaaaaa';
    await setDiffExpiry(t.store, versionId, 1_900_000_000);
    expect((await readDiffHeader(t.store, versionId))?.expiresAt).toBe(1_900_000_000);
    const part = await t.store.client.send(new GetCommand({ TableName: t.store.table, Key: { pk: diffPartitionKey(versionId), sk: 'part#000001' } }));
    expect(part.Item?.expiresAt).toBe(1_900_000_000);
    await setDiffExpiry(t.store, versionId, null);
    expect((await readDiffHeader(t.store, versionId))?.expiresAt).toBeUndefined();
  });
});
