/** Queue items for sign-ups the policy sends to review, and their place in the false-positive memory. */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readListFile } from '../../lib/lists/read.js';
import { buildIndex, type MatchIndex } from '../../lib/match/index.js';
import { alertsForSignup, POLICY_SOURCE, raiseSignupAlerts } from '../../lib/rescreen/signup-alerts.js';
import type { OwnerInput, PartyInput, SignupRequest } from '../../lib/screening/request.js';
import { screenSignup } from '../../lib/screening/screen-signup.js';
import { actOnAlert, type AlertStore } from '../../lib/store/alerts.js';
import { ensureTable } from '../../lib/store/tables.js';
import { startTestStore, type TestStore } from '../support/dynamo.js';
import { SAMPLE_LIST } from '../support/shared-data.js';

let index: MatchIndex;
let test: TestStore;
let store: AlertStore;
beforeAll(async () => {
  index = buildIndex((await readListFile(SAMPLE_LIST)).entries);
  test = await startTestStore();
  store = { client: test.store.client, alertsTable: `alerts-${randomBytes(4).toString('hex')}` };
  await ensureTable(store.client, store.alertsTable, { gsi1: true });
});
afterAll(() => test?.close());

const listVersion = { versionId: 'v20261101T000000Z-aaaaaa', activatedAt: '2026-11-01T00:00:00Z', entryCount: 63 };
function signup(customer: PartyInput, beneficialOwners: OwnerInput[] = []) {
  const request: SignupRequest = { customerId: `c-${randomBytes(3).toString('hex')}`, customer, beneficialOwners };
  const outcome = { customerId: request.customerId, screenedAt: '2026-11-02T10:00:00.000Z', ...screenSignup(request, { index, listVersion }) };
  return { request, outcome };
}

describe('alertsForSignup', () => {
  it('puts one signup-review alert per match of a sign-up in review, and none for clear or deny', () => {
    const review = signup({ type: 'person', name: 'Arkady Volkov' });
    expect(review.outcome.decision).toBe('review');
    const alerts = alertsForSignup(review.request, review.outcome, index);
    expect(alerts).toHaveLength(review.outcome.parties[0]!.matches.length);
    expect(alerts[0]).toMatchObject({
      origin: 'signup', kind: 'signup-review', customerId: review.request.customerId, partyPath: 'customer', source: 'SDN', entryName: 'VOLKOV, Arkady Petrovich',
      status: 'open', listVersionId: listVersion.versionId, createdAt: '2026-11-02T10:00:00.000Z', fingerprints: { entry: expect.any(String), party: expect.any(String) },
    });
    const clear = signup({ type: 'organization', name: 'Acme Cloud GmbH', country: 'DE' });
    expect(alertsForSignup(clear.request, clear.outcome, index)).toEqual([]);
    const deny = signup({ type: 'person', name: 'Arkady Volkov', dateOfBirth: '1962-07-14' });
    expect(deny.outcome.decision).toBe('deny');
    expect(alertsForSignup(deny.request, deny.outcome, index)).toEqual([]);
  });

  it('stands a policy reason in for the entry when the review has no match', () => {
    const { request, outcome } = signup({ type: 'organization', name: 'Acme Cloud GmbH', country: 'DE' }, [{ type: 'person', name: 'Maria Schneider', nationality: 'SY', ownershipPercent: 30 }]);
    expect(outcome.decision).toBe('review');
    expect(alertsForSignup(request, outcome, index)).toEqual([
      expect.objectContaining({ source: POLICY_SOURCE, entryId: 'sanctioned-jurisdiction', partyPath: 'beneficialOwners[0]', partyName: 'Maria Schneider' }),
    ]);
  });
});

describe('raiseSignupAlerts', () => {
  it('adds nothing the queue holds already, nor what an analyst cleared for the same data', async () => {
    const { request, outcome } = signup({ type: 'person', name: 'Arkady Volkov' });
    const alerts = alertsForSignup(request, outcome, index);
    expect(await raiseSignupAlerts(store, alerts)).toEqual({ raised: alerts.length, known: 0, suppressed: 0 });
    expect(await raiseSignupAlerts(store, alerts)).toEqual({ raised: 0, known: alerts.length, suppressed: 0 });
    for (const alert of alerts) await actOnAlert(store, alert.alertId, { action: 'clear', by: 'ana', reason: 'Born 1990, the listed person 1962' });
    const later = alertsForSignup(request, { ...outcome, listVersion: { ...listVersion, versionId: 'v20261102T000000Z-bbbbbb' } }, index);
    expect(await raiseSignupAlerts(store, later)).toEqual({ raised: 0, known: 0, suppressed: alerts.length });
  });

  it('raises the alerts of different pairs together, and one pair\'s in turn: the second sees the first', async () => {
    const { request, outcome } = signup({ type: 'person', name: 'Arkady Volkov' }, [{ type: 'person', name: 'Arkady Volkov', ownershipPercent: 10 }]);
    const alerts = alertsForSignup(request, outcome, index);
    expect(new Set(alerts.map((a) => a.partyPath)).size).toBe(2);
    expect(await raiseSignupAlerts(store, [...alerts, alerts[0]!])).toEqual({ raised: alerts.length, known: 1, suppressed: 0 });
  });
});
