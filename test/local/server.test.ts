import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalService, startLocalService } from '../../infra/local/server.js';

let service: LocalService;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'partyscreen-serve-'));
  process.env.PARTYSCREEN_DATA_DIR = dataDir;
  delete process.env.DYNAMODB_ENDPOINT;
  delete process.env.PARTYSCREEN_API_TOKEN;
  service = await startLocalService({ port: 0 });
});
afterAll(async () => {
  await service?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the local service (npm start)', () => {
  it('comes up on the sample list with a generated token', async () => {
    expect(service.token.length).toBeGreaterThanOrEqual(20);
    const response = await fetch(`${service.url}/v1/lists/status`, { headers: { authorization: `Bearer ${service.token}` } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ entryCount: 64, sourceUrl: 'data/sample-csl.json' });
  });

  it('refuses requests without the token', async () => {
    const none = await fetch(`${service.url}/v1/lists/status`);
    expect(none.status).toBe(401);
    const wrong = await fetch(`${service.url}/v1/lists/status`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
  });

  it('answers 404 for unknown routes', async () => {
    const response = await fetch(`${service.url}/v1/nothing`);
    expect(response.status).toBe(404);
  });
});
