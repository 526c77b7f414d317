/** The lists table: its key schema (shared with the CDK app) and an idempotent create-if-missing. */

import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  type AttributeDefinition,
  type KeySchemaElement,
  type TableStatus,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** Generic `pk`/`sk` strings: one table holds version chunks, version headers and the active pointer. */
export const LISTS_TABLE_KEY = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
} as const;

/**
 * The lists table's TTL attribute (epoch seconds): retention sets it on the items of old list
 * versions and their diffs, and DynamoDB deletes them some time after it passes. The table must
 * have TTL enabled on this attribute (the CDK app does; locally dynalite ignores TTL).
 */
export const LISTS_TTL_ATTRIBUTE = 'expiresAt';

export const LISTS_TABLE_KEY_SCHEMA: KeySchemaElement[] = [
  { AttributeName: LISTS_TABLE_KEY.partitionKey.name, KeyType: 'HASH' },
  { AttributeName: LISTS_TABLE_KEY.sortKey.name, KeyType: 'RANGE' },
];

export const LISTS_TABLE_ATTRIBUTES: AttributeDefinition[] = [
  { AttributeName: LISTS_TABLE_KEY.partitionKey.name, AttributeType: LISTS_TABLE_KEY.partitionKey.type },
  { AttributeName: LISTS_TABLE_KEY.sortKey.name, AttributeType: LISTS_TABLE_KEY.sortKey.type },
];


/** The one secondary index tables that need a second access path have (a customer's history, the alert queue). */
export const GSI1 = { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' } as const;

export interface EnsureTableOptions {
  /** Give up waiting for ACTIVE after this long. */
  timeoutMs?: number;
  /** Create the table with the `gsi1` index. */
  gsi1?: boolean;
}

/** Creates the lists table unless it exists, then waits until it is ACTIVE. Safe to call on every start. */
export function ensureListsTable(client: DynamoDBDocumentClient, tableName: string, options: EnsureTableOptions = {}): Promise<void> {
  return ensureTable(client, tableName, options);
}

/** Every table has the same `pk`/`sk` string key; some add `gsi1`. Safe to call on every start. */
export async function ensureTable(client: DynamoDBDocumentClient, tableName: string, options: EnsureTableOptions = {}): Promise<void> {
  if ((await describeTableStatus(client, tableName)) === undefined) {
    await createTable(client, tableName, options.gsi1 ?? false);
  }
  await waitUntilActive(client, tableName, options.timeoutMs ?? 120_000);
}

async function createTable(client: DynamoDBDocumentClient, tableName: string, gsi1: boolean): Promise<void> {
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: LISTS_TABLE_KEY_SCHEMA,
        AttributeDefinitions: [
          ...LISTS_TABLE_ATTRIBUTES,
          ...(gsi1 ? [{ AttributeName: GSI1.partitionKey, AttributeType: 'S' as const }, { AttributeName: GSI1.sortKey, AttributeType: 'S' as const }] : []),
        ],
        ...(gsi1 && {
          GlobalSecondaryIndexes: [
            {
              IndexName: GSI1.indexName,
              KeySchema: [{ AttributeName: GSI1.partitionKey, KeyType: 'HASH' }, { AttributeName: GSI1.sortKey, KeyType: 'RANGE' }],
              Projection: { ProjectionType: 'ALL' },
            },
          ],
        }),
      }),
    );
  } catch (err) {
    // Another process created it between our describe and create: that is the outcome we wanted.
    if (!(err instanceof ResourceInUseException)) throw err;
  }
}

/** undefined when the table does not exist. */
async function describeTableStatus(client: DynamoDBDocumentClient, tableName: string): Promise<TableStatus | undefined> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    return Table?.TableStatus;
  } catch (err) {
    if (err instanceof ResourceNotFoundException) return undefined;
    throw err;
  }
}

/**
 * Polls with a short, growing delay. The SDK's waitUntilTableExists sleeps 20 s before its second
 * look, which would make every local start (where tables turn ACTIVE in milliseconds) needlessly slow.
 */
async function waitUntilActive(client: DynamoDBDocumentClient, tableName: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let delayMs = 50;
  for (;;) {
    const status = await describeTableStatus(client, tableName);
    if (status === 'ACTIVE') return;
    if (Date.now() + delayMs > deadline) {
      throw new Error(`Table ${tableName} not ACTIVE after ${timeoutMs} ms (status: ${status ?? 'missing'})`);
    }
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    delayMs = Math.min(delayMs * 2, 5_000);
  }
}
