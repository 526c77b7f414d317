/**
 * What changed between two list versions, entry by entry, keyed by `${source}:${entryId}`: the
 * re-screening job screens customers against the added and changed entries only, and can close
 * alerts on removed ones.
 *
 * Comparison is by value and order-blind: arrays are compared as multisets (the CSL reorders
 * aliases and addresses between publications without meaning anything), objects by their keys.
 * The real CSL repeats a few keys (CAP 15268 twice in May 2022): a key's copies are compared as a
 * group, so repeating identical copies is no change, and a field counts as changed when the set
 * of its values across the copies differs.
 */
import { entryKey, type ListEntry, type SourceCode } from '../lists/model.js';

export interface RemovedEntry {
  key: string;
  source: SourceCode;
  entryId: string;
  name: string;
}

export interface ChangedEntry {
  key: string;
  /** Changed ListEntry fields, in ListEntry order (`name`, `aliases`, `addresses`, `ids`, `programs` ...). */
  fields: string[];
  /** The previous values of the changed fields (a field absent before is absent here). */
  before: Partial<ListEntry>;
  /** The entry as it is now (the first copy when the new file repeats the key). */
  entry: ListEntry;
  /** How many times the new file holds this key, when more than once. */
  copies?: number;
}

export interface ListDiff {
  /** Every entry of every new key (a key the file repeats appears once per copy). */
  added: ListEntry[];
  removed: RemovedEntry[];
  changed: ChangedEntry[];
}

export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
}

/** Fields in the order ListEntry declares them, so `fields` reads naturally; unknown fields sort after. */
const FIELD_ORDER: (keyof ListEntry)[] = [
  'entryId', 'source', 'sourceName', 'type', 'name', 'aliases', 'addresses', 'countries', 'nationalities', 'citizenships',
  'datesOfBirth', 'placesOfBirth', 'ids', 'facts', 'programs', 'title', 'remarks', 'federalRegisterNotice', 'startDate',
  'endDate', 'entityNumber', 'standardOrder', 'licenseRequirement', 'licensePolicy', 'sourceListUrl', 'sourceInformationUrl', 'vessel',
];

export function diffCounts(diff: ListDiff): DiffCounts {
  return { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length };
}

/** Pure: neither input is modified. Output order follows `next` (added, changed) and `previous` (removed). */
export function diffEntries(previous: readonly ListEntry[], next: readonly ListEntry[]): ListDiff {
  const before = groupByKey(previous);
  const after = groupByKey(next);
  const diff: ListDiff = { added: [], removed: [], changed: [] };

  for (const [key, nextCopies] of after) {
    const previousCopies = before.get(key);
    if (!previousCopies) {
      diff.added.push(...nextCopies);
      continue;
    }
    const fields = changedFields(previousCopies, nextCopies);
    if (fields.length === 0) continue;
    const first = previousCopies[0]!;
    const beforeValues: Partial<ListEntry> = {};
    for (const field of fields) {
      if (field in first) (beforeValues as Record<string, unknown>)[field] = (first as unknown as Record<string, unknown>)[field];
    }
    diff.changed.push({
      key,
      fields,
      before: beforeValues,
      entry: nextCopies[0]!,
      ...(nextCopies.length > 1 ? { copies: nextCopies.length } : {}),
    });
  }
  for (const [key, previousCopies] of before) {
    if (after.has(key)) continue;
    const { source, entryId, name } = previousCopies[0]!;
    diff.removed.push({ key, source, entryId, name });
  }
  return diff;
}

function groupByKey(entries: readonly ListEntry[]): Map<string, ListEntry[]> {
  const groups = new Map<string, ListEntry[]>();
  for (const entry of entries) {
    const key = entryKey(entry);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return groups;
}

/** Fields whose set of values across a key's copies differs between the two groups. */
function changedFields(previous: ListEntry[], next: ListEntry[]): string[] {
  if (sameSet(previous, next)) return [];
  const names = new Set<string>();
  for (const entry of [...previous, ...next]) for (const name of Object.keys(entry)) names.add(name);
  const changed: string[] = [];
  for (const name of names) {
    const valuesBefore = valueSet(previous, name);
    const valuesAfter = valueSet(next, name);
    if (valuesBefore.size !== valuesAfter.size || [...valuesBefore].some((value) => !valuesAfter.has(value))) changed.push(name);
  }
  return changed.sort(byFieldOrder);
}

function valueSet(entries: ListEntry[], field: string): Set<string> {
  return new Set(entries.map((entry) => canonical((entry as unknown as Record<string, unknown>)[field])));
}

/** The cheap common case first: the same entries (as a set, so repeated identical copies are no change). */
function sameSet(a: ListEntry[], b: ListEntry[]): boolean {
  if (a.length === 1 && b.length === 1) return canonical(a[0]) === canonical(b[0]);
  const left = new Set(a.map(canonical));
  const right = new Set(b.map(canonical));
  return left.size === right.size && [...left].every((value) => right.has(value));
}

/** A string equal for equal values: object keys sorted, arrays sorted (order carries no meaning in list data). */
export function canonical(value: unknown): string {
  if (value === undefined) return '~';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((key) => record[key] !== undefined).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`).join(',')}}`;
}

function byFieldOrder(a: string, b: string): number {
  const rank = (field: string) => {
    const index = FIELD_ORDER.indexOf(field as keyof ListEntry);
    return index < 0 ? FIELD_ORDER.length : index;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
