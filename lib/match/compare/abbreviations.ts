/**
 * Abbreviation pairings: a word of one name that abbreviates a run of the other's, as an acronym or
 * syllables run together (abbreviationCandidates), and the same search for retrieval and the index
 * (abbreviatesStart, isOmissible, TRUNCATED_MIN). Which words may abbreviate (ACRONYM_MAX,
 * SYLLABIC_ABBREVIATION_MIN) is in prepared-name.ts, which marks them once per name.
 */
import { isVowelless } from '../normalize/phonetic.js';
import { isInitial, type NameToken } from '../normalize/tokens.js';
import { TUNING } from '../tuning.js';
import { ACRONYM_MAX, positions, SYLLABIC_ABBREVIATION_MIN, type PreparedName } from './prepared-name.js';
import { charBit, letterBit } from './letter-bits.js';
import type { Candidate } from './pairings.js';

/**
 * A word of one name that abbreviates a run of consecutive tokens of the other: an acronym, the
 * run's initials ("ibm"; "cagl" for "compagnie aerienne des grands lacs", "scos" for "syrian chamber
 * of shipping", where particles and legal forms may give a letter or none), or, between
 * organizations, a syllabic abbreviation running the words' beginnings together, as Spanish and
 * Russian names are shortened ("hotincol" for "hoteles e inmuebles de colombia", "delcon" for
 * "distribuidora de elementos para la construccion"), or one long word cut short ("morspas").
 */
export function abbreviationCandidates(short: PreparedName, words: PreparedName, shortIsQuery: boolean, person: boolean, out: Candidate[]): void {
  // No word that can abbreviate (lettersPerToken) starts as a run of the other name may: most names stop here.
  if (!(words.runStarts & (person ? short.initialsStarts : short.acronymStarts | short.syllabicStarts))) return;
  const shortSide = short.tokens;
  const wordSide = words.tokens;
  for (let i = 0; i < shortSide.length; i++) {
    const word = shortSide[i]!;
    // No run of the other name starts with this word's letter: most words stop here. A word in
    // Arabic script abbreviates nothing: its letters are the word without its vowels ("sm", اسما).
    if (word.kind !== 'word' || word.abjad || !(words.runStarts & letterBit(word.text))) continue;
    const take = lettersPerToken(word.text, person);
    if (take === 0 || (take === 1 && !acronymFits(word.text, words.tokenStarts))) continue;
    newSearch(word.text, wordSide);
    for (let start = 0; start < wordSide.length; start++) {
      if (!mayStartRun(wordSide[start]!, word.text)) continue;
      const end = abbreviatedRunEnd(word.text, wordSide, start, 0, take, 0);
      if (end < 0) continue;
      const run = positions(start, end);
      const similarity = TUNING.similarity.abbreviation;
      out.push(shortIsQuery ? { q: positions(i, i + 1), e: run, similarity, structural: true, particles: false } : { q: run, e: positions(i, i + 1), similarity, structural: true, particles: false });
    }
  }
}

/**
 * Whether each letter of an acronym begins some token of the other name (`tokenStarts`), as each
 * letter must begin one of its run: most given names and short words of a name are no acronym of
 * the other's, and stop here without a search.
 */
function acronymFits(word: string, tokenStarts: number): boolean {
  for (let i = 0; i < word.length; i++) if (!(charBit(word.charCodeAt(i)) & tokenStarts)) return false;
  return true;
}

/** Small words an abbreviation may leave out besides particles ("para" in "delcon"). */
const OMISSIBLE_WORDS = new Set(['des', 'du', 'para', 'por', 'pour', 'per', 'imeni']);

/**
 * Where a run of `tokens` from `j` ends (exclusive) when `text` from `pos` is made of the beginnings
 * of its tokens in order, each giving 1..`take` letters; -1 when it is not. Every word of the run
 * gives a letter; particles, legal forms, initials and omissible words may give none. At least two
 * tokens give letters, unless one long word was cut short (isTruncation). Syllables of two words end
 * on a syllable: "hadid" is no abbreviation of "hadianto djuliarso" ("hadi" + "d"), while three words
 * may end on an initial ("kamaz": kam + a + z). Depth-first, cut at the first letter that differs:
 * names are short.
 */
function abbreviatedRunEnd(text: string, tokens: NameToken[], j: number, pos: number, take: number, gave: number, lastGaveOne = false): number {
  if (--searchSteps < 0) return -1;
  if (pos === text.length) return (gave >= 2 && (take === 1 || gave > 2 || !lastGaveOne)) || isTruncation(text, tokens[j - 1]!, gave, take) ? j : -1;
  if (j >= tokens.length) return -1;
  // The answer from here depends on (j, pos, gave as 0, 1, 2 or 3+, lastGaveOne) only: each failure is tried once.
  const state = ((j * (text.length + 1) + pos) * 4 + Math.min(gave, 3)) * 2 + (lastGaveOne ? 1 : 0);
  if (failed[state] === searchId) return -1;
  const token = tokens[j]!;
  if (token.kind !== 'number') {
    let common = 0;
    const most = Math.min(take, token.text.length, text.length - pos);
    while (common < most && token.text.charCodeAt(common) === text.charCodeAt(pos + common)) common++;
    for (let letters = common; letters >= 1; letters--) {
      const end = abbreviatedRunEnd(text, tokens, j + 1, pos + letters, take, gave + 1, letters === 1);
      if (end >= 0) return end;
    }
  }
  const end = isOmissible(token) && gave > 0 ? abbreviatedRunEnd(text, tokens, j + 1, pos, take, gave, lastGaveOne) : -1;
  if (end < 0) failed[state] = searchId;
  return end;
}

/** Failed search states, marked with the id of the search that tried them (no clearing between searches). */
let failed = new Uint32Array(4096);
let searchId = 0;

/** A new search for `word` among `tokens`: its step budget and its own failure marks. */
function newSearch(word: string, tokens: NameToken[]): void {
  searchSteps = SEARCH_STEPS;
  searchId++;
  const states = (tokens.length + 1) * (word.length + 1) * 8;
  if (failed.length < states) {
    failed = new Uint32Array(states * 2);
    searchId = 1;
  }
}

/**
 * Steps left to the search for one word's runs, over every start. A name of many one-letter words
 * ("A A A ... Z", up to the 300-character limit) could make it try millions of ways; real
 * abbreviations need a few dozen steps.
 */
let searchSteps = 0;
const SEARCH_STEPS = 400;

/**
 * One long word cut short, at least half of it kept ("morspas" for "morspassluzhba"), as fixed-width
 * fields cut names: syllabic abbreviations only (organizations), never a person's name.
 */
function isTruncation(text: string, token: NameToken, gave: number, take: number): boolean {
  return gave === 1 && take > 1 && text.length >= TRUNCATED_MIN && text.length < token.text.length && text.length * 2 >= token.text.length;
}

export const TRUNCATED_MIN = 6;

/** A token an abbreviation may leave out: particles, legal forms, places, initials, omissible words. */
export function isOmissible(token: NameToken): boolean {
  return token.kind === 'stop' || token.kind === 'legal' || token.kind === 'place' || isInitial(token) || OMISSIBLE_WORDS.has(token.text);
}

/**
 * Whether `word` abbreviates the run an organization's name begins with (after any leading
 * particles and legal forms), as abbreviationCandidates would pair them: how retrieval checks a
 * name its keys found.
 */
export function abbreviatesStart(word: string, tokens: NameToken[], acronymOnly = false): boolean {
  const take = acronymOnly ? Math.min(1, lettersPerToken(word, false)) : lettersPerToken(word, false);
  if (take === 0) return false;
  newSearch(word, tokens);
  for (let start = 0; start < tokens.length; start++) {
    if (mayStartRun(tokens[start]!, word) && abbreviatedRunEnd(word, tokens, start, 0, take, 0) >= 0) return true;
    if (!isOmissible(tokens[start]!)) return false;
  }
  return false;
}

/** Whether `word`, an acronym, abbreviates a run anywhere in `tokens` (as abbreviationCandidates would pair them). */
export function abbreviatesRun(word: string, tokens: NameToken[]): boolean {
  newSearch(word, tokens);
  for (let start = 0; start < tokens.length; start++) {
    if (mayStartRun(tokens[start]!, word) && abbreviatedRunEnd(word, tokens, start, 0, 1, 0) >= 0) return true;
  }
  return false;
}

/** Letters each token may give to `word` as an abbreviation: 1 for an acronym, any for syllables, 0 when it can be neither. */
function lettersPerToken(word: string, person: boolean): number {
  if (word.length < 2) return 0;
  if (!person && word.length >= SYLLABIC_ABBREVIATION_MIN) return word.length;
  // A person's word with a vowel is a name, not initials run together: "Sa" is no S. A. (Saavedra Arce),
  // "Orr" no O. R. R.; dotted initials stay apart in a person's name (splitDottedInitials).
  if (person && !isVowelless(word)) return 0;
  return word.length <= ACRONYM_MAX ? 1 : 0;
}

/** A run starts on a word (or a legal form: "compagnie") with the abbreviation's first letter: most starts end here. */
function mayStartRun(token: NameToken, word: string): boolean {
  return (token.kind === 'word' || token.kind === 'legal') && token.text[0] === word[0];
}
