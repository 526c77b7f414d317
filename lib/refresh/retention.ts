/**
 * Which list versions to keep: the active one and the newest few never expire; every other written
 * version (and its diff) gets a TTL of its creation time plus the retention period, and DynamoDB
 * deletes it some time after that. A version whose write crashed (registry item, no header) is
 * deleted outright once it is older than a grace period; younger ones may still be being written.
 *
 * Versions newer than the active one are left alone: they may be a concurrent run's candidate.
 * A kept version that carries a TTL (say, one rolled back to) has it removed.
 */
import { deleteDiff, setDiffExpiry } from '../store/list-diffs.js';
import { deleteVersion, getActivePointer, listVersions, setVersionExpiry, type ListStore, type VersionRecord } from '../store/list-versions.js';

export interface RetentionPolicy {
  /** The newest written versions kept without expiry, the active one aside. Default 3. */
  keepVersions: number;
  /** Days after creation an older version expires. Default 30. */
  retentionDays: number;
  /** Age after which a version without header counts as crashed, not in progress. Default 20 min (Lambda's limit is 15). */
  incompleteGraceMinutes: number;
}

export const DEFAULT_RETENTION: Readonly<RetentionPolicy> = {
  keepVersions: 3,
  retentionDays: 30,
  incompleteGraceMinutes: 20,
};

export interface RetentionResult {
  /** Versions given a TTL by this run. */
  expiring: string[];
  /** Kept versions whose TTL this run removed. */
  unexpired: string[];
  /** Crashed versions deleted. */
  deletedIncomplete: string[];
}

const DAY_MS = 86_400_000;

/** Oldest first: by creation time (milliseconds), then id. Ids alone tie within a second. */
export function byCreation(a: Pick<VersionRecord, 'createdAt' | 'versionId'>, b: Pick<VersionRecord, 'createdAt' | 'versionId'>): number {
  const time = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  return time !== 0 ? time : a.versionId < b.versionId ? -1 : a.versionId > b.versionId ? 1 : 0;
}

export async function applyRetention(
  store: ListStore,
  policy: RetentionPolicy = DEFAULT_RETENTION,
  now: Date = new Date(),
): Promise<RetentionResult> {
  const result: RetentionResult = { expiring: [], unexpired: [], deletedIncomplete: [] };
  const [listed, pointer] = await Promise.all([listVersions(store), getActivePointer(store)]);
  const versions = listed.sort(byCreation);
  const activeId = pointer?.versionId;
  const active = versions.find((version) => version.versionId === activeId);

  const written = versions.filter((version) => version.status === 'written');
  const kept = new Set(written.slice(-policy.keepVersions).map((version) => version.versionId));
  if (activeId) kept.add(activeId);

  for (const version of written) {
    if (kept.has(version.versionId)) {
      if (version.expiresAt !== undefined) {
        await setVersionExpiry(store, version.versionId, null);
        await setDiffExpiry(store, version.versionId, null);
        result.unexpired.push(version.versionId);
      }
      continue;
    }
    // Newer than the active version: possibly another run's candidate about to be activated.
    if (!active || byCreation(version, active) > 0 || version.expiresAt !== undefined) continue;
    const expiresAt = Math.floor((Date.parse(version.createdAt) + policy.retentionDays * DAY_MS) / 1000);
    // The diff first: a version must never be marked while its diff is not.
    await setDiffExpiry(store, version.versionId, expiresAt);
    await setVersionExpiry(store, version.versionId, expiresAt);
    result.expiring.push(version.versionId);
  }

  const graceMs = policy.incompleteGraceMinutes * 60_000;
  for (const version of versions) {
    if (version.status !== 'incomplete' || version.versionId === activeId) continue;
    if (now.getTime() - Date.parse(version.createdAt) < graceMs) continue;
    await deleteDiff(store, version.versionId);
    await deleteVersion(store, version.versionId);
    result.deletedIncomplete.push(version.versionId);
  }
  return result;
}
