/**
 * What the index files words and names under, derived the same way when it is built and when a
 * query looks them up: fuzzy keys (sound-alike forms, their one-letter deletions, consonant
 * skeletons, the consonants of East Slavic and Arabic spellings) in one hashed table, abbreviation
 * keys (first letters), and words run together with the Arabic article.
 */
import { isOmissible, TRUNCATED_MIN } from './compare/abbreviations.js';
import type { NameToken } from './normalize/pipeline.js';
import { abjadSkeletons, consonantKeys, mccuneReischauerRun } from './normalize/phonetic.js';
import { isArabicArticle } from './normalize/tokens.js';
import { isKnownArabicName } from './normalize/vocabulary.js';

/** A leading word this short glued to the next is a particle or prefix ("al", "el", "abd", "bin"). */
export const PARTICLE_MAX = 3;
export const MIN_FUZZY_LENGTH = 3;
export const FNV_OFFSET = 0x811c9dc5;
export const SKELETON_OFFSET = 0x2545f491;
const CONSONANT_OFFSET = 0x3c6ef372;

/** FNV-1a hash of `text` without the character at `skip` (-1: none): numeric keys, no substrings built. */
export function hashWithout(text: string, skip: number, offset = FNV_OFFSET): number {
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
export function fuzzyKeys(token: NameToken, forQuery: boolean): number[] {
  const out = keyScratchList;
  out.length = 0;
  soundKeys(out, token.phon);
  // A Russian "yo" also under its "e" spelling, both ways ("semyonov" and "semenov" share keys).
  if (token.yoPhon !== undefined) soundKeys(out, token.yoPhon);
  if (token.skel.length >= 2 && (!forQuery || token.vowelless)) addKey(out, hashWithout(token.skel, -1, SKELETON_OFFSET));
  // An Arabic or Hebrew word under the skeletons its Latin spellings have (abjadSkeletons), two
  // consonants included (يعقوب "yqwb" is Yaqoub's "kb": w and y are its long vowels), and with the
  // article written into it ("altkryty") under the word's own as well.
  if (forQuery && token.abjad) {
    for (const skeleton of abjadSkeletons(token.text)) {
      if (skeleton.length >= 2) addKey(out, hashWithout(skeleton, -1, SKELETON_OFFSET));
      if (token.text.startsWith('al') && skeleton.length >= 4) addKey(out, hashWithout(skeleton, 0, SKELETON_OFFSET));
    }
  }
  // A list word under the form a Chinese or Korean syllable query takes ("lee" as "i" for 이).
  if (!forQuery && token.syllablePhon !== token.phon) addKey(out, hashWithout(token.syllablePhon, -1));
  // A list word under its consonants as East Slavic and Arabic spellings share them (consonantKeys);
  // a query word looks these up apart (word-lookups.ts), as fuzzy keys' similarity does not find them.
  if (!forQuery) for (const key of consonantHashes(token)) addKey(out, key);
  return out;
}

/**
 * A word's consonantKeys, hashed: the index files a list word under them and a query word looks them
 * up. None for a word written without vowels (its skeletons find it) or a known Arabic given name,
 * whose spellings the fuzzy keys find and whose consonants others share
 * (Muhammad and Mahmud are both "mhmd").
 */
export function consonantHashes(token: NameToken): number[] {
  return token.vowelless || isKnownArabicName(token.text) ? NO_KEYS : consonantKeys(token.text).map((key) => hashWithout(key, -1, CONSONANT_OFFSET));
}

const NO_KEYS: number[] = [];

/** A sound-alike form's keys: itself and its one-letter deletions. */
export function soundKeys(out: number[], phon: string): void {
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
export function articleCompound(tokens: NameToken[], i: number): string | undefined {
  const first = tokens[i]!;
  const article = tokens[i + 1];
  const second = tokens[i + 2];
  // Abjad words without vowels are found by their skeletons, not glued ("wdh al yd").
  if (!article || !isArabicArticle(article) || first.kind !== 'word' || second?.kind !== 'word' || first.vowelless || second.vowelless) return undefined;
  return first.text + article.text + second.text;
}

/**
 * The same compound with an article assimilated to the next word written "al" ("abd as salam" ->
 * "abdalsalam"), as a list may spell it ("Abdulsalam", an edit from it and two from "abdassalam");
 * undefined when the article is "al" already, or the tokens are no such run.
 */
export function plainArticleCompound(tokens: NameToken[], i: number): string | undefined {
  if (tokens[i + 1]?.text === 'al' || articleCompound(tokens, i) === undefined) return undefined;
  return tokens[i]!.text + 'al' + tokens[i + 2]!.text;
}

/**
 * Two words of a Persian or Turkic surname written apart, as one ("nasser zadeh" -> "nasserzadeh",
 * "pour kazemi" -> "pourkazemi"), as another list writes the compound ("Naserzadeh", "Porkazemi");
 * undefined when the tokens from `i` are no such pair.
 */
export function surnameCompound(tokens: NameToken[], i: number): string | undefined {
  const first = tokens[i]!;
  const second = tokens[i + 1];
  if (first.kind !== 'word' || second?.kind !== 'word' || first.syllabic || second.syllabic || first.abjad || second.abjad) return undefined;
  return SURNAME_ENDINGS.has(second.text) || SURNAME_BEGINNINGS.has(first.text) ? first.text + second.text : undefined;
}

/**
 * Two Hangul syllables run together as the lists' English names write them ("금산" -> "kumsan",
 * mccuneReischauerRun); undefined when the tokens from `i` are no such pair. The fuzzy keys find
 * the spellings an edit from it ("Daesong").
 */
export function koreanCompound(tokens: NameToken[], i: number): string | undefined {
  const first = tokens[i]!;
  const second = tokens[i + 1];
  return first.hangul && second?.hangul ? mccuneReischauerRun(first.text + second.text) : undefined;
}

/** Words that end a Persian or Turkic compound surname (-zadeh "born of", -nejad "lineage", -pour "son of", -far, -nia ...). */
const SURNAME_ENDINGS = new Set([
  'zadeh', 'zade', 'zada', 'zadah', 'nejad', 'nezhad', 'nejhad', 'nijad', 'nizhad', 'pour', 'pur', 'poor', 'fard', 'far', 'nia', 'niya',
  'rad', 'doust', 'dust', 'doost', 'panah', 'manesh', 'vand', 'khah', 'lou', 'loo', 'zai', 'zay',
]);
/** Words that begin one ("Pour Kazemi", "Mir Hosseini"). */
const SURNAME_BEGINNINGS = new Set(['pour', 'pur', 'poor', 'mir']);

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

export function fuzzyTable(tokens: NameToken[]): FuzzyTable {
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
export function abbreviationKeys(tokens: NameToken[], name: number, keys: Map<number, number[]>): void {
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
export function letterKey(text: string, ...at: number[]): number {
  let key = 0;
  for (const i of at) key = key * 27 + letterCode(text, i);
  return key;
}

export const ABBREVIATION_KEY = 3;
