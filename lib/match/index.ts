/**
 * The in-memory index over every name of every list entry: a token dictionary with rarity (IDF)
 * weights, postings from token to names, and fuzzy keys (sound-alike forms, their one-letter
 * deletions, consonant skeletons) so a query token that shares no exact token still reaches its
 * names. Retrieval sums rarity x similarity over postings and keeps the best few names for full
 * scoring: never a scan of the whole list.
 */
import { entryKey, entryNames, type EntryType, type ListEntry } from '../lists/model.js';
import type { PartyType } from './party.js';
import { balticStem, tokenSimilarity } from './compare/similarity.js';
import { abbreviatesStart, ACRONYM_MAX, isOmissible, prepareName, SYLLABIC_ABBREVIATION_MIN, TRUNCATED_MIN, type PreparedName, type Rarity } from './compare/names.js';
import { normalizeName, type NameToken } from './normalize/pipeline.js';
import { namesWithin } from './normalize/names-within.js';
import { normalizeIdentifier } from './compare/identifiers.js';
import { samePartyLinks } from './links.js';
import { remembered } from './remember.js';
import { typesCompatible } from './compare/types.js';
import { makeToken } from './normalize/tokens.js';
import { abjadSkeleton, phoneticForm } from './normalize/phonetic.js';
import { ARABIC_ARTICLES, CONNECTIVES } from './normalize/vocabulary.js';
import { TUNING } from './tuning.js';

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

const SKELETON_KEY = '\u0001';
/** Marks an Arabic-script word's cache entry: it looks up more keys than a Latin word spelled alike. */
const ABJAD_KEY = '\u0002';
/** A leading word this short glued to the next is a particle or prefix ("al", "el", "abd", "bin"). */
const PARTICLE_MAX = 3;
const MIN_FUZZY_LENGTH = 3;
const FNV_OFFSET = 0x811c9dc5;
const SKELETON_OFFSET = 0x2545f491;

/** FNV-1a hash of `text` without the character at `skip` (-1: none): numeric keys, no substrings built. */
function hashWithout(text: string, skip: number, offset = FNV_OFFSET): number {
  let hash = offset;
  for (let i = 0; i < text.length; i++) {
    if (i === skip) continue;
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Hashed fuzzy keys: the sound-alike form and its one-letter deletions (symmetric deletion: two
 * spellings within about two edits share a key), and the consonant skeleton for list tokens and for
 * query tokens written without vowels (only those look a word up by skeleton). Collisions only add
 * candidates, which are verified.
 */
function fuzzyKeys(token: NameToken, forQuery: boolean): number[] {
  const out = keyScratchList;
  out.length = 0;
  soundKeys(out, token.phon);
  // A Russian "yo" also under its "e" spelling, both ways ("semyonov" and "semenov" share keys).
  if (token.yoPhon !== undefined) soundKeys(out, token.yoPhon);
  if (token.skel.length >= 2 && (!forQuery || token.vowelless)) addKey(out, hashWithout(token.skel, -1, SKELETON_OFFSET));
  // An Arabic or Hebrew word under the skeleton its Latin spellings have, and with the article
  // written into it ("altkryty") under the word's own as well.
  if (forQuery && token.abjad) {
    const skeleton = abjadSkeleton(token.text);
    if (skeleton.length >= 3) addKey(out, hashWithout(skeleton, -1, SKELETON_OFFSET));
    if (token.text.startsWith('al') && skeleton.length >= 4) addKey(out, hashWithout(skeleton, 0, SKELETON_OFFSET));
  }
  // A list word under the form a Chinese or Korean syllable query takes ("lee" as "i" for 이).
  if (!forQuery && token.syllablePhon !== token.phon) addKey(out, hashWithout(token.syllablePhon, -1));
  return out;
}

/** A sound-alike form's keys: itself and its one-letter deletions. */
function soundKeys(out: number[], phon: string): void {
  addKey(out, hashWithout(phon, -1));
  if (phon.length >= MIN_FUZZY_LENGTH + 1) for (let i = 0; i < phon.length; i++) addKey(out, hashWithout(phon, i));
}

/** A word's keys, reused per call: a dozen numbers, where a Set per word cost the build more than hashing. */
const keyScratchList: number[] = [];

/** Adds a key once ("aab" less either "a" is one key). */
function addKey(keys: number[], key: number): void {
  if (!keys.includes(key)) keys.push(key);
}

/**
 * A word, the Arabic article and a word as one ("abd al hakim" -> "abdalhakim"), as another list
 * writes the compound ("abdelhakim"); undefined when the tokens from `i` are no such run.
 */
function articleCompound(tokens: NameToken[], i: number): string | undefined {
  const first = tokens[i]!;
  const article = tokens[i + 1];
  const second = tokens[i + 2];
  // Abjad words without vowels are found by their skeletons, not glued ("wdh al yd").
  if (article?.kind !== 'stop' || first.kind !== 'word' || second?.kind !== 'word' || first.vowelless || second.vowelless || !ARABIC_ARTICLES.has(article.text)) return undefined;
  return first.text + article.text + second.text;
}

/**
 * Fuzzy key -> token ids as one hash-bucketed table in typed arrays (CSR by the key's low bits): a
 * Map of half a million small arrays cost the index build more than computing the keys did.
 * Bucket b holds keys[start[b] .. start[b + 1]) with their ids, in token order.
 */
export interface FuzzyTable {
  mask: number;
  start: Int32Array;
  keys: Uint32Array;
  ids: Int32Array;
}

function fuzzyTable(tokens: NameToken[]): FuzzyTable {
  let keys = new Uint32Array(tokens.length * 8);
  let ids = new Int32Array(keys.length);
  let count = 0;
  tokens.forEach((token, id) => {
    if (token.kind !== 'word' || token.text.length < MIN_FUZZY_LENGTH) return;
    const tokenKeys = fuzzyKeys(token, false);
    if (count + tokenKeys.length > keys.length) {
      keys = grown(keys, count + tokenKeys.length);
      ids = grown(ids, count + tokenKeys.length);
    }
    for (const key of tokenKeys) {
      keys[count] = key;
      ids[count++] = id;
    }
  });
  let buckets = 1;
  while (buckets * KEYS_PER_BUCKET < count) buckets *= 2;
  const mask = buckets - 1;
  const start = new Int32Array(buckets + 1);
  for (let p = 0; p < count; p++) start[(keys[p]! & mask) + 1]!++;
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  const fill = start.slice(0, buckets);
  const table = { mask, start, keys: new Uint32Array(count), ids: new Int32Array(count) };
  for (let p = 0; p < count; p++) {
    const at = fill[keys[p]! & mask]!++;
    table.keys[at] = keys[p]!;
    table.ids[at] = ids[p]!;
  }
  return table;
}

/**
 * Keys per bucket, on average: a lookup scans a few more keys, and the build's counting and filling,
 * which land at random buckets, stay within a table that fits the processor's cache.
 */
const KEYS_PER_BUCKET = 4;

function grown<T extends Uint32Array | Int32Array>(array: T, needed: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

/**
 * Where an abbreviation of a name is looked up: the first letters of its first three letter-giving
 * tokens, each particle, legal form or initial giving its letter or left out, as an abbreviation
 * may ("hei", "hid", "hic" for "hoteles e inmuebles de colombia"; a name of two, see collectKeys);
 * and the first three letters of a long first word, which may have been cut short ("mor"). The
 * query word is then checked against the name itself (`abbreviatesStart`), so the keys only need to find it.
 */
function abbreviationKeys(tokens: NameToken[], name: number, keys: Map<number, number[]>): void {
  keyScratch.clear();
  collectKeys(tokens, 0, 0, 0, -1);
  // A cut-short first word ("morspas" for "morspassluzhba") is found by its own first letters.
  if (tokens[0]!.kind === 'word' && tokens[0]!.text.length > TRUNCATED_MIN) keyScratch.add(letterKey(tokens[0]!.text, 0, 1, 2));
  for (const key of keyScratch) {
    const names = keys.get(key);
    if (names) names.push(name);
    else keys.set(key, [name]);
  }
}

const keyScratch = new Set<number>();

/**
 * Keys as numbers, letters a-z as 1-26 in base 27. A name that runs out after two letter-giving
 * tokens is keyed by the first one's first two letters and the second one's first ("petroleo
 * brasileiro" -> "peb"): a syllabic abbreviation of two words takes two letters or more of the first.
 */
function collectKeys(tokens: NameToken[], j: number, key: number, letters: number, first: number): void {
  if (letters === ABBREVIATION_KEY) return void keyScratch.add(key);
  if (j >= tokens.length || tokens[j]!.kind === 'number') {
    if (letters === ABBREVIATION_KEY - 1) keyScratch.add(letterKey(tokens[first]!.text, 0, 1) * 27 + key % 27);
    return;
  }
  collectKeys(tokens, j + 1, key * 27 + letterCode(tokens[j]!.text, 0), letters + 1, letters === 0 ? j : first);
  if (isOmissible(tokens[j]!)) collectKeys(tokens, j + 1, key, letters, first);
}

function letterCode(text: string, at: number): number {
  // Past the end: 0 without charCodeAt's NaN, on which the optimized build loop deopts.
  if (at >= text.length) return 0;
  const c = text.charCodeAt(at) - 96;
  return c >= 1 && c <= 26 ? c : 0;
}

/** The key of the letters of `text` at the given positions. */
function letterKey(text: string, ...at: number[]): number {
  let key = 0;
  for (const i of at) key = key * 27 + letterCode(text, i);
  return key;
}

const ABBREVIATION_KEY = 3;

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
        // A word, the Arabic article and a word run together ("abd al hakim" -> "abdalhakim"), with sound-alike keys.
        for (let i = 0; i + 2 < normalized.length; i++) {
          const compound = articleCompound(normalized, i);
          if (compound === undefined) continue;
          const id = gluedId(compound);
          if (!ids.includes(id)) ids.push(id);
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
  nameWordIds.forEach((ids, n) => {
    let sum = 0;
    for (const id of ids) sum += idf[id]!;
    nameNorm[n] = 1 / Math.sqrt(Math.max(1, sum));
  });

  const fuzzy = fuzzyTable(tokens);

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
  return { entries, facts, reported: listed.length, nameTokens, occurrenceStart, occurrenceEntry, occurrenceText, occurrenceName, entryOccurrence, entryNameStart, entryNameList, nameFits, acronymNames: Uint8Array.from(acronymNames), entryFits, tokenIds, tokens, idf, postingStart, postings, fuzzy, abbreviations, nameNorm, sameParty, identifiers, rarity, prepared: new Array(nameTokens.length), similarCache: new Map(), gluedCache: new Map() };
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
    const id = tokenIds.get(token.text);
    const value = id === undefined ? maxIdf : idf[id]!;
    return Math.min(r.max, Math.max(r.min, value / r.reference));
  };
}

/** Reused per-process scratch space for retrieval (single-threaded). */
let scratch: { acc: Float32Array; touched: Int32Array } | undefined;

/** Dictionary tokens similar to a query token, with their similarity (exact first); cached per token. */
export function similarTokens(index: MatchIndex, token: NameToken): ReadonlyMap<number, number> {
  const cacheKey = token.syllabic ? `${SKELETON_KEY}${token.text}` : token.abjad ? `${ABJAD_KEY}${token.text}` : token.text;
  return remembered(index.similarCache, cacheKey, SIMILAR_CACHE_LIMIT, () => findSimilarTokens(index, token));
}

/** Distinct query tokens remembered: a nightly re-screening of a million parties meets ~150k. */
const SIMILAR_CACHE_LIMIT = 500_000;

/**
 * Names in which two words stand together that a query word runs together ("hikmapharma" for "hikma
 * pharma"): the word split into two dictionary words, the first longer than a particle (a particle
 * glued on is a dictionary word itself), then the names of the rarer one where the other follows it.
 * Found at query time, cached per word: gluing every pair of list words into the dictionary cost a
 * quarter of the index build.
 */
function gluedNames(index: MatchIndex, word: string): readonly number[] {
  return remembered(index.gluedCache, word, SIMILAR_CACHE_LIMIT, () => {
    const names: number[] = [];
    for (let cut = PARTICLE_MAX + 1; cut < word.length; cut++) {
      const left = index.tokenIds.get(word.slice(0, cut));
      const right = left === undefined ? undefined : index.tokenIds.get(word.slice(cut));
      if (right === undefined) continue;
      // Another cut of the word rarely finds names too ("abcd"+"ef" and "abcde"+"f"). Every cut's names
      // are pushed by this one loop, without repeats: code only a second cut ran was first met by
      // live queries, and V8 deoptimized all of retrieval there (recompiling it took 75-170 ms of the core).
      const adjacent = adjacentNames(index, left!, right);
      for (let k = 0; k < adjacent.length; k++) if (!names.includes(adjacent[k]!)) names.push(adjacent[k]!);
    }
    return names.length ? names : NO_NAMES;
  });
}

const NO_NAMES: readonly number[] = [];

/** The names in which dictionary word `left` is followed by `right`, from the rarer one's postings. */
function adjacentNames(index: MatchIndex, left: number, right: number): readonly number[] {
  return remembered(index.gluedCache, left * index.tokens.length + right, SIMILAR_CACHE_LIMIT, () => namesWithRun(index, left, right));
}

function namesWithRun(index: MatchIndex, left: number, right: number): readonly number[] {
  const { postingStart, postings, nameTokens, tokens } = index;
  const [leftText, rightText] = [tokens[left]!.text, tokens[right]!.text];
  const rarer = postingStart[left + 1]! - postingStart[left]! <= postingStart[right + 1]! - postingStart[right]! ? left : right;
  const names: number[] = [];
  for (let p = postingStart[rarer]!, end = postingStart[rarer + 1]!; p < end; p++) {
    const name = postings[p]!;
    const words = nameTokens[name]!;
    for (let i = 0; i + 1 < words.length; i++) {
      if (words[i]!.text === leftText && words[i + 1]!.text === rightText) {
        names.push(name);
        break;
      }
    }
  }
  return names.length ? names : NO_NAMES;
}

/**
 * In Arabic script, a word and the article's word after it ("هدايت الله", "جلال الدين") as the one
 * word Latin writes ("Hidayatullah", "Jalaluddin"): the dictionary words under the skeleton of both,
 * the article assimilated. Cached per pair, as similarTokens is per word.
 */
function abjadCompounds(index: MatchIndex, word: NameToken, articleWord: NameToken): ReadonlyMap<number, number> {
  return remembered(index.similarCache, `${ABJAD_KEY}${word.text} ${articleWord.text}`, SIMILAR_CACHE_LIMIT, () => {
    const found = new Map<number, number>();
    const key = hashWithout(abjadSkeleton(word.text) + abjadSkeleton(articleWord.text.slice(2)), -1, SKELETON_OFFSET);
    lookUpKeys(index, makeToken(word.text + articleWord.text, 'word', false, true), [key], found);
    return found.size ? found : NOTHING_SIMILAR;
  });
}

/** Shared by every query token that resembles nothing in the index (most, against a small diff). */
const NOTHING_SIMILAR: ReadonlyMap<number, number> = new Map();

function findSimilarTokens(index: MatchIndex, token: NameToken): ReadonlyMap<number, number> {
  const found = new Map<number, number>();
  const exact = index.tokenIds.get(token.text);
  if (exact !== undefined) found.set(exact, 1);
  if (token.kind !== 'word' || token.text.length < MIN_FUZZY_LENGTH) return found.size ? found : NOTHING_SIMILAR;
  lookUpKeys(index, token, fuzzyKeys(token, true), found);
  // A word the list does not know may be a name with a Latvian or Lithuanian ending ("avenas"), found
  // under its stem's keys ("aven"); a one-letter ending ("avens") is one of the word's own deletions.
  const stem = exact === undefined ? balticStem(token.text) : undefined;
  if (stem !== undefined) {
    const keys: number[] = [];
    soundKeys(keys, phoneticForm(stem));
    lookUpKeys(index, token, keys, found);
  }
  return found.size ? found : NOTHING_SIMILAR;
}

/** Adds to `found` the dictionary tokens under `keys` similar enough to `token`. */
function lookUpKeys(index: MatchIndex, token: NameToken, keys: readonly number[], found: Map<number, number>): void {
  const { start, keys: tableKeys, ids, mask } = index.fuzzy;
  for (const key of keys) {
    const bucket = key & mask;
    for (let p = start[bucket]!, end = start[bucket + 1]!; p < end; p++) {
      const id = ids[p]!;
      if (tableKeys[p] !== key || found.has(id)) continue;
      const similarity = tokenSimilarity(token, index.tokens[id]!, TUNING.retrieval.fuzzyMinimum);
      if (similarity >= TUNING.retrieval.fuzzyMinimum) found.set(id, similarity);
    }
  }
}

/**
 * Candidate names for a query name: the names sharing exact or fuzzy tokens, ranked by summed
 * rarity x similarity, best `candidates` kept (and none below `relativeFloor` of the best).
 */
export function retrieveCandidates(
  index: MatchIndex,
  query: NameToken[],
  limit: number = TUNING.retrieval.candidates,
  /** The party's type: names only of entries it cannot be (a person is no vessel) take no candidate slot; a person's words are never looked up as abbreviations. */
  partyType?: PartyType,
): number[] {
  const fit = partyFit(partyType);
  const person = partyType === 'person';
  const nameCount = index.nameTokens.length;
  if (!scratch || scratch.acc.length < nameCount) scratch = { acc: new Float32Array(nameCount), touched: new Int32Array(nameCount) };
  const { acc, touched } = scratch;
  let touchedCount = 0;
  const hasStrong = query.some((t) => t.kind === 'word' || t.kind === 'number');
  const credit = (name: number, weight: number) => {
    if (acc[name] === 0) touched[touchedCount++] = name;
    acc[name]! += weight;
  };
  /** Names that share a run of two words with the query, weighted as rare as that run is. */
  const creditAll = (names: readonly number[]) => {
    const weight = Math.log((nameCount + 1) / (names.length + 0.5));
    for (const name of names) credit(name, weight);
  };
  const post = (id: number, similarity: number) => {
    const weight = index.idf[id]! * similarity;
    for (let p = index.postingStart[id]!, end = index.postingStart[id + 1]!; p < end; p++) credit(index.postings[p]!, weight);
  };
  // A name the query abbreviates counts as sharing one rare word with it.
  const abbreviationWeight = Math.log((nameCount + 1) / 1.5) * TUNING.similarity.abbreviation;
  for (const probe of query) {
    if (hasStrong && probe.kind !== 'word' && probe.kind !== 'number') continue;
    for (const [id, similarity] of similarTokens(index, probe)) post(id, similarity);
    if (probe.kind === 'word') creditAll(gluedNames(index, probe.text));
  }
  // An abbreviation is most often the whole name ("HOTINCOL", "PROFUTCOL S.A."); beside other words, those find the name.
  const words = query.filter((t) => t.kind === 'word');
  if (!person && words.length === 1) abbreviatedNames(index, words[0]!.text, (name) => credit(name, abbreviationWeight));
  // Adjacent query words glued ("jsc argument" -> "jscargument") are looked up exactly: a glued
  // spelling with a typo as well is rare, and each query's pairs are new words not worth fuzzy keys.
  // The names with the same two words side by side count that run once more, so the name written as
  // the query writes it ranks first.
  for (let i = 0; i + 1 < query.length; i++) {
    const a = query[i]!;
    const b = query[i + 1]!;
    const id = index.tokenIds.get(a.text + b.text);
    if (id !== undefined) post(id, 1);
    // A code written with a space or dash ("yv 2040" for "yv2040") is found as written together; nothing else of a number is glued.
    if (a.kind === 'number' || b.kind === 'number') continue;
    // Three words run together ("dive techno services" -> "divetechnoservices"), as compareNames glues up to three.
    const c = query[i + 2];
    const three = c && c.kind !== 'number' ? index.tokenIds.get(a.text + b.text + c.text) : undefined;
    if (three !== undefined) post(three, 1);
    const left = a.text.length > PARTICLE_MAX ? index.tokenIds.get(a.text) : undefined;
    const right = left === undefined ? undefined : index.tokenIds.get(b.text);
    if (right !== undefined) creditAll(adjacentNames(index, left!, right));
    // The other list's spelling of the compound may differ too ("abd al hakim" ~ "abdelhakim"). Its
    // one word stands for two of the query's, and counts as both would.
    const compound = articleCompound(query, i);
    if (compound) for (const [similar, similarity] of similarTokens(index, makeToken(compound, 'word'))) post(similar, 2 * similarity);
    if (a.abjad && b.abjad && b.text.startsWith('al') && b.text.length >= 4) for (const [similar, similarity] of abjadCompounds(index, a, b)) post(similar, 2 * similarity);
  }
  // A list word the query's words abbreviate ("smp" in "SMP BANK" for "bank severny morskoy put")
  // adds to names already sharing a word, and to names whose entry shares half the query's weight
  // under another name (the alias "PCI" of "Parchin Chemical Industries" for "para chemical
  // industries"): alone, short acronyms meet too many ("Steven Margaret Palmer").
  if (!person) {
    const half = queryWeight(index, query) / 2;
    for (const acronym of queryAcronyms(query)) {
      const id = index.tokenIds.get(acronym);
      if (id === undefined || index.tokens[id]!.kind !== 'word') continue;
      const weight = index.idf[id]! * TUNING.similarity.abbreviation;
      for (let p = index.postingStart[id]!, end = index.postingStart[id + 1]!; p < end; p++) {
        const name = index.postings[p]!;
        if (acc[name]! > 0 || entryShares(index, name, acc, half)) credit(name, weight);
      }
    }
  }
  let best = 0;
  for (let k = 0; k < touchedCount; k++) {
    const name = touched[k]!;
    acc[name] = index.nameFits[name]! & fit ? acc[name]! * index.nameNorm[name]! : -1;
    best = Math.max(best, acc[name]!);
  }
  const floor = best * TUNING.retrieval.relativeFloor;
  const kept: number[] = [];
  for (let k = 0; k < touchedCount; k++) if (acc[touched[k]!]! >= floor && acc[touched[k]!]! > 0) kept.push(touched[k]!);
  // The sign, not the difference: a fractional number handed back to sort is a heap object per comparison.
  const byScore = (a: number, b: number) => Math.sign(acc[b]! - acc[a]!);
  // A common word keeps thousands of names: take the best few in order rather than sort them all.
  const room = limit * TUNING.retrieval.namesPerEntry;
  const ranked = kept.length > room ? bestNames(kept, acc, room) : kept.sort(byScore);
  let chosen = ranked.length > limit ? fewPerEntry(index, ranked, limit) : ranked;
  // A few entries' many aliases filled the room: rank every name after all.
  if (chosen.length < limit && kept.length > room) chosen = fewPerEntry(index, kept.sort(byScore), limit);
  for (let k = 0; k < touchedCount; k++) acc[touched[k]!] = 0;
  return chosen;
}

/** Whether an entry carrying `name` has a name the query has credited with at least `weight`. */
function entryShares(index: MatchIndex, name: number, acc: Float32Array, weight: number): boolean {
  for (let k = index.occurrenceStart[name]!, end = index.occurrenceStart[name + 1]!; k < end; k++) {
    const entry = index.occurrenceEntry[k]!;
    for (let n = index.entryNameStart[entry]!, last = index.entryNameStart[entry + 1]!; n < last; n++) {
      if (acc[index.entryNameList[n]!]! >= weight) return true;
    }
  }
  return false;
}

/** The query's words' summed rarity: what a name holding all of them exactly would be credited. */
function queryWeight(index: MatchIndex, query: NameToken[]): number {
  const unknown = Math.log(index.nameTokens.length + 1);
  let sum = 0;
  for (const token of query) {
    if (token.kind !== 'word') continue;
    const id = index.tokenIds.get(token.text);
    sum += id === undefined ? unknown : index.idf[id]!;
  }
  return sum;
}

/**
 * Names a rare query word may abbreviate ("hotincol", "cagl"), each once: looked up by the first
 * letters its first two or three tokens would give (abbreviationKeys), then checked whole. A word
 * most names know is a word, not an abbreviation.
 */
function abbreviatedNames(index: MatchIndex, word: string, found: (name: number) => void): void {
  const id = index.tokenIds.get(word);
  if (id !== undefined && index.postingStart[id + 1]! - index.postingStart[id]! > ABBREVIATION_MAX_NAMES) return;
  const seen = new Set<number>();
  for (const key of abbreviationProbes(word)) {
    for (const name of index.abbreviations.get(key) ?? []) {
      if (seen.has(name)) continue;
      seen.add(name);
      if (abbreviatesStart(word, index.nameTokens[name]!)) found(name);
    }
  }
}

/** A word in as many names as this is taken as itself. */
const ABBREVIATION_MAX_NAMES = 2;
/** Letters the first and second tokens of a syllabic abbreviation give at most, for its lookup keys. */
const SYLLABLE_MAX = 3;

/** The keys under which names `word` may abbreviate are filed: its first three letters as initials; for a syllabic one, its letters where the second and third tokens may begin. */
function abbreviationProbes(word: string): number[] {
  if (word.length < ABBREVIATION_KEY) return [];
  const probes = new Set([letterKey(word, 0, 1, 2)]);
  if (word.length >= SYLLABIC_ABBREVIATION_MIN) {
    for (let second = 1; second <= SYLLABLE_MAX; second++) {
      for (let third = second + 1; third <= second + SYLLABLE_MAX && third < word.length; third++) probes.add(letterKey(word, 0, second, third));
    }
  }
  return [...probes];
}

/**
 * The acronyms runs of the query's tokens give, as abbreviationCandidates pairs a list word with a
 * run: each word its first letter, particles, legal forms and initials theirs or none
 * ("bank severny morskoy put" -> "bsm", "bsmp", "smp" ...).
 */
function queryAcronyms(query: NameToken[]): Set<string> {
  const acronyms = new Set<string>();
  let steps = 0;
  const extend = (j: number, text: string): void => {
    if (--steps < 0) return;
    if (text.length >= ACRONYM_MIN) acronyms.add(text);
    for (; text.length < ACRONYM_MAX && j < query.length && query[j]!.kind !== 'number'; j++) {
      extend(j + 1, text + query[j]!.text[0]);
      if (!isOmissible(query[j]!)) return;
    }
  };
  query.forEach((token, start) => {
    steps = ACRONYM_STEPS;
    if (token.kind === 'word' || token.kind === 'legal') extend(start + 1, token.text[0]!);
  });
  return acronyms;
}

/** A list word of two letters is more often a name ("li", "wu") than an acronym of the query's words. */
const ACRONYM_MIN = 3;
/** Runs tried from one start: each particle on the way doubles them ("x of of of ..." would try thousands). */
const ACRONYM_STEPS = 40;

/** The `room` best of `names` by score, best first; ties keep their order (as a stable sort would). */
function bestNames(names: number[], acc: Float32Array, room: number): number[] {
  const top: number[] = [];
  for (const name of names) {
    const score = acc[name]!;
    if (top.length === room && score <= acc[top[room - 1]!]!) continue;
    let at = top.length < room ? top.push(name) - 1 : room - 1;
    while (at > 0 && acc[top[at - 1]!]! < score) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = name;
  }
  return top;
}

/**
 * The best `limit` names, at most `TUNING.retrieval.namesPerEntry` of each entry: an entry with
 * dozens of aliases ("QADHAFI, Muammar" has 40) must not crowd out every other entry the query
 * resembles. A name several entries share counts against each and is skipped when all are full.
 */
function fewPerEntry(index: MatchIndex, ranked: number[], limit: number): number[] {
  const perEntry = TUNING.retrieval.namesPerEntry;
  const taken = new Map<number, number>();
  const chosen: number[] = [];
  for (const name of ranked) {
    let room = false;
    for (let k = index.occurrenceStart[name]!, end = index.occurrenceStart[name + 1]!; k < end; k++) {
      if ((taken.get(index.occurrenceEntry[k]!) ?? 0) < perEntry) room = true;
    }
    if (!room) continue;
    for (let k = index.occurrenceStart[name]!, end = index.occurrenceStart[name + 1]!; k < end; k++) {
      const entry = index.occurrenceEntry[k]!;
      taken.set(entry, (taken.get(entry) ?? 0) + 1);
    }
    chosen.push(name);
    if (chosen.length === limit) break;
  }
  return chosen;
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
