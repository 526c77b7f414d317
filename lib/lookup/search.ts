/**
 * The analyst's lookup over the active list: the name matcher (the same engine and index as sign-up
 * screening) for names, and the word index for everything else an entry holds (addresses, remarks,
 * IDs, ...) and for parts of names. Filters by source, entry type and country; one score scale
 * (0-1) with a minimum. Each hit says how it was found: the name alignment, or the fields and words.
 */
import { ValidationError } from '../errors.js';
import { toCountryCode } from '../lists/countries.js';
import { type EntryType, entryKey, type ListEntry, SOURCE_CODES, type SourceCode } from '../lists/model.js';
import { entriesByKey, type MatchIndex } from '../match/index.js';
import type { Explanation, PartyType } from '../match/party.js';
import { screenParty } from '../match/screen.js';
import { type FieldErrors, oneOf } from '../query-params.js';
import { buildTextIndex, searchText, type TextEvidence, type TextIndex } from './text-index.js';

export const ENTRY_TYPES: readonly EntryType[] = ['person', 'organization', 'vessel', 'aircraft', 'unknown'];

export const SEARCH_LIMITS = {
  queryLength: 200,
  /** Results per page unless `limit`. */
  defaultLimit: 25,
  maxLimit: 100,
  /**
   * Lowest score shown unless `minScore`: below the sign-up threshold (0.76), so the analyst also
   * sees the near misses screening let through ("Olaf Scholz" for "Olaf Schulze" scores ~0.86,
   * "George Habbash" for "George Bush" ~0.5).
   */
  defaultMinScore: 0.5,
} as const;

export interface SearchQuery {
  q: string;
  source?: SourceCode;
  type?: EntryType;
  /** ISO alpha-2. */
  country?: string;
  minScore: number;
  limit: number;
}

/** How an entry was found: by the matcher (name alignment and attributes), by words in its fields, or both. */
export interface HitExplanation {
  name?: Explanation & { score: number; matchedName: string };
  text?: { score: number; fields: TextEvidence[] };
}

export interface EntrySummary {
  entryId: string;
  source: SourceCode;
  sourceName: string;
  type: EntryType;
  name: string;
  countries: string[];
  programs: string[];
}

export interface SearchHit extends EntrySummary {
  /** The better of the name match score and the word search score. */
  score: number;
  /** The entry name (primary or alias) that matched; the primary name for a hit in other fields. */
  matchedName: string;
  /** Which of the two gave the score. */
  via: 'name' | 'text';
  explanation: HitExplanation;
}

/** Validates the query string parameters; every problem reported at once. */
export function parseSearchQuery(params: Record<string, string | undefined>): SearchQuery {
  const errors: FieldErrors = [];
  const q = params.q?.trim() ?? '';
  if (!q) errors.push({ field: 'q', reason: 'is required' });
  else if (q.length > SEARCH_LIMITS.queryLength) errors.push({ field: 'q', reason: `must be at most ${SEARCH_LIMITS.queryLength} characters` });
  else if (!/[\p{L}\p{N}]/u.test(q)) errors.push({ field: 'q', reason: 'must contain a letter or digit' });
  const query: SearchQuery = { q, minScore: SEARCH_LIMITS.defaultMinScore, limit: SEARCH_LIMITS.defaultLimit };
  const source = oneOf(params.source, SOURCE_CODES, 'source', errors, (v) => v.toUpperCase());
  if (source) query.source = source;
  const type = oneOf(params.type, ENTRY_TYPES, 'type', errors);
  if (type) query.type = type;
  const country = params.country?.trim();
  if (country) {
    const code = toCountryCode(country);
    if (code) query.country = code;
    else errors.push({ field: 'country', reason: `"${country}" is not a country (use an ISO 3166 alpha-2 code)` });
  }
  const minScore = params.minScore?.trim();
  if (minScore) {
    const value = Number(minScore);
    if (Number.isFinite(value) && value >= 0 && value <= 1) query.minScore = value;
    else errors.push({ field: 'minScore', reason: 'must be a number from 0 to 1' });
  }
  const limit = params.limit?.trim();
  if (limit) {
    const value = Number(limit);
    if (Number.isInteger(value) && value >= 1 && value <= SEARCH_LIMITS.maxLimit) query.limit = value;
    else errors.push({ field: 'limit', reason: `must be a whole number from 1 to ${SEARCH_LIMITS.maxLimit}` });
  }
  if (errors.length) throw new ValidationError(errors);
  return query;
}

const textIndexes = new WeakMap<MatchIndex, TextIndex>();

/** The word index of a list version, built on first use and kept as long as its match index. */
export function textIndexFor(index: MatchIndex): TextIndex {
  let text = textIndexes.get(index);
  if (!text) {
    text = buildTextIndex(index.entries);
    textIndexes.set(index, text);
  }
  return text;
}

/**
 * Name hits come from the matcher (its best candidates, then the filters); word hits from the word
 * index, filtered before ranking. An entry found both ways keeps both explanations and the better
 * score. Best first; at equal scores a name match first.
 */
export function searchEntries(index: MatchIndex, query: SearchQuery): SearchHit[] {
  const fits = (entry: ListEntry) =>
    (!query.source || entry.source === query.source) && (!query.type || entry.type === query.type) && (!query.country || entry.countries.includes(query.country));
  const partyType = query.type && query.type !== 'unknown' ? (query.type as PartyType) : undefined;
  const hits = new Map<string, SearchHit>();
  const byKey = entriesByKey(index);
  for (const match of screenParty(index, { name: query.q, ...(partyType && { type: partyType }) }, { threshold: query.minScore, limit: SEARCH_LIMITS.maxLimit })) {
    const entry = byKey.get(entryKey(match));
    if (!entry || !fits(entry)) continue;
    hits.set(entryKey(entry), { ...summarize(entry), score: match.score, matchedName: match.matchedName, via: 'name', explanation: { name: { score: match.score, matchedName: match.matchedName, ...match.explanation } } });
  }
  for (const hit of searchText(textIndexFor(index), query.q, query.limit, (entryIndex) => fits(index.entries[entryIndex]!))) {
    if (hit.score < query.minScore) continue;
    const entry = index.entries[hit.entryIndex]!;
    const text = { score: hit.score, fields: hit.evidence };
    const found = hits.get(entryKey(entry));
    if (found) {
      found.explanation.text = text;
      if (hit.score > found.score) Object.assign(found, { score: hit.score, via: 'text' });
      continue;
    }
    const matchedName = hit.evidence.find((e) => e.field === 'name')?.value ?? entry.name;
    hits.set(entryKey(entry), { ...summarize(entry), score: hit.score, matchedName, via: 'text', explanation: { text } });
  }
  return [...hits.values()]
    .sort((a, b) => b.score - a.score || (a.via === b.via ? 0 : a.via === 'name' ? -1 : 1) || a.name.localeCompare(b.name))
    .slice(0, query.limit);
}

export function summarize(entry: ListEntry): EntrySummary {
  return { entryId: entry.entryId, source: entry.source, sourceName: entry.sourceName, type: entry.type, name: entry.name, countries: entry.countries, programs: entry.programs };
}

/** Entries with this id: one per source at most; `source` picks one when the id repeats across lists. */
export function findEntries(index: MatchIndex, entryId: string, source?: string): ListEntry[] {
  if (source) {
    const entry = entriesByKey(index).get(entryKey({ source: source.toUpperCase(), entryId }));
    return entry ? [entry] : [];
  }
  return index.entries.filter((entry) => entry.entryId === entryId);
}
