/** The alert queue on a real local DynamoDB: idempotent creation, the queues by status, analysts' actions. */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../lib/errors.js';
import { newAlert } from '../../lib/rescreen/new-alert.js';
import {
  actOnAlert,
  type Alert,
  AlertConflictError,
  AlertNotFoundError,
  type AlertStore,
  createAlert,
  customerAlerts,
  getAlert,
  latestPairAlert,
  listAlerts,
} from '../../lib/store/alerts.js';
import { ensureTable } from '../../lib/store/tables.js';
import { startTestStore, type TestStore } from '../support/dynamo.js';

let test: TestStore;
let store: AlertStore;
beforeAll(async () => {
  test = await startTestStore();
  store = { client: test.store.client, alertsTable: `alerts-${randomBytes(4).toString('hex')}` };
  await ensureTable(store.client, store.alertsTable, { gsi1: true });
});
afterAll(() => test?.close());

let minute = 0;
function alert(customerId: string, entryId: string, overrides: Partial<Parameters<typeof newAlert>[0]> = {}): Alert {
  return newAlert(
    {
      origin: 'rescreen', kind: 'new-match', customerId, partyPath: 'customer', partyName: 'Zephyr Nordlicht GmbH', entryId, source: 'EL', entryName: 'Rheinwerk Export GmbH',
      score: 0.91, explanation: { nameDetail: 'all tokens aligned' }, listVersionId: 'v20261101T000000Z-aaaaaa', fingerprints: { entry: 'e1', party: 'p1' }, ...overrides,
    },
    new Date(Date.UTC(2026, 10, 1, 0, minute++)),
  );
}

describe('createAlert', () => {
  it('stores an alert once: the same customer, party, entry, kind and version is the same alert', async () => {
    const first = alert('c-1', 'E-1');
    const again = alert('c-1', 'E-1');
    expect(again.alertId).toBe(first.alertId);
    expect(await createAlert(store, first)).toBe(true);
    expect(await createAlert(store, again)).toBe(false);
    expect(await getAlert(store, first.alertId)).toEqual(first);
    expect(await customerAlerts(store, 'c-1')).toEqual([first]);
    expect(await latestPairAlert(store, { customerId: 'c-1', partyPath: 'customer', source: 'EL', entryId: 'E-1' })).toEqual(first);
  });

  it("keeps a pair's latest alert by list version, whatever order the writes arrive in", async () => {
    const later = alert('c-2', 'E-1', { listVersionId: 'v20261102T000000Z-bbbbbb', kind: 'changed-match' });
    const earlier = alert('c-2', 'E-1', { listVersionId: 'v20261101T000000Z-aaaaaa' });
    await createAlert(store, later);
    await createAlert(store, earlier);
    expect((await latestPairAlert(store, { customerId: 'c-2', partyPath: 'customer', source: 'EL', entryId: 'E-1' }))?.alertId).toBe(later.alertId);
    expect((await customerAlerts(store, 'c-2')).map((a) => a.alertId).sort()).toEqual([earlier.alertId, later.alertId].sort());
  });
});

describe('actOnAlert', () => {
  it('clears with a reason, keeps who, when and why, and moves the alert to the cleared queue', async () => {
    const created = alert('c-3', 'E-2');
    await createAlert(store, created);
    await expect(actOnAlert(store, created.alertId, { action: 'clear', by: 'ana' })).rejects.toThrow(expect.objectContaining({ where: 'reason' }));
    await expect(actOnAlert(store, created.alertId, { action: 'clear', by: 'ana', reason: '   ' })).rejects.toBeInstanceOf(InputError);
    const cleared = await actOnAlert(store, created.alertId, { action: 'clear', by: 'ana', reason: 'Different birth year' }, new Date('2026-11-02T09:00:00Z'));
    expect(cleared).toMatchObject({ status: 'cleared', updatedAt: '2026-11-02T09:00:00.000Z' });
    expect(cleared.history.at(-1)).toEqual({ at: '2026-11-02T09:00:00.000Z', by: 'ana', action: 'clear', status: 'cleared', reason: 'Different birth year' });
    expect((await listAlerts(store, { status: 'cleared' })).alerts.map((a) => a.alertId)).toContain(created.alertId);
    expect((await listAlerts(store, { status: 'open' })).alerts.map((a) => a.alertId)).not.toContain(created.alertId);
    expect(await getAlert(store, created.alertId)).toEqual(cleared);
  });

  it('refuses an action the status does not allow, and a decision on an alert changed since it was shown', async () => {
    const created = alert('c-4', 'E-3');
    await createAlert(store, created);
    await expect(actOnAlert(store, created.alertId, { action: 'reopen', by: 'ana' })).rejects.toBeInstanceOf(AlertConflictError);
    const escalated = await actOnAlert(store, created.alertId, { action: 'escalate', by: 'ana', reason: 'Same city' });
    await expect(actOnAlert(store, created.alertId, { action: 'confirm', by: 'ben', expectedUpdatedAt: created.updatedAt })).rejects.toBeInstanceOf(AlertConflictError);
    await expect(actOnAlert(store, created.alertId, { action: 'confirm', by: 'ben', expectedUpdatedAt: escalated.updatedAt })).resolves.toMatchObject({ status: 'confirmed' });
    await expect(actOnAlert(store, 'alt_missing', { action: 'confirm', by: 'ben' })).rejects.toBeInstanceOf(AlertNotFoundError);
    await expect(actOnAlert(store, created.alertId, { action: 'delete' as never, by: 'ben' })).rejects.toThrow(expect.objectContaining({ where: 'action' }));
  });

  it('lets only one of two analysts acting at the same time win', async () => {
    const created = alert('c-5', 'E-4');
    await createAlert(store, created);
    const outcomes = await Promise.allSettled([
      actOnAlert(store, created.alertId, { action: 'confirm', by: 'ana' }),
      actOnAlert(store, created.alertId, { action: 'clear', by: 'ben', reason: 'Not the same person' }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected')?.reason).toBeInstanceOf(AlertConflictError);
    expect((await getAlert(store, created.alertId))!.history).toHaveLength(2);
  });
});

describe('listAlerts', () => {
  it('pages through every queue merged, newest first, without repeats', async () => {
    const all: Alert[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAlerts(store, { limit: 2, ...(cursor && { cursor }) });
      expect(page.alerts.length).toBeLessThanOrEqual(2);
      all.push(...page.alerts);
      cursor = page.cursor;
    } while (cursor);
    expect(all.length).toBe(6);
    expect(new Set(all.map((a) => a.alertId)).size).toBe(6);
    expect(all.map((a) => a.createdAt)).toEqual([...all.map((a) => a.createdAt)].sort().reverse());
    expect(new Set(all.map((a) => a.status))).toEqual(new Set(['open', 'cleared', 'confirmed']));
  });

  it('refuses a cursor it did not give out', async () => {
    await expect(listAlerts(store, { cursor: 'bm90IGEgY3Vyc29y' })).rejects.toThrow(expect.objectContaining({ where: 'cursor' }));
    const { cursor } = await listAlerts(store, { status: 'open', limit: 1 });
    await expect(listAlerts(store, { status: 'cleared', cursor: cursor! })).rejects.toThrow(expect.objectContaining({ where: 'cursor' }));
  });
});
