/** Whole-partition reads and deletes in the lists table: version shards and diffs are one partition each. */
import { BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { ListStore } from './list-versions.js';

export interface ItemKey {
  pk: string;
  sk: string;
}

/** Every item of one partition, page by page, with consistent reads; only the keys when `keysOnly`. */
export async function queryPartition(store: ListStore, pk: string, options: { keysOnly?: boolean } = {}): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await store.client.send(
      new QueryCommand({
        TableName: store.table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        ConsistentRead: true,
        // Keys only: no need to pull chunk data across to delete or re-mark it.
        ...(options.keysOnly && { ProjectionExpression: 'pk, sk' }),
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

export async function partitionKeys(store: ListStore, pk: string): Promise<ItemKey[]> {
  return (await queryPartition(store, pk, { keysOnly: true })).map((item) => ({ pk: item.pk as string, sk: item.sk as string }));
}

/** Deletes items in batches of 25; BatchWrite may leave some unprocessed under throttling, retried with backoff. */
export async function deleteItems(store: ListStore, keys: ItemKey[]): Promise<void> {
  for (let i = 0; i < keys.length; i += 25) {
    let requests = keys.slice(i, i + 25).map((Key) => ({ DeleteRequest: { Key } }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt > 8) throw new Error(`BatchWrite left ${requests.length} deletes unprocessed after ${attempt} attempts`);
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(50 * 2 ** attempt, 2_000)));
      const { UnprocessedItems } = await store.client.send(new BatchWriteCommand({ RequestItems: { [store.table]: requests } }));
      requests = (UnprocessedItems?.[store.table] ?? []).flatMap((r) => (r.DeleteRequest?.Key ? [{ DeleteRequest: { Key: r.DeleteRequest.Key as ItemKey } }] : []));
    }
  }
}
