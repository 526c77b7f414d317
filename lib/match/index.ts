/**
 * The in-memory index over every name of every list entry, built once per list load: a token
 * dictionary with rarity (IDF) weights, postings from token to names, the fuzzy and abbreviation
 * keys of index-keys.ts (a query token that shares no exact token still reaches its names), and per
 * name and entry what screening reads. Retrieval over it: retrieve.ts and word-lookups.ts.
 */
import { entryKey, entryNames, type EntryType, type ListEntry } from '../lists/model.js';
import type { PartyType } from './party.js';
import { prepareName, type PreparedName, type Rarity } from './compare/prepared-name.js';
import { normalizeName, type NameToken } from './normalize/pipeline.js';
import { namesWithin } from './normalize/names-within.js';
import { normalizeIdentifier } from './compare/identifiers.js';
import { samePartyLinks } from './links.js';
import { typesCompatible } from './compare/types.js';
import { makeToken, meaningOf } from './normalize/tokens.js';
import { CONNECTIVES } from './normalize/vocabulary.js';
import { TUNING } from './tuning.js';
import { abbreviationKeys, articleCompound, plainArticleCompound, surnameCompound, FNV_OFFSET, fuzzyTable, PARTICLE_MAX, type FuzzyTable } from './index-keys.js';

/** Which parties an entry type fits, as bits: a person, or any other party (typesCompatible decides). */
export const PERSON_FIT = 1;
export const OTHER_FIT = 2;

function typeFits(type: EntryType): number {
  return (typesCompatible('person', type) ? PERSON_FIT : 0) | (typesCompatible('organization', type) ? OTHER_FIT : 0);
}

/** The fit bit of a party type: typesCompatible(partyType, t) is typeFits(t) & partyFit(partyType) for every entry type t (unknown: both). */
export function partyFit(partyType: PartyType | undefined): number {
  return !partyType ? PERSON_FIT | OTHER_FIT : partyType === 'person' ? PERSON_FIT : OTHER_FIT;
}

/**
 * What screening reads of a kept candidate's entry, in one shape for every entry: list entries come in
 * as many shapes as the optional fields they carry, and screenParty, reading them, deopted on each new one.
 */
export type EntryFacts = Pick<ListEntry, 'entryId' | 'source' | 'name' | 'type' | 'datesOfBirth' | 'countries' | 'ids'>;

export interface MatchIndex {
  /** The entries indexed: those given, then (for part of a list) their parties' other listings (see withTwins). */
  entries: ListEntry[];
  /** Per entry, its EntryFacts. */
  facts: EntryFacts[];
  /** How many of `entries`, from the first, screening may return: the others only lend their names. */
  reported: number;
  /**
   * Distinct names: one per normalized token sequence, however many entries carry it (the same
   * party on several lists), so each is retrieved and compared once. Per distinct name its tokens;
   * its occurrences (CSR) are occurrences[occurrenceStart[n] .. occurrenceStart[n + 1]).
   */
  nameTokens: NameToken[][];
  occurrenceStart: Int32Array;
  /** Per occurrence: the entry's position in `entries` and the name as that entry writes it. */
  occurrenceEntry: Int32Array;
  occurrenceText: string[];
  /** Per occurrence: its distinct name. */
  occurrenceName: Int32Array;
  /** Per entry: one of its occurrences (-1 when it has no usable name), for identifier-only hits. */
  entryOccurrence: Int32Array;
  /** Per entry its distinct names (CSR): entryNameList[entryNameStart[e] .. entryNameStart[e + 1]). */
  entryNameStart: Int32Array;
  entryNameList: Int32Array;
  /** Per distinct name: which parties its entries fit (PERSON_FIT, OTHER_FIT bits; see typesCompatible). */
  nameFits: Uint8Array;
  /** Per distinct name, 1 when it is only ever an acronym written within another name (namesWithin): compared letter for letter. */
  acronymNames: Uint8Array;
  /** The same per entry with a name (0 for others, never a candidate): screening reads these bits, not the entries, for each candidate's occurrences. */
  entryFits: Uint8Array;
  /** Dictionary: token text -> id; per id the token and its IDF. */
  tokenIds: Map<string, number>;
  tokens: NameToken[];
  idf: Float32Array;
  /**
   * Per id, the id of the word its token means (NameToken.meaning: "gruppa" group), -1 when none or
   * not in the dictionary: retrieval reads it for every similar word, without reaching the token.
   */
  meant: Int32Array;
  /** Postings (CSR): names of token id t are postings[postingStart[t] .. postingStart[t + 1]). */
  postingStart: Int32Array;
  postings: Int32Array;
  /** Per name: 1 / sqrt(summed IDF of its tokens), the retrieval length normalization. */
  nameNorm: Float32Array;
  /** Fuzzy key -> token ids. */
  fuzzy: FuzzyTable;
  /** The first letters of a name's first two or three tokens (see abbreviationKeys) -> names. */
  abbreviations: Map<number, number[]>;
  /** Per entry position the entries of its party, itself included (see samePartyLinks); only entries listed more than once. */
  sameParty: Map<number, number[]>;
  /** Normalized identifier number -> entry positions. */
  identifiers: Map<string, number[]>;
  rarity: Rarity;
  /** Names prepared for comparison, filled on first use. */
  prepared: (PreparedName | undefined)[];
  /** Query token -> similar dictionary tokens, filled on first use (bounded). */
  similarCache: Map<string, ReadonlyMap<number, number>>;
  /**
   * Names with two given words side by side, filled on first use (bounded): per query word that runs
   * them together (gluedNames) and per pair of dictionary ids (adjacentNames).
   */
  gluedCache: Map<string | number, readonly number[]>;
}

/** A list name ready for comparison (weights and glued runs), prepared once and kept. */
export function preparedEntryName(index: MatchIndex, nameIndex: number): PreparedName {
  let prepared = index.prepared[nameIndex];
  if (!prepared) {
    prepared = prepareName(index.nameTokens[nameIndex]!, index.rarity);
    index.prepared[nameIndex] = prepared;
  }
  return prepared;
}

/**
 * The key of the distinct name with these token ids in `nameIds`, or the free key to file it under:
 * a hash of the ids, a small integer (a fast Map key), stepped past other names that share it.
 */
function nameKey(nameIds: Map<number, number>, nameWordIds: number[][], wordIds: number[]): number {
  let key = FNV_OFFSET;
  for (const id of wordIds) key = Math.imul(key ^ id, 0x01000193);
  key &= NAME_KEY_MASK;
  for (let found = nameIds.get(key); found !== undefined && !sameIds(nameWordIds[found]!, wordIds); found = nameIds.get(key)) key = (key + 1) & NAME_KEY_MASK;
  return key;
}

/** Keys within V8's small integers. */
const NAME_KEY_MASK = 0x3fffffff;

function sameIds(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * A part of the list and, after it, the whole list's other listings of the part's parties (see
 * samePartyLinks): a name only an unchanged listing carries then finds a newly added twin, as it
 * would on the whole list.
 */
function withTwins(part: ListEntry[], whole: MatchIndex): ListEntry[] {
  if (whole.sameParty.size === 0) return part;
  const inPart = new Set(part.map(entryKey));
  const twins = new Set<number>();
  for (const [entryIndex, party] of whole.sameParty) {
    if (!inPart.has(entryKey(whole.entries[entryIndex]!))) continue;
    for (const other of party) if (!inPart.has(entryKey(whole.entries[other]!))) twins.add(other);
  }
  return twins.size === 0 ? part : part.concat([...twins].map((i) => whole.entries[i]!));
}

/**
 * Builds the index once per list load; ~34k names in about a second. `whole`: the index of the
 * whole list when this one holds only part of it (a nightly diff): token rarity then comes from the
 * whole list, so a name scores against the part exactly as it would against the whole ("trading"
 * stays a common word, "hikmicro" a rare one, however few names the part has), and the part's
 * parties' other listings lend their names (withTwins).
 */
export function buildIndex(listed: ListEntry[], whole?: MatchIndex): MatchIndex {
  const entries = whole ? withTwins(listed, whole) : listed;
  const tokenIds = new Map<string, number>();
  const tokens: NameToken[] = [];
  /** The id of a token's text, new ones appended. */
  const idOf = (token: NameToken): number => {
    let id = tokenIds.get(token.text);
    if (id === undefined) {
      id = tokens.push(token) - 1;
      tokenIds.set(token.text, id);
    }
    return id;
  };
  /** The id of a run of tokens glued into one word, made into a token only when the dictionary lacks it. */
  const gluedId = (text: string, kind: 'word' | 'number' = 'word'): number => tokenIds.get(text) ?? idOf(makeToken(text, kind));
  const nameTokens: NameToken[][] = [];
  const acronymNames: number[] = [];
  /** Distinct names by a hash of their token ids (see nameKey). */
  const nameIds = new Map<number, number>();
  /** Per distinct name the ids it is posted under (its tokens and particles glued on), and per name its tokens' ids in order. */
  const nameTokenIds: number[][] = [];
  const nameWordIds: number[][] = [];
  /** Occurrences in list order: distinct name, entry, the name as the entry writes it. */
  const occurrenceNames: number[] = [];
  const occurrenceEntries: number[] = [];
  const occurrenceTexts: string[] = [];
  const primaryName = new Int32Array(entries.length).fill(-1);
  entries.forEach((entry, entryIndex) => {
    const firstOccurrence = occurrenceNames.length;
    for (const [name, shown, acronym] of namesToIndex(entry)) {
      const normalized = normalizeName(name, entry.type === 'person' ? 'person' : 'other').tokens;
      if (normalized.length === 0) continue;
      // Pushed, not mapped: see mapWords in normalize/tokens.ts.
      const wordIds: number[] = [];
      for (const token of normalized) wordIds.push(idOf(token));
      const key = nameKey(nameIds, nameWordIds, wordIds);
      let nameId = nameIds.get(key);
      if (nameId === undefined) {
        nameId = nameTokens.length;
        nameIds.set(key, nameId);
        nameTokens.push(normalized);
        acronymNames.push(acronym ? 1 : 0);
        const ids: number[] = [];
        for (const id of wordIds) if (!ids.includes(id)) ids.push(id);
        // A word that means another ("harakat", movement) is posted under that one too: the query's word
        // for it finds the name, and the two are one word's rarity.
        for (const token of normalized) {
          if (token.meaning === undefined) continue;
          const id = gluedId(token.meaning.text);
          if (!ids.includes(id)) ids.push(id);
        }
        // A particle glued on ("el qaddafi" -> "elqaddafi", "abd allah" -> "abdallah", "jsc argument"
        // -> "jscargument") is how another list spells the same word: a word of its own, with
        // sound-alike keys ("elkaddafi" finds it). Longer words run together are found at query time (gluedNames).
        for (let i = 0; i + 1 < normalized.length; i++) {
          const first = normalized[i]!;
          const next = normalized[i + 1]!;
          if (first.text.length > PARTICLE_MAX || CONNECTIVES.has(first.text) || first.kind === 'number') continue;
          // A code's letters and number run together ("msn 391" -> "msn391", "yv 2040"): a number, equal or not.
          const id = gluedId(first.text + next.text, next.kind === 'number' ? 'number' : 'word');
          if (!ids.includes(id)) ids.push(id);
        }
        // A word, the Arabic article and a word run together ("abd al hakim" -> "abdalhakim"), and a
        // Persian surname's two words ("nasser zadeh"), with sound-alike keys.
        for (let i = 0; i + 1 < normalized.length; i++) {
          const compound = articleCompound(normalized, i) ?? surnameCompound(normalized, i);
          if (compound === undefined) continue;
          const id = gluedId(compound);
          if (!ids.includes(id)) ids.push(id);
          const plain = plainArticleCompound(normalized, i);
          if (plain === undefined) continue;
          const plainId = gluedId(plain);
          if (!ids.includes(plainId)) ids.push(plainId);
        }
        nameTokenIds.push(ids);
        nameWordIds.push(wordIds);
      } else {
        if (!acronym) acronymNames[nameId] = 0;
        if (occurrenceNames.includes(nameId, firstOccurrence)) continue;
      }
      if (name === entry.name) primaryName[entryIndex] = nameId;
      occurrenceNames.push(nameId);
      occurrenceEntries.push(entryIndex);
      occurrenceTexts.push(shown);
    }
  });

  // Occurrences grouped by distinct name (CSR), in list order within each.
  const nameCount = nameTokens.length;
  const occurrenceStart = new Int32Array(nameCount + 1);
  for (const n of occurrenceNames) occurrenceStart[n + 1]!++;
  for (let n = 0; n < nameCount; n++) occurrenceStart[n + 1]! += occurrenceStart[n]!;
  const occurrenceEntry = new Int32Array(occurrenceNames.length);
  const occurrenceText: string[] = new Array(occurrenceNames.length);
  const occurrenceName = new Int32Array(occurrenceNames.length);
  const entryOccurrence = new Int32Array(entries.length).fill(-1);
  const nameFits = new Uint8Array(nameCount);
  const entryFits = new Uint8Array(entries.length);
  const nextOccurrence = occurrenceStart.slice(0, nameCount);
  occurrenceNames.forEach((n, k) => {
    const at = nextOccurrence[n]!++;
    const entryIndex = occurrenceEntries[k]!;
    occurrenceEntry[at] = entryIndex;
    occurrenceText[at] = occurrenceTexts[k]!;
    occurrenceName[at] = n;
    if (entryOccurrence[entryIndex] === -1) entryOccurrence[entryIndex] = at;
    entryFits[entryIndex] = typeFits(entries[entryIndex]!.type);
    nameFits[n]! |= entryFits[entryIndex]!;
  });

  const entryNameStart = new Int32Array(entries.length + 1);
  for (const e of occurrenceEntries) entryNameStart[e + 1]!++;
  for (let e = 0; e < entries.length; e++) entryNameStart[e + 1]! += entryNameStart[e]!;
  // Occurrences are in list order, entry by entry: the CSR is their names as they come.
  const entryNameList = Int32Array.from(occurrenceNames);

  const abbreviations = new Map<number, number[]>();
  // Only an organization's (or vessel's, or unknown) name is looked up as what a query abbreviates: a person is never one.
  nameTokens.forEach((tokensOfName, n) => {
    if (nameFits[n]! & OTHER_FIT) abbreviationKeys(tokensOfName, n, abbreviations);
  });

  const counts = new Int32Array(tokens.length + 1);
  for (const ids of nameTokenIds) for (const id of ids) counts[id + 1]!++;
  const postingStart = new Int32Array(tokens.length + 1);
  for (let t = 0; t < tokens.length; t++) postingStart[t + 1] = postingStart[t]! + counts[t + 1]!;
  const postings = new Int32Array(postingStart[tokens.length]!);
  const fill = postingStart.slice(0, tokens.length);
  nameTokenIds.forEach((ids, nameId) => {
    for (const id of ids) postings[fill[id]!++] = nameId;
  });

  const idf = new Float32Array(tokens.length);
  for (let t = 0; t < tokens.length; t++) idf[t] = Math.log((nameCount + 1) / (postingStart[t + 1]! - postingStart[t]! + 0.5));
  // Retrieval ranks by shared rarity over the square root of the name's own rarity mass, so long names do not crowd out short ones.
  const nameNorm = new Float32Array(nameCount);
  nameTokens.forEach((tokensOfName, n) => {
    let sum = 0;
    for (const token of tokensOfName) sum += idf[tokenIds.get(meaningOf(token).text)!]!;
    nameNorm[n] = 1 / Math.sqrt(Math.max(1, sum));
  });

  const fuzzy = fuzzyTable(tokens);
  const meant = new Int32Array(tokens.length).fill(-1);
  tokens.forEach((token, id) => {
    if (token.meaning !== undefined) meant[id] = tokenIds.get(token.meaning.text) ?? -1;
  });

  const rarity = whole?.rarity ?? rarityOf(tokenIds, idf, nameCount);
  const identifiers = new Map<string, number[]>();
  entries.forEach((entry, entryIndex) => {
    for (const id of entry.ids) {
      const number = normalizeIdentifier(id.number ?? '');
      if (!number) continue;
      const list = identifiers.get(number);
      if (list) list.push(entryIndex);
      else identifiers.set(number, [entryIndex]);
    }
  });
  const sameParty = samePartyLinks(entries, { occurrenceStart, occurrenceEntry, primaryName });
  const facts: EntryFacts[] = [];
  for (const { entryId, source, name, type, datesOfBirth, countries, ids } of entries) facts.push({ entryId, source, name, type, datesOfBirth, countries, ids });
  return { entries, facts, reported: listed.length, nameTokens, occurrenceStart, occurrenceEntry, occurrenceText, occurrenceName, entryOccurrence, entryNameStart, entryNameList, nameFits, acronymNames: Uint8Array.from(acronymNames), entryFits, tokenIds, tokens, idf, meant, postingStart, postings, fuzzy, abbreviations, nameNorm, sameParty, identifiers, rarity, prepared: new Array(nameTokens.length), similarCache: new Map(), gluedCache: new Map() };
}

/**
 * An entry's names to index, each with the name shown for it and whether it is an acronym: its names
 * as listed, and the names written within them in parentheses (namesWithin), shown as the listed
 * name they are part of.
 */
function namesToIndex(entry: ListEntry): [string, string, boolean][] {
  const names: [string, string, boolean][] = [];
  for (const name of entryNames(entry)) {
    names.push([name, name, false]);
    for (const within of namesWithin(name, entry.type === 'person')) names.push([within.text, name, within.acronym]);
  }
  return names;
}

/** Token weight multiplier from its IDF among the index's names (unknown tokens are as rare as can be). */
function rarityOf(tokenIds: Map<string, number>, idf: Float32Array, nameCount: number): Rarity {
  const r = TUNING.idf;
  const maxIdf = Math.log(nameCount + 1);
  return (token) => {
    const id = tokenIds.get(meaningOf(token).text);
    const value = id === undefined ? maxIdf : idf[id]!;
    return Math.min(r.max, Math.max(r.min, value / r.reference));
  };
}

const keyedEntries = new WeakMap<MatchIndex, Map<string, ListEntry>>();

/** `SDN:12345` -> entry of an index, built once per index (one list version, shared by every request). */
export function entriesByKey(index: MatchIndex): Map<string, ListEntry> {
  let entries = keyedEntries.get(index);
  if (!entries) {
    entries = new Map(index.entries.map((entry) => [entryKey(entry), entry]));
    keyedEntries.set(index, entries);
  }
  return entries;
}
