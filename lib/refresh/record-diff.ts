/** The diff a version records against the one it replaces, written before it is activated (the re-screening job reads it). */
import type { ListEntry } from '../lists/model.js';
import { deleteDiff, readDiffHeader, writeDiff } from '../store/list-diffs.js';
import type { ListStore } from '../store/list-versions.js';
import { type DiffCounts, diffCounts, diffEntries } from './diff.js';

/** Writes the diff unless one against the same previous version is already stored (a re-run); returns its counts. */
export async function recordDiff(
  store: ListStore,
  versionId: string,
  previous: { versionId: string | null; entries: readonly ListEntry[] },
  entries: readonly ListEntry[],
  now: Date = new Date(),
): Promise<DiffCounts> {
  const diff = diffEntries(previous.entries, entries);
  const stored = await readDiffHeader(store, versionId);
  if (stored?.previousVersionId !== previous.versionId) {
    // Absent, against another version, or half-written by a crashed run: (re)write it.
    await deleteDiff(store, versionId);
    await writeDiff(store, versionId, previous.versionId, diff, now);
  }
  return diffCounts(diff);
}
