/**
 * Nightly re-screening against a real local DynamoDB (dynalite): list versions with their stored
 * diffs, stored customer profiles, and the alert queue, through the life of one customer-entry pair
 * (alias added -> alert; cleared -> quiet; entry changed -> alert again; removed -> match gone), then
 * a crash mid-run resumed against a clean run.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { ListEntry } from '../../lib/lists/model.js';
import { readListFile } from '../../lib/lists/read.js';
import { type RescreenDeps, type RescreenResult, runRescreen } from '../../lib/rescreen/run.js';
import { actOnAlert, type Alert, customerAlerts, listAlerts } from '../../lib/store/alerts.js';
import { destroyDocumentClient, newDocumentClient } from '../../lib/store/client.js';
import { jobIdFor, readSegments } from '../../lib/store/rescreen-jobs.js';
import { startTestStore, type TestStore } from '../support/dynamo.js';
import { changeEntry, publishVersion, type PublishedVersion, rescreenDeps, storeCustomer } from '../support/rescreen.js';
import { crashAfter, type StoreCall, startStoreProxy } from '../support/store-proxy.js';
import { SAMPLE_LIST } from '../support/shared-data.js';

/** Small segments and pages, so a handful of customers spans several checkpoints. */
const RUN = { totalSegments: 4, pageSize: 3, concurrency: 2 } as const;
const RHEINWERK = '9eadc44fba57bf6b84d5e5dce344f147ad7038cd';
const THAMES_GATE = '3ba36ff548204f96d9eaa42850c9f5b71516f8ed';

let test: TestStore;
let base: ListEntry[];
beforeAll(async () => {
  test = await startTestStore();
  base = (await readListFile(SAMPLE_LIST)).entries;
});
afterAll(() => test?.close());

async function allAlerts(deps: RescreenDeps): Promise<Alert[]> {
  const alerts: Alert[] = [];
  let cursor: string | undefined;
  do {
    const page = await listAlerts(deps.alerts, { limit: 100, ...(cursor && { cursor }) });
    alerts.push(...page.alerts);
    cursor = page.cursor;
  } while (cursor);
  return alerts;
}

describe('re-screening one customer-entry pair through its life', () => {
  let deps: RescreenDeps;
  let v1: PublishedVersion;
  let v2: PublishedVersion;

  beforeAll(async () => {
    deps = await rescreenDeps(test.store);
    v1 = await publishVersion(test.store, base, null);
    await storeCustomer(deps, 'c-zephyr', { type: 'organization', name: 'Zephyr Nordlicht Handels GmbH', country: 'DE' }, [], v1.versionId);
    await storeCustomer(deps, 'c-plain', { type: 'organization', name: 'Acme Cloud GmbH', country: 'DE' }, [{ type: 'person', name: 'Maria Schneider', ownershipPercent: 100 }], v1.versionId);
  });

  it('a version that adds an alias hitting one stored customer raises exactly one alert', async () => {
    v2 = await publishVersion(test.store, changeEntry(v1.entries, RHEINWERK, (e) => ({ aliases: [...e.aliases, 'Zephyr Nordlicht Handels'] })), v1);
    const result = await runRescreen(deps, { versionId: v2.versionId, ...RUN });
    expect(result).toMatchObject({ status: 'complete', previousVersionId: v1.versionId, counts: { customers: 2, parties: 3, hits: 1, raised: 1 } });
    const alerts = await allAlerts(deps);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      origin: 'rescreen', kind: 'new-match', customerId: 'c-zephyr', partyPath: 'customer', partyName: 'Zephyr Nordlicht Handels GmbH',
      entryId: RHEINWERK, source: 'EL', entryName: 'Rheinwerk Export GmbH', status: 'open', listVersionId: v2.versionId, previousListVersionId: v1.versionId,
      explanation: expect.objectContaining({ matchedName: 'Zephyr Nordlicht Handels' }),
    });
    expect(alerts[0]!.history).toEqual([expect.objectContaining({ action: 'created', status: 'open', by: 'system:rescreen' })]);

    // Running the same version again finds the job done and raises nothing.
    const again = await runRescreen(deps, { versionId: v2.versionId, ...RUN });
    expect(again.status).toBe('complete');
    expect(await allAlerts(deps)).toHaveLength(1);
  });

  let v3: PublishedVersion;
  it('once cleared, the pair stays quiet while neither the entry nor the party data changes', async () => {
    const [alert] = await allAlerts(deps);
    await actOnAlert(deps.alerts, alert!.alertId, { action: 'clear', by: 'analyst@example.com', reason: 'Different company: Zephyr is a Hamburg florist' });
    // Only a web address of the entry changes: the pair still hits, and stays cleared.
    v3 = await publishVersion(test.store, changeEntry(v2.entries, RHEINWERK, () => ({ sourceListUrl: 'https://www.bis.gov/entity-list-moved' })), v2);
    const result = await runRescreen(deps, { versionId: v3.versionId, ...RUN });
    expect(result.counts).toMatchObject({ hits: 1, raised: 0, suppressed: 1 });
    expect(await allAlerts(deps)).toHaveLength(1);
  });

  let v4: PublishedVersion;
  let v5: PublishedVersion;
  it('when the entry itself changes, the cleared pair alerts again', async () => {
    v4 = await publishVersion(
      test.store,
      changeEntry(v3.entries, RHEINWERK, (e) => ({ addresses: [...e.addresses, { city: 'Hamburg', country: 'DE', full: 'Speicherstadt 1, Hamburg, DE' }] })),
      v3,
    );
    const result = await runRescreen(deps, { versionId: v4.versionId, ...RUN });
    expect(result.counts).toMatchObject({ hits: 1, raised: 1, suppressed: 0 });
    const open = (await listAlerts(deps.alerts, { status: 'open' })).alerts;
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ kind: 'changed-match', customerId: 'c-zephyr', entryId: RHEINWERK, listVersionId: v4.versionId });
  });

  it('when the entry is removed, an open or confirmed match becomes "match gone"', async () => {
    const [changed] = (await listAlerts(deps.alerts, { status: 'open' })).alerts;
    await actOnAlert(deps.alerts, changed!.alertId, { action: 'confirm', by: 'analyst@example.com', reason: 'Same address in Hamburg' });
    v5 = await publishVersion(test.store, v4.entries.filter((e) => e.entryId !== RHEINWERK), v4);
    const result = await runRescreen(deps, { versionId: v5.versionId, ...RUN });
    expect(result.entryPhase).toEqual({ rechecked: 1, raised: 1 });
    const history = await customerAlerts(deps.alerts, 'c-zephyr');
    expect(history.map((a) => [a.kind, a.status])).toEqual([
      ['match-gone', 'open'],
      ['changed-match', 'confirmed'],
      ['new-match', 'cleared'],
    ]);
    expect(history[0]).toMatchObject({ entryName: 'Rheinwerk Export GmbH', score: changed!.score, explanation: { previousAlertId: changed!.alertId } });
  });

  it('re-checks an open match whose entry changed, even when the party no longer reaches the threshold', async () => {
    await storeCustomer(deps, 'c-nordwind', { type: 'organization', name: 'Nordwind Kapital Partners AG', country: 'DE' }, [], v1.versionId);
    const v6 = await publishVersion(test.store, changeEntry(v5.entries, THAMES_GATE, (e) => ({ aliases: [...e.aliases, 'Nordwind Kapital Partners'] })), v5);
    expect((await runRescreen(deps, { versionId: v6.versionId, ...RUN })).counts.raised).toBe(1);
    const [raised] = (await listAlerts(deps.alerts, { status: 'open' })).alerts.filter((a) => a.customerId === 'c-nordwind');

    // The alias that matched is withdrawn: no hit any more, but the open match is asked again on the new data.
    const v7 = await publishVersion(test.store, v5.entries, v6);
    const result = await runRescreen(deps, { versionId: v7.versionId, ...RUN });
    expect(result.counts.hits).toBe(0);
    expect(result.entryPhase).toEqual({ rechecked: 1, raised: 1 });
    const [rechecked] = (await customerAlerts(deps.alerts, 'c-nordwind'));
    expect(rechecked).toMatchObject({ kind: 'changed-match', entryId: THAMES_GATE, listVersionId: v7.versionId, previousListVersionId: v6.versionId });
    expect(rechecked!.score).toBeLessThan(raised!.score);
  });
});

describe('a party listed again', () => {
  it('a new listing alerts a customer who matched the party by a name only its earlier listing carries', async () => {
    const deps = await rescreenDeps(test.store);
    const elListing = base.find((e) => e.source === 'EL' && e.name.startsWith('Black Cape'))!;
    const v1 = await publishVersion(test.store, base.filter((e) => e !== elListing), null);
    // "Cherny Mys" is a name of the SDN listing (90104) only; the Entity List's adds none.
    await storeCustomer(deps, 'c-cherny', { type: 'organization', name: 'Cherny Mys Shipyard', country: 'UA' }, [], v1.versionId);
    const v2 = await publishVersion(test.store, base, v1);
    const result = await runRescreen(deps, { versionId: v2.versionId, ...RUN });
    expect(result.counts).toMatchObject({ hits: 1, raised: 1 });
    const [alert] = await customerAlerts(deps.alerts, 'c-cherny');
    expect(alert).toMatchObject({ kind: 'new-match', entryId: elListing.entryId, source: 'EL', listVersionId: v2.versionId });
    expect(alert!.explanation).toMatchObject({ matchedName: 'GUP CHERNY MYS SHIPYARD', sameParty: { entryId: '90104', source: 'SDN' } });
  });
});

describe('a crash mid-run', () => {
  const addedNames = ['Borealis Quantum Trading', 'Vireo Ridge Mining', 'Obsidian Vale Logistics', 'Saffron Lattice Systems', 'Tundra Meridian Shipping'];
  let added: ListEntry[];
  let version: PublishedVersion;

  async function populate(deps: RescreenDeps): Promise<void> {
    for (let i = 0; i < 30; i++) {
      const name = i % 3 === 0 ? `${addedNames[i % addedNames.length]} Ltd` : `Harmless Company Number ${i}`;
      const owners = i % 4 === 0 ? [{ type: 'organization' as const, name: `${addedNames[(i + 1) % addedNames.length]} Holdings`, ownershipPercent: 60 }] : [];
      await storeCustomer(deps, `c-${String(i).padStart(2, '0')}`, { type: 'organization', name }, owners, 'v20260101T000000Z-000000');
    }
  }

  const shape = (alerts: Alert[]) =>
    alerts.map((a) => ({ alertId: a.alertId, kind: a.kind, customerId: a.customerId, partyPath: a.partyPath, entryId: a.entryId, score: a.score, status: a.status })).sort((a, b) => a.alertId.localeCompare(b.alertId));

  beforeAll(async () => {
    added = addedNames.map((name, i) => ({ ...base.find((e) => e.source === 'EL')!, entryId: `added-${i}`, name, aliases: [], ids: [] }));
    const previous = await publishVersion(test.store, base, null);
    version = await publishVersion(test.store, [...base, ...added], previous);
  });

  it('resumes from its checkpoints and ends with the same alerts as a clean run', async () => {
    const clean = await rescreenDeps(test.store);
    await populate(clean);
    const cleanRun = await runRescreen(clean, { versionId: version.versionId, ...RUN });
    expect(cleanRun.status).toBe('complete');
    expect(cleanRun.counts.raised).toBeGreaterThanOrEqual(8);

    const crashed = await rescreenDeps(test.store);
    await populate(crashed);
    const isAlertPut = ({ operation, input }: StoreCall) =>
      operation === 'PutItem' && input.TableName === crashed.alerts.alertsTable && (input.Item as { sk?: { S?: string } }).sk?.S === 'alert';
    // The process dies halfway through raising the alerts a clean run raises.
    const dyingStore = await startStoreProxy(test.endpoint, crashAfter(isAlertPut, Math.floor(cleanRun.counts.raised / 2)));
    onTestFinished(() => dyingStore.close());
    const dying = newDocumentClient(dyingStore.endpoint);
    onTestFinished(() => destroyDocumentClient(dying));
    const crashingDeps = { ...crashed, alerts: { ...crashed.alerts, client: dying }, customers: { ...crashed.customers, client: dying } };
    await expect(runRescreen(crashingDeps, { versionId: version.versionId, ...RUN, leaseMs: 300 })).rejects.toThrow('simulated crash');
    const checkpoints = [...(await readSegments(crashed.alerts, jobIdFor(version.versionId, 'diff'))).values()];
    expect(checkpoints.some((s) => s.cursor || s.done)).toBe(true);
    expect(checkpoints.every((s) => s.done)).toBe(false);

    const resumed: RescreenResult = await runRescreen(crashed, { versionId: version.versionId, ...RUN, leaseMs: 300 });
    expect(resumed.status).toBe('complete');
    expect(shape(await allAlerts(crashed))).toEqual(shape(await allAlerts(clean)));
    expect(resumed.counts).toMatchObject({ customers: cleanRun.counts.customers, parties: cleanRun.counts.parties, hits: cleanRun.counts.hits });
    expect(resumed.counts.raised + resumed.counts.known).toBe(cleanRun.counts.raised);
  });
});
