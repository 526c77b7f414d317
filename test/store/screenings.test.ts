/** The screening audit records on a real local DynamoDB: kept deflated, read back whole, records written as text still read. */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemApiFor } from '../../lib/store/client.js';
import { scanProfiles } from '../../lib/store/customer-scan.js';
import { customerScreenings, getCustomerProfile, getScreening, saveCustomerProfile, saveScreening, type ScreeningRecord, type ScreeningStore } from '../../lib/store/screenings.js';
import { ensureTable, GSI1 } from '../../lib/store/tables.js';
import { startTestStore, type TestStore } from '../support/dynamo.js';

let test: TestStore;
let store: ScreeningStore;
beforeAll(async () => {
  test = await startTestStore();
  const suffix = randomBytes(4).toString('hex');
  store = { client: test.store.client, screeningsTable: `screenings-${suffix}`, customersTable: `customers-${suffix}` };
  await ensureTable(store.client, store.screeningsTable, { gsi1: true });
  await ensureTable(store.client, store.customersTable);
});
afterAll(() => test?.close());

/** A record of `parties` parties with `matches` matches each, explanations as long as real ones. */
function record(screeningId: string, parties: number, matches: number, screenedAt = '2026-11-27T10:00:00.000Z', customerId = 'cust-1'): ScreeningRecord {
  const match = (p: number, m: number) => ({
    entryId: `sdn-${p}-${m}`, source: 'SDN', name: `ENTRY ${p} ${m}`, matchedName: `ENTRY ${p} ${m}`, score: 0.9,
    explanation: { nameAlignment: [{ query: `owner${p}`, entry: `entry${m}`, similarity: 0.93 }, { query: 'holdings', entry: 'holding', similarity: 0.96 }, { query: 'international', entry: 'intl', similarity: 0.9 }], nameDetail: 'all query tokens aligned; "Ünïcode" kept', features: [{ feature: 'country', delta: 0.05, detail: `country DE agrees (${randomBytes(6).toString('hex')})` }] },
  });
  const result = { decision: 'review', parties: Array.from({ length: parties }, (_, p) => ({ path: `beneficialOwners[${p}]`, matches: Array.from({ length: matches }, (_, m) => match(p, m)) })) };
  return { screeningId, customerId, requestHash: 'h', request: { customerId }, result, listVersionId: 'v1', decision: 'review', screenedAt };
}

describe('screening records', () => {
  it('a record beyond an item\'s 400 KB as JSON is stored and read back whole', async () => {
    const big = record('scr_big', 100, 10);
    expect(JSON.stringify(big).length).toBeGreaterThan(400 * 1024);
    await saveScreening(store, big);
    expect(await getScreening(store, 'scr_big')).toEqual(big);
  });

  it('a record written as JSON text, as before, is still read by id and by customer', async () => {
    const old = record('scr_text', 1, 1, '2026-01-01T00:00:00.000Z', 'cust-2');
    await itemApiFor(store.client).putItem({
      TableName: store.screeningsTable,
      Item: { pk: 'screening#scr_text', sk: 'screening', [GSI1.partitionKey]: 'customer#cust-2', [GSI1.sortKey]: `${old.screenedAt}#scr_text`, record: JSON.stringify(old) },
    });
    const recent = record('scr_new', 2, 3, '2026-11-27T12:00:00.000Z', 'cust-2');
    await saveScreening(store, recent);
    expect(await getScreening(store, 'scr_text')).toEqual(old);
    const listed = await customerScreenings(store, 'cust-2');
    expect(listed.map((r) => r.screeningId)).toEqual(['scr_new', 'scr_text']);
    expect(listed[0]).toEqual(recent);
  });

  it('a profile is stored deflated; one written as text, as before, is read too, by id and by the nightly scan', async () => {
    const profile = { customerId: 'cust-3', request: { customerId: 'cust-3', customer: { name: 'Zephyr Nordlicht GmbH' } }, lastScreeningId: 'scr_1', lastDecision: 'clear', listVersionId: 'v1', updatedAt: '2026-11-27T10:00:00.000Z' };
    await saveCustomerProfile(store, profile);
    const items = itemApiFor(store.client);
    expect((await items.getItem({ TableName: store.customersTable, Key: { pk: 'customer#cust-3', sk: 'profile' } }))?.profile).toBeInstanceOf(Uint8Array);
    const old = { ...profile, customerId: 'cust-4', request: { customerId: 'cust-4' } };
    await items.putItem({ TableName: store.customersTable, Item: { pk: 'customer#cust-4', sk: 'profile', updatedAt: old.updatedAt, profile: JSON.stringify(old) } });
    expect(await getCustomerProfile(store, 'cust-3')).toEqual(profile);
    expect(await getCustomerProfile(store, 'cust-4')).toEqual(old);
    const { profiles } = await scanProfiles(store, { segment: 0, totalSegments: 1, limit: 100 });
    expect(profiles.sort((a, b) => a.customerId.localeCompare(b.customerId))).toEqual([profile, old]);
  });
});
