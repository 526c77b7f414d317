/**
 * What the list refresh remembers between runs, in one lists-table item (pk `refresh`, sk `state`):
 * the validators (ETag, Last-Modified, content hash) of the file behind the active version, for a
 * conditional request next time; the last version announced to the re-screening job; and the last
 * run's summary, which the console's list status page shows.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ListStore } from './list-versions.js';

export const REFRESH_STATE_KEY = { pk: 'refresh', sk: 'state' } as const;

export type RefreshOutcome = 'activated' | 'unchanged' | 'refused' | 'failed';

/** One run of the refresh, as logged, stored and shown. */
export interface RefreshRunSummary {
  outcome: RefreshOutcome;
  url: string;
  startedAt: string;
  durationMs: number;
  /** The version active after the run. */
  activeVersionId: string | null;
  /** Set when this run activated a version. */
  versionId?: string;
  previousVersionId?: string | null;
  /** The activated version had been written by an earlier run that did not get to activate it. */
  reusedVersion?: boolean;
  /** The server answered 304 Not Modified. */
  notModified?: boolean;
  contentHash?: string;
  bytes?: number;
  /** Where the raw file was kept. */
  snapshot?: string;
  entries?: number;
  countsBySource?: Record<string, number>;
  /** Parser warnings (values dropped, entries kept). */
  warnings?: number;
  /** Bad rows skipped (only when skipping bad rows is allowed). */
  skippedRows?: number;
  diff?: { added: number; removed: number; changed: number };
  /** Why the file was refused. */
  reasons?: string[];
  /** What went wrong, for a failed run. */
  error?: string;
  /** Trouble that did not change the outcome (retention failed, the previous version was unreadable ...). */
  notes?: string[];
  /** Whether the activation was announced to the re-screening job (when an announcer is configured). */
  announced?: boolean;
  retention?: { expiring: number; unexpired: number; deletedIncomplete: number };
  attempts?: number;
  timings: Partial<Record<'fetch' | 'snapshot' | 'parse' | 'validate' | 'write' | 'diff' | 'activate' | 'announce' | 'retention', number>>;
}

export interface RefreshState {
  /** The URL the validators below belong to. */
  url?: string;
  etag?: string;
  lastModified?: string;
  /** Hash of the file the validators describe: the active version's when they are worth sending. */
  contentHash?: string;
  /** The last version whose activation reached the re-screening job. */
  announcedVersionId?: string;
  lastRun?: RefreshRunSummary;
  updatedAt?: string;
}

export async function readRefreshState(store: ListStore): Promise<RefreshState> {
  const { Item } = await store.client.send(new GetCommand({ TableName: store.table, Key: REFRESH_STATE_KEY, ConsistentRead: true }));
  if (!Item) return {};
  const { pk: _pk, sk: _sk, ...state } = Item;
  return state as RefreshState;
}

/** Last writer wins: the state is advisory (a lost update costs one unconditional download). */
export async function writeRefreshState(store: ListStore, state: RefreshState): Promise<void> {
  await store.client.send(new PutCommand({ TableName: store.table, Item: { ...REFRESH_STATE_KEY, ...state } }));
}
