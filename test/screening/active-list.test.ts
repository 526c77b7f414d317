import { createServer, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readListFile } from '../../lib/lists/read.js';
import { ActiveListCache, activeListFromEnv, ListUnavailableError } from '../../lib/screening/active-list.js';
import { activateVersion, getActivePointer, writeVersion } from '../../lib/store/list-versions.js';
import { screenParty } from '../../lib/match/screen.js';
import { createDocumentClient, destroyDocumentClient } from '../../lib/store/client.js';
import { SAMPLE_LIST } from '../support/shared-data.js';
import { startTestStore, type TestStore } from '../support/dynamo.js';

let test: TestStore;
beforeAll(async () => {
  test = await startTestStore();
});
afterAll(() => test?.close());

const meta = { sourceUrl: 'test', contentHash: 'h', fetchedAt: new Date().toISOString() };

describe('ActiveListCache', () => {
  it('fails closed when no version is active', async () => {
    const cache = new ActiveListCache(test.store);
    await expect(cache.get()).rejects.toBeInstanceOf(ListUnavailableError);
  });

  it('loads once, then swaps to a newer version in the background without failing a request', async () => {
    const { entries } = await readListFile(SAMPLE_LIST);
    const first = await writeVersion(test.store, entries.filter((e) => e.source !== 'UVL'), meta);
    await activateVersion(test.store, first.versionId, null);
    let clock = 0;
    const cache = new ActiveListCache(test.store, 1000, () => clock);
    const loaded = await cache.get();
    expect(loaded.version.versionId).toBe(first.versionId);
    expect(screenParty(loaded.index, { name: 'Sunrise Micro Devices Co Ltd', type: 'organization' })).toEqual([]);

    const second = await writeVersion(test.store, entries, meta);
    await activateVersion(test.store, second.versionId, first.versionId);
    expect((await cache.get()).version.versionId).toBe(first.versionId); // not due for a check yet
    clock = 1000;
    expect((await cache.get()).version.versionId).toBe(first.versionId); // the check runs in the background
    await cache.settled();
    const swapped = await cache.get();
    expect(swapped.version.versionId).toBe(second.versionId);
    expect(screenParty(swapped.index, { name: 'Sunrise Micro Devices Co Ltd', type: 'organization' })[0]).toMatchObject({ source: 'UVL' });
  });
});

describe('ActiveListCache.preload', () => {
  it('loads the active list before any request, and without one lets the container start and fails closed later', async () => {
    const store = { ...test.store };
    const { entries } = await readListFile(SAMPLE_LIST);
    const version = await writeVersion(test.store, entries, meta);
    await activateVersion(test.store, version.versionId, (await getActivePointer(test.store))?.versionId ?? null);
    const fresh = new ActiveListCache(store, 60_000);
    await fresh.preload();
    // Loaded: it answers from memory even once the store cannot be read.
    store.table = 'partyscreen-no-such-table';
    expect((await fresh.get()).version.versionId).toBe(version.versionId);

    const none = new ActiveListCache({ ...test.store, table: 'partyscreen-no-such-table' });
    await expect(none.preload()).resolves.toBeUndefined();
    await expect(none.get()).rejects.toBeInstanceOf(ListUnavailableError);
  });

  it('waits a bounded time for a store that does not answer, and the first request then waits for the same load', async () => {
    // Accepts connections and never answers: each read runs until the client's request timeout.
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const client = createDocumentClient(`http://127.0.0.1:${(silent.address() as AddressInfo).port}`, 'us-east-1');
    try {
      const cache = new ActiveListCache({ client, table: 'partyscreen-lists' });
      const started = performance.now();
      await cache.preload(200);
      expect(performance.now() - started).toBeLessThan(2_000);
      const first = cache.get();
      for (const socket of sockets) socket.destroy();
      silent.close();
      // The load preload started fails closed once the store goes away.
      await expect(first).rejects.toBeInstanceOf(ListUnavailableError);
    } finally {
      if (silent.listening) silent.close();
      destroyDocumentClient(client);
    }
  });
});

describe('activeListFromEnv', () => {
  it('refuses a LIST_CHECK_SECONDS that is not a number of seconds', () => {
    expect(activeListFromEnv(test.store, undefined)).toBeInstanceOf(ActiveListCache);
    expect(activeListFromEnv(test.store, '0')).toBeInstanceOf(ActiveListCache);
    expect(() => activeListFromEnv(test.store, 'soon')).toThrow(/LIST_CHECK_SECONDS must be a number of seconds, got "soon"/);
    expect(() => activeListFromEnv(test.store, '-5')).toThrow(/LIST_CHECK_SECONDS/);
  });
});
