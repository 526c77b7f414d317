/**
 * A review sign-up's alerts, seen from the store: through a proxy in front of dynalite, the test holds
 * the screening's audit write back and watches what else the function asks meanwhile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerAlerts } from '../../lib/store/alerts.js';
import { createDocumentClient } from '../../lib/store/client.js';
import { storeConfig } from '../../lib/store/config.js';
import { type EmbeddedDynamo, startEmbeddedDynamo } from '../../lib/store/embedded.js';
import { startTestService, type TestService } from '../support/local-service.js';
import { type StoreCall, type StoreProxy, startStoreProxy } from '../support/store-proxy.js';

let dynamo: EmbeddedDynamo;
let proxy: StoreProxy;
let api: TestService;
/** Set while a test holds screening writes unanswered until the function reads an alert pair. */
let holding = false;
let pairReadBeforeWriteAnswered = false;
let pairRead: () => void = () => undefined;
let pairReadSeen = Promise.resolve(true);

const isPairRead = ({ operation, input }: StoreCall) => operation === 'GetItem' && input.TableName === storeConfig().alertsTable && String((input.Key as { sk: { S: string } }).sk.S).startsWith('pair#');
const isScreeningWrite = ({ operation, input }: StoreCall) => operation === 'PutItem' && input.TableName === storeConfig().screeningsTable;

beforeAll(async () => {
  dynamo = await startEmbeddedDynamo();
  proxy = await startStoreProxy(dynamo.endpoint, async (call) => {
    if (!holding) return;
    if (isPairRead(call)) pairRead();
    if (isScreeningWrite(call)) {
      // Answered once the pair read came, or after 2 s so a function that waits for this write first still ends (and fails the test).
      pairReadBeforeWriteAnswered ||= await Promise.race([pairReadSeen, new Promise<boolean>((resolve) => setTimeout(resolve, 2_000, false))]);
    }
  });
  api = await startTestService({ DYNAMODB_ENDPOINT: proxy.endpoint });
});
afterAll(async () => {
  await api?.close();
  await proxy?.close();
  await dynamo?.close();
});

describe('review alerts', () => {
  it('reads the alert pairs before the screening is stored, not after, and queues the alert', async () => {
    pairReadSeen = new Promise((resolve) => (pairRead = () => resolve(true)));
    holding = true;
    const { status, json } = await api.post('/v1/screenings', { customerId: 'cust-pairs', customer: { type: 'person', name: 'Arkady Volkov' }, beneficialOwners: [] });
    holding = false;
    expect(status).toBe(200);
    expect(json.decision).toBe('review');
    expect(pairReadBeforeWriteAnswered).toBe(true);
    const queued = await customerAlerts({ client: createDocumentClient(proxy.endpoint), alertsTable: storeConfig().alertsTable }, 'cust-pairs');
    expect(queued).toEqual([expect.objectContaining({ kind: 'signup-review', status: 'open', entryName: 'VOLKOV, Arkady Petrovich' })]);
  });

  it('a clear sign-up asks the alert queue nothing', async () => {
    const before = proxy.calls.length;
    const { json } = await api.post('/v1/screenings', { customerId: 'cust-clear', customer: { type: 'organization', name: 'Acme Cloud GmbH', country: 'DE' }, beneficialOwners: [] });
    expect(json.decision).toBe('clear');
    const calls = proxy.calls.slice(before);
    expect(calls.map((call) => call.input.TableName)).not.toContain(storeConfig().alertsTable);
    expect(calls.filter(isScreeningWrite)).toHaveLength(1);
  });
});
