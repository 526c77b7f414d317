import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../support/local-service.js';

// MATCH_THRESHOLD is read once per container, like every setting: a separate service for it.
let api: TestService;
beforeAll(async () => {
  api = await startTestService({ MATCH_THRESHOLD: '0.95' });
});
afterAll(async () => {
  await api?.close();
  delete process.env.MATCH_THRESHOLD;
});

describe('MATCH_THRESHOLD', () => {
  it('overrides the default threshold: a 0.89 name match no longer counts', async () => {
    const { json } = await api.post('/v1/screenings', { customerId: 'c-t', customer: { type: 'person', name: 'Arkadi Volkof' } });
    expect(json.decision).toBe('clear');
    expect(json.parties[0].matches).toEqual([]);
    const exact = await api.post('/v1/screenings', { customerId: 'c-t2', customer: { type: 'person', name: 'VOLKOV, Arkady Petrovich' } });
    expect(exact.json.decision).toBe('review');
  });
});
