/**
 * Immutable list versions in DynamoDB, plus one pointer item naming the active version.
 *
 * Item layout (one table, string keys `pk`/`sk`):
 *
 *   pk = versions                       sk = <versionId>    registry item, written FIRST
 *   pk = version#<id>#shard#<n>         sk = chunk#<000042> gzip'd JSON array of entries (Binary `data`)
 *   pk = version#<id>                   sk = meta           version header, written LAST (status 'written')
 *   pk = pointer                        sk = active         the active version, swapped by conditional put
 *
 * Writers never modify an item once written (every put is conditional on absence), so a reader that
 * has seen the pointer or a header can read the chunks without any coordination. A registry item
 * without a header is a version whose write did not finish; it can never be activated, and
 * listVersions reports it so cleanup can delete its chunks.
 */

import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback, gzip as gzipCallback } from 'node:zlib';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { InputError } from '../errors.js';
import type { ListEntry } from '../lists/model.js';
import { setItemExpiry } from './item-expiry.js';
import { deleteItems, partitionKeys, queryPartition } from './partition.js';
import { LISTS_TTL_ATTRIBUTE } from './tables.js';

const gzip = promisify(gzipCallback);
const gunzip = promisify(gunzipCallback);

export interface ListStore {
  client: DynamoDBDocumentClient;
  table: string;
}

/** Where a snapshot came from; recorded on the version header and copied to the pointer. */
export interface VersionMeta {
  sourceUrl: string;
  contentHash: string;
  fetchedAt: string;
  etag?: string;
  lastModified?: string;
}

/** A version header: a completely written version. */
export interface VersionInfo extends VersionMeta {
  versionId: string;
  entryCount: number;
  countsBySource: Record<string, number>;
  shardCount: number;
  chunkCount: number;
  createdAt: string;
  status: 'written';
  /** Epoch seconds after which DynamoDB may delete the version (set by retention); absent = kept. */
  expiresAt?: number;
}

/** A version whose registry item exists but whose header does not: its write crashed or is still running. */
export interface IncompleteVersion {
  versionId: string;
  entryCount: number;
  shardCount: number;
  chunkCount: number;
  contentHash: string;
  createdAt: string;
  status: 'incomplete';
  expiresAt?: number;
}

export type VersionRecord = VersionInfo | IncompleteVersion;

export interface ActivePointer {
  versionId: string;
  entryCount: number;
  countsBySource: Record<string, number>;
  contentHash: string;
  sourceUrl: string;
  fetchedAt: string;
  activatedAt: string;
  /** The version this activation replaced, for audit and rollback. */
  previousVersionId?: string;
}

export interface LoadedVersion {
  info: VersionInfo;
  entries: ListEntry[];
}

export interface LoadedActiveVersion extends LoadedVersion {
  pointer: ActivePointer;
}

export interface WriteVersionOptions {
  /** Partitions the chunks are spread over, so reads and writes are not limited by one partition. Default 8. */
  shardCount?: number;
  /** Upper bound for one chunk's compressed size. Default 256 KiB, well under DynamoDB's 400 KB item limit. */
  maxChunkBytes?: number;
  /** Upper bound for entries in one chunk. Default 2,000. */
  maxEntriesPerChunk?: number;
  /** Chunk puts in flight at once. Default 8. */
  writeConcurrency?: number;
  /** Clock for versionId and createdAt. */
  now?: Date;
}

export const DEFAULT_SHARD_COUNT = 8;
export const DEFAULT_MAX_CHUNK_BYTES = 256 * 1024;
export const DEFAULT_MAX_ENTRIES_PER_CHUNK = 2_000;
const DEFAULT_WRITE_CONCURRENCY = 8;
/** DynamoDB's own limit per item; a chunk plus its attributes must stay below it. */
const DYNAMODB_MAX_ITEM_BYTES = 400 * 1024;
/**
 * Raw JSON bytes gathered per chunk before compressing, as a multiple of maxChunkBytes. List JSON
 * compresses 6-10x, so 4x keeps first attempts under the cap; a chunk that still overflows is halved.
 */
const ASSUMED_MIN_COMPRESSION_RATIO = 4;
const VERSION_ID_PATTERN = /^v\d{8}T\d{6}Z-[0-9a-f]{6}$/;

// ---------------------------------------------------------------------------------------------
// Errors

/** The pointer moved since the caller read it: someone else activated a version first. */
export class ConcurrentActivationError extends Error {
  override name = 'ConcurrentActivationError';
  constructor(
    readonly versionId: string,
    readonly expectedActive: string | null,
    readonly actualActive: string | null,
  ) {
    super(
      `Cannot activate ${versionId}: expected the active version to be ${expectedActive ?? 'none'}, ` +
        `but it is ${actualActive ?? 'none'} (another activation won the race; re-read and retry)`,
    );
  }
}

/** No header: the version never existed, its write did not finish, or it was deleted. */
export class VersionNotFoundError extends Error {
  override name = 'VersionNotFoundError';
  constructor(
    readonly versionId: string,
    reason = 'no version header (never written, write did not finish, or deleted)',
  ) {
    super(`Version ${versionId}: ${reason}`);
  }
}

/** The stored chunks do not add up to what the header promises. */
export class CorruptVersionError extends Error {
  override name = 'CorruptVersionError';
  constructor(
    readonly versionId: string,
    detail: string,
  ) {
    super(`Version ${versionId} is corrupt: ${detail}`);
  }
}

export class ActiveVersionDeletionError extends Error {
  override name = 'ActiveVersionDeletionError';
  constructor(
    readonly versionId: string,
    action = 'delete',
  ) {
    super(`Refusing to ${action} ${versionId}: it is the active version`);
  }
}

// ---------------------------------------------------------------------------------------------
// Keys

export const POINTER_KEY = { pk: 'pointer', sk: 'active' } as const;
const REGISTRY_PK = 'versions';
const HEADER_SK = 'meta';

export function headerKey(versionId: string) {
  return { pk: `version#${versionId}`, sk: HEADER_SK };
}

export function registryKey(versionId: string) {
  return { pk: REGISTRY_PK, sk: versionId };
}

export function shardPartitionKey(versionId: string, shard: number): string {
  return `version#${versionId}#shard#${shard}`;
}

/** Zero-padded so chunks sort by number within a shard. */
export function chunkKey(versionId: string, shard: number, chunk: number) {
  return { pk: shardPartitionKey(versionId, shard), sk: `chunk#${String(chunk).padStart(6, '0')}` };
}

/** Sortable by creation time: `v20261126T001500Z-a1b2c3`. */
export function newVersionId(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
  return `v${stamp}-${randomBytes(3).toString('hex')}`;
}

/** Ids end up inside keys; a stray `#` or typo must not address some other item. */
function assertVersionId(versionId: string): void {
  if (!VERSION_ID_PATTERN.test(versionId)) {
    throw new InputError(`not a version id: ${JSON.stringify(versionId)} (expected e.g. v20261126T001500Z-a1b2c3)`, 'versionId');
  }
}

// ---------------------------------------------------------------------------------------------
// Writing

export interface EncodedChunk {
  /** Global position: entries of chunk n precede those of chunk n+1. */
  index: number;
  shard: number;
  entryCount: number;
  data: Buffer;
}

/** A version ready to write: everything computed and compressed, nothing stored yet. */
export interface VersionPlan {
  info: VersionInfo;
  chunks: EncodedChunk[];
}

/** Writes a complete version (registry, chunks, then header). It is not active until activateVersion. */
export async function writeVersion(
  store: ListStore,
  entries: ListEntry[],
  meta: VersionMeta,
  options: WriteVersionOptions = {},
): Promise<VersionInfo> {
  const plan = await planVersion(entries, meta, options);
  await writeVersionChunks(store, plan, options);
  return writeVersionHeader(store, plan);
}

/** Splits and compresses entries into chunks and computes the header; touches no storage. */
export async function planVersion(
  entries: ListEntry[],
  meta: VersionMeta,
  options: WriteVersionOptions = {},
): Promise<VersionPlan> {
  const maxChunkBytes = options.maxChunkBytes ?? DEFAULT_MAX_CHUNK_BYTES;
  if (maxChunkBytes > DYNAMODB_MAX_ITEM_BYTES - 4 * 1024) {
    throw new RangeError(`maxChunkBytes ${maxChunkBytes} leaves no room under DynamoDB's 400 KB item limit`);
  }
  const now = options.now ?? new Date();
  const versionId = newVersionId(now);
  const payloads = await encodeEntries(entries, maxChunkBytes, options.maxEntriesPerChunk ?? DEFAULT_MAX_ENTRIES_PER_CHUNK);
  // Fewer shards than chunks would leave partitions that readers query for nothing.
  const shardCount = Math.min(Math.max(1, options.shardCount ?? DEFAULT_SHARD_COUNT), payloads.length);
  const chunks = payloads.map((payload, index) => ({ index, shard: index % shardCount, ...payload }));
  const info: VersionInfo = {
    versionId,
    entryCount: entries.length,
    countsBySource: countBySource(entries),
    shardCount,
    chunkCount: chunks.length,
    contentHash: meta.contentHash,
    sourceUrl: meta.sourceUrl,
    fetchedAt: meta.fetchedAt,
    ...(meta.etag !== undefined ? { etag: meta.etag } : {}),
    ...(meta.lastModified !== undefined ? { lastModified: meta.lastModified } : {}),
    createdAt: now.toISOString(),
    status: 'written',
  };
  return { info, chunks };
}

/**
 * Writes the registry item, then every chunk. The registry item comes first so that a crash
 * part-way still leaves a record of which partitions to clean up.
 */
export async function writeVersionChunks(
  store: ListStore,
  plan: VersionPlan,
  options: Pick<WriteVersionOptions, 'writeConcurrency'> = {},
): Promise<void> {
  const { info } = plan;
  await putNew(store, {
    versionId: info.versionId,
    ...registryKey(info.versionId),
    entryCount: info.entryCount,
    shardCount: info.shardCount,
    chunkCount: info.chunkCount,
    contentHash: info.contentHash,
    createdAt: info.createdAt,
  });
  await forEachLimited(plan.chunks, options.writeConcurrency ?? DEFAULT_WRITE_CONCURRENCY, (chunk) =>
    putNew(store, {
      chunk: chunk.index,
      ...chunkKey(info.versionId, chunk.shard, chunk.index),
      entryCount: chunk.entryCount,
      encoding: 'json+gzip',
      data: chunk.data,
    }),
  );
}

/** The header is the commit record: only once it exists is the version complete and activatable. */
export async function writeVersionHeader(store: ListStore, plan: VersionPlan): Promise<VersionInfo> {
  const { pk, sk } = headerKey(plan.info.versionId);
  await putNew(store, { pk, sk, ...plan.info });
  return plan.info;
}

/** Chunk boundaries: greedy by raw JSON size and count, then halved until each compresses under the cap. */
async function encodeEntries(
  entries: ListEntry[],
  maxChunkBytes: number,
  maxEntriesPerChunk: number,
): Promise<{ entryCount: number; data: Buffer }[]> {
  const json = entries.map((entry) => JSON.stringify(entry));
  const rawBudget = maxChunkBytes * ASSUMED_MIN_COMPRESSION_RATIO;
  const groups: string[][] = [];
  let group: string[] = [];
  let groupBytes = 0;
  for (const text of json) {
    const bytes = Buffer.byteLength(text);
    if (group.length > 0 && (groupBytes + bytes > rawBudget || group.length >= maxEntriesPerChunk)) {
      groups.push(group);
      group = [];
      groupBytes = 0;
    }
    group.push(text);
    groupBytes += bytes;
  }
  if (group.length > 0) groups.push(group);

  const encoded = await Promise.all(groups.map((g) => compressUnderCap(g, maxChunkBytes)));
  return encoded.flat();
}

async function compressUnderCap(group: string[], maxChunkBytes: number): Promise<{ entryCount: number; data: Buffer }[]> {
  const data = await gzip(`[${group.join(',')}]`);
  if (data.length <= maxChunkBytes) return [{ entryCount: group.length, data }];
  if (group.length === 1) {
    throw new RangeError(`A single entry compresses to ${data.length} bytes, over the ${maxChunkBytes}-byte chunk cap`);
  }
  const middle = Math.ceil(group.length / 2);
  const [head, tail] = await Promise.all([
    compressUnderCap(group.slice(0, middle), maxChunkBytes),
    compressUnderCap(group.slice(middle), maxChunkBytes),
  ]);
  return [...head, ...tail];
}

function countBySource(entries: ListEntry[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { source } of entries) counts[source] = (counts[source] ?? 0) + 1;
  return counts;
}

// ---------------------------------------------------------------------------------------------
// Activation

/**
 * Points readers at a written version with one conditional put: the swap succeeds only if the
 * pointer still names `expectedActive` (or is absent when null), so two refreshes cannot both win.
 */
export async function activateVersion(
  store: ListStore,
  versionId: string,
  expectedActive: string | null,
): Promise<ActivePointer> {
  assertVersionId(versionId);
  const info = await readHeader(store, versionId);
  if (!info) throw new VersionNotFoundError(versionId, 'cannot activate: no version header (write incomplete or version deleted)');
  if (info.status !== 'written') throw new VersionNotFoundError(versionId, `cannot activate: status is ${String(info.status)}`);

  const pointer: ActivePointer = {
    versionId,
    entryCount: info.entryCount,
    countsBySource: info.countsBySource,
    contentHash: info.contentHash,
    sourceUrl: info.sourceUrl,
    fetchedAt: info.fetchedAt,
    activatedAt: new Date().toISOString(),
    ...(expectedActive !== null ? { previousVersionId: expectedActive } : {}),
  };
  try {
    await store.client.send(
      new PutCommand({
        TableName: store.table,
        Item: Object.assign({}, POINTER_KEY, pointer),
        ...(expectedActive === null
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : {
              ConditionExpression: 'versionId = :expected',
              ExpressionAttributeValues: { ':expected': expectedActive },
            }),
      }),
    );
  } catch (err) {
    if (err instanceof ConditionalCheckFailedException) {
      const actual = await getActivePointer(store);
      throw new ConcurrentActivationError(versionId, expectedActive, actual?.versionId ?? null);
    }
    throw err;
  }
  return pointer;
}

/** Consistent read: right after an activation, every reader must see the new pointer. */
export async function getActivePointer(store: ListStore): Promise<ActivePointer | null> {
  const { Item } = await store.client.send(new GetCommand({ TableName: store.table, Key: POINTER_KEY, ConsistentRead: true }));
  return Item ? toPointer(Item) : null;
}

// ---------------------------------------------------------------------------------------------
// Reading

export async function loadActiveVersion(store: ListStore): Promise<LoadedActiveVersion | null> {
  const pointer = await getActivePointer(store);
  if (!pointer) return null;
  const { info, entries } = await loadVersion(store, pointer.versionId);
  return { pointer, info, entries };
}

/** Reads every shard in parallel and reassembles the entries in their original order. */
export async function loadVersion(store: ListStore, versionId: string): Promise<LoadedVersion> {
  assertVersionId(versionId);
  const info = await readHeader(store, versionId);
  if (!info) throw new VersionNotFoundError(versionId);

  const shards = await Promise.all(range(info.shardCount).map((shard) => readShard(store, versionId, shard)));
  const chunks = shards.flat().sort((a, b) => a.index - b.index);
  checkChunks(info, chunks);

  const entries: ListEntry[] = [];
  for (const chunk of chunks) {
    for (const entry of chunk.entries) entries.push(entry);
  }
  return { info, entries };
}

interface DecodedChunk {
  index: number;
  entries: ListEntry[];
}

/** Pages through one shard, decompressing each page's chunks while the next page is fetched. */
async function readShard(store: ListStore, versionId: string, shard: number): Promise<DecodedChunk[]> {
  const decoding: Promise<DecodedChunk>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await store.client.send(
      new QueryCommand({
        TableName: store.table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': shardPartitionKey(versionId, shard) },
        // Chunks are written just before the header; a consistent read cannot miss one of them.
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) decoding.push(decodeChunk(versionId, item));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return Promise.all(decoding);
}

async function decodeChunk(versionId: string, item: Record<string, unknown>): Promise<DecodedChunk> {
  const { chunk, entryCount, data } = item;
  if (typeof chunk !== 'number' || typeof entryCount !== 'number' || !(data instanceof Uint8Array)) {
    throw new CorruptVersionError(versionId, `malformed chunk item ${String(item.pk)} / ${String(item.sk)}`);
  }
  const entries: unknown = JSON.parse((await gunzip(data)).toString('utf8'));
  if (!Array.isArray(entries) || entries.length !== entryCount) {
    throw new CorruptVersionError(versionId, `chunk ${chunk} holds ${Array.isArray(entries) ? entries.length : 'no'} entries, expected ${entryCount}`);
  }
  return { index: chunk, entries: entries as ListEntry[] };
}

/** Every chunk exactly once, and the entries add up to the header's count. */
function checkChunks(info: VersionInfo, chunks: DecodedChunk[]): void {
  chunks.forEach((chunk, position) => {
    if (chunk.index !== position) {
      throw new CorruptVersionError(info.versionId, `chunk ${position} is missing or duplicated (found chunk ${chunk.index} in its place)`);
    }
  });
  if (chunks.length !== info.chunkCount) {
    throw new CorruptVersionError(info.versionId, `found ${chunks.length} chunks, header says ${info.chunkCount}`);
  }
  const total = chunks.reduce((sum, chunk) => sum + chunk.entries.length, 0);
  if (total !== info.entryCount) {
    throw new CorruptVersionError(info.versionId, `found ${total} entries, header says ${info.entryCount}`);
  }
}

async function readHeader(store: ListStore, versionId: string): Promise<VersionInfo | null> {
  const { Item } = await store.client.send(
    new GetCommand({ TableName: store.table, Key: headerKey(versionId), ConsistentRead: true }),
  );
  return Item ? toVersionInfo(Item) : null;
}

// ---------------------------------------------------------------------------------------------
// Retention

/** All versions, oldest first, complete or not; reads only the small registry and header items. */
export async function listVersions(store: ListStore): Promise<VersionRecord[]> {
  const registered = await readRegistry(store);
  const records: VersionRecord[] = [];
  await forEachLimited(registered, 16, async (entry) => {
    records.push((await readHeader(store, entry.versionId)) ?? entry);
  });
  return records.sort((a, b) => (a.versionId < b.versionId ? -1 : a.versionId > b.versionId ? 1 : 0));
}

/**
 * Deletes a version that is not active: header first (so it can no longer be activated or loaded),
 * then its chunks, then its registry item (so a crash part-way leaves it listed for a retry).
 * Also cleans up incomplete versions. Only the pointer check guards against deleting a version
 * being activated at the same moment, so retention should delete only versions older than the active one.
 */
export async function deleteVersion(store: ListStore, versionId: string): Promise<{ deletedChunks: number }> {
  assertVersionId(versionId);
  const pointer = await getActivePointer(store);
  if (pointer?.versionId === versionId) throw new ActiveVersionDeletionError(versionId);

  const header = await readHeader(store, versionId);
  const registered = header ? null : await readRegistryItem(store, versionId);
  const shardCount = header?.shardCount ?? registered?.shardCount;
  if (shardCount === undefined) throw new VersionNotFoundError(versionId, 'nothing to delete');

  if (header) await deleteItem(store, headerKey(versionId));
  let deletedChunks = 0;
  for (const shard of range(shardCount)) {
    const keys = await partitionKeys(store, shardPartitionKey(versionId, shard));
    await deleteItems(store, keys);
    deletedChunks += keys.length;
  }
  await deleteItem(store, registryKey(versionId));
  return { deletedChunks };
}

/**
 * Sets the TTL attribute (epoch seconds) on every item of a version, or removes it with null (a
 * version rolled back to must not expire). Chunks first, then header, then registry item, so a
 * crash part-way leaves the version looking unmarked and the next retention run repeats the work.
 * Refuses to set an expiry on the active version.
 */
export async function setVersionExpiry(store: ListStore, versionId: string, expiresAt: number | null): Promise<void> {
  assertVersionId(versionId);
  if (expiresAt !== null && (await getActivePointer(store))?.versionId === versionId) {
    throw new ActiveVersionDeletionError(versionId, 'set an expiry on');
  }
  const header = await readHeader(store, versionId);
  const shardCount = header?.shardCount ?? (await readRegistryItem(store, versionId))?.shardCount;
  if (shardCount === undefined) throw new VersionNotFoundError(versionId, 'nothing to expire');
  for (const shard of range(shardCount)) {
    for (const key of await partitionKeys(store, shardPartitionKey(versionId, shard))) await setItemExpiry(store, key, expiresAt);
  }
  if (header) await setItemExpiry(store, headerKey(versionId), expiresAt);
  await setItemExpiry(store, registryKey(versionId), expiresAt);
}

async function readRegistry(store: ListStore): Promise<IncompleteVersion[]> {
  return (await queryPartition(store, REGISTRY_PK)).map(toIncompleteVersion);
}

async function readRegistryItem(store: ListStore, versionId: string): Promise<IncompleteVersion | null> {
  const { Item } = await store.client.send(
    new GetCommand({ TableName: store.table, Key: registryKey(versionId), ConsistentRead: true }),
  );
  return Item ? toIncompleteVersion(Item) : null;
}


// ---------------------------------------------------------------------------------------------
// Small helpers

/** Put that never overwrites: every item of a version is immutable once written. */
async function putNew(store: ListStore, item: Record<string, unknown>): Promise<void> {
  await store.client.send(
    new PutCommand({ TableName: store.table, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }),
  );
}

async function deleteItem(store: ListStore, key: { pk: string; sk: string }): Promise<void> {
  await store.client.send(new DeleteCommand({ TableName: store.table, Key: key }));
}

function toVersionInfo(item: Record<string, unknown>): VersionInfo {
  return {
    versionId: item.versionId as string,
    entryCount: item.entryCount as number,
    countsBySource: item.countsBySource as Record<string, number>,
    shardCount: item.shardCount as number,
    chunkCount: item.chunkCount as number,
    contentHash: item.contentHash as string,
    sourceUrl: item.sourceUrl as string,
    fetchedAt: item.fetchedAt as string,
    ...(typeof item.etag === 'string' ? { etag: item.etag } : {}),
    ...(typeof item.lastModified === 'string' ? { lastModified: item.lastModified } : {}),
    createdAt: item.createdAt as string,
    status: item.status as 'written',
    ...expiry(item),
  };
}

function toIncompleteVersion(item: Record<string, unknown>): IncompleteVersion {
  return {
    versionId: item.versionId as string,
    entryCount: item.entryCount as number,
    shardCount: item.shardCount as number,
    chunkCount: item.chunkCount as number,
    contentHash: item.contentHash as string,
    createdAt: item.createdAt as string,
    status: 'incomplete',
    ...expiry(item),
  };
}

function expiry(item: Record<string, unknown>): { expiresAt?: number } {
  const value = item[LISTS_TTL_ATTRIBUTE];
  return typeof value === 'number' ? { expiresAt: value } : {};
}

function toPointer(item: Record<string, unknown>): ActivePointer {
  return {
    versionId: item.versionId as string,
    entryCount: item.entryCount as number,
    countsBySource: item.countsBySource as Record<string, number>,
    contentHash: item.contentHash as string,
    sourceUrl: item.sourceUrl as string,
    fetchedAt: item.fetchedAt as string,
    activatedAt: item.activatedAt as string,
    ...(typeof item.previousVersionId === 'string' ? { previousVersionId: item.previousVersionId } : {}),
  };
}

/** Runs fn over items with at most `limit` in flight; fails fast on the first error. */
async function forEachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(range(Math.min(limit, items.length)).map(worker));
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
