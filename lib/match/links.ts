/**
 * The same party listed more than once: on SDN and the Entity List, on SDN, SSI and CAP, or twice
 * on one list. Entries that carry the same name and agree on who and where they are count as one
 * party, as a consolidated list (OpenSanctions') shows them: a name any of them holds finds the
 * others too. Branches that share a name but sit in different countries, and namesakes, stay apart,
 * unless they share most of their names (see namedAlike).
 */
import type { ListEntry } from '../lists/model.js';
import { compareIdentifiers } from './compare/identifiers.js';
import { birthYearsOverlap } from './compare/dates.js';

const MAX_CARRIERS = 16;

/** Occurrences of distinct names (as the index holds them): per name the entries that carry it. */
export interface NameOccurrences {
  occurrenceStart: Int32Array;
  occurrenceEntry: Int32Array;
  /** Per entry its primary name's distinct name (-1 when it has none). */
  primaryName: Int32Array;
}

/**
 * Per entry the entries of its party, itself included, one array shared by all of them (only
 * entries listed more than once). A chain of more listings than MAX_CARRIERS is no one party.
 */
export function samePartyLinks(entries: ListEntry[], names: NameOccurrences): Map<number, number[]> {
  // Union-find over the entries that share a name with another: most share none and cost nothing.
  const parent = new Map<number, number>();
  const root = (i: number): number => {
    let r = i;
    for (let p = parent.get(r); p !== undefined && p !== r; p = parent.get(r)) r = p;
    if (r !== i) parent.set(i, r);
    return r;
  };
  const { primaryName } = names;
  const shared = sharedNames(entries, names);
  forEachCarrierPair(names, (a, b, n) => {
    if (root(a) === root(b) || !typesAgree(entries[a]!, entries[b]!)) return;
    if (!placedAlike(entries[a]!, entries[b]!, primaryName[a] === n && primaryName[b] === n) && !compareIdentifiers(entries[a]!.ids, entries[b]!.ids) && !namedAlike(entries, shared, a, b)) return;
    parent.set(root(a), root(b));
    if (!parent.has(b)) parent.set(b, b);
  });
  const groups = new Map<number, number[]>();
  for (const i of parent.keys()) {
    const group = groups.get(root(i));
    if (group) group.push(i);
    else groups.set(root(i), [i]);
  }
  const links = new Map<number, number[]>();
  for (const group of groups.values()) if (group.length <= MAX_CARRIERS) for (const i of group) links.set(i, group);
  return links;
}

/** Per pair of non-person entries (key a * entries + b, a < b) how many distinct names both carry; per entry how many it carries. */
interface SharedNames {
  pairs: Map<number, number>;
  perEntry: Int32Array;
}

function sharedNames(entries: ListEntry[], names: NameOccurrences): SharedNames {
  const perEntry = new Int32Array(entries.length);
  for (const e of names.occurrenceEntry) perEntry[e]!++;
  const pairs = new Map<number, number>();
  forEachCarrierPair(names, (a, b) => {
    const key = pairKey(entries, a, b);
    if (key !== undefined) pairs.set(key, (pairs.get(key) ?? 0) + 1);
  });
  return { pairs, perEntry };
}

/** Each pair of entries that carry distinct name `n`, the later occurrence second. */
function forEachCarrierPair(names: NameOccurrences, visit: (a: number, b: number, n: number) => void): void {
  const { occurrenceStart, occurrenceEntry } = names;
  for (let n = 0; n + 1 < occurrenceStart.length; n++) {
    const start = occurrenceStart[n]!;
    const end = occurrenceStart[n + 1]!;
    // A name that many entries carry is too common to say who anyone is.
    if (end - start < 2 || end - start > MAX_CARRIERS) continue;
    for (let k = start + 1; k < end; k++) for (let j = start; j < k; j++) visit(occurrenceEntry[j]!, occurrenceEntry[k]!, n);
  }
}

function pairKey(entries: ListEntry[], a: number, b: number): number | undefined {
  if (a === b || entries[a]!.type === 'person' || entries[b]!.type === 'person') return undefined;
  return Math.min(a, b) * entries.length + Math.max(a, b);
}

/**
 * Organizations (vessels, unknown) that share two or more names are one party when one of them is
 * placed nowhere (ISN lists SDN's Iranian firms without an address), or when the shared names are
 * most of either's names, as branches of one foundation listed per country are (Al-Aqsa, Al-Haramain).
 * Two names in common and little else is how distinct groups borrow a slogan ("Ansar al-Sharia") or a
 * parent's name (Sberbank's Ukrainian bank).
 */
function namedAlike(entries: ListEntry[], shared: SharedNames, a: number, b: number): boolean {
  const key = pairKey(entries, a, b);
  const count = key === undefined ? 0 : shared.pairs.get(key) ?? 0;
  if (count < 2) return false;
  if (entries[a]!.countries.length === 0 || entries[b]!.countries.length === 0) return true;
  return 2 * count > Math.min(shared.perEntry[a]!, shared.perEntry[b]!);
}

/**
 * Two entries sharing a name are one party when both name a country and share one and their birth
 * years (if both give any) overlap, or when an identifier number is equal. For a person the shared
 * name must also be both entries' primary name: aliases ("Abu Ali", "Los Mellizos" for twins) are
 * carried by several people of one country and birth year.
 */
function placedAlike(a: ListEntry, b: ListEntry, sharedPrimary: boolean): boolean {
  if (!sharedPrimary && (a.type === 'person' || b.type === 'person')) return false;
  return a.countries.some((c) => b.countries.includes(c)) && birthYearsOverlap(a.datesOfBirth, b.datesOfBirth);
}

function typesAgree(a: ListEntry, b: ListEntry): boolean {
  return a.type === b.type || a.type === 'unknown' || b.type === 'unknown';
}
