/**
 * What retrieval finds in the index for a query word, cached on the index per word: the dictionary
 * words similar to it (exactly, or under a shared fuzzy key and then compared), and the names in
 * which two dictionary words it runs together, or two query words, stand side by side.
 */
import type { MatchIndex } from './index.js';
import { balticStem, tokenSimilarity } from './compare/similarity.js';
import type { NameToken } from './normalize/pipeline.js';
import { remembered } from './remember.js';
import { rememberSimilarity } from './compare/pairings.js';
import { makeToken, meaningOf } from './normalize/tokens.js';
import { SUN_SOUNDS } from './normalize/vocabulary.js';
import { abjadSkeleton, phoneticForm } from './normalize/phonetic.js';
import { TUNING } from './tuning.js';
import { consonantHashes, fuzzyKeys, hashWithout, MIN_FUZZY_LENGTH, PARTICLE_MAX, SKELETON_OFFSET, soundKeys } from './index-keys.js';

/** Marks a Chinese or Korean syllable's cache entry: it compares by sound only, not as a Latin word spelled alike. */
const SYLLABLE_KEY = '\u0001';
/** Marks an Arabic-script word's cache entry: it looks up more keys than a Latin word spelled alike. */
const ABJAD_KEY = '\u0002';

/** Dictionary tokens similar to a query token, with their similarity (exact first); cached per token. */
export function similarTokens(index: MatchIndex, token: NameToken): ReadonlyMap<number, number> {
  const cacheKey = token.syllabic ? `${SYLLABLE_KEY}${token.text}` : token.abjad ? `${ABJAD_KEY}${token.text}` : token.text;
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
export function gluedNames(index: MatchIndex, word: string): readonly number[] {
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
    if (names.length) return names;
    return index.tokenIds.has(word) ? NO_NAMES : namesOfThreeGlued(index, word);
  });
}

/**
 * Names in which three words stand together that an unknown word runs together ("aircargopro" for
 * "air cargo pro", "kyrgyztransavia"): each piece a word of three letters or more, the first no particle.
 */
function namesOfThreeGlued(index: MatchIndex, word: string): readonly number[] {
  const { tokenIds, tokens, nameTokens } = index;
  for (let first = THREE_GLUED_MIN; first <= word.length - 2 * THREE_GLUED_MIN; first++) {
    const left = tokenIds.get(word.slice(0, first));
    if (left === undefined || tokens[left]!.kind !== 'word') continue;
    for (let second = first + THREE_GLUED_MIN; second <= word.length - THREE_GLUED_MIN; second++) {
      const mid = tokenIds.get(word.slice(first, second));
      const last = mid === undefined ? undefined : tokenIds.get(word.slice(second));
      if (last === undefined) continue;
      const lastText = tokens[last]!.text;
      const midText = tokens[mid!]!.text;
      const names = adjacentNames(index, left, mid!).filter((name) => {
        const words = nameTokens[name]!;
        for (let i = 0; i + 1 < words.length; i++) if (words[i]!.text === midText && words[i + 1]!.text === lastText) return true;
        return false;
      });
      if (names.length) return names;
    }
  }
  return NO_NAMES;
}

/** The shortest piece of a word that runs three together. */
const THREE_GLUED_MIN = 3;

const NO_NAMES: readonly number[] = [];

/** The names in which dictionary word `left` is followed by `right`, or words meaning them ("nauchno proizvodstvennoe"), from the rarer one's postings. */
export function adjacentNames(index: MatchIndex, left: number, right: number): readonly number[] {
  return remembered(index.gluedCache, left * index.tokens.length + right, SIMILAR_CACHE_LIMIT, () => namesWithRun(index, left, right));
}

function namesWithRun(index: MatchIndex, left: number, right: number): readonly number[] {
  const { postingStart, postings, nameTokens, tokens } = index;
  const [leftText, rightText] = [meaningOf(tokens[left]!).text, meaningOf(tokens[right]!).text];
  const rarer = postingStart[left + 1]! - postingStart[left]! <= postingStart[right + 1]! - postingStart[right]! ? left : right;
  const names: number[] = [];
  for (let p = postingStart[rarer]!, end = postingStart[rarer + 1]!; p < end; p++) {
    const name = postings[p]!;
    const words = nameTokens[name]!;
    for (let i = 0; i + 1 < words.length; i++) {
      if (meaningOf(words[i]!).text === leftText && meaningOf(words[i + 1]!).text === rightText) {
        names.push(name);
        break;
      }
    }
  }
  return names.length ? names : NO_NAMES;
}

/**
 * In Arabic script, a word and the next, the article's word ("هدايت الله", "جلال الدين") or another
 * ("أبو بكر"), as the one word Latin writes ("Hidayatullah", "Jalaluddin", "Abubakar"): the dictionary
 * words under the skeleton of both, the article assimilated. Cached per pair, as similarTokens is per word.
 */
export function abjadCompounds(index: MatchIndex, word: NameToken, next: NameToken): ReadonlyMap<number, number> {
  return remembered(index.similarCache, `${ABJAD_KEY}${word.text} ${next.text}`, SIMILAR_CACHE_LIMIT, () => {
    const found = new Map<number, number>();
    const key = hashWithout(abjadSkeleton(word.text) + abjadSkeleton(next.text.startsWith('al') ? next.text.slice(2) : next.text), -1, SKELETON_OFFSET);
    lookUpKeys(index, makeToken(word.text + next.text, 'word', false, true), [key], found);
    return found.size ? found : NOTHING_SIMILAR;
  });
}

/**
 * In Arabic script, a word before the article's word ("عبد الرحمن", abd al-rahman) as Latin writes it
 * with the article attached and the next word apart ("Abdur Rehman", "Abdul Rahman"): the dictionary
 * words under the skeleton of the word and the article, assimilated before a sun letter (r of "ar") or not (l of "al").
 * Cached per pair.
 */
export function abjadWithArticle(index: MatchIndex, word: NameToken, articleWord: NameToken): ReadonlyMap<number, number> {
  return remembered(index.similarCache, `${ABJAD_KEY}${word.text} ${articleWord.text}+`, SIMILAR_CACHE_LIMIT, () => {
    const found = new Map<number, number>();
    const skeleton = abjadSkeleton(word.text);
    const sun = SUN_SOUNDS.find((sound) => articleWord.text.startsWith(sound, 2));
    for (const article of sun ? ['l', abjadSkeleton(sun)] : ['l']) {
      lookUpKeys(index, makeToken(`${word.text}${article}`, 'word', false, true), [hashWithout(skeleton + article, -1, SKELETON_OFFSET)], found);
    }
    return found.size ? found : NOTHING_SIMILAR;
  });
}

const FUZZY_FLOOR_BELOW_MINIMUM = TUNING.retrieval.fuzzyMinimum <= TUNING.similarity.minimum;

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
  // Under a consonant key, at the similarity of a sound-alike: compareNames decides, by the names,
  // whether they are one word (and a hash collision only adds a candidate it turns down).
  lookUpKeys(index, token, consonantHashes(token), found, TUNING.similarity.phonetic);
  return found.size ? found : NOTHING_SIMILAR;
}

/** Adds to `found` the dictionary tokens under `keys` similar enough to `token`, or all of them at `similarity` when given. */
function lookUpKeys(index: MatchIndex, token: NameToken, keys: readonly number[], found: Map<number, number>, similarity?: number): void {
  const { start, keys: tableKeys, ids, mask } = index.fuzzy;
  for (const key of keys) {
    const bucket = key & mask;
    for (let p = start[bucket]!, end = start[bucket + 1]!; p < end; p++) {
      const id = ids[p]!;
      if (tableKeys[p] !== key || found.has(id)) continue;
      let alike = similarity;
      if (alike === undefined) {
        alike = tokenSimilarity(token, index.tokens[id]!, TUNING.retrieval.fuzzyMinimum);
        // At a floor no higher than compareNames' own, for it to read (rememberSimilarity).
        if (FUZZY_FLOOR_BELOW_MINIMUM) rememberSimilarity(token, index.tokens[id]!, alike);
      }
      if (alike >= TUNING.retrieval.fuzzyMinimum) found.set(id, alike);
    }
  }
}
