/**
 * The analysts' alert queue and the memory of what they decided, in the alerts table.
 *
 * Item layout (string keys `pk`/`sk`, index `gsi1`):
 *
 *   pk = alert#<alertId>          sk = alert                     one alert: its JSON, status and revision;
 *                                                                gsi1pk = status#<status>, gsi1sk = <createdAt>#<alertId>
 *   pk = customer#<customerId>    sk = pair#<partyPath>#<entry>  one customer-party-entry pair: every alert on it
 *                                                                and the latest; gsi1pk = entry#<entry> (alerts by entry)
 *
 * DynamoDB Local stand-ins (dynalite) have no transactions, so every write is a single-item
 * conditional write: an alert is put only if absent (a re-run creates nothing twice), an analyst's
 * action only if the alert is still at the revision read (two analysts cannot overwrite each other),
 * and the pair's latest pointer only moves forward. The alert is written before its pair; a crash
 * between the two is repaired by the re-run, which finds the alert and still updates the pair.
 *
 * False-positive memory: every alert records fingerprints of the entry data and of the party data it
 * was raised on. A pair whose latest alert is cleared is remembered as a false positive for exactly
 * those fingerprints (see lib/rescreen/decide.ts): nothing to write at clearing time beyond the alert.
 *
 * Single-item reads and writes go through the light item API (item-api.ts): a review sign-up raises its
 * alerts while the caller waits. Queries and batch reads use the SDK.
 */
import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { InputError } from '../errors.js';
import { entryKey } from '../lists/model.js';
import { itemApiFor } from './client.js';
import type { Item } from './item-api.js';
import { GSI1 } from './tables.js';

export interface AlertStore {
  client: DynamoDBDocumentClient;
  alertsTable: string;
}

export const ALERT_STATUSES = ['open', 'cleared', 'confirmed', 'escalated'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];
export type AlertKind = 'new-match' | 'changed-match' | 'match-gone' | 'signup-review';
export const ALERT_ACTIONS = ['clear', 'confirm', 'escalate', 'reopen'] as const;
export type AlertAction = (typeof ALERT_ACTIONS)[number];

export interface AlertHistoryEntry {
  at: string;
  by: string;
  action: 'created' | AlertAction;
  /** The status after this step. */
  status: string;
  reason?: string;
}

export interface Alert {
  alertId: string;
  origin: 'rescreen' | 'signup';
  kind: AlertKind;
  customerId: string;
  /** Where the party sits in the sign-up request: `customer`, `beneficialOwners[0].owners[1]` ... */
  partyPath: string;
  partyName: string;
  entryId: string;
  source: string;
  entryName: string;
  score: number;
  explanation: unknown;
  listVersionId: string;
  previousListVersionId?: string;
  status: AlertStatus;
  createdAt: string;
  updatedAt: string;
  history: AlertHistoryEntry[];
  /**
   * What the alert was raised on: sha256 prefixes of the entry data and of the party data
   * (lib/rescreen/fingerprints.ts). Clearing the alert remembers the pair for these two only.
   */
  fingerprints?: { entry: string; party: string };
}

export interface ActOnAlertInput {
  action: AlertAction;
  /** Who acts (the analyst's user name); kept in the history. */
  by: string;
  /** Why; required to clear. */
  reason?: string;
  /** The `updatedAt` the analyst saw: refused with AlertConflictError when the alert changed since. */
  expectedUpdatedAt?: string;
}

export class AlertNotFoundError extends Error {
  override name = 'AlertNotFoundError';
  constructor(readonly alertId: string) {
    super(`no alert ${alertId}`);
  }
}

/** The alert changed since it was read, or the action does not apply to its status: reload and decide again. */
export class AlertConflictError extends Error {
  override name = 'AlertConflictError';
  constructor(
    readonly alertId: string,
    message: string,
  ) {
    super(`alert ${alertId}: ${message}`);
  }
}

/** Which status each action leads to, and from which statuses it may be taken. */
export const TRANSITIONS: Record<AlertAction, { from: AlertStatus[]; to: AlertStatus }> = {
  clear: { from: ['open', 'escalated'], to: 'cleared' },
  confirm: { from: ['open', 'escalated'], to: 'confirmed' },
  escalate: { from: ['open'], to: 'escalated' },
  reopen: { from: ['cleared', 'confirmed', 'escalated'], to: 'open' },
};

/** An alert holds an open question about a match while it is not cleared and the match still exists. */
export function isActiveMatch(alert: Pick<Alert, 'status' | 'kind'>): boolean {
  return alert.status !== 'cleared' && alert.kind !== 'match-gone';
}

const MAX_ACTOR_LENGTH = 200;
const MAX_REASON_LENGTH = 2000;
const DEFAULT_PAGE = 50;
const MAX_PAGE = 500;
const BATCH_GET_LIMIT = 100;

// ---------------------------------------------------------------------------------------------
// Keys

export interface AlertIdParts {
  customerId: string;
  partyPath: string;
  source: string;
  entryId: string;
  kind: AlertKind;
  listVersionId: string;
  /** The party data fingerprint: a customer re-signing with other data is a new question. */
  partyFingerprint: string;
}

/** Deterministic: the same pair, kind, list version and party data always give the same id. */
export function alertIdFor(parts: AlertIdParts): string {
  const key = [parts.customerId, parts.partyPath, entryKey(parts), parts.kind, parts.listVersionId, parts.partyFingerprint].join('\n');
  return `alt_${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
}

const alertKey = (alertId: string) => ({ pk: `alert#${alertId}`, sk: 'alert' });
const pairKey = (customerId: string, partyPath: string, entryKey: string) => ({ pk: `customer#${customerId}`, sk: `pair#${partyPath}#${entryKey}` });
const statusPartition = (status: AlertStatus) => `status#${status}`;
const entryPartition = (entryKey: string) => `entry#${entryKey}`;

// ---------------------------------------------------------------------------------------------
// Writing

/**
 * Stores the alert unless one with its id exists, then records it on its pair. Returns whether it
 * was new. Safe to repeat: a re-run after a crash between the two writes completes the second.
 */
export async function createAlert(store: AlertStore, alert: Alert): Promise<boolean> {
  let created = true;
  try {
    await itemApiFor(store.client).putItem({ TableName: store.alertsTable, Item: alertItem(alert, 0), ConditionExpression: 'attribute_not_exists(pk)' });
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    created = false;
  }
  await recordOnPair(store, alert);
  return created;
}

/**
 * Adds the alert to its pair's set, and makes it the pair's latest unless a later one (by list
 * version, then creation time) is there already: concurrent runs for two versions end consistent.
 */
async function recordOnPair(store: AlertStore, alert: Alert): Promise<void> {
  const key = entryKey(alert);
  const order = `${alert.listVersionId}#${alert.createdAt}`;
  const base = {
    TableName: store.alertsTable,
    Key: pairKey(alert.customerId, alert.partyPath, key),
    ExpressionAttributeNames: { '#gpk': GSI1.partitionKey, '#gsk': GSI1.sortKey },
  };
  const identity = 'customerId = :customerId, partyPath = :partyPath, entryKey = :entryKey, #gpk = :gpk, #gsk = :gsk';
  const identityValues = {
    ':customerId': alert.customerId,
    ':partyPath': alert.partyPath,
    ':entryKey': key,
    ':gpk': entryPartition(key),
    ':gsk': `customer#${alert.customerId}#${alert.partyPath}`,
    ':ids': new Set([alert.alertId]),
  };
  const items = itemApiFor(store.client);
  try {
    await items.updateItem({
      UpdateExpression: `SET ${identity}, latestAlertId = :id, latestOrder = :order ADD alertIds :ids`,
      ...base,
      ConditionExpression: 'attribute_not_exists(latestOrder) OR latestOrder <= :order',
      ExpressionAttributeValues: { ':id': alert.alertId, ':order': order, ...identityValues },
    });
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    // A later alert is the pair's latest already: only add this one to the set.
    await items.updateItem({ UpdateExpression: `SET ${identity} ADD alertIds :ids`, ...base, ExpressionAttributeValues: identityValues });
  }
}

function alertItem(alert: Alert, revision: number): Item {
  return {
    [GSI1.partitionKey]: statusPartition(alert.status),
    [GSI1.sortKey]: `${alert.createdAt}#${alert.alertId}`,
    ...alertKey(alert.alertId),
    status: alert.status,
    revision,
    customerId: alert.customerId,
    // JSON text: explanations are deep, and attribute-by-attribute marshalling costs more than it gives.
    alert: JSON.stringify(alert),
  };
}

/**
 * An analyst's decision: clear (a reason is required), confirm, escalate or reopen. One conditional
 * put on the revision read, so a concurrent decision fails with AlertConflictError instead of being
 * overwritten; the history gains a line and the alert moves to its new status queue.
 */
export async function actOnAlert(store: AlertStore, alertId: string, input: ActOnAlertInput, now: Date = new Date()): Promise<Alert> {
  const { action, by, reason } = validateAction(input);
  const current = await readAlertItem(store, alertId);
  if (!current) throw new AlertNotFoundError(alertId);
  const { alert, revision } = current;
  if (input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== alert.updatedAt) {
    throw new AlertConflictError(alertId, `changed at ${alert.updatedAt} since it was shown (at ${input.expectedUpdatedAt}); reload it`);
  }
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(alert.status)) {
    throw new AlertConflictError(alertId, `cannot ${action} an alert that is ${alert.status} (only one that is ${transition.from.join(' or ')})`);
  }
  const at = now.toISOString();
  const next: Alert = Object.assign({}, alert, {
    status: transition.to,
    updatedAt: at,
    history: [...alert.history, { at, by, action, status: transition.to, ...(reason !== undefined && { reason }) }],
  });
  try {
    await itemApiFor(store.client).putItem({
      TableName: store.alertsTable,
      Item: alertItem(next, revision + 1),
      ConditionExpression: 'revision = :revision',
      ExpressionAttributeValues: { ':revision': revision },
    });
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new AlertConflictError(alertId, 'someone else acted on it at the same time; reload it');
    throw error;
  }
  return next;
}

function validateAction(input: ActOnAlertInput): { action: AlertAction; by: string; reason?: string } {
  if (!ALERT_ACTIONS.includes(input.action)) throw new InputError(`must be one of ${ALERT_ACTIONS.join(', ')}`, 'action');
  const by = typeof input.by === 'string' ? input.by.trim() : '';
  if (!by) throw new InputError('must name who acts', 'by');
  if (by.length > MAX_ACTOR_LENGTH) throw new InputError(`must be at most ${MAX_ACTOR_LENGTH} characters`, 'by');
  const reason = typeof input.reason === 'string' && input.reason.trim() ? input.reason.trim() : undefined;
  if (input.action === 'clear' && reason === undefined) throw new InputError('is required to clear an alert (why it is not a match)', 'reason');
  if (reason !== undefined && reason.length > MAX_REASON_LENGTH) throw new InputError(`must be at most ${MAX_REASON_LENGTH} characters`, 'reason');
  return { action: input.action, by, ...(reason !== undefined && { reason }) };
}

// ---------------------------------------------------------------------------------------------
// Reading

export async function getAlert(store: AlertStore, alertId: string): Promise<Alert | undefined> {
  return (await readAlertItem(store, alertId))?.alert;
}

async function readAlertItem(store: AlertStore, alertId: string): Promise<{ alert: Alert; revision: number } | undefined> {
  const item = await itemApiFor(store.client).getItem({ TableName: store.alertsTable, Key: alertKey(alertId), ConsistentRead: true });
  return item ? { alert: JSON.parse(item.alert as string) as Alert, revision: item.revision as number } : undefined;
}

export interface ListAlertsOptions {
  /** One queue; absent: every status, merged. */
  status?: AlertStatus;
  /** Page size, default 50, at most 500. */
  limit?: number;
  /** From the previous page's answer. */
  cursor?: string;
}

export interface AlertPage {
  alerts: Alert[];
  /** Present when there may be more: pass it back for the next page. */
  cursor?: string;
}

type StartKeys = Partial<Record<AlertStatus, Record<string, unknown> | null>>;

/**
 * The queue, newest first. Each status is its own GSI1 partition; without a status the four are
 * read side by side and merged, and the cursor remembers where each one stopped (null: exhausted).
 */
export async function listAlerts(store: AlertStore, options: ListAlertsOptions = {}): Promise<AlertPage> {
  const limit = options.limit ?? DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw new InputError(`must be a whole number from 1 to ${MAX_PAGE}`, 'limit');
  if (options.status !== undefined && !ALERT_STATUSES.includes(options.status)) throw new InputError(`must be one of ${ALERT_STATUSES.join(', ')}`, 'status');
  const statuses = options.status ? [options.status] : [...ALERT_STATUSES];
  const starts = options.cursor === undefined ? {} : decodeCursor(options.cursor, statuses);

  const pages = await Promise.all(
    statuses.map(async (status) => {
      const start = starts[status];
      if (start === null) return { status, items: [], more: false };
      const page = await store.client.send(
        new QueryCommand({
          TableName: store.alertsTable,
          IndexName: GSI1.indexName,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': GSI1.partitionKey },
          ExpressionAttributeValues: { ':pk': statusPartition(status) },
          ScanIndexForward: false,
          Limit: limit,
          ...(start && { ExclusiveStartKey: start }),
        }),
      );
      return { status, items: page.Items ?? [], more: page.LastEvaluatedKey !== undefined };
    }),
  );
  const merged = pages
    .flatMap(({ status, items }) => items.map((item) => ({ status, item })))
    .sort((a, b) => (a.item[GSI1.sortKey] < b.item[GSI1.sortKey] ? 1 : a.item[GSI1.sortKey] > b.item[GSI1.sortKey] ? -1 : 0))
    .slice(0, limit);

  const next: StartKeys = {};
  let more = false;
  for (const { status, items, more: partitionHasMore } of pages) {
    const taken = merged.filter((m) => m.status === status);
    const last = taken.at(-1)?.item;
    const exhausted = !partitionHasMore && taken.length === items.length;
    if (exhausted) next[status] = null;
    else {
      more = true;
      // Nothing taken from this queue yet: it starts where it did (absent: from its newest).
      const start = last ? indexKey(last) : starts[status];
      if (start) next[status] = start;
    }
  }
  return { alerts: merged.map(({ item }) => JSON.parse(item.alert as string) as Alert), ...(more && { cursor: encodeCursor(next) }) };
}

/** The key a GSI query resumes after: the table key plus the index key. */
function indexKey(item: Record<string, unknown>): Record<string, unknown> {
  return { pk: item.pk, sk: item.sk, [GSI1.partitionKey]: item[GSI1.partitionKey], [GSI1.sortKey]: item[GSI1.sortKey] };
}

function encodeCursor(starts: StartKeys): string {
  return Buffer.from(JSON.stringify(starts)).toString('base64url');
}

function decodeCursor(cursor: string, statuses: AlertStatus[]): StartKeys {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InputError('is not a cursor this service gave out', 'cursor');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new InputError('is not a cursor this service gave out', 'cursor');
  const starts = parsed as Record<string, unknown>;
  for (const [status, key] of Object.entries(starts)) {
    const validKey = key === null || (typeof key === 'object' && typeof (key as Record<string, unknown>)[GSI1.partitionKey] === 'string' && (key as Record<string, unknown>)[GSI1.partitionKey] === statusPartition(status as AlertStatus));
    if (!statuses.includes(status as AlertStatus) || !validKey) throw new InputError('is not a cursor for this query', 'cursor');
  }
  return starts as StartKeys;
}

/** Every alert on a customer's parties, newest first. */
export async function customerAlerts(store: AlertStore, customerId: string): Promise<Alert[]> {
  const pairs = await queryAll(store, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :pair)',
    ExpressionAttributeValues: { ':pk': `customer#${customerId}`, ':pair': 'pair#' },
  });
  const ids = [...new Set(pairs.flatMap((pair) => [...((pair.alertIds as Set<string> | undefined) ?? [])]))];
  const alerts = await getAlerts(store, ids);
  return alerts.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.alertId.localeCompare(b.alertId)));
}

/** The alerts of the given ids that exist, in no particular order (BatchGet, 100 at a time, retrying what is left). */
export async function getAlerts(store: AlertStore, alertIds: string[]): Promise<Alert[]> {
  const alerts: Alert[] = [];
  for (let i = 0; i < alertIds.length; i += BATCH_GET_LIMIT) {
    let keys: Record<string, unknown>[] = alertIds.slice(i, i + BATCH_GET_LIMIT).map(alertKey);
    for (let attempt = 0; keys.length > 0; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** Math.min(attempt, 6)));
      const { Responses, UnprocessedKeys } = await store.client.send(
        new BatchGetCommand({ RequestItems: { [store.alertsTable]: { Keys: keys, ConsistentRead: true } } }),
      );
      for (const item of Responses?.[store.alertsTable] ?? []) alerts.push(JSON.parse(item.alert as string) as Alert);
      keys = (UnprocessedKeys?.[store.alertsTable]?.Keys ?? []) as Record<string, unknown>[];
    }
  }
  return alerts;
}

/** A pair's latest alert (by list version, then creation), or undefined when the pair never alerted. */
export async function latestPairAlert(store: AlertStore, pair: { customerId: string; partyPath: string; source: string; entryId: string }): Promise<Alert | undefined> {
  const item = await itemApiFor(store.client).getItem({ TableName: store.alertsTable, Key: pairKey(pair.customerId, pair.partyPath, entryKey(pair)), ConsistentRead: true });
  return item ? getAlert(store, item.latestAlertId as string) : undefined;
}

/** The latest alert of every pair that ever alerted on an entry (GSI1, eventually consistent). */
export async function latestAlertsOnEntry(store: AlertStore, entry: { source: string; entryId: string }): Promise<Alert[]> {
  const pairs = await queryAll(store, {
    IndexName: GSI1.indexName,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': GSI1.partitionKey },
    ExpressionAttributeValues: { ':pk': entryPartition(entryKey(entry)) },
  });
  return getAlerts(store, pairs.map((pair) => pair.latestAlertId as string));
}

async function queryAll(store: AlertStore, query: Omit<ConstructorParameters<typeof QueryCommand>[0], 'TableName'>): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await store.client.send(new QueryCommand({ TableName: store.alertsTable, ...query, ...(startKey && { ExclusiveStartKey: startKey }) }));
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}
