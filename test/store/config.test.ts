import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocumentClient, newDocumentClient, destroyDocumentClient, releaseDocumentClients } from '../../lib/store/client.js';
import { storeConfigFromEnv } from '../../lib/store/config.js';

describe('storeConfigFromEnv', () => {
  it('applies defaults', () => {
    expect(storeConfigFromEnv({}, '/srv/app')).toEqual({
      region: 'us-east-1',
      listsTable: 'partyscreen-lists',
      screeningsTable: 'partyscreen-screenings',
      customersTable: 'partyscreen-customers',
      alertsTable: 'partyscreen-alerts',
      dataDir: path.resolve('/srv/app', '.partyscreen'),
    });
  });

  it('reads every variable, treating empty ones as unset', () => {
    expect(
      storeConfigFromEnv(
        { DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000', AWS_REGION: 'eu-west-1', LISTS_TABLE: 'lists-prod', PARTYSCREEN_DATA_DIR: '/data/ps' },
        '/srv/app',
      ),
    ).toMatchObject({ endpoint: 'http://127.0.0.1:8000', region: 'eu-west-1', listsTable: 'lists-prod', dataDir: '/data/ps' });
    expect(storeConfigFromEnv({ SCREENINGS_TABLE: 's', CUSTOMERS_TABLE: 'c', ALERTS_TABLE: 'a' })).toMatchObject({ screeningsTable: 's', customersTable: 'c', alertsTable: 'a' });
    expect(storeConfigFromEnv({ DYNAMODB_ENDPOINT: '', LISTS_TABLE: ' ' }, '/srv/app')).not.toHaveProperty('endpoint');
    expect(storeConfigFromEnv({ PARTYSCREEN_DATA_DIR: 'rel/dir' }, '/srv/app').dataDir).toBe('/srv/app/rel/dir');
  });
});

describe('createDocumentClient', () => {
  it('memoizes per endpoint and region, and forgets released endpoints', () => {
    const a = createDocumentClient('http://127.0.0.1:1');
    expect(createDocumentClient('http://127.0.0.1:1')).toBe(a);
    expect(createDocumentClient('http://127.0.0.1:2')).not.toBe(a);
    expect(createDocumentClient('http://127.0.0.1:1', 'eu-west-1')).not.toBe(a);
    releaseDocumentClients('http://127.0.0.1:1');
    expect(createDocumentClient('http://127.0.0.1:1')).not.toBe(a);
    releaseDocumentClients('http://127.0.0.1:1');
    releaseDocumentClients('http://127.0.0.1:2');
  });

  it('uses dummy credentials for a local endpoint', async () => {
    const client = newDocumentClient('http://127.0.0.1:1');
    try {
      const credentials = await client.config.credentials();
      expect(credentials).toMatchObject({ accessKeyId: 'local', secretAccessKey: 'local' });
    } finally {
      destroyDocumentClient(client);
    }
  });
});
