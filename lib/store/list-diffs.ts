/**
 * The diff recorded with each list version (what it added, removed and changed against the version
 * it replaced), in the lists table beside the versions, for the re-screening job.
 *
 * Item layout (one partition per diff):
 *
 *   pk = diff#<versionId>   sk = part#<000003>   a slice of the gzip'd JSON diff (Binary `data`)
 *   pk = diff#<versionId>   sk = meta            counts and part count, written LAST
 *
 * The whole diff is serialized and compressed once, then cut into slices under DynamoDB's item
 * limit: a typical nightly diff is one small slice, the first version's (everything added) a few.
 * Like versions, every item is written only if absent and the header commits the write: a diff
 * without its header does not exist for loadDiff.
 */
import { promisify } from 'node:util';
import { gunzip as gunzipCallback, gzip as gzipCallback } from 'node:zlib';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DiffCounts, ListDiff } from '../refresh/diff.js';
import type { ListStore } from './list-versions.js';
import { deleteItems, partitionKeys, queryPartition } from './partition.js';
import { setItemExpiry } from './item-expiry.js';
import { LISTS_TTL_ATTRIBUTE } from './tables.js';

const gzip = promisify(gzipCallback);
const gunzip = promisify(gunzipCallback);

/** Slice size: well under DynamoDB's 400 KB item limit, with room for the keys. */
const PART_BYTES = 300 * 1024;
const HEADER_SK = 'meta';

export interface DiffHeader {
  versionId: string;
  /** The version this one was compared with; null for the first version (everything added). */
  previousVersionId: string | null;
  counts: DiffCounts;
  partCount: number;
  createdAt: string;
  expiresAt?: number;
}

export interface StoredDiff extends ListDiff {
  header: DiffHeader;
}

/** A diff for this version already exists (items are never overwritten). */
export class DiffExistsError extends Error {
  override name = 'DiffExistsError';
  constructor(readonly versionId: string) {
    super(`A diff for ${versionId} is already stored`);
  }
}

export function diffPartitionKey(versionId: string): string {
  return `diff#${versionId}`;
}

function partKey(versionId: string, part: number) {
  return { pk: diffPartitionKey(versionId), sk: `part#${String(part).padStart(6, '0')}` };
}

export async function writeDiff(
  store: ListStore,
  versionId: string,
  previousVersionId: string | null,
  diff: ListDiff,
  now: Date = new Date(),
): Promise<DiffHeader> {
  const compressed = await gzip(JSON.stringify({ added: diff.added, removed: diff.removed, changed: diff.changed }));
  const parts: Buffer[] = [];
  for (let offset = 0; offset < compressed.length; offset += PART_BYTES) parts.push(compressed.subarray(offset, offset + PART_BYTES));
  const header: DiffHeader = {
    versionId,
    previousVersionId,
    counts: { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length },
    partCount: parts.length,
    createdAt: now.toISOString(),
  };
  try {
    await Promise.all(parts.map((data, part) => putNew(store, { ...partKey(versionId, part), part, data })));
    await putNew(store, { pk: diffPartitionKey(versionId), sk: HEADER_SK, ...header });
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new DiffExistsError(versionId);
    throw error;
  }
  return header;
}

export async function readDiffHeader(store: ListStore, versionId: string): Promise<DiffHeader | null> {
  const { Item } = await store.client.send(
    new GetCommand({ TableName: store.table, Key: { pk: diffPartitionKey(versionId), sk: HEADER_SK }, ConsistentRead: true }),
  );
  return Item ? toHeader(Item) : null;
}

/** The diff recorded when `versionId` was written, or null when there is none (or its write did not finish). */
export async function loadDiff(store: ListStore, versionId: string): Promise<StoredDiff | null> {
  const header = await readDiffHeader(store, versionId);
  if (!header) return null;
  const parts = (await queryPartition(store, diffPartitionKey(versionId)))
    .filter((item) => String(item.sk).startsWith('part#'))
    .sort((a, b) => (a.part as number) - (b.part as number));
  if (parts.length !== header.partCount || parts.some((item, i) => item.part !== i)) {
    throw new Error(`Diff for ${versionId} is corrupt: found ${parts.length} parts, header says ${header.partCount}`);
  }
  const json = (await gunzip(Buffer.concat(parts.map((item) => item.data as Uint8Array)))).toString('utf8');
  const diff = JSON.parse(json) as ListDiff;
  return { header, added: diff.added, removed: diff.removed, changed: diff.changed };
}

/** Deletes every item of a diff, header first so a half-deleted diff reads as absent; returns how many. */
export async function deleteDiff(store: ListStore, versionId: string): Promise<number> {
  const keys = await partitionKeys(store, diffPartitionKey(versionId));
  if (keys.some((key) => key.sk === HEADER_SK)) {
    await store.client.send(new DeleteCommand({ TableName: store.table, Key: { pk: diffPartitionKey(versionId), sk: HEADER_SK } }));
  }
  await deleteItems(store, keys.filter((key) => key.sk !== HEADER_SK));
  return keys.length;
}

/** Sets (or with null removes) the TTL attribute on every item of a diff; the header last. */
export async function setDiffExpiry(store: ListStore, versionId: string, expiresAt: number | null): Promise<void> {
  const keys = await partitionKeys(store, diffPartitionKey(versionId));
  const parts = keys.filter((key) => key.sk !== HEADER_SK);
  const header = keys.filter((key) => key.sk === HEADER_SK);
  for (const key of [...parts, ...header]) await setItemExpiry(store, key, expiresAt);
}


async function putNew(store: ListStore, item: Record<string, unknown>): Promise<void> {
  await store.client.send(new PutCommand({ TableName: store.table, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
}

function toHeader(item: Record<string, unknown>): DiffHeader {
  return {
    versionId: item.versionId as string,
    previousVersionId: typeof item.previousVersionId === 'string' ? item.previousVersionId : null,
    counts: item.counts as DiffCounts,
    partCount: item.partCount as number,
    createdAt: item.createdAt as string,
    ...(typeof item[LISTS_TTL_ATTRIBUTE] === 'number' ? { expiresAt: item[LISTS_TTL_ATTRIBUTE] as number } : {}),
  };
}
