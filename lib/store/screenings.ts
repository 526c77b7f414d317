/**
 * The audit trail of sign-up screenings and the latest customer profiles.
 * One item per screening (request, list version, matches, decision, time). With an Idempotency-Key the
 * screening id is derived from the key, and the put is conditional, so a retried or concurrent request
 * can never leave a second record: the loser reads and returns the stored answer.
 * Puts and gets go through the light item API (item-api.ts): they are the sign-up's own store calls.
 * Records and profiles keep their JSON deflated (packed-json.ts).
 */
import { createHash, randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { itemApiFor } from './client.js';
import { packJson, unpackJson } from './packed-json.js';
import { GSI1 } from './tables.js';

export interface ScreeningStore {
  client: DynamoDBDocumentClient;
  screeningsTable: string;
  customersTable: string;
}

export interface ScreeningRecord<Request = unknown, Result = unknown> {
  screeningId: string;
  customerId: string;
  /** sha256 of the canonical request, to tell a replay from a different request reusing a key. */
  requestHash: string;
  idempotencyKey?: string;
  request: Request;
  result: Result;
  listVersionId: string;
  decision: string;
  screenedAt: string;
}

export class IdempotencyConflictError extends Error {
  constructor(readonly key: string) {
    super(`Idempotency-Key "${key}" was already used for a different request`);
  }
}

/** Deterministic for a key (scoped to the caller's customer), random without one. */
export function screeningIdFor(customerId: string, idempotencyKey?: string): string {
  if (!idempotencyKey) return `scr_${randomUUID().replaceAll('-', '')}`;
  return `scr_${createHash('sha256').update(`${customerId}\n${idempotencyKey}`).digest('hex').slice(0, 32)}`;
}

export function requestHash(request: unknown): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('hex');
}

const screeningKey = (screeningId: string) => ({ pk: `screening#${screeningId}`, sk: 'screening' });

export async function getScreening<Req, Res>(store: ScreeningStore, screeningId: string): Promise<ScreeningRecord<Req, Res> | undefined> {
  const item = await itemApiFor(store.client).getItem({ TableName: store.screeningsTable, Key: screeningKey(screeningId), ConsistentRead: true });
  return item ? unpackJson<ScreeningRecord<Req, Res>>(item.record) : undefined;
}

/** A stored answer for the same key and request, or undefined; a different request under the key throws. */
async function findReplay<Req, Res>(store: ScreeningStore, screeningId: string, hash: string, key: string): Promise<ScreeningRecord<Req, Res> | undefined> {
  const stored = await getScreening<Req, Res>(store, screeningId);
  if (stored && stored.requestHash !== hash) throw new IdempotencyConflictError(key);
  return stored;
}

/** Stores the screening unless one with its id exists; returns what is stored either way. */
export async function saveScreening<Req, Res>(store: ScreeningStore, record: ScreeningRecord<Req, Res>): Promise<ScreeningRecord<Req, Res>> {
  try {
    await itemApiFor(store.client).putItem({
      TableName: store.screeningsTable,
      Item: {
        [GSI1.partitionKey]: `customer#${record.customerId}`,
        [GSI1.sortKey]: `${record.screenedAt}#${record.screeningId}`,
        record: packJson(record),
        ...screeningKey(record.screeningId),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
    return record;
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException) || !record.idempotencyKey) throw error;
    return (await findReplay<Req, Res>(store, record.screeningId, record.requestHash, record.idempotencyKey))!;
  }
}

/** A customer's screenings, newest first. */
export async function customerScreenings<Req, Res>(store: ScreeningStore, customerId: string, limit = 50): Promise<ScreeningRecord<Req, Res>[]> {
  const { Items = [] } = await store.client.send(
    new QueryCommand({
      TableName: store.screeningsTable,
      IndexName: GSI1.indexName,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': GSI1.partitionKey },
      ExpressionAttributeValues: { ':pk': `customer#${customerId}` },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return Items.map((item) => unpackJson<ScreeningRecord<Req, Res>>(item.record));
}

export interface CustomerProfile<Request = unknown> {
  customerId: string;
  /** The customer and owners as last screened: what nightly re-screening screens again. */
  request: Request;
  lastScreeningId: string;
  lastDecision: string;
  listVersionId: string;
  updatedAt: string;
}

/** Keeps the newest profile: an older screening finishing late never overwrites a newer one. */
export async function saveCustomerProfile<Req>(store: ScreeningStore, profile: CustomerProfile<Req>): Promise<void> {
  try {
    await itemApiFor(store.client).putItem({
      TableName: store.customersTable,
      Item: { pk: `customer#${profile.customerId}`, sk: 'profile', updatedAt: profile.updatedAt, profile: packJson(profile) },
      ConditionExpression: 'attribute_not_exists(pk) OR updatedAt <= :updatedAt',
      ExpressionAttributeValues: { ':updatedAt': profile.updatedAt },
    });
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

export async function getCustomerProfile<Req>(store: ScreeningStore, customerId: string): Promise<CustomerProfile<Req> | undefined> {
  const item = await itemApiFor(store.client).getItem({ TableName: store.customersTable, Key: { pk: `customer#${customerId}`, sk: 'profile' }, ConsistentRead: true });
  return item ? unpackJson<CustomerProfile<Req>>(item.profile) : undefined;
}
