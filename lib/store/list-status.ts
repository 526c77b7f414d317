/** What is active, how old it is, and how the last refresh went: shown by `lists status`, the console and health checks. */
import { type ActivePointer, getActivePointer, type ListStore } from './list-versions.js';
import { readRefreshState, type RefreshRunSummary } from './refresh-state.js';

export interface ListStatus extends ActivePointer {
  ageHours: number;
  /** The last refresh run (refused and failed ones included), when one has run against this store. */
  lastRefresh?: RefreshRunSummary;
}

export async function listStatus(store: ListStore, now = Date.now()): Promise<ListStatus | null> {
  const [pointer, state] = await Promise.all([getActivePointer(store), readRefreshState(store)]);
  if (!pointer) return null;
  return {
    ...pointer,
    ageHours: Math.round(((now - Date.parse(pointer.activatedAt)) / 3_600_000) * 10) / 10,
    ...(state.lastRun ? { lastRefresh: state.lastRun } : {}),
  };
}
