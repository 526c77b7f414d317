import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../lib/store/client.js';
import { storeConfig } from '../../lib/store/config.js';
import { customerAlerts } from '../../lib/store/alerts.js';
import { customerScreenings, getCustomerProfile } from '../../lib/store/screenings.js';
import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { startTestService, type TestService } from '../support/local-service.js';

let api: TestService;
beforeAll(async () => {
  api = await startTestService();
});
afterAll(() => api?.close());

const org = (name: string, extra: object = {}) => ({ type: 'organization', name, ...extra });
const person = (name: string, extra: object = {}) => ({ type: 'person', name, ...extra });
let n = 0;
const screen = (customer: object, beneficialOwners: object[] = [], headers: Record<string, string> = {}) =>
  api.post('/v1/screenings', { customerId: `cust-${++n}`, customer, beneficialOwners }, headers);

describe('POST /v1/screenings decisions', () => {
  it.each([
    ['an ordinary company is clear', org('Acme Cloud GmbH', { country: 'DE', address: { city: 'Berlin', country: 'DE' } }), [], 'clear', []],
    ['an SDN person confirmed by birth date is denied', person('Arkady Volkov', { dateOfBirth: '1962-07-14', nationality: 'RU' }), [], 'deny', ['blocking-list-match']],
    ['the same name without a birth date needs review', person('Arkady Volkov'), [], 'review', ['blocking-list-match']],
    ['a misspelled name still needs review at the default threshold', person('Arkadi Volkof'), [], 'review', ['blocking-list-match']],
    ['an SDN company confirmed by its registration number is denied', org('Kestrel Holdings Ltd', { registrationNumber: 'HE 412233' }), [], 'deny', ['blocking-list-match']],
    ['an Unverified List company needs review', org('Sunrise Micro Devices Company Limited', { country: 'HK' }), [], 'review', ['red-flag-list-match']],
    ['a company in Iran is denied', org('Persepolis Cloud Services', { address: { street: '12 Vali Asr', city: 'Tehran', country: 'IR' } }), [], 'deny', ['embargoed-jurisdiction']],
    ['a company owned 60% by a confirmed SDN is denied', org('Acme Cloud GmbH', { country: 'DE' }), [person('Arkady Volkov', { dateOfBirth: '1962-07-14', ownershipPercent: 60 })], 'deny', ['ownership-50-percent']],
    ['a confirmed SDN owner with an unknown share needs review', org('Acme Cloud GmbH', { country: 'DE' }), [person('Arkady Volkov', { dateOfBirth: '1962-07-14' })], 'review', ['ownership-unknown-share']],
    [
      'indirect ownership through a blocked holding denies',
      org('Acme Cloud GmbH', { country: 'DE' }),
      [org('Intermediate Holdings BV', { country: 'NL', ownershipPercent: 70, owners: [person('Arkady Volkov', { dateOfBirth: '1962-07-14', ownershipPercent: 50 })] })],
      'deny',
      ['ownership-50-percent'],
    ],
  ])('%s', async (_name, customer, owners, decision, rules) => {
    const { status, json } = await screen(customer, owners);
    expect(status).toBe(200);
    expect(json.decision).toBe(decision);
    for (const rule of rules) expect(json.reasons.map((r: { rule: string }) => r.rule)).toContain(rule);
    expect(json.screeningId).toMatch(/^scr_/);
    expect(json.listVersion).toMatchObject({ entryCount: 64 });
    expect(json.parties).toHaveLength(1 + owners.length + owners.reduce((k: number, o: any) => k + (o.owners?.length ?? 0), 0));
    if (decision === 'clear') expect(json.riskScore).toBe(0);
    else expect(json.riskScore).toBeGreaterThanOrEqual(50);
  });

  it('explains each match: entry, source, score and token alignment', async () => {
    const { json } = await screen(person('Arkady Volkov', { dateOfBirth: '1962-07-14' }));
    const [match] = json.parties[0].matches;
    expect(match).toMatchObject({ entryId: expect.any(String), source: 'SDN', name: 'VOLKOV, Arkady Petrovich' });
    expect(match.explanation.nameAlignment.length).toBeGreaterThan(0);
    expect(match.explanation.features).toContainEqual(expect.objectContaining({ feature: 'dateOfBirth' }));
  });

  it('says where its time went: screening, store and total in a Server-Timing header', async () => {
    const { headers } = await api.post('/v1/screenings', { customerId: 'cust-timing', customer: person('Arkady Volkov'), beneficialOwners: [] });
    const durations = Object.fromEntries((headers.get('server-timing') ?? '').split(', ').map((metric) => {
      const [name, dur] = metric.split(';dur=');
      return [name, Number(dur)];
    }));
    expect(Object.keys(durations)).toEqual(['screen', 'store', 'total']);
    expect(durations.screen).toBeGreaterThan(0);
    expect(durations.store).toBeGreaterThan(0);
    expect(durations.total).toBeGreaterThanOrEqual(durations.screen + durations.store);
  });

  it('raises the score for a foreign-adversary jurisdiction without changing the decision', async () => {
    const { json } = await screen(org('Harbour Light Software Ltd', { country: 'CN' }));
    expect(json.decision).toBe('clear');
    expect(json.riskScore).toBe(15);
  });
});

describe('idempotency and audit', () => {
  it('answers a repeated Idempotency-Key with the stored answer and keeps one record', async () => {
    const body = { customerId: 'cust-idem', customer: person('Arkady Volkov'), beneficialOwners: [] };
    const first = await api.post('/v1/screenings', body, { 'idempotency-key': 'signup-42' });
    const second = await api.post('/v1/screenings', body, { 'idempotency-key': 'signup-42' });
    expect(second.json).toEqual(first.json);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const config = storeConfig();
    const store = { client: createDocumentClient(config.endpoint, config.region), screeningsTable: config.screeningsTable, customersTable: config.customersTable };
    const records = await customerScreenings(store, 'cust-idem');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ screeningId: first.json.screeningId, decision: 'review', request: body });
    const conflict = await api.post('/v1/screenings', { ...body, customer: person('Someone Else') }, { 'idempotency-key': 'signup-42' });
    expect(conflict.status).toBe(422);
    expect(conflict.json.field).toBe('Idempotency-Key');
    // Neither the replay nor the refused request touched the customer's profile: it is the first answer's.
    expect(await getCustomerProfile(store, 'cust-idem')).toMatchObject({ lastScreeningId: first.json.screeningId, updatedAt: first.json.screenedAt, request: body });
    expect(await customerScreenings(store, 'cust-idem')).toHaveLength(1);
  });

  it('a retry finishes what a first attempt left undone after storing its answer (profile, review alert)', async () => {
    const config = storeConfig();
    const client = createDocumentClient(config.endpoint, config.region);
    const alerts = { client, alertsTable: config.alertsTable };
    const store = { client, screeningsTable: config.screeningsTable, customersTable: config.customersTable };
    const body = { customerId: 'cust-halfway', customer: person('Arkady Volkov'), beneficialOwners: [] };
    const first = await api.post('/v1/screenings', body, { 'idempotency-key': 'signup-halfway' });
    // As if the first attempt had died right after the audit record: no profile, no alert.
    await client.send(new DeleteCommand({ TableName: config.customersTable, Key: { pk: 'customer#cust-halfway', sk: 'profile' } }));
    for (const alert of await customerAlerts(alerts, 'cust-halfway')) await client.send(new DeleteCommand({ TableName: config.alertsTable, Key: { pk: `alert#${alert.alertId}`, sk: 'alert' } }));
    const { Items: pairs = [] } = await client.send(new QueryCommand({ TableName: config.alertsTable, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'customer#cust-halfway' } }));
    for (const pair of pairs) await client.send(new DeleteCommand({ TableName: config.alertsTable, Key: { pk: pair.pk, sk: pair.sk } }));
    expect(await getCustomerProfile(store, 'cust-halfway')).toBeUndefined();
    expect(await customerAlerts(alerts, 'cust-halfway')).toEqual([]);

    const retry = await api.post('/v1/screenings', body, { 'idempotency-key': 'signup-halfway' });
    expect(retry.json).toEqual(first.json);
    expect(await getCustomerProfile(store, 'cust-halfway')).toMatchObject({ lastScreeningId: first.json.screeningId, lastDecision: 'review', request: body });
    expect(await customerAlerts(alerts, 'cust-halfway')).toHaveLength(1);
    // And a third time changes nothing: one record, one alert.
    await api.post('/v1/screenings', body, { 'idempotency-key': 'signup-halfway' });
    expect(await customerAlerts(alerts, 'cust-halfway')).toHaveLength(1);
    expect(await customerScreenings(store, 'cust-halfway')).toHaveLength(1);
  });

  it('concurrent requests with one key store one record and agree', async () => {
    const body = { customerId: 'cust-race', customer: org('Acme Cloud GmbH'), beneficialOwners: [] };
    const answers = await Promise.all([1, 2, 3, 4].map(() => api.post('/v1/screenings', body, { 'idempotency-key': 'race-1' })));
    expect(new Set(answers.map((a) => a.json.screeningId)).size).toBe(1);
    expect(new Set(answers.map((a) => a.json.screenedAt)).size).toBe(1);
  });
});

describe('the analysts\' queue', () => {
  it('puts a review sign-up in the queue once, and a clear or deny one not at all', async () => {
    const config = storeConfig();
    const alerts = { client: createDocumentClient(config.endpoint, config.region), alertsTable: config.alertsTable };
    const review = { customerId: 'cust-queue', customer: person('Arkady Volkov'), beneficialOwners: [] };
    await api.post('/v1/screenings', review);
    await api.post('/v1/screenings', review);
    const queued = await customerAlerts(alerts, 'cust-queue');
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ origin: 'signup', kind: 'signup-review', status: 'open', source: 'SDN', entryName: 'VOLKOV, Arkady Petrovich' });
    await api.post('/v1/screenings', { customerId: 'cust-deny', customer: person('Arkady Volkov', { dateOfBirth: '1962-07-14' }), beneficialOwners: [] });
    await api.post('/v1/screenings', { customerId: 'cust-clear', customer: org('Acme Cloud GmbH'), beneficialOwners: [] });
    expect(await customerAlerts(alerts, 'cust-deny')).toEqual([]);
    expect(await customerAlerts(alerts, 'cust-clear')).toEqual([]);
  });
});

describe('authentication and bad input', () => {
  it('refuses a request without the bearer token', async () => {
    const response = await fetch(`${api.service.url}/v1/screenings`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(401);
  });

  it('names every bad field', async () => {
    const { status, json } = await api.post('/v1/screenings', {
      customerId: 'bad id with spaces',
      customer: { type: 'robot', name: '', dateOfBirth: 'yesterday', email: 'nope', country: 'Atlantis', nickname: 'x' },
      beneficialOwners: [{ type: 'person', name: 'A', ownershipPercent: 140 }],
    });
    expect(status).toBe(400);
    expect(json.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      ['customer.country', 'customer.dateOfBirth', 'customer.email', 'customer.name', 'customer.nickname', 'customer.type', 'customerId', 'beneficialOwners[0].ownershipPercent'].sort(),
    );
  });

  it.each([
    ['not JSON', '{"customerId":', {}, 400],
    ['a JSON array', '[]', {}, 400],
    ['the wrong content type', '{}', { 'content-type': 'text/plain' }, 415],
    ['an over-long body', JSON.stringify({ customerId: 'x', customer: { type: 'person', name: 'x'.repeat(70_000) } }), {}, 413],
    ['too many owners', JSON.stringify({ customerId: 'x', customer: org('A'), beneficialOwners: Array.from({ length: 120 }, (_, i) => person(`Owner ${i}`)) }), {}, 400],
    ['a bad Idempotency-Key', JSON.stringify({ customerId: 'x', customer: org('A') }), { 'idempotency-key': 'has space' }, 400],
  ])('%s -> %i', async (_name, body, headers, status) => {
    const response = await api.post('/v1/screenings', body, headers as Record<string, string>);
    expect(response.status).toBe(status);
    expect(response.json.error).toEqual(expect.any(String));
  });
});
