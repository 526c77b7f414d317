/**
 * The console's API over real HTTP to the local service: lookup, entries, ad hoc screening, the alert
 * queue and actions, customers, list status, and who may call it. Two analysts are configured here
 * (PARTYSCREEN_ANALYSTS), so every action must name the one who took it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_API_ROUTES, routeParts } from '../../functions/console/routes.js';
import { createDocumentClient } from '../../lib/store/client.js';
import { storeConfigFromEnv } from '../../lib/store/config.js';
import { customerScreenings } from '../../lib/store/screenings.js';
import { startTestService, type TestService } from '../support/local-service.js';
import { seedAlert } from './seed.js';

const ALICE = 'alice-token-0123456789';
const BOB = 'bob-token-0123456789';
let service: TestService;

beforeAll(async () => {
  service = await startTestService({ PARTYSCREEN_ANALYSTS: `alice:${ALICE},bob:${BOB}` });
});
afterAll(() => service?.close());

const as = (token: string) => ({ authorization: `Bearer ${token}` });
const get = (path: string, token = ALICE) => service.get(path, as(token));
const post = (path: string, body: unknown, token = ALICE) => service.post(path, body, as(token));

describe('GET /v1/search', () => {
  it('finds a person by name with the matcher, and explains the alignment', async () => {
    const { status, json } = await get('/v1/search?q=Arkady%20Volkov');
    expect(status).toBe(200);
    const [first] = json.results;
    expect(first).toMatchObject({ source: 'SDN', name: 'VOLKOV, Arkady Petrovich', type: 'person', entryId: '90102' });
    expect(first.explanation.name.nameAlignment.map((p: { query: string }) => p.query)).toEqual(expect.arrayContaining(['arkady', 'volkov']));
    expect(first.matchedName).toMatch(/VOLKOV, Arkad/);
    expect(first.score).toBeGreaterThanOrEqual(first.explanation.name.score);
    expect(json.listVersion).toMatchObject({ entryCount: 64 });
  });

  it('searches addresses, remarks and IDs too, naming the field', async () => {
    const byAddress = await get('/v1/search?q=Limassol');
    expect(byAddress.json.results.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['KESTREL HOLDINGS LIMITED']));
    expect(byAddress.json.results[0].explanation.text.fields[0]).toMatchObject({ field: 'address', words: ['limassol'] });
    const byId = await get('/v1/search?q=HE412233');
    expect(byId.json.results[0]).toMatchObject({ name: 'KESTREL HOLDINGS LIMITED', via: 'text' });
    expect(byId.json.results[0].explanation.text.fields[0].field).toBe('identifier');
    const byRemarks = await get('/v1/search?q=linked%20to%20volkov');
    expect(byRemarks.json.results[0]).toMatchObject({ name: 'KESTREL HOLDINGS LIMITED' });
    expect(byRemarks.json.results[0].explanation.text.fields.map((f: { field: string }) => f.field)).toContain('remarks');
  });

  it('ranks the named person above an entry that only mentions him', async () => {
    const names = (await get('/v1/search?q=volkov')).json.results.map((r: { name: string }) => r.name);
    expect(names.slice(0, 2)).toEqual(['VOLKOV, Arkady Petrovich', 'KESTREL HOLDINGS LIMITED']);
  });

  it('tolerates one typo outside the names', async () => {
    const { json } = await get('/v1/search?q=Limasol');
    expect(json.results.map((r: { name: string }) => r.name)).toContain('KESTREL HOLDINGS LIMITED');
  });

  it('filters by source, type, country and minimum score', async () => {
    const uvl = await get('/v1/search?q=sunrise%20micro%20devices&source=UVL');
    expect(uvl.json.results.length).toBeGreaterThan(0);
    expect(uvl.json.results.every((r: { source: string }) => r.source === 'UVL')).toBe(true);
    expect((await get('/v1/search?q=sunrise%20micro%20devices&source=SDN')).json.results).toEqual([]);
    expect((await get('/v1/search?q=volkov&type=organization')).json.results.map((r: { type: string }) => r.type)).toEqual(['organization']);
    const inRussia = await get('/v1/search?q=moscow&country=russia');
    expect(inRussia.json.query.country).toBe('RU');
    expect(inRussia.json.results.every((r: { countries: string[] }) => r.countries.includes('RU'))).toBe(true);
    const strict = await get('/v1/search?q=Limassol&minScore=0.95');
    expect(strict.json.results).toEqual([]);
  });

  it('reports every bad parameter at once', async () => {
    const { status, json } = await get('/v1/search?q=&source=XYZ&minScore=2&limit=0&country=Atlantis');
    expect(status).toBe(400);
    expect(json.errors.map((e: { field: string }) => e.field).sort()).toEqual(['country', 'limit', 'minScore', 'q', 'source']);
  });
});

describe('GET /v1/entries/{entryId}', () => {
  it('returns every field of the entry', async () => {
    const { status, json } = await get('/v1/entries/90102?source=SDN');
    expect(status).toBe(200);
    expect(json.entry).toMatchObject({ name: 'VOLKOV, Arkady Petrovich', programs: ['RUSSIA-EO14024'], aliases: expect.arrayContaining(['VOLKOV, Arkadiy']) });
    expect(json.entry.addresses[0].full).toContain('Moscow');
    expect(json.entry.datesOfBirth[0].text).toContain('1962');
    expect((await get('/v1/entries/90102')).json.entry.entryId).toBe('90102');
  });

  it('answers 404 for an entry not on the active list, or not in the named source', async () => {
    expect((await get('/v1/entries/nope')).status).toBe(404);
    expect((await get('/v1/entries/90102?source=EL')).status).toBe(404);
  });
});

describe('POST /v1/screenings/adhoc', () => {
  it('screens with the sign-up engine and policy, names the analyst, and stores nothing', async () => {
    const body = { customerId: 'adhoc-check', customer: { type: 'person', name: 'Arkady Volkov', dateOfBirth: '1962-07-14' } };
    const { status, json } = await post('/v1/screenings/adhoc', body, BOB);
    expect(status).toBe(200);
    expect(json).toMatchObject({ adhoc: true, decision: 'deny', screenedBy: 'bob', customerId: 'adhoc-check' });
    expect(json.reasons.map((r: { rule: string }) => r.rule)).toContain('blocking-list-match');
    expect(json.parties[0].matches[0]).toMatchObject({ entryId: '90102', source: 'SDN' });
    const config = storeConfigFromEnv();
    const stored = await customerScreenings({ client: createDocumentClient(config.endpoint, config.region), screeningsTable: config.screeningsTable, customersTable: config.customersTable }, 'adhoc-check');
    expect(stored).toEqual([]);
  });

  it('needs no customer id, and validates the party as sign-up does', async () => {
    expect((await post('/v1/screenings/adhoc', { customer: { type: 'organization', name: 'Acme Cloud GmbH', country: 'DE' } })).json).toMatchObject({ decision: 'clear' });
    const bad = await post('/v1/screenings/adhoc', { customer: { type: 'robot', name: '' } });
    expect(bad.status).toBe(400);
    expect(bad.json.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['customer.type', 'customer.name']));
  });
});

describe('alerts', () => {
  it('queues open alerts, filtered and sorted', async () => {
    const low = await seedAlert({ customerId: 'cust-q1', entryId: '90101', source: 'SDN', entryName: 'KESTREL HOLDINGS LIMITED', score: 0.8 }, new Date('2026-01-01T00:00:00Z'));
    const high = await seedAlert({ customerId: 'cust-q2', entryId: '90102', source: 'SDN', entryName: 'VOLKOV, Arkady Petrovich', score: 0.97, origin: 'signup', kind: 'signup-review' }, new Date('2026-01-02T00:00:00Z'));
    const ids = (json: { alerts: { alertId: string }[] }) => json.alerts.map((a) => a.alertId).filter((id) => [low.alertId, high.alertId].includes(id));
    expect(ids((await get('/v1/alerts')).json)).toEqual([high.alertId, low.alertId]);
    expect(ids((await get('/v1/alerts?sort=oldest')).json)).toEqual([low.alertId, high.alertId]);
    expect(ids((await get('/v1/alerts?sort=score')).json)).toEqual([high.alertId, low.alertId]);
    expect(ids((await get('/v1/alerts?kind=signup-review')).json)).toEqual([high.alertId]);
    expect(ids((await get('/v1/alerts?status=cleared')).json)).toEqual([]);
    const row = (await get('/v1/alerts')).json.alerts.find((a: { alertId: string }) => a.alertId === low.alertId);
    expect(row).toMatchObject({ status: 'open', lastAction: { action: 'created' } });
    expect(row.explanation).toBeUndefined();
    expect((await get('/v1/alerts?sort=sideways&status=gone')).json.errors).toHaveLength(2);
  });

  it('shows an alert beside its list entry, with the actions its status allows', async () => {
    const alert = await seedAlert({ customerId: 'cust-detail', entryId: '90102', source: 'SDN', entryName: 'VOLKOV, Arkady Petrovich' });
    const { status, json } = await get(`/v1/alerts/${alert.alertId}`);
    expect(status).toBe(200);
    expect(json.alert.alertId).toBe(alert.alertId);
    expect(json.entry).toMatchObject({ entryId: '90102', name: 'VOLKOV, Arkady Petrovich' });
    expect(json.party).toBeNull();
    expect(json.actions).toEqual(['clear', 'confirm', 'escalate']);
    expect((await get('/v1/alerts/alt_missing')).status).toBe(404);
  });

  it('clears an alert only with a reason, records the analyst, and takes it off the open queue', async () => {
    const alert = await seedAlert({ customerId: 'cust-clear', entryId: '90101', source: 'SDN', entryName: 'KESTREL HOLDINGS LIMITED' });
    const noReason = await post(`/v1/alerts/${alert.alertId}/actions`, { action: 'clear' });
    expect(noReason.status).toBe(400);
    expect(noReason.json.errors[0].field).toBe('reason');
    const cleared = await post(`/v1/alerts/${alert.alertId}/actions`, { action: 'clear', reason: 'Different person: born 1985, Portuguese national' });
    expect(cleared.status).toBe(200);
    expect(cleared.json.alert.status).toBe('cleared');
    expect(cleared.json.alert.history.at(-1)).toMatchObject({ by: 'alice', action: 'clear', status: 'cleared', reason: 'Different person: born 1985, Portuguese national' });
    const open = (await get('/v1/alerts')).json.alerts.map((a: { alertId: string }) => a.alertId);
    expect(open).not.toContain(alert.alertId);
    expect((await get('/v1/alerts?status=cleared')).json.alerts.map((a: { alertId: string }) => a.alertId)).toContain(alert.alertId);
    const again = await post(`/v1/alerts/${alert.alertId}/actions`, { action: 'clear', reason: 'twice' });
    expect(again.status).toBe(409);
    const reopened = await post(`/v1/alerts/${alert.alertId}/actions`, { action: 'reopen' }, BOB);
    expect(reopened.json.alert.history.map((h: { by: string; action: string }) => `${h.by}:${h.action}`)).toEqual(['system:rescreen:created', 'alice:clear', 'bob:reopen']);
  });

  it('escalates for a second opinion, then another analyst confirms; each step in the history and the queues', async () => {
    const alert = await seedAlert({ customerId: 'cust-confirm', entryId: '90102', source: 'SDN', entryName: 'VOLKOV, Arkady Petrovich' });
    const escalated = await post(`/v1/alerts/${alert.alertId}/actions`, { action: 'escalate', reason: 'Same city, birth date unknown', expectedUpdatedAt: alert.updatedAt });
    expect(escalated.json.alert.status).toBe('escalated');
    const queue = async (status: string) => (await get(`/v1/alerts?status=${status}`)).json.alerts.map((a: { alertId: string }) => a.alertId);
    expect(await queue('escalated')).toContain(alert.alertId);
    expect(await queue('open')).not.toContain(alert.alertId);
    expect((await get(`/v1/alerts/${alert.alertId}`, BOB)).json.actions).toEqual(['clear', 'confirm', 'reopen']);
    const confirmed = await post(`/v1/alerts/${alert.alertId}/actions`, { action: 'confirm', reason: 'Passport copy matches', expectedUpdatedAt: escalated.json.alert.updatedAt }, BOB);
    expect(confirmed.status).toBe(200);
    expect(confirmed.json.alert.history.map((h: { by: string; action: string; status: string }) => `${h.by}:${h.action}:${h.status}`))
      .toEqual(['system:rescreen:created:open', 'alice:escalate:escalated', 'bob:confirm:confirmed']);
    expect(await queue('confirmed')).toContain(alert.alertId);
    expect(await queue('escalated')).not.toContain(alert.alertId);
  });

  it('refuses a decision on a stale page, unknown actions and unknown alerts', async () => {
    const alert = await seedAlert({ customerId: 'cust-stale', entryId: '90101', source: 'SDN', entryName: 'KESTREL HOLDINGS LIMITED' });
    expect((await post(`/v1/alerts/${alert.alertId}/actions`, { action: 'escalate', expectedUpdatedAt: '2000-01-01T00:00:00.000Z' })).status).toBe(409);
    expect((await post(`/v1/alerts/${alert.alertId}/actions`, { action: 'delete' })).status).toBe(400);
    expect((await post('/v1/alerts/alt_missing/actions', { action: 'confirm' })).status).toBe(404);
  });
});

describe('GET /v1/customers/{customerId}', () => {
  it('shows the profile, every screening and the alerts of one customer', async () => {
    const body = { customerId: 'cust-view', customer: { type: 'person', name: 'Arkady Volkov' }, beneficialOwners: [] };
    const screened = await service.post('/v1/screenings', body);
    expect(screened.json.decision).toBe('review');
    const { status, json } = await get('/v1/customers/cust-view');
    expect(status).toBe(200);
    expect(json.profile).toMatchObject({ customerId: 'cust-view', lastDecision: 'review', request: body });
    expect(json.screenings).toHaveLength(1);
    expect(json.screenings[0]).toMatchObject({ screeningId: screened.json.screeningId, decision: 'review' });
    expect(json.screenings[0].parties[0].matches[0]).toMatchObject({ entryId: '90102' });
    // The review put the match in the queue (lib/rescreen/signup-alerts.ts).
    const [alert] = json.alerts;
    expect(alert).toMatchObject({ customerId: 'cust-view', origin: 'signup', kind: 'signup-review', entryId: '90102', status: 'open' });
    const detail = await get(`/v1/alerts/${alert.alertId}`);
    expect(detail.json.party).toMatchObject({ name: 'Arkady Volkov', type: 'person' });
    expect(detail.json.customer).toMatchObject({ lastDecision: 'review', lastScreeningId: screened.json.screeningId });
    expect((await get('/v1/customers/nobody')).status).toBe(404);
  });
});

describe('who may call the console', () => {
  it('refuses every data route without an analyst token, even with the sign-up service token', async () => {
    // Every route of the shared list: a route the local server did not serve would answer 404.
    for (const route of CONSOLE_API_ROUTES) {
      const { method, path } = routeParts(route);
      const url = `${service.service.url}${path.replace(/\{\w+\}/g, 'x')}`;
      const body = method === 'POST' ? '{}' : undefined;
      expect((await fetch(url, { method, body })).status, route).toBe(401);
      expect((await fetch(url, { method, body, headers: as(service.service.token) })).status, route).toBe(401);
      expect((await fetch(url, { method, body, headers: as('wrong') })).status, route).toBe(401);
    }
  });

  it('serves the pages to anyone, with a strict content security policy', async () => {
    const page = await fetch(`${service.service.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('/assets/app.js');
    const script = await fetch(`${service.service.url}/assets/app.js`);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    const again = await fetch(`${service.service.url}/assets/app.js`, { headers: { 'if-none-match': script.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect((await fetch(`${service.service.url}/assets/nothing.js`)).status).toBe(404);
  });

  it('names the analyst on every answer, and the list status carries the active version', async () => {
    const { status, headers, json } = await get('/v1/lists/status', BOB);
    expect(status).toBe(200);
    expect(headers.get('x-partyscreen-analyst')).toBe('bob');
    expect(headers.get('cache-control')).toBe('no-store');
    expect(json).toMatchObject({ entryCount: 64, countsBySource: expect.objectContaining({ SDN: expect.any(Number) }) });
  });
});
