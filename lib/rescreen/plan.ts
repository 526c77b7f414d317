/**
 * What one re-screening run screens against. A customer's result can change only through entries
 * the new version added, changed or removed, so by default every stored party is screened against
 * an index of just the diff's new data (added entries and the new state of changed ones): a few
 * hundred names instead of the whole list. `full` screens against the whole version instead, for
 * when the matcher or the policy changed rather than the list.
 */
import { InputError } from '../errors.js';
import { entryKey, type ListEntry } from '../lists/model.js';
import { buildIndex, type MatchIndex } from '../match/index.js';
import type { ListDiff, RemovedEntry } from '../refresh/diff.js';
import { loadDiff } from '../store/list-diffs.js';
import { type ListStore, loadVersion } from '../store/list-versions.js';
import type { RescreenMode } from '../store/rescreen-jobs.js';

export interface RescreenPlan {
  versionId: string;
  mode: RescreenMode;
  /** The version the diff was taken against; null for a first version or a full run without a diff. */
  previousVersionId: string | null;
  /** Every stored party is screened against this: the diff index, or the whole version. */
  scanIndex: MatchIndex;
  /** The diff's new data, to re-check open matches on changed entries. */
  diffIndex: MatchIndex;
  /** New state of each changed entry. */
  changed: ListEntry[];
  removed: RemovedEntry[];
  /** Entry key (`SDN:123`) -> entry, for every entry of the scan index. */
  entries: Map<string, ListEntry>;
}

/** The diff's new data, one entry per key (the CSL repeats a few keys; the first copy stands for them). */
export function diffEntriesToScreen(diff: Pick<ListDiff, 'added' | 'changed'>): ListEntry[] {
  const byKey = new Map<string, ListEntry>();
  for (const entry of [...diff.added, ...diff.changed.map((c) => c.entry)]) if (!byKey.has(entryKey(entry))) byKey.set(entryKey(entry), entry);
  return [...byKey.values()];
}

/** Without a stored diff there is nothing to screen against but the whole list, which only --full does. */
export class MissingDiffError extends InputError {
  constructor(readonly versionId: string) {
    super(`no diff is stored for ${versionId} (no such version, or one loaded with \`lists load\`, which stores none): re-screen it with --full`, 'versionId');
  }
}

export async function planRescreen(lists: ListStore, versionId: string, mode: RescreenMode): Promise<RescreenPlan> {
  const diff = await loadDiff(lists, versionId);
  if (!diff && mode === 'diff') throw new MissingDiffError(versionId);
  const version = await loadVersion(lists, versionId);
  // The whole version is indexed in both modes: --full screens against it, and the diff index takes
  // its token rarity from it, so a party scores against a diff entry as sign-up screening would.
  const wholeIndex = buildIndex(dedupeByKey(version.entries));
  const diffIndex = buildIndex(diff ? diffEntriesToScreen(diff) : [], wholeIndex);
  const scanIndex = mode === 'full' ? wholeIndex : diffIndex;
  return {
    versionId,
    mode,
    previousVersionId: diff?.header.previousVersionId ?? null,
    scanIndex,
    diffIndex,
    changed: diff?.changed.map((c) => c.entry) ?? [],
    removed: diff?.removed ?? [],
    entries: new Map(scanIndex.entries.map((entry) => [entryKey(entry), entry])),
  };
}

function dedupeByKey(entries: ListEntry[]): ListEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entryKey(entry)) && seen.add(entryKey(entry)));
}
