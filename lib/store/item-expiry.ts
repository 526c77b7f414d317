/** The TTL attribute on one lists-table item: what retention uses to let DynamoDB delete old data. */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ListStore } from './list-versions.js';
import { LISTS_TTL_ATTRIBUTE } from './tables.js';

/** TTL on one existing item; a key deleted meanwhile is skipped, not recreated. */
export async function setItemExpiry(store: ListStore, key: { pk: string; sk: string }, expiresAt: number | null): Promise<void> {
  try {
    await store.client.send(
      new UpdateCommand({
        TableName: store.table,
        Key: key,
        ConditionExpression: 'attribute_exists(pk)',
        ...(expiresAt === null
          ? { UpdateExpression: 'REMOVE #ttl', ExpressionAttributeNames: { '#ttl': LISTS_TTL_ATTRIBUTE } }
          : {
              UpdateExpression: 'SET #ttl = :ttl',
              ExpressionAttributeNames: { '#ttl': LISTS_TTL_ATTRIBUTE },
              ExpressionAttributeValues: { ':ttl': expiresAt },
            }),
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}
