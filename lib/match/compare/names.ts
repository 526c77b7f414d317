/**
 * Name alignment: which query tokens correspond to which entry tokens, and a score from it.
 * Tolerates reordering, typos, missing middle names, initials, and glued or split tokens
 * ("jsc argument" ~ "jscargument"); one strong part out of several stays weak (OFAC FAQ 5).
 */
import { chineseOf, isInitial, makeToken, MARRIED_DE, type NameToken } from '../normalize/tokens.js';
import { ARABIC_ARTICLES, GENERIC_ORGANIZATION_WORDS } from '../normalize/vocabulary.js';
import { TUNING } from '../tuning.js';
import { sameCognate, tokenSimilarity } from './similarity.js';
import { remembered } from '../remember.js';
import { pinyinSyllable, sameSyllable } from '../normalize/pinyin.js';
import { arabicConsonants, firstSound, isVowelless, syllablePhoneticForm } from '../normalize/phonetic.js';

export interface TokenPairing {
  /** Query token(s), space-joined when several glued together. */
  query: string;
  entry: string;
  similarity: number;
}

export interface NameComparison {
  score: number;
  alignment: TokenPairing[];
  /** Query and entry tokens left unaligned. */
  unmatchedQuery: string[];
  unmatchedEntry: string[];
  detail: string;
}

/** Token weight: kind, length and (when known) rarity. `rarity` returns a multiplier, 1 when unknown. */
export type Rarity = (token: NameToken) => number;
export const NO_RARITY: Rarity = () => 1;

export function tokenWeight(token: NameToken, rarity: Rarity): number {
  const w = TUNING.tokens;
  switch (token.kind) {
    case 'legal':
      return w.legal;
    case 'stop':
      return w.stop;
    case 'place':
      return w.place;
    case 'number':
      return w.number;
    default: {
      const length = isInitial(token) ? w.initial : token.text.length <= 2 ? w.short : 1;
      const generic = GENERIC_ORGANIZATION_WORDS.has(token.text) ? w.generic : 1;
      return w.word * length * generic * rarity(token);
    }
  }
}

/** A name ready for comparison: tokens, their weights and their glued runs, computed once. */
export interface PreparedName {
  tokens: NameToken[];
  /** Per token its id, side by side: the similarity table is looked up by these without reaching the tokens, scattered over the heap. */
  ids: Int32Array;
  /** A typed array: a plain one is of small integers for some names and of doubles for others, and the loops reading it deopted on each change. */
  weights: Float64Array;
  /** Runs of 2..GLUE_MAX adjacent tokens glued into one word ("jsc argument" -> "jscargument"). */
  glued: GluedRun[];
  /** Bit c - 'a' set when a word or legal form starts with letter c: where an abbreviation's run may start. */
  runStarts: number;
  /** startBit of every token but numbers: the letters an acronym's run can give (see acronymFits). */
  tokenStarts: number;
  /** Bits of the first letters and first sounds of its words and numbers of two characters or more: which glued runs of another name may pair with one (mayGlue). */
  glueStarts: number;
  /** The longest token's length. */
  longest: number;
  /** Its glued runs' first letters and sounds (every bit when one has no vowels), and their shortest partner: whether any can pair with another name's words. */
  gluedStarts: number;
  shortestGluedPartner: number;
  /**
   * Per glued run, its start bits (startBit of its first letter and first sound; every bit when it
   * has no vowels) and its shortest partner, side by side: gluedCandidates passes over most runs on
   * these alone, without reaching the runs themselves.
   */
  gluedChecks: Int32Array;
  /** letterBit of its words that can be an acronym (2-5 letters) and of those that can be a syllabic abbreviation (5 letters or more): see lettersPerToken. */
  acronymStarts: number;
  syllabicStarts: number;
  /** Per token, 1 when it is part of a person's lineage (see lineageOf); undefined when the name has none. */
  lineage: Uint8Array | undefined;
  /** Per token, 1 for a word of a name that carries the Arabic article ("muhammad al-ghamari"); undefined for other names. */
  arabicWords: Uint8Array | undefined;
  /** Per token its pinyinSyllable ('' for a legal form, generic word ...) when the name is written in pinyin syllables (pinyinWords); undefined for other names. */
  pinyin: string[] | undefined;
}

/**
 * Similarities already computed, per pair of tokens: a query meets the same list tokens in many
 * candidate names, and a nightly re-screening meets the same given names and surnames in many parties.
 * A fixed table of typed arrays, a slot per hash of the two tokens' ids, a new pair taking the slot of
 * the old: no object per pair. A Map of Maps bounded at a million pairs filled and was dropped over
 * and over on sign-ups' ever new names, each pair living long enough to reach V8's old space, which
 * at 200 sign-ups/s with 20 owners grew 3.5 MB/s and was marked and compacted every 30 s.
 */
const PAIR_SLOTS = 1 << 20;
/**
 * Per slot 16 bytes, one cache line: the two token ids (0, which no token has, marks an empty slot)
 * and their similarity. Ids and similarities in two arrays cost two cache misses per lookup, the
 * costliest line of comparing names in a profile of 20-owner sign-ups.
 */
const pairBuffer = new ArrayBuffer(16 * PAIR_SLOTS);
const pairIds = new Int32Array(pairBuffer);
const pairSimilarities = new Float64Array(pairBuffer);

/** tokenSimilarity(own, other), remembered; their ids given when at hand (PreparedName.ids). */
function rememberedSimilarity(own: NameToken, other: NameToken, ownId = own.id, otherId = other.id): number {
  const slot = (Math.imul(ownId, 0x9e3779b1) ^ Math.imul(otherId, 0x85ebca6b)) >>> 12;
  if (pairIds[4 * slot] === ownId && pairIds[4 * slot + 1] === otherId) return pairSimilarities[2 * slot + 1]!;
  const similarity = tokenSimilarity(own, other);
  pairIds[4 * slot] = ownId;
  pairIds[4 * slot + 1] = otherId;
  pairSimilarities[2 * slot + 1] = similarity;
  return similarity;
}

/**
 * Adjacent tokens glued into one word. Its token (sound-alike keys and all) is built only when a
 * comparison gets past the cheap length and letter checks: most query runs never do.
 */
interface GluedRun {
  run: number[];
  text: string;
  syllabic: boolean;
  abjad: boolean;
  vowelless: boolean;
  /** phon[0] of its token. */
  sound: string;
  /** The shortest word it can pair with: each joint may have cost up to two letters. */
  shortestPartner: number;
  /**
   * startBit of the pinyin its first word may spell in Wade-Giles (chineseStarts): "tse tung" may be
   * run together as "zedong".
   */
  readingStarts: number;
  /** Built when first needed (gluedToken); the field exists from creation, so every run keeps one hidden class. */
  token: NameToken | undefined;
  /** Its tokens' sound-alike forms, space-separated: the key under which rememberedSpelling keeps what a word spells of them. */
  sounds: string | undefined;
}

function gluedToken(glued: GluedRun): NameToken {
  return (glued.token ??= makeToken(glued.text, 'word', glued.syllabic, glued.abjad));
}

export function prepareName(tokens: NameToken[], rarity: Rarity = NO_RARITY): PreparedName {
  const glued: GluedRun[] = [];
  for (let start = 0; start + 1 < tokens.length; start++) {
    let text = tokens[start]!.text;
    let syllabic = tokens[start]!.syllabic;
    const readingStarts = chineseStarts(tokens[start]!);
    const longest = syllabic && tokens.slice(start, start + GLUE_MAX_SYLLABLES).every((t) => t.syllabic) ? GLUE_MAX_SYLLABLES : GLUE_MAX;
    for (let end = start + 1; end < Math.min(tokens.length, start + longest); end++) {
      text += tokens[end]!.text;
      syllabic ||= tokens[end]!.syllabic;
      const run = positions(start, end + 1);
      glued.push({
        run, text, syllabic, abjad: run.every((k) => tokens[k]!.abjad), vowelless: isVowelless(text), sound: firstSound(text, syllabic),
        shortestPartner: text.length - 2 * run.length, readingStarts, token: undefined, sounds: undefined,
      });
    }
  }
  let runStarts = 0;
  let tokenStarts = 0;
  let glueStarts = 0;
  let longest = 0;
  let acronymStarts = 0;
  let syllabicStarts = 0;
  for (const token of tokens) {
    if (token.kind === 'word' || token.kind === 'legal') runStarts |= letterBit(token.text);
    if (token.kind !== 'number') tokenStarts |= startBit(token.text);
    if ((token.kind === 'word' || token.kind === 'number') && token.text.length >= 2) glueStarts |= startBit(token.text) | startBit(token.phon);
    if (token.kind === 'word' && token.text.length >= 2) {
      if (token.text.length <= ACRONYM_MAX) acronymStarts |= letterBit(token.text);
      if (token.text.length >= SYLLABIC_ABBREVIATION_MIN) syllabicStarts |= letterBit(token.text);
    }
    longest = Math.max(longest, token.text.length);
  }
  let gluedStarts = 0;
  let shortestGluedPartner = Infinity;
  const gluedChecks = new Int32Array(2 * glued.length);
  glued.forEach((run, r) => {
    const starts = run.vowelless ? ALL_STARTS : startBit(run.text) | startBit(run.sound) | run.readingStarts;
    gluedStarts |= starts;
    shortestGluedPartner = Math.min(shortestGluedPartner, run.shortestPartner);
    gluedChecks[2 * r] = starts;
    gluedChecks[2 * r + 1] = run.shortestPartner;
  });
  const weights = new Float64Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) weights[i] = tokenWeight(tokens[i]!, rarity);
  return { tokens, ids: Int32Array.from(tokens, (t) => t.id), weights, glued, runStarts, tokenStarts, glueStarts, longest, gluedStarts, shortestGluedPartner, gluedChecks, acronymStarts, syllabicStarts, lineage: lineageOf(tokens), arabicWords: arabicWords(tokens), pinyin: pinyinWords(tokens) };
}

/**
 * A name whose own words are pinyin syllables, two or more ("Hua Xing Da Co., Ltd."; legal forms,
 * generic words, numbers and places aside): per token its pinyinSyllable. Undefined for any other name.
 */
function pinyinWords(tokens: NameToken[]): string[] | undefined {
  const syllables: string[] = [];
  let words = 0;
  for (const token of tokens) {
    const own = (token.kind === 'word' || token.kind === 'stop') && !token.syllabic && !GENERIC_ORGANIZATION_WORDS.has(token.text);
    const syllable = own ? pinyinSyllable(token.text) : undefined;
    if (own && syllable === undefined && token.kind === 'word') return undefined;
    if (syllable !== undefined) words++;
    syllables.push(syllable ?? '');
  }
  return words >= 2 ? syllables : undefined;
}

/**
 * The same consonants, w and y included, in the same order: "ghommari" and "ghamari" (ghmr),
 * "kowari" and "kuwari" (kwr), but not "hassan" (hsn) and "hussein" (hsyn, the y of Husayn). A lone
 * i between consonants may be that y ("karim" ~ "kuraym", krym); an a or u may not. Three consonants
 * at least: two say too little.
 */
function sameArabicConsonants(a: string, b: string): boolean {
  const [ca, cb] = [consonantsOf(a), consonantsOf(b)];
  if (ca.length < 3) return false;
  return ca === cb || (ca.length !== cb.length && (consonantsOf(MEDIAL_I_AS_Y + a) === cb || ca === consonantsOf(MEDIAL_I_AS_Y + b)));
}

/** Marks a consonants key read with each lone medial i as the long vowel y writes: "ghabish" as ghbysh, Ghubaysh's. */
const MEDIAL_I_AS_Y = '\u0001';
const MEDIAL_I = /(?<=[^aeiouy])i(?=[^aeiouy])/g;

/** arabicConsonants, remembered: every candidate name with the article asks again for the same words. */
const consonantsOf = (key: string) => remembered(arabicConsonantCache, key, 100_000, () =>
  key.startsWith(MEDIAL_I_AS_Y) ? arabicConsonants(key.slice(1).replace(MEDIAL_I, 'y')) : arabicConsonants(key));
const arabicConsonantCache = new Map<string, string>();

/** The words of a name with the Arabic article in it: Arabic words, whose spellings differ in the vowels Arabic leaves unwritten. */
function arabicWords(tokens: NameToken[]): Uint8Array | undefined {
  if (!tokens.some((t, i) => i + 1 < tokens.length && t.kind === 'stop' && ARABIC_ARTICLES.has(t.text))) return undefined;
  return Uint8Array.from(tokens, (t) => (t.kind === 'word' ? 1 : 0));
}

/**
 * A person's lineage, as names carry it between the given name and the family name: the tokens
 * after the first patronymic particle up to the last token ("kamal [ben mohamed ben ahmed] darraji";
 * the last is the family name, "bin ladin" included), a patronymic ("vladimir [vladimirovich]
 * putin"), a Turkic father's name and its marker ("ilham [heydar oglu] aliyev"). Undefined when there
 * is none (most names).
 */
function lineageOf(tokens: NameToken[]): Uint8Array | undefined {
  let lineage = nameChain(tokens);
  const particle = particleAt(tokens);
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i] === MARRIED_DE) (lineage ??= new Uint8Array(tokens.length)).fill(MARRIED, i);
    const text = tokens[i]!.text;
    if ((particle >= 0 && i >= particle) || (tokens[i]!.kind === 'word' && PATRONYMIC.test(text))) (lineage ??= new Uint8Array(tokens.length))[i] = 1;
    // Turkic names give the father's name, then "son of" or "daughter of": "ilham heydar oglu aliyev".
    if (i >= 2 && TURKIC_PATRONYMIC.has(text)) (lineage ??= new Uint8Array(tokens.length))[i - 1] = lineage[i] = 1;
  }
  return lineage;
}

/**
 * An Arabic name's chain without "bin": the own name, the father's and grandfather's, then the family
 * name with the article ("ayman [muhammad rabi] al zawahiri", "khalid [abd al rahman hamd] al fawaz").
 * The names between the own name and that last "al" word, of a name of four words or more.
 */
function nameChain(tokens: NameToken[]): Uint8Array | undefined {
  const n = tokens.length;
  if (n < 4 || tokens[n - 2]!.kind !== 'stop' || !ARABIC_ARTICLES.has(tokens[n - 2]!.text) || !isStrong(tokens[n - 1]!)) return undefined;
  const k = ownNameAt(tokens) + 1;
  if (k >= n - 2) return undefined;
  const chain = new Uint8Array(n);
  chain.fill(1, k, n - 2);
  return chain;
}

/**
 * Lineage of a married name: "de" and the husband's surname, which a woman may give in place of her
 * mother's surname or leave out ("cardona de ibarra" ~ "cardona martinez"). Left over, it is no part
 * replaced (not strong; see isStrongLeft).
 */
const MARRIED = 2;

/** A token left over that counts as a part of the name replaced: a word or number, not a married name's. */
function isStrongLeft(token: NameToken, lineage: Uint8Array | undefined, i: number): boolean {
  return isStrong(token) && lineage?.[i] !== MARRIED;
}

const TURKIC_PATRONYMIC = new Set(['ugli', 'ogli', 'oglu', 'ogly', 'uly', 'uulu', 'kizi', 'qizi', 'kyzy', 'gizi', 'qyzy']);

/** Russian, Ukrainian and Belarusian patronymics ("ivanovich", "petrovna", "ivanauna", "andriyovych"). */
const PATRONYMIC = /(?:[oe]vi?tch|[oeaiy]vich|[oe]vych|[oe]vna|[iy]vna|auna|ichna)$/;

/** Token positions start .. end - 1 (a loop: Array.from on an array-like was most of prepareName's time). */
function positions(start: number, end: number): number[] {
  const run: number[] = [];
  for (let k = start; k < end; k++) run.push(k);
  return run;
}

/** The bit of a word's first letter (a-z), 0 for any other first character. */
function letterBit(text: string): number {
  return charBit(text.charCodeAt(0)) & ~OTHER_START;
}

/** letterBit, with bit 26 for any other first character (glueStarts). */
function startBit(text: string): number {
  return charBit(text.charCodeAt(0));
}

/** The bit of a character code: a-z, or bit 26 for any other. */
function charBit(code: number): number {
  const c = code - 97;
  return c >= 0 && c < 26 ? 1 << c : OTHER_START;
}

const OTHER_START = 1 << 26;
const ALL_STARTS = -1;

/** Every field set at creation, structural and particles too: one hidden class, where compareNames' loops deopted on each new one. */
interface Candidate {
  q: number[];
  e: number[];
  similarity: number;
  /** Structural pairings (acronym, initial, legal form) count their similarity as is, never bent by alignedContribution. */
  structural: boolean;
  /** Two particles ("al" ~ "al") pair last: a glued run may need one ("abd al hakim" ~ "abdelhakim"). */
  particles: boolean;
}

const GLUE_MAX = 3;
/** Chinese and Korean names of companies run to four syllables ("a li ba ba", Alibaba). */
const GLUE_MAX_SYLLABLES = 4;

function isStrong(token: NameToken): boolean {
  return token.kind === 'word' || token.kind === 'number';
}

/**
 * A word that, rare enough, can be an organization's whole name on its own (see rareSinglePart). A
 * Chinese or Korean syllable is one sound of a name, never all of it ("삼" of 삼성 is not "SAM").
 */
function canBeDistinctive(token: NameToken): boolean {
  return isStrong(token) && !token.syllabic && !GENERIC_ORGANIZATION_WORDS.has(token.text);
}

/**
 * A vowelless word of two consonants ("dhk", ضحاك) pairs by skeleton with words of any vowels ("osk",
 * "saco", "chayka"): alike in sound, too little to be an organization's one distinctive word.
 */
function shortSkeletonGuess(token: NameToken, pairing: Candidate, entry: NameToken[]): boolean {
  return token.vowelless && token.skel.length < 3 && !pairing.e.some((j) => entry[j]!.text === token.text);
}

/**
 * Glued runs of one side compared to single tokens of the other. Between organizations, a word may
 * also spell a run's syllables one by one (spellsSyllables): brands run them together ("Samsung").
 * `exact` (CompareOptions.exact): only a run spelled as the word is.
 */
function gluedCandidates(glueSide: PreparedName, otherSide: PreparedName, glueIsQuery: boolean, person: boolean, out: Candidate[], exact: boolean): void {
  // No glued run can pass mayGlue with any word of the other side: most names stop here, their runs untouched.
  if (!(glueSide.gluedStarts & otherSide.glueStarts) || otherSide.longest < glueSide.shortestGluedPartner) return;
  const others = otherSide.tokens;
  const checks = glueSide.gluedChecks;
  for (let r = 0; r < checks.length; r += 2) {
    // No word of the other side starts as this run does, or is long enough for it (mayGlue's checks, once per run).
    if (!(otherSide.glueStarts & checks[r]!) || otherSide.longest < checks[r + 1]!) continue;
    const glued = glueSide.glued[r >> 1]!;
    const { run } = glued;
    for (let j = 0; j < others.length; j++) {
      const other = others[j]!;
      if (!mayGlue(glued, other)) continue;
      let similarity = glueIsQuery
        ? rememberedSimilarity(gluedToken(glued), other)
        : rememberedSimilarity(other, gluedToken(glued));
      if (!person && similarity < TUNING.similarity.phonetic && glued.syllabic && !other.syllabic && rememberedSpelling(other.text, glued, glueSide.tokens)) {
        similarity = TUNING.similarity.phonetic;
      }
      if (exact ? similarity === 1 : similarity >= TUNING.similarity.minimum) out.push(glueIsQuery ? { q: run, e: [j], similarity, structural: false, particles: false } : { q: [j], e: run, similarity, structural: false, particles: false });
    }
  }
}

/**
 * A word spelling syllables piece by piece, each piece a spelling of its syllable ("samsung": sam,
 * sung for 성 seong, as "Sung" is for Korean people), where the glued run's own spelling differs.
 * Tries every split: organizations only, whose names rarely meet syllables.
 */
function spellsSyllables(word: string, syllables: NameToken[], from = 0, k = 0): boolean {
  if (k === syllables.length) return from === word.length;
  for (let end = from + 1; end <= Math.min(word.length, from + SYLLABLE_LETTERS_MAX); end++) {
    if (syllablePhoneticForm(word.slice(from, end)) === syllables[k]!.phon && spellsSyllables(word, syllables, end, k + 1)) return true;
  }
  return false;
}

/**
 * spellsSyllables of a word and a run's syllables, remembered by the word and the syllables' sounds
 * (all it reads): an organization's words meet the same syllabic list names query after query,
 * and each try folds every piece of the word. Bounded.
 */
function rememberedSpelling(word: string, glued: GluedRun, tokens: NameToken[]): boolean {
  const key = `${word} ${(glued.sounds ??= glued.run.map((k) => tokens[k]!.phon).join(' '))}`;
  return remembered(spellings, key, SPELLINGS_LIMIT, () => spellsSyllables(word, glued.run.map((k) => tokens[k]!)));
}

const spellings = new Map<string, boolean>();
const SPELLINGS_LIMIT = 200_000;

/** The longest spelling of one syllable ("zhuang", "hyeong"). */
const SYLLABLE_LETTERS_MAX = 6;

/** The cheap checks a glued run and a word of the other name must pass before their similarity is worth computing. */
function mayGlue(glued: GluedRun, other: NameToken): boolean {
  const text = glued.text;
  // A number or code run together ("msn391", "yv2040") pairs only with its pieces spelled alike (tokenSimilarity).
  if ((other.kind !== 'word' && other.kind !== 'number') || other.text.length < 2 || other.text.length < glued.shortestPartner) return false;
  // An abjad word without vowels is never compared to Latin words glued together ("srr" vs "azur air").
  if (other.vowelless && !glued.vowelless) return false;
  // Glued and split spellings keep their first letter ("jscargument", "sergeilavrov"), or its pinyin ("tse tung", "zedong").
  return other.text[0] === text[0] || glued.vowelless || other.phon[0] === glued.sound || (glued.readingStarts & startBit(other.text)) !== 0;
}

/** The first letters (startBit) of the pinyin a word of a syllable's length may spell (chineseOf); 0 for most words. */
function chineseStarts(token: NameToken): number {
  if (token.kind !== 'word' || token.text.length > 6) return 0;
  let starts = 0;
  for (const reading of chineseOf(token)) starts |= startBit(reading);
  return starts;
}

/**
 * A word of one name that abbreviates a run of consecutive tokens of the other: an acronym, the
 * run's initials ("ibm"; "cagl" for "compagnie aerienne des grands lacs", "scos" for "syrian chamber
 * of shipping", where particles and legal forms may give a letter or none), or, between
 * organizations, a syllabic abbreviation running the words' beginnings together, as Spanish and
 * Russian names are shortened ("hotincol" for "hoteles e inmuebles de colombia", "delcon" for
 * "distribuidora de elementos para la construccion"), or one long word cut short ("morspas").
 */
function abbreviationCandidates(short: PreparedName, words: PreparedName, shortIsQuery: boolean, person: boolean, out: Candidate[]): void {
  // No word that can abbreviate (lettersPerToken) starts as a run of the other name may: most names stop here.
  if (!(words.runStarts & (short.acronymStarts | (person ? 0 : short.syllabicStarts)))) return;
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
      out.push(shortIsQuery ? { q: [i], e: run, similarity, structural: true, particles: false } : { q: run, e: [i], similarity, structural: true, particles: false });
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

/** Longer words are no acronyms: "ibm", "cagl", "scos". */
export const ACRONYM_MAX = 5;
/** Shorter words than this are acronyms only: "visco" (VIan Steel COmplex) may be syllables, "ibm" is initials. */
export const SYLLABIC_ABBREVIATION_MIN = 5;
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
export function abbreviatesStart(word: string, tokens: NameToken[]): boolean {
  const take = lettersPerToken(word, false);
  if (take === 0) return false;
  newSearch(word, tokens);
  for (let start = 0; start < tokens.length; start++) {
    if (mayStartRun(tokens[start]!, word) && abbreviatedRunEnd(word, tokens, start, 0, take, 0) >= 0) return true;
    if (!isOmissible(tokens[start]!)) return false;
  }
  return false;
}

/** Letters each token may give to `word` as an abbreviation: 1 for an acronym, any for syllables, 0 when it can be neither. */
function lettersPerToken(word: string, person: boolean): number {
  if (word.length < 2) return 0;
  if (!person && word.length >= SYLLABIC_ABBREVIATION_MIN) return word.length;
  return word.length <= ACRONYM_MAX ? 1 : 0;
}

/** A run starts on a word (or a legal form: "compagnie") with the abbreviation's first letter: most starts end here. */
function mayStartRun(token: NameToken, word: string): boolean {
  return (token.kind === 'word' || token.kind === 'legal') && token.text[0] === word[0];
}

export interface CompareOptions {
  /** false skips building the token pairing texts (score and counts only), for ranking many candidates. */
  explain?: boolean;
  /** Either side names a person (or may): one name part out of several never passes (OFAC FAQ 5). */
  person?: boolean;
  /**
   * Scores that cannot reach this do not matter to the caller: when an upper bound on the score is
   * already below it, the alignment is skipped and the bound returned (a score below `floor`).
   */
  floor?: number;
  /**
   * The names are an aircraft's: a registration mark ("EP-GOL") or a manufacturer's serial number
   * ("MSN 391"), which OFAC lists as its name. Such names are codes, equal or not: their parts align
   * only when spelled alike, run together or not ("EPGOL"), never by a letter or a sound apart
   * ("EP-MNK" is another aircraft than "EP-MNQ").
   */
  exact?: boolean;
  /**
   * One name is an acronym written within another (namesWithin): its words align only when spelled
   * alike ("SIG" is not "SHIG"), and it may stand for the run of words it abbreviates ("Special
   * Industries Group"), but it is no rare word that makes a longer name its own ("AERO" of "Advanced
   * Engineering Research Organization" in "Aero Continente S.A."), only beside generic words.
   */
  acronym?: boolean;
}

/** Aligns query tokens to entry tokens greedily, best pairs first, and scores the alignment. */
export function compareNames(preparedQuery: PreparedName, preparedEntry: PreparedName, options: CompareOptions = {}): NameComparison {
  const { explain = true, person = true, exact = false, acronym = false } = options;
  const letters = exact || acronym;
  const query = preparedQuery.tokens;
  const entry = preparedEntry.tokens;
  const s = TUNING.similarity;
  const a = TUNING.alignment;
  // Token pairs that may align, as a query x entry matrix of similarities (-1: no pairing).
  const m = entry.length;
  if (matrix.length < query.length * m) matrix = new Float64Array(2 * query.length * m);
  // Two Arabic words with the same consonants are one word spelled with other vowels ("al-ghommari", "al-ghamari").
  const arabic = !letters && preparedQuery.arabicWords !== undefined && preparedEntry.arabicWords !== undefined;
  // Two names written in pinyin syllables: two words are one syllable's spellings or other words (pinyin.ts).
  const pinyin = !letters && preparedQuery.pinyin !== undefined && preparedEntry.pinyin !== undefined;
  // Two organizations' words: one may be the other as Russian writes it (sameCognate).
  const cognates = !letters && !person;
  // Whether two words that look alike were kept apart as other syllables: said in the explanation.
  let otherSyllables = false;
  const queryIds = preparedQuery.ids;
  const entryIds = preparedEntry.ids;
  for (let i = 0; i < query.length; i++) {
    for (let j = 0; j < m; j++) {
      let similarity = letters ? (query[i]!.text === entry[j]!.text ? 1 : 0) : rememberedSimilarity(query[i]!, entry[j]!, queryIds[i]!, entryIds[j]!);
      if (arabic && similarity < s.phonetic && preparedQuery.arabicWords![i] && preparedEntry.arabicWords![j] && sameArabicConsonants(query[i]!.text, entry[j]!.text)) similarity = s.phonetic;
      if (pinyin && similarity < 1 && preparedQuery.pinyin![i] && preparedEntry.pinyin![j]) {
        const same = sameSyllable(preparedQuery.pinyin![i]!, preparedEntry.pinyin![j]!);
        otherSyllables ||= !same && similarity >= s.minimum;
        similarity = same ? Math.max(similarity, s.phonetic) : 0;
      }
      if (cognates && similarity < s.phonetic && query[i]!.kind === 'word' && entry[j]!.kind === 'word' && sameCognate(query[i]!.text, entry[j]!.text)) similarity = s.phonetic;
      const pairable = similarity >= s.minimum || (similarity > 0 && (query[i]!.kind === 'legal' || isInitial(query[i]!)));
      matrix[i * m + j] = pairable ? similarity : -1;
    }
  }
  const candidates: Candidate[] = [];
  if (!exact) {
    abbreviationCandidates(preparedQuery, preparedEntry, true, person, candidates);
    abbreviationCandidates(preparedEntry, preparedQuery, false, person, candidates);
  }
  gluedCandidates(preparedQuery, preparedEntry, true, person, candidates, letters);
  gluedCandidates(preparedEntry, preparedQuery, false, person, candidates, letters);
  // Before the token pairings are built: most names a query meets share one common word.
  if (options.floor !== undefined) {
    const bound = scoreBound(preparedQuery, preparedEntry, candidates, person);
    if (bound < options.floor) return { score: bound, alignment: [], unmatchedQuery: [], unmatchedEntry: [], detail: '' };
  }
  // After the abbreviations and glued runs: sorted stably, equal pairings keep this order.
  for (let i = 0; i < query.length; i++) {
    for (let j = 0; j < m; j++) {
      const similarity = matrix[i * m + j]!;
      if (similarity < 0) continue;
      candidates.push({ q: [i], e: [j], similarity, structural: isStructural(query[i]!, entry[j]!), particles: query[i]!.kind === 'stop' && entry[j]!.kind === 'stop' });
    }
  }
  orderAroundParticles(query, entry, candidates);
  candidates.sort((x, y) => (x.particles ? 1 : 0) - (y.particles ? 1 : 0) || y.similarity - x.similarity || y.q.length + y.e.length - (x.q.length + x.e.length));

  const qUsed = new Uint8Array(query.length);
  const eUsed = new Uint8Array(entry.length);
  const alignment: TokenPairing[] = [];
  let matched = 0;
  let alignedWeight = 0;
  let partsAligned = 0;
  // The rarest aligned query word (weight with rarity) and what its pairing contributed.
  let rarest = 0;
  let rarestContribution = 0;
  // A word aligned only with the other side's initial ("Angela" with the "A." of "Edward A. Johnson").
  let queryWordOnInitial = false;
  let entryWordOnInitial = false;
  /** Per pairing made, its first query and entry positions, side by side: the order its parts take (syllablesInOrder). */
  const order: number[] = [];
  for (const c of candidates) {
    if (c.q.some((i) => qUsed[i]) || c.e.some((j) => eUsed[j])) continue;
    order.push(c.q[0]!, c.e[0]!);
    let weight = 0;
    for (const i of c.q) { qUsed[i] = 1; weight += preparedQuery.weights[i]!; }
    for (const j of c.e) { eUsed[j] = 1; weight += preparedEntry.weights[j]!; }
    const contribution = c.structural ? c.similarity : alignedContribution(c.similarity);
    matched += weight * contribution;
    alignedWeight += weight;
    for (const i of c.q) {
      if (canBeDistinctive(query[i]!) && preparedQuery.weights[i]! > rarest && !shortSkeletonGuess(query[i]!, c, entry)) [rarest, rarestContribution] = [preparedQuery.weights[i]!, contribution];
    }
    partsAligned += Math.max(nameParts(c.q.map((i) => query[i]!)), nameParts(c.e.map((j) => entry[j]!)));
    if (c.q.length === 1 && c.e.length === 1) {
      queryWordOnInitial ||= isInitial(entry[c.e[0]!]!) && !isInitial(query[c.q[0]!]!);
      entryWordOnInitial ||= isInitial(query[c.q[0]!]!) && !isInitial(entry[c.e[0]!]!);
    }
    if (explain) alignment.push({ query: c.q.map((i) => query[i]!.text).join(' '), entry: c.e.map((j) => entry[j]!.text).join(' '), similarity: round(c.similarity) });
  }

  let leftQueryWeight = 0;
  let leftEntryWeight = 0;
  // Of those, a person's lineage (lineageOf), which weighs less where the other name is contained.
  let leftQueryLineage = 0;
  let leftEntryLineage = 0;
  let queryLeftStrong = false;
  let entryLeftStrong = false;
  for (let i = 0; i < query.length; i++) {
    if (qUsed[i]) continue;
    leftQueryWeight += preparedQuery.weights[i]!;
    if (person && preparedQuery.lineage?.[i]) leftQueryLineage += preparedQuery.weights[i]!;
    queryLeftStrong ||= isStrongLeft(query[i]!, person ? preparedQuery.lineage : undefined, i);
  }
  for (let j = 0; j < entry.length; j++) {
    if (eUsed[j]) continue;
    leftEntryWeight += preparedEntry.weights[j]!;
    if (person && preparedEntry.lineage?.[j]) leftEntryLineage += preparedEntry.weights[j]!;
    entryLeftStrong ||= isStrongLeft(entry[j]!, person ? preparedEntry.lineage : undefined, j);
  }
  // A word the other side keeps beside the initial names the person, and the initial is a middle one:
  // "Angela" was replaced by "Edward" (of "Edward A. Johnson"), not given as one.
  if (person && queryWordOnInitial && entryLeftStrong) queryLeftStrong = true;
  if (person && entryWordOnInitial && queryLeftStrong) entryLeftStrong = true;
  // A place left over where the other name left nothing is where, weak evidence ("Conair Corp. (US)"
  // vs "Conair Corp."); beside another place or other words left over it weighs as a word: two
  // companies of one group ("Bank of China (Hong Kong)" and "(Singapore)", "Bowne (Ireland)" and "Bowne Japan").
  const queryPlaces = leftPlaces(query, qUsed);
  const entryPlaces = leftPlaces(entry, eUsed);
  if (queryPlaces || entryPlaces) {
    // As they were before either side changes (no array destructuring: its iterator deoptimized compareNames).
    const queryStrong = queryLeftStrong;
    const entryStrong = entryLeftStrong;
    if (queryPlaces && (entryStrong || entryPlaces)) {
      leftQueryWeight += queryPlaces * (TUNING.tokens.word - TUNING.tokens.place);
      queryLeftStrong = true;
    }
    if (entryPlaces && (queryStrong || queryPlaces)) {
      leftEntryWeight += entryPlaces * (TUNING.tokens.word - TUNING.tokens.place);
      entryLeftStrong = true;
    }
  }
  // Chinese and Korean people have no middle names: a syllable left over is a different given name.
  // An organization's name adds words ("阿里巴巴集团控股" vs "Alibaba Group") as any other does.
  const syllabic = syllabicNames(query, entry, person);
  // An Arabic name (one with the article) starts with the person's own name, then the father's and
  // grandfather's: another name within it, without that first one, is the father's ("Saddam Hussein
  // al-Tikriti" in "Ali Saddam Hussein al-Tikriti"), not the same person's without a middle name.
  const ownNameLeft = person && ((preparedEntry.arabicWords !== undefined && ownNameLeftOver(entry, eUsed)) || (preparedQuery.arabicWords !== undefined && ownNameLeftOver(query, qUsed)));
  // The shorter name fully aligned with two parts or more: the longer one's extra tokens are middle names.
  const shorterAligned = (!queryLeftStrong || !entryLeftStrong) && partsAligned >= 2;
  const contained = shorterAligned && !syllabic;
  // Both sides keep a strong token: a part was replaced, not omitted ("al-tikriti" vs "al-dulaimi").
  const substituted = syllabic ? a.syllableLeftover : queryLeftStrong && entryLeftStrong ? a.substitutionFactor : 1;
  const lineageOff = contained ? 1 - a.lineageWhenContained : 0;
  const leftQuery = (leftQueryWeight - lineageOff * leftQueryLineage) * (contained ? a.unmatchedWhenContained : a.unmatchedQuery) * substituted;
  const leftEntry = (leftEntryWeight - lineageOff * leftEntryLineage) * (contained ? a.unmatchedWhenContained : a.unmatchedEntry) * substituted;
  const total = alignedWeight + leftQuery + leftEntry;
  let score = total > 0 ? matched / total : 0;
  let capped = false;
  let distinctive = false;
  // Another person's name however much of it aligns: a Chinese or Korean given name's syllables swapped,
  // or an Arabic name within another that adds its own name in front (the father's).
  // (Tests that run for every name first: a test first met on a rare name recompiles this function.)
  const anotherName = syllabic && !syllablesInOrder(order) ? ANOTHER_NAME.syllables : ownNameLeft && shorterAligned ? ANOTHER_NAME.father : undefined;
  if (score > a.singlePartCap && anotherName !== undefined) {
    capped = true;
    score = a.singlePartCap;
  }
  if (partsAligned < a.minimumParts && Math.max(nameParts(query), nameParts(entry)) >= 2) {
    // An organization's one rare word, all of the shorter name, is its name ("Hikmicro" in
    // "Hangzhou Hikmicro Sensing Technology Co."); rarity is known only when screening against a list.
    // Beside generic words only, one word is all of who an organization is, however common on the list
    // ("Huawei" ~ "Huawei Technologies Co., Ltd.", a word of 155 names there, its affiliates'), when the
    // same word: a look-alike is not ("Invent" ~ "Invest Group").
    const onlyWord = !person && rarestContribution >= a.onlyWordSimilarity && Math.max(nameParts(query, false), nameParts(entry, false)) < 2;
    // An acronym is the whole of its organization's name beside generic words only: "ELVIS" in "Scientific
    // Production Center Elvis", not "AERO" in "Aero Continente S.A.".
    distinctive = !person && (!queryLeftStrong || !entryLeftStrong) && ((!acronym && rarest >= a.rareSinglePart.minWeight) || onlyWord);
    if (distinctive) score = a.rareSinglePart.score * rarestContribution;
    else if (score > a.singlePartCap) {
      capped = true;
      score = a.singlePartCap;
    }
  }
  if (!explain) return { score, alignment, unmatchedQuery: [], unmatchedEntry: [], detail: '' };
  let detail = `${alignment.length} of ${query.length} query tokens aligned`;
  if (capped) detail += anotherName ? `; ${anotherName}, another person: capped at ${round(score)}` : `; only one name part of several matches, capped at ${round(score)}`;
  if (distinctive) detail += `; one distinctive word, all of the shorter name, scores ${round(score)}`;
  if (otherSyllables) detail += '; written in pinyin: a look-alike syllable is another word';
  return {
    score, alignment, detail,
    unmatchedQuery: query.filter((_, i) => !qUsed[i]).map((t) => t.text),
    unmatchedEntry: entry.filter((_, j) => !eUsed[j]).map((t) => t.text),
  };
}

/** Why two names that align are another person's (compareNames caps their score). */
const ANOTHER_NAME = {
  syllables: 'the given name\'s syllables in another order',
  father: 'the other name adds its own name in front: a father\'s name in a son\'s',
} as const;

/** Reused scratch (single-threaded): the pair matrix of compareNames; per token of each name, the best contribution scoreBound finds for it (-1: uncovered). */
let matrix = new Float64Array(256);
let qBest = new Float64Array(64);
let eBest = new Float64Array(64);

/**
 * The most any alignment drawn from the pair matrix and these other pairings (abbreviations, glued
 * runs) can score, cheaply: every token some pairing covers counts at the best contribution of those
 * pairings, every other one as left over at the least weight its side can give leftovers; one name
 * part of several stays capped (OFAC FAQ 5) unless an organization's rare word could make it
 * distinctive. Most list names a query meets share one common word with it ("trading", "mohammed"),
 * or two words of three with a third left over on each side, and are dismissed here without aligning.
 */
function scoreBound(preparedQuery: PreparedName, preparedEntry: PreparedName, others: Candidate[], person: boolean): number {
  const a = TUNING.alignment;
  const query = preparedQuery.tokens;
  const entry = preparedEntry.tokens;
  const m = entry.length;
  if (qBest.length < query.length) qBest = new Float64Array(2 * query.length);
  if (eBest.length < m) eBest = new Float64Array(2 * m);
  qBest.fill(-1, 0, query.length);
  eBest.fill(-1, 0, m);
  for (let i = 0; i < query.length; i++) {
    for (let j = 0; j < m; j++) {
      const similarity = matrix[i * m + j]!;
      if (similarity < 0) continue;
      const contribution = isStructural(query[i]!, entry[j]!) ? similarity : alignedContribution(similarity);
      qBest[i] = Math.max(qBest[i]!, contribution);
      eBest[j] = Math.max(eBest[j]!, contribution);
    }
  }
  const oneToOne = others.length === 0;
  for (const c of others) {
    const contribution = c.structural ? c.similarity : alignedContribution(c.similarity);
    for (const i of c.q) qBest[i] = Math.max(qBest[i]!, contribution);
    for (const j of c.e) eBest[j] = Math.max(eBest[j]!, contribution);
  }
  const q = tally(query, preparedQuery.weights, qBest, person, preparedQuery.lineage);
  const e = tally(entry, preparedEntry.weights, eBest, person, preparedEntry.lineage);
  const [queryLeftover, entryLeftover] = leftoverFactors(query, entry, person, q.allStrongCovered, e.allStrongCovered);
  // A person's lineage left over weighs less only where one name may be contained in the other (the lightest factors).
  const lineage = person && queryLeftover <= TUNING.alignment.unmatchedWhenContained;
  let bound = bestRatio(
    preparedQuery.weights, qBest, queryLeftover, lineage ? preparedQuery.lineage : undefined,
    preparedEntry.weights, eBest, entryLeftover, lineage ? preparedEntry.lineage : undefined,
  );
  // One-to-one pairings add at most one part each, and no more of them than strong tokens covered on either side.
  if (oneToOne && Math.min(q.strong, e.strong) < a.minimumParts && Math.max(nameParts(query), nameParts(entry)) >= 2) bound = Math.min(bound, a.singlePartCap);
  // A distinctive word needs all of one name's strong tokens aligned; the name parts are counted only
  // for an organization whose rarest word is not rare enough (this bound runs for every candidate).
  if (!person && (q.allStrongCovered || e.allStrongCovered) && q.rarest > 0
    && (q.rarest >= a.rareSinglePart.minWeight || Math.max(nameParts(query, false), nameParts(entry, false)) < 2)) bound = Math.max(bound, a.rareSinglePart.score);
  return bound;
}

/** One name's side of the bound: strong tokens covered, the rarest word that could be distinctive (organizations only), whether every strong token is covered. */
function tally(tokens: NameToken[], weights: Float64Array, best: Float64Array, person: boolean, lineage: Uint8Array | undefined) {
  const sums = { strong: 0, rarest: 0, allStrongCovered: true };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (best[i]! < 0) {
      sums.allStrongCovered &&= !isStrongLeft(token, person ? lineage : undefined, i);
      continue;
    }
    if (isStrong(token)) sums.strong++;
    if (!person && canBeDistinctive(token)) sums.rarest = Math.max(sums.rarest, weights[i]!);
  }
  return sums;
}

/**
 * The least an unaligned token of each side weighs per unit of its weight, as compareNames weighs
 * leftovers: exact for Chinese and Korean names, and when both sides keep a strong token no pairing
 * covers (a part replaced, never a name contained in the other); else the lightest weight there is.
 * (The substitution and syllable factors are above 1.)
 */
function leftoverFactors(query: NameToken[], entry: NameToken[], person: boolean, queryAllStrongCovered: boolean, entryAllStrongCovered: boolean): [number, number] {
  const a = TUNING.alignment;
  if (syllabicNames(query, entry, person)) return [a.unmatchedQuery * a.syllableLeftover, a.unmatchedEntry * a.syllableLeftover];
  if (!queryAllStrongCovered && !entryAllStrongCovered) return [a.unmatchedQuery * a.substitutionFactor, a.unmatchedEntry * a.substitutionFactor];
  const lightest = Math.min(a.unmatchedWhenContained, a.unmatchedQuery, a.unmatchedEntry);
  return [lightest, lightest];
}

/**
 * The highest matched / total weight any choice of covered tokens to align can give, each at its
 * best contribution and every other token left over at its side's factor. A ratio of sums is
 * maximized by Dinkelbach's iteration: align every token that raises the ratio reached so far, until
 * it rises no more (a few rounds). A hair above, for float rounding.
 */
function bestRatio(queryWeights: Float64Array, queryBest: Float64Array, queryLeftover: number, queryLineage: Uint8Array | undefined, entryWeights: Float64Array, entryBest: Float64Array, entryLeftover: number, entryLineage: Uint8Array | undefined): number {
  let ratio = 0;
  for (;;) {
    ratioSums.matched = ratioSums.total = 0;
    addRatioSums(queryWeights, queryBest, queryLeftover, queryLineage, ratio);
    addRatioSums(entryWeights, entryBest, entryLeftover, entryLineage, ratio);
    const next = ratioSums.total > 0 ? ratioSums.matched / ratioSums.total : 0;
    if (next <= ratio) return ratio + 1e-9;
    ratio = next;
  }
}

const ratioSums = { matched: 0, total: 0 };

/**
 * One side's tokens into ratioSums: aligned when that raises matched - ratio x total more than leaving
 * it over does. Tokens of `lineage` left over weigh lineageWhenContained of the side's factor.
 */
function addRatioSums(weights: Float64Array, best: Float64Array, sideLeftover: number, lineage: Uint8Array | undefined, ratio: number): void {
  for (let i = 0; i < weights.length; i++) {
    const weight = weights[i]!;
    const contribution = best[i]!;
    const leftover = lineage?.[i] ? sideLeftover * TUNING.alignment.lineageWhenContained : sideLeftover;
    if (contribution >= 0 && contribution > ratio * (1 - leftover)) {
      ratioSums.matched += weight * contribution;
      ratioSums.total += weight;
    } else ratioSums.total += weight * leftover;
  }
}

/** Tokens of which kinds pair by their similarity as is, never bent by alignedContribution. */
function isStructural(queryToken: NameToken, entryToken: NameToken): boolean {
  return queryToken.kind !== 'word' || entryToken.kind !== 'word' || isInitial(queryToken) || isInitial(entryToken);
}

/**
 * Whether the pairings keep a Chinese or Korean name's parts in order, up to its family name moved
 * from one end to the other ("Kim Jong Un" ~ "Jong Un Kim"): the entry positions, read in query
 * order, go round once (one descent, counting the wrap from last to first). A given name's syllables
 * swapped ("Su-gwang" for 광수, Gwang-su) make another name. `order` holds query and entry positions side by side.
 */
function syllablesInOrder(order: number[]): boolean {
  if (order.length < 6) return true;
  const pairs: [number, number][] = [];
  for (let k = 0; k < order.length; k += 2) pairs.push([order[k]!, order[k + 1]!]);
  pairs.sort((x, y) => x[0] - y[0]);
  let descents = pairs[pairs.length - 1]![1] > pairs[0]![1] ? 1 : 0;
  for (let k = 0; k + 1 < pairs.length; k++) if (pairs[k]![1] > pairs[k + 1]![1]) descents++;
  return descents <= 1;
}

/** Words before an Arabic name's own name: a title, a kunya's "father of" or "mother of". */
const BEFORE_OWN_NAME = new Set(['abu', 'umm', 'haj', 'hajj', 'seyyed', 'seyed', 'doctor']);

/**
 * Whether an Arabic name's own name, its first word but titles and a kunya's "abu", was left
 * unaligned. "Abd al-Hadi" is one name: its last word stands for it.
 */
function ownNameLeftOver(tokens: NameToken[], used: Uint8Array): boolean {
  const k = ownNameAt(tokens);
  return k < tokens.length && !used[k];
}

/** Position of an Arabic name's own name (ownNameLeftOver): of "abd al hadi", the "hadi". */
function ownNameAt(tokens: NameToken[]): number {
  let k = 0;
  while (k < tokens.length && (!isStrong(tokens[k]!) || BEFORE_OWN_NAME.has(tokens[k]!.text))) k++;
  return tokens[k]?.text === 'abd' && tokens[k + 1]?.kind === 'stop' ? k + 2 : k;
}

/** Chinese or Korean names, compared as such: no middle names, so a syllable left over is another given name. */
function syllabicNames(query: NameToken[], entry: NameToken[], person: boolean): boolean {
  return (hasSyllabic(query) || hasSyllabic(entry)) && (person || !namesOrganization(query) && !namesOrganization(entry));
}

/**
 * How much of its weight an aligned pair contributes: its similarity from `knee` up (sound-alike
 * spellings, one typo in a long word), falling `slope` times faster below it, where two different
 * names that look alike sit ("manuel"~"daniel" 0.78 -> 0.54, "julia"~"julio" 0.875 -> 0.825).
 */
function alignedContribution(similarity: number): number {
  const { knee, slope } = TUNING.similarity.contribution;
  return similarity >= knee ? similarity : Math.max(0, knee - slope * (knee - similarity));
}

/** How many places (country qualifiers) of the name were left unaligned. */
function leftPlaces(tokens: NameToken[], used: Uint8Array): number {
  let places = 0;
  for (let i = 0; i < tokens.length; i++) if (!used[i] && tokens[i]!.kind === 'place') places++;
  return places;
}

function hasSyllabic(tokens: NameToken[]): boolean {
  return tokens.some((t) => t.syllabic);
}

/** A legal form or a generic organization word: no person's name ("集团", group). */
function namesOrganization(tokens: NameToken[]): boolean {
  return tokens.some((t) => t.kind === 'legal' || GENERIC_ORGANIZATION_WORDS.has(t.text));
}

/** Position of the first patronymic particle between two name words ("X bin Y"), -1 without one. */
function particleAt(tokens: NameToken[]): number {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (PATRONYMIC_PARTICLES.has(tokens[i]!.text) && isStrong(tokens[i - 1]!) && isStrong(tokens[i + 1]!)) return i;
  }
  return -1;
}

const PATRONYMIC_PARTICLES = new Set(['bin', 'ibn', 'ben', 'bint', 'binti', 'ould', 'walad']);

/**
 * In "X bin Y" the order carries meaning: X is the son of Y. When both names have the particle, a
 * pairing across it (X with the other's Y) is weakened: "Salman bin Muhammad" is not "Muhammad bin Salman".
 */
function orderAroundParticles(query: NameToken[], entry: NameToken[], candidates: Candidate[]): void {
  const qAt = particleAt(query);
  const eAt = particleAt(entry);
  if (qAt < 0 || eAt < 0) return;
  for (const c of candidates) {
    const qAfter = c.q[0]! > qAt;
    const eAfter = c.e[0]! > eAt;
    if (qAfter !== eAfter && c.q[0] !== qAt && c.e[0] !== eAt) c.similarity *= TUNING.alignment.acrossParticle;
  }
}

/**
 * Strong name parts among tokens: a word or number counts 1, an initial half. Of an organization's
 * name, with `person` false, a generic word (what it does) is no part of who it is, and a letter is
 * a whole part ("Master Q Services").
 */
function nameParts(tokens: NameToken[], person = true): number {
  let parts = 0;
  for (const t of tokens) {
    if (!isStrong(t)) continue;
    if (person) parts += isInitial(t) ? 0.5 : 1;
    else if (!GENERIC_ORGANIZATION_WORDS.has(t.text)) parts++;
  }
  return parts;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
