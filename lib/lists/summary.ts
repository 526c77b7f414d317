/** Counts that describe a parsed list: what `lists inspect` prints and what a version records. */
import type { EntryType, ListEntry, SourceCode } from './model.js';

export interface ListSummary {
  entries: number;
  names: number;
  bySource: Partial<Record<SourceCode, number>>;
  byType: Partial<Record<EntryType, number>>;
}

export function summarize(entries: ListEntry[]): ListSummary {
  const summary: ListSummary = { entries: entries.length, names: 0, bySource: {}, byType: {} };
  for (const entry of entries) {
    summary.names += 1 + entry.aliases.length;
    summary.bySource[entry.source] = (summary.bySource[entry.source] ?? 0) + 1;
    summary.byType[entry.type] = (summary.byType[entry.type] ?? 0) + 1;
  }
  return summary;
}
