/** The DynamoDB document client, one per container and endpoint so warm invocations reuse its sockets. */

import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_REGION } from './config.js';
import { createItemApi, type ItemApi } from './item-api.js';

/** A local endpoint (dynalite) accepts any signature, so no real AWS credentials are needed there. */
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

const clients = new Map<string, DynamoDBDocumentClient>();

/** Memoized: every caller asking for the same endpoint and region shares one client. */
export function createDocumentClient(endpoint?: string, region: string = DEFAULT_REGION): DynamoDBDocumentClient {
  const key = clientKey(endpoint, region);
  let client = clients.get(key);
  if (!client) {
    client = newDocumentClient(endpoint, region);
    clients.set(key, client);
  }
  return client;
}

/** Not memoized: for callers that need a cold client on purpose (benchmarks, isolation). Destroy it when done. */
export function newDocumentClient(endpoint?: string, region: string = DEFAULT_REGION): DynamoDBDocumentClient {
  const base = new DynamoDBClient({
    region,
    requestHandler: {
      // Bounded waits: a store that stops answering must fail a request (503), never hang it.
      connectionTimeout: 1_000,
      requestTimeout: 10_000,
      // Stated rather than left to the SDK's defaults (the same today): a handler makes several store
      // calls per request, and a new TCP connection for each would cost more than the call itself. 50
      // sockets bound what one process can open against the store under a burst; extra calls queue.
      httpAgent: { keepAlive: true, maxSockets: 50 },
    },
    maxAttempts: 3,
    ...(endpoint ? { endpoint, credentials: LOCAL_CREDENTIALS } : {}),
  });
  const client = DynamoDBDocumentClient.from(base, {
    // Optional ListEntry fields are `undefined` when absent; DynamoDB rejects undefined values otherwise.
    marshallOptions: { removeUndefinedValues: true },
  });
  baseClients.set(client, { base, endpoint, region });
  return client;
}

/** DynamoDBDocumentClient.destroy() is a no-op; only the wrapped client owns (and can close) the sockets. */
const baseClients = new WeakMap<DynamoDBDocumentClient, { base: DynamoDBClient; endpoint?: string; region: string; items?: ItemApi }>();

/** The sign-up path's light item calls (item-api.ts), against the same store and with the same credentials as `client`. */
export function itemApiFor(client: DynamoDBDocumentClient): ItemApi {
  const settings = baseClients.get(client);
  if (!settings) throw new Error('itemApiFor: the client was not made by createDocumentClient or newDocumentClient');
  settings.items ??= createItemApi({ region: settings.region, ...(settings.endpoint && { endpoint: settings.endpoint }), sdk: settings.base });
  return settings.items;
}

/** Closes the client's sockets. Use for clients from newDocumentClient; memoized ones go via releaseDocumentClients. */
export function destroyDocumentClient(client: DynamoDBDocumentClient): void {
  const settings = baseClients.get(client);
  settings?.base.destroy();
  void settings?.items?.close();
  if (settings) delete settings.items;
}

/**
 * Destroys and forgets the memoized clients for an endpoint (every region), e.g. when the embedded
 * server behind it is closed, so no socket stays open to a dead server and a reused port gets a fresh client.
 */
export function releaseDocumentClients(endpoint?: string): void {
  for (const [key, client] of clients) {
    if (key.startsWith(`${endpoint ?? ''}|`)) {
      destroyDocumentClient(client);
      clients.delete(key);
    }
  }
}

function clientKey(endpoint: string | undefined, region: string): string {
  return `${endpoint ?? ''}|${region}`;
}
