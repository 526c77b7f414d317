import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedDynamo, startEmbeddedDynamo } from '../../lib/store/embedded.js';
import { startTestService, type TestService } from '../support/local-service.js';

// The store is a separate server here, so the test can take it away while the API keeps running.
let dynamo: EmbeddedDynamo;
let api: TestService;

beforeAll(async () => {
  dynamo = await startEmbeddedDynamo();
  api = await startTestService({ DYNAMODB_ENDPOINT: dynamo.endpoint });
});
afterAll(async () => {
  await api?.close();
  await dynamo?.close();
});

const body = { customerId: 'c-1', customer: { type: 'organization', name: 'Acme Cloud GmbH', country: 'DE' } };

describe('fail closed', () => {
  it('answers 503 with a reason, never "clear", when the store goes away mid-run', async () => {
    const before = await api.post('/v1/screenings', body);
    expect(before.status).toBe(200);
    expect(before.json.decision).toBe('clear');

    await dynamo.close();
    const after = await api.post('/v1/screenings', body);
    expect(after.status).toBe(503);
    expect(after.json).toMatchObject({ error: 'service unavailable', reason: expect.stringMatching(/screening store is unavailable/) });
    expect(after.json.decision).toBeUndefined();

    // With an Idempotency-Key, whose stored answer the record's write looks for: the same 503 with one reason, never a fresh answer.
    const keyed = await api.post('/v1/screenings', body, { 'idempotency-key': 'signup-after-store-loss' });
    expect(keyed.status).toBe(503);
    expect(keyed.json.reason).toMatch(/^the screening store is unavailable \((?!.*unavailable)/);
    expect(keyed.json.decision).toBeUndefined();
  });
});
