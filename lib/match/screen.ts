/**
 * Screening one party against an index: retrieve candidate names, align each fully, adjust by
 * secondary attributes (type, date of birth, country, identifiers), keep those at or above the
 * threshold, best first, each with its explanation.
 */
import { compareBirthDates } from './compare/dates.js';
import { compareCountries } from './compare/countries.js';
import { compareIdentifiers, normalizeIdentifier } from './compare/identifiers.js';
import { compareNames } from './compare/names.js';
import { prepareName, type PreparedName } from './compare/prepared-name.js';
import { compareTypes } from './compare/types.js';
import { OTHER_FIT, partyFit, preparedEntryName, type MatchIndex } from './index.js';
import { retrieveCandidates } from './retrieve.js';
import { nameReadings } from './normalize/readings.js';
import { normalizeName } from './normalize/pipeline.js';
import { namesWithin } from './normalize/names-within.js';
import type { Explanation, FeatureResult, Match, Party } from './party.js';
import { thresholdFor, TUNING } from './tuning.js';

export { buildIndex, type MatchIndex } from './index.js';

export interface ScreenOptions {
  /** Overrides the default and per-source thresholds for every source. */
  threshold?: number;
  /** Most matches returned (default TUNING.screen.limit). */
  limit?: number;
}

interface Scored {
  score: number;
  /** The occurrence (entry name as written) that scored best. */
  occurrence: number;
  queryName: string;
  /** The same party's entry whose name it is, when the score came through a link (see samePartyLinks). */
  via?: number;
}

/** Entries the party's identifiers name directly, whatever the names say. */
function entriesByIdentifier(index: MatchIndex, party: Party): number[] {
  if (!party.ids?.length) return [];
  return party.ids.flatMap((id) => index.identifiers.get(normalizeIdentifier(id.number)) ?? []);
}

function roundScore(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** The lowest of the default and per-source thresholds: once, not per screened party. */
const LOWEST_THRESHOLD = Math.min(TUNING.threshold, ...Object.values(TUNING.sourceThresholds));

/**
 * The lowest name score that can still end at or above a threshold, once the party's attributes
 * have added the most they can (a shared birth date and country). An equal identifier raises a
 * score whatever the name says, and is found apart from the names.
 */
function nameScoreFloor(party: Party, threshold: number | undefined): number {
  const lowest = threshold ?? LOWEST_THRESHOLD;
  const t = TUNING.attributes;
  const bonus = (party.dateOfBirth ? Math.max(0, t.dobDayMatch, t.dobYearMatch) : 0) + (party.country ? Math.max(0, t.countryMatch) : 0);
  return lowest - bonus;
}

/** Screens one party; matches sorted by score, only those at/above the threshold, at most `limit`. */
export function screenParty(index: MatchIndex, party: Party, options: ScreenOptions = {}): Match[] {
  const limit = options.limit ?? TUNING.screen.limit;
  const kind = party.type === 'person' ? 'person' : 'other';
  const queryNames = namesToScreen(party);
  // A person's name is screened in its other readings too (nameReadings: Chinese characters as Japanese,
  // Korean and Cantonese read them, Greek as a foreign name, Thai as spelt in English): per reading, what it reads.
  const readings = kind === 'person' || !party.type ? readingsOf(queryNames) : NO_READINGS;
  const best = new Map<number, Scored>();
  const preparedQueries = new Map<string, PreparedName>();
  const fit = partyFit(party.type);
  const floor = nameScoreFloor(party, options.threshold);
  // Per way of comparing a name (as a non-person's, as a person's), its options: made once per party, not per candidate.
  const exact = party.type === 'aircraft';
  const vessel = party.type === 'vessel';
  const comparisons = [false, true].map((person) => ({ explain: false, person, floor, exact, vessel }));
  // An acronym the list writes within a name compares letter for letter (CompareOptions.acronym).
  const acronymComparisons = [false, true].map((person) => ({ explain: false, person, floor, exact, vessel, acronym: true }));
  for (const queryName of queryNames) {
    const query = normalizeName(queryName, kind).tokens;
    if (query.length === 0) continue;
    const candidates = retrieveCandidates(index, query, TUNING.retrieval.candidates, party.type);
    // Most queries against a small index (a nightly diff) retrieve nothing: prepare only when needed.
    if (candidates.length === 0) continue;
    const prepared = prepareName(query, index.rarity);
    preparedQueries.set(queryName, prepared);
    for (const nameIndex of candidates) {
      // One distinct name, several entries: compared at most once per person/non-person reading.
      const scores: (number | undefined)[] = [undefined, undefined];
      for (let k = index.occurrenceStart[nameIndex]!, end = index.occurrenceStart[nameIndex + 1]!; k < end; k++) {
        const entryIndex = index.occurrenceEntry[k]!;
        // The entry's fit bits, not the entry itself (one object per entry, scattered over the heap): typesCompatible,
        // and a person's entry is the one that fits no other party.
        const fits = index.entryFits[entryIndex]!;
        if (!(fits & fit)) continue;
        const person = party.type === 'person' || !(fits & OTHER_FIT);
        const slot = person ? 1 : 0;
        const options = index.acronymNames[nameIndex] ? acronymComparisons : comparisons;
        const score = (scores[slot] ??= compareNames(prepared, preparedEntryName(index, nameIndex), options[slot]!).score);
        // Below the floor no attribute can lift it to a threshold; only an equal identifier could (found below).
        if (score < floor) continue;
        const current = best.get(entryIndex);
        if (!current || score > current.score) best.set(entryIndex, { score, occurrence: k, queryName });
      }
    }
  }
  shareWithSameParty(index, best);
  for (const entryIndex of entriesByIdentifier(index, party)) {
    if (best.has(entryIndex) || index.entryOccurrence[entryIndex]! < 0) continue;
    best.set(entryIndex, { score: 0, occurrence: index.entryOccurrence[entryIndex]!, queryName: party.name });
  }

  const matches: Match[] = [];
  for (const [entryIndex, scored] of best) {
    if (entryIndex >= index.reported) continue;
    const entry = index.facts[entryIndex]!;
    const type = compareTypes(party.type, entry.type);
    if (!type.compatible) continue;
    const features = [type.result, compareBirthDates(party.dateOfBirth, entry.datesOfBirth), compareCountries(party.country, entry.countries)]
      .filter((f): f is FeatureResult => f !== null);
    let score = scored.score;
    for (const f of features) score += f.delta;
    const identifier = compareIdentifiers(party.ids, entry.ids);
    if (identifier) {
      features.push(identifier);
      score = Math.max(score, identifier.delta);
    }
    score = roundScore(Math.min(1, Math.max(0, score)));
    if (score < thresholdFor(entry.source, options.threshold)) continue;
    matches.push({ entryId: entry.entryId, source: entry.source, name: entry.name, matchedName: index.occurrenceText[scored.occurrence]!, score, explanation: explain(index, scored, preparedQueries, features, party.type === 'person' || entry.type === 'person', exact, vessel, readings.get(scored.queryName)) });
  }
  matches.sort((a, b) => b.score - a.score || a.entryId.localeCompare(b.entryId));
  return matches.slice(0, limit);
}

/**
 * The party's names, and the names written within them in parentheses, as the list's are indexed
 * ("Foo Ltd (f.k.a. Bar Ltd)", "ADF (Allied Democratic Forces)"); not an acronym, which another
 * organization may share and which the list's full names cannot tell apart. (Apart from screenParty:
 * few names have parentheses, and code first meeting one deoptimized all of screenParty.)
 */
function namesToScreen(party: Party): string[] {
  const names = [party.name, ...(party.aliases ?? [])].filter((n) => n.trim() !== '');
  for (let k = 0, given = names.length; k < given; k++) {
    for (const within of namesWithin(names[k]!, party.type === 'person')) if (!within.acronym) names.push(within.text);
  }
  return names;
}

const NO_READINGS: ReadonlyMap<string, string> = new Map();

/** The readings of the names (nameReadings), added to them; per reading, what it reads. Most parties have none, and no map is made for them. */
function readingsOf(names: string[]): ReadonlyMap<string, string> {
  let readings: Map<string, string> | undefined;
  for (let k = 0, count = names.length; k < count; k++) {
    for (const { reading, as } of nameReadings(names[k]!)) {
      (readings ??= new Map()).set(reading, `"${names[k]}" read as ${as}`);
      names.push(reading);
    }
  }
  return readings ?? NO_READINGS;
}

/** An entry listed again (on another list, or twice) scores as its twin does on the names the twin carries. */
function shareWithSameParty(index: MatchIndex, best: Map<number, Scored>): void {
  if (index.sameParty.size === 0) return;
  for (const [entryIndex, scored] of [...best]) {
    const party = index.sameParty.get(entryIndex);
    if (!party) continue;
    for (const other of party) {
      if (other === entryIndex) continue;
      const current = best.get(other);
      // Not a spread of `scored`: see objects.ts.
      if (!current || current.score < scored.score) best.set(other, { score: scored.score, occurrence: scored.occurrence, queryName: scored.queryName, via: scored.via ?? entryIndex });
    }
  }
}

/** The full explanation for a kept match: the name alignment again, with texts, plus the attribute features. */
function explain(index: MatchIndex, scored: Scored, preparedQueries: Map<string, PreparedName>, features: FeatureResult[], person: boolean, exact: boolean, vessel: boolean, readAs?: string): Explanation {
  const prepared = preparedQueries.get(scored.queryName);
  if (!prepared) {
    return { queryName: scored.queryName, nameScore: 0, nameAlignment: [], unmatchedQuery: [], unmatchedEntry: [], nameDetail: 'no name resembles the query', features };
  }
  const name = index.occurrenceName[scored.occurrence]!;
  const comparison = compareNames(prepared, preparedEntryName(index, name), { person, exact, vessel, acronym: index.acronymNames[name] === 1 });
  const twin = scored.via === undefined ? undefined : index.facts[scored.via]!;
  return {
    queryName: scored.queryName, nameScore: roundScore(comparison.score), nameAlignment: comparison.alignment,
    unmatchedQuery: comparison.unmatchedQuery, unmatchedEntry: comparison.unmatchedEntry,
    nameDetail: readAs === undefined ? comparison.detail : `${comparison.detail}; ${readAs}`,
    ...(twin && { sameParty: { entryId: twin.entryId, source: twin.source, name: twin.name } }), features,
  };
}
