/**
 * The checks a parsed list must pass before it may replace the active version. A feed that lost a
 * fifth of its entries or a whole source is far more likely broken than real, and activating it
 * would silently stop screening against the missing parties; such a file is refused with reasons
 * and the previous version stays active. (Completeness of each row is the parser's job: by default
 * one bad row fails the whole file before validation runs.)
 */
import { SOURCE_CODES, type ListEntry, type SourceCode } from '../lists/model.js';

export interface ValidationBounds {
  /** Refuse when the entry count fell by this fraction of the active count or more. Default 0.2. */
  maxEntryDrop: number;
  /** Refuse when the entry count grew by this fraction or more (a file merged or duplicated). Default 1 (doubling). */
  maxEntryGrowth: number;
  /** Refuse when one source fell by this fraction or more ... Default 0.5. */
  maxSourceDrop: number;
  /** ... and by at least this many entries, so a 3-entry list losing one is no alarm. Default 10. */
  minSourceDropEntries: number;
  /** Refuse a file with fewer entries than this, whatever is active. Default 1,000 (the CSL has ~14,000 and more). */
  minEntries: number;
  /** Sources allowed to vanish (a list genuinely retired); any other source vanishing is refused. Default none. */
  allowMissingSources: SourceCode[];
}

export const DEFAULT_BOUNDS: Readonly<ValidationBounds> = {
  maxEntryDrop: 0.2,
  maxEntryGrowth: 1,
  maxSourceDrop: 0.5,
  minSourceDropEntries: 10,
  minEntries: 1_000,
  allowMissingSources: [],
};

/** What the new file is compared with: the active pointer carries these counts. */
export interface ActiveCounts {
  versionId: string;
  entryCount: number;
  countsBySource: Record<string, number>;
}

export interface Validation {
  ok: boolean;
  /** Why the file is refused, one sentence each; empty when ok. */
  reasons: string[];
}

/** Required on every entry; the parser enforces them too, checked again because activation depends on them. */
const REQUIRED_FIELDS = ['entryId', 'source', 'name', 'type'] as const satisfies readonly (keyof ListEntry)[];

export function validateList(entries: ListEntry[], active: ActiveCounts | null, bounds: ValidationBounds = DEFAULT_BOUNDS): Validation {
  const reasons = [...checkRequiredFields(entries)];
  const total = entries.length;
  if (total < bounds.minEntries) reasons.push(`only ${total} entries, fewer than the minimum of ${bounds.minEntries}`);

  if (active) {
    const before = active.entryCount;
    const change = before > 0 ? (total - before) / before : 0;
    if (before > 0 && -change >= bounds.maxEntryDrop) {
      reasons.push(`entries fell from ${before} to ${total} (${percent(change)}) against active ${active.versionId}; the limit is a ${percent(-bounds.maxEntryDrop)} drop`);
    }
    if (before > 0 && change >= bounds.maxEntryGrowth) {
      reasons.push(`entries grew from ${before} to ${total} (${percent(change)}) against active ${active.versionId}; the limit is ${percent(bounds.maxEntryGrowth)}`);
    }
    reasons.push(...checkSources(countBySource(entries), active, bounds));
  }
  return { ok: reasons.length === 0, reasons };
}

function checkSources(counts: Record<string, number>, active: ActiveCounts, bounds: ValidationBounds): string[] {
  const reasons: string[] = [];
  for (const [source, before] of Object.entries(active.countsBySource)) {
    const now = counts[source] ?? 0;
    if (before <= 0 || now >= before) continue;
    if (now === 0) {
      if (!bounds.allowMissingSources.includes(source as SourceCode)) {
        reasons.push(`source ${source} is missing (it had ${before} entries in active ${active.versionId})`);
      }
      continue;
    }
    const lost = before - now;
    if (lost / before >= bounds.maxSourceDrop && lost >= bounds.minSourceDropEntries) {
      reasons.push(`source ${source} fell from ${before} to ${now} entries (${percent(-lost / before)}); the limit is a ${percent(-bounds.maxSourceDrop)} drop`);
    }
  }
  return reasons;
}

function checkRequiredFields(entries: ListEntry[]): string[] {
  const reasons: string[] = [];
  for (const field of REQUIRED_FIELDS) {
    const lacking = entries.filter((entry) => typeof entry[field] !== 'string' || entry[field] === '');
    if (lacking.length > 0) {
      const first = lacking[0]!;
      reasons.push(`${lacking.length} entries lack ${field} (first: ${first.source ?? '?'}:${first.entryId ?? '?'})`);
    }
  }
  const unknown = entries.filter((entry) => !(SOURCE_CODES as readonly string[]).includes(entry.source));
  if (unknown.length > 0) reasons.push(`${unknown.length} entries have an unknown source (first: "${unknown[0]!.source}")`);
  return reasons;
}

export function countBySource(entries: ListEntry[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { source } of entries) counts[source] = (counts[source] ?? 0) + 1;
  return counts;
}

function percent(fraction: number): string {
  const value = (fraction * 100).toFixed(1).replace(/\.0$/, '');
  return `${fraction > 0 ? '+' : ''}${value}%`;
}
