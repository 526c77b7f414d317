/**
 * Checkpoints of re-screening runs, in the alerts table (the rescreen function may write only there):
 *
 *   pk = rescreen#<versionId>#<mode>   sk = job             the job: segments, phase, status, totals
 *   pk = rescreen#<versionId>#<mode>   sk = segment#<0007>  one Scan segment: cursor, counts, done, lease
 *
 * A segment is worked on by whoever holds its lease (a conditional update naming the worker, valid
 * for a short while and renewed at every checkpoint); a worker that died leaves a lease that simply
 * expires. Every checkpoint is conditional on still holding the lease, so a worker that stalled past
 * its lease can never move a cursor another worker has since advanced. One item per segment keeps
 * parallel workers off each other's items: there are no transactions to lean on.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AlertStore } from './alerts.js';

export type RescreenMode = 'diff' | 'full';

export interface RescreenCounts {
  /** Profiles read. */
  customers: number;
  /** Profiles skipped: already screened at sign-up against this version or a later one (diff mode). */
  upToDate: number;
  /** Parties (customers and owners) screened. */
  parties: number;
  /** Matches at or above the threshold. */
  hits: number;
  /** Matches that raised an alert. */
  raised: number;
  /** Matches an open, escalated or confirmed alert already covers. */
  known: number;
  /** Matches cleared before for the same entry and party data. */
  suppressed: number;
}

export const ZERO_COUNTS: RescreenCounts = { customers: 0, upToDate: 0, parties: 0, hits: 0, raised: 0, known: 0, suppressed: 0 };

export function addCounts(a: RescreenCounts, b: RescreenCounts): RescreenCounts {
  const sum = { ...a };
  for (const key of Object.keys(sum) as (keyof RescreenCounts)[]) sum[key] += b[key];
  return sum;
}

export interface RescreenJob {
  versionId: string;
  mode: RescreenMode;
  /** Set for a labelled run, a job of its own beside the version's unlabelled one. */
  label?: string;
  previousVersionId: string | null;
  /** Fixed when the job is created: a Scan cursor is only valid for the segmentation it came from. */
  totalSegments: number;
  /** Changed and removed entries re-checked (before any segment starts). */
  entryPhaseDone: boolean;
  status: 'running' | 'complete';
  createdAt: string;
  updatedAt: string;
  completedAt?: string;
  totals?: RescreenCounts;
}

export interface SegmentState {
  segment: number;
  /** The Scan's LastEvaluatedKey after the last checkpointed page; absent before the first. */
  cursor?: Record<string, unknown>;
  done: boolean;
  counts: RescreenCounts;
  leaseOwner?: string;
  /** Epoch ms. */
  leaseUntil?: number;
}

/** The worker no longer holds the segment's lease: it must stop working on it. */
export class LeaseLostError extends Error {
  override name = 'LeaseLostError';
  constructor(
    readonly jobId: string,
    readonly segment: number,
  ) {
    super(`lost the lease on segment ${segment} of ${jobId}`);
  }
}

/** A job per version and mode, and per label when one is given (see RescreenOptions.label). */
export function jobIdFor(versionId: string, mode: RescreenMode, label?: string): string {
  return label ? `${versionId}#${mode}#${label}` : `${versionId}#${mode}`;
}

const RUN_LABEL = /^[A-Za-z0-9._-]{1,64}$/;

/** Labels end up inside keys: letters, digits, '.', '_' and '-', at most 64. */
export function isRunLabel(value: unknown): value is string {
  return typeof value === 'string' && RUN_LABEL.test(value);
}

const jobPartition = (jobId: string) => `rescreen#${jobId}`;
const JOB_SK = 'job';
const segmentSk = (segment: number) => `segment#${String(segment).padStart(4, '0')}`;

/** The job for a version and mode, created on first call; later calls return it as stored. */
export async function openJob(
  store: AlertStore,
  job: Pick<RescreenJob, 'versionId' | 'mode' | 'label' | 'previousVersionId' | 'totalSegments'>,
  now: Date = new Date(),
): Promise<RescreenJob> {
  const created: RescreenJob = { ...job, entryPhaseDone: false, status: 'running', createdAt: now.toISOString(), updatedAt: now.toISOString() };
  const jobId = jobIdFor(job.versionId, job.mode, job.label);
  try {
    await store.client.send(
      new PutCommand({
        TableName: store.alertsTable,
        Item: { pk: jobPartition(jobId), sk: JOB_SK, ...created },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return created;
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    return (await readJob(store, jobId))!;
  }
}

export async function readJob(store: AlertStore, jobId: string): Promise<RescreenJob | undefined> {
  const { Item } = await store.client.send(new GetCommand({ TableName: store.alertsTable, Key: { pk: jobPartition(jobId), sk: JOB_SK }, ConsistentRead: true }));
  if (!Item) return undefined;
  const { pk: _pk, sk: _sk, ...job } = Item;
  return job as RescreenJob;
}

export async function markEntryPhaseDone(store: AlertStore, jobId: string, now: Date = new Date()): Promise<void> {
  await store.client.send(
    new UpdateCommand({
      TableName: store.alertsTable,
      Key: { pk: jobPartition(jobId), sk: JOB_SK },
      UpdateExpression: 'SET entryPhaseDone = :done, updatedAt = :now',
      ExpressionAttributeValues: { ':done': true, ':now': now.toISOString() },
    }),
  );
}

/** Idempotent: every worker that finds all segments done may call it; the totals are the same. */
export async function completeJob(store: AlertStore, jobId: string, totals: RescreenCounts, now: Date = new Date()): Promise<void> {
  await store.client.send(
    new UpdateCommand({
      TableName: store.alertsTable,
      Key: { pk: jobPartition(jobId), sk: JOB_SK },
      UpdateExpression: 'SET #status = :complete, totals = :totals, updatedAt = :now, completedAt = if_not_exists(completedAt, :now)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':complete': 'complete', ':totals': totals, ':now': now.toISOString() },
    }),
  );
}

/** Every segment started so far (a segment never leased has no item yet). */
export async function readSegments(store: AlertStore, jobId: string): Promise<Map<number, SegmentState>> {
  const segments = new Map<number, SegmentState>();
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await store.client.send(
      new QueryCommand({
        TableName: store.alertsTable,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :segment)',
        ExpressionAttributeValues: { ':pk': jobPartition(jobId), ':segment': 'segment#' },
        ConsistentRead: true,
        ...(startKey && { ExclusiveStartKey: startKey }),
      }),
    );
    for (const item of page.Items ?? []) {
      const state = toSegment(item);
      segments.set(state.segment, state);
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return segments;
}

/**
 * Takes the segment for `owner` until `leaseUntil` if it is not done and nobody else holds a live
 * lease on it; returns its state, or undefined when someone else has it (or it is done).
 */
export async function leaseSegment(store: AlertStore, jobId: string, segment: number, owner: string, leaseUntil: number, now: number): Promise<SegmentState | undefined> {
  try {
    const { Attributes } = await store.client.send(
      new UpdateCommand({
        TableName: store.alertsTable,
        Key: { pk: jobPartition(jobId), sk: segmentSk(segment) },
        UpdateExpression: 'SET #segment = :segment, leaseOwner = :owner, leaseUntil = :until, done = if_not_exists(done, :false), counts = if_not_exists(counts, :zero)',
        ConditionExpression: 'attribute_not_exists(pk) OR (done = :false AND (leaseUntil < :now OR leaseOwner = :owner))',
        ExpressionAttributeNames: { '#segment': 'segment' },
        ExpressionAttributeValues: { ':segment': segment, ':owner': owner, ':until': leaseUntil, ':now': now, ':false': false, ':zero': ZERO_COUNTS },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return toSegment(Attributes!);
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}

/** Records progress after a page and renews the lease; LeaseLostError when the lease went to someone else. */
export async function checkpointSegment(
  store: AlertStore,
  jobId: string,
  owner: string,
  state: Pick<SegmentState, 'segment' | 'cursor' | 'done' | 'counts'> & { leaseUntil: number },
): Promise<void> {
  try {
    await store.client.send(
      new UpdateCommand({
        TableName: store.alertsTable,
        Key: { pk: jobPartition(jobId), sk: segmentSk(state.segment) },
        UpdateExpression: `SET done = :done, counts = :counts, leaseUntil = :until${state.cursor ? ', #cursor = :cursor' : ''}`,
        ConditionExpression: 'leaseOwner = :owner',
        ExpressionAttributeValues: {
          ':done': state.done,
          ':counts': state.counts,
          ':until': state.leaseUntil,
          ':owner': owner,
          ...(state.cursor && { ':cursor': JSON.stringify(state.cursor) }),
        },
        ...(state.cursor && { ExpressionAttributeNames: { '#cursor': 'cursor' } }),
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new LeaseLostError(jobId, state.segment);
    throw error;
  }
}

/** Gives the segment back at once (a clean stop), so the next run need not wait for the lease to expire. */
export async function releaseSegment(store: AlertStore, jobId: string, segment: number, owner: string): Promise<void> {
  try {
    await store.client.send(
      new UpdateCommand({
        TableName: store.alertsTable,
        Key: { pk: jobPartition(jobId), sk: segmentSk(segment) },
        UpdateExpression: 'SET leaseUntil = :zero',
        ConditionExpression: 'leaseOwner = :owner',
        ExpressionAttributeValues: { ':zero': 0, ':owner': owner },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

function toSegment(item: Record<string, unknown>): SegmentState {
  return {
    segment: item.segment as number,
    ...(typeof item.cursor === 'string' && { cursor: JSON.parse(item.cursor) as Record<string, unknown> }),
    done: item.done === true,
    counts: { ...ZERO_COUNTS, ...(item.counts as Partial<RescreenCounts> | undefined) },
    ...(typeof item.leaseOwner === 'string' && { leaseOwner: item.leaseOwner }),
    ...(typeof item.leaseUntil === 'number' && { leaseUntil: item.leaseUntil }),
  };
}
