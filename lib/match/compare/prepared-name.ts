/**
 * A name prepared once for many comparisons (prepareName): its tokens' weights, its glued runs, the
 * start-letter bits that let most pairings be skipped unexamined, and the facts about a person's
 * name that compareNames reads: lineage (patronymics, an Arabic name chain, a married name), Arabic
 * words, pinyin syllables.
 */
import { chineseOf, isArabicArticle, isGenericWord, isInitial, MARRIED_DE, type NameToken } from '../normalize/tokens.js';
import { ARABIC_ARTICLES, isBurmeseName, isKnownArabicName, KOREAN_FAMILY_NAMES, TURKISH_NAME_FORMS } from '../normalize/vocabulary.js';
import { TUNING } from '../tuning.js';
import { pinyinSyllable } from '../normalize/pinyin.js';
import { EAST_SLAVIC_ENDING, firstSound, isVowelless, mccuneReischauerRun } from '../normalize/phonetic.js';
import { isStrong, MARRIED, nameParts } from './name-parts.js';
import { PAIR_CHECK, pairCheck } from './similarity.js';
import { letterBit, startBit, wadeGilesStartBits } from './letter-bits.js';

/** Token weight: kind, length and (when known) rarity. `rarity` returns a multiplier, 1 when unknown. */
export type Rarity = (token: NameToken) => number;
const NO_RARITY: Rarity = () => 1;

function tokenWeight(token: NameToken, rarity: Rarity): number {
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
      const generic = isGenericWord(token) ? w.generic : 1;
      return w.word * length * generic * rarity(token);
    }
  }
}

/** Integers per token in PreparedName.checks: its id (ID), its glue checks (GLUE: start bits, length) and its pairCheck (PAIR). */
export const TOKEN_CHECKS = 3 + PAIR_CHECK;
export const [ID, GLUE, PAIR] = [0, 1, 3] as const;

/** A name ready for comparison: tokens, their weights and their glued runs, computed once. */
export interface PreparedName {
  tokens: NameToken[];
  /**
   * Per token, side by side (TOKEN_CHECKS integers each): its id, by which the similarity table is
   * looked up; its glue checks, the start bits of its first letter and sound (0 for a token no glued
   * run pairs with) and its length, on which gluedCandidates passes over most of a name's tokens; and
   * its pairCheck, on which compareNames passes over most pairs of words that cannot pair
   * (mayReachMinimum). Then per glued run (from gluedAt) its start bits (startBit of its first letter
   * and first sound; every bit when it has no vowels) and its shortest partner, on which
   * gluedCandidates passes over most runs. All in one array, neither the tokens nor the runs,
   * scattered over the heap, are reached for these; four typed arrays, as they were, each a header,
   * a buffer and a backing store apart, were a quarter of a prepared name's heap.
   */
  checks: Int32Array;
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
  /** Where the glued runs' checks start in `checks`. */
  gluedAt: number;
  /**
   * letterBit of its words that can be an acronym (2-5 letters), of those a person's name may have
   * (initials run together, a word without vowels: "jfk") and of those that can be a syllabic
   * abbreviation (5 letters or more): see lettersPerToken.
   */
  acronymStarts: number;
  initialsStarts: number;
  syllabicStarts: number;
  /** Per token, 1 when it is part of a person's lineage, MARRIED for a married name's (see lineageOf); undefined when the name has none. */
  lineage: Uint8Array | undefined;
  /** Whether the name carries the Arabic article ("muhammad al-ghamari"): an Arabic name whose own name comes first. */
  arabicArticle: boolean;
  /** Whether the name is an Arabic one by the article, a known Arabic given name, a kunya, a patronymic particle or a compound with Allah, al-Din or Abd al- in it: its words' vowels may be others' (sameArabicConsonants). */
  arabicSpelling: boolean;
  /** Whether a word of the name has the Arabic article run into it ("elkaddafi": hasGluedArticle), which another name may leave out. */
  gluedArticle: boolean;
  /** Whether a word of the name ends as East Slavic patronymics and surnames do (EAST_SLAVIC_ENDING): its words' spellings may differ as Russian, Ukrainian and Belarusian ones do. */
  slavic: boolean;
  /** Per token its pinyinSyllable ('' for a legal form, generic word ...) when the name is written in pinyin syllables (pinyinWords); undefined for other names. */
  pinyin: string[] | undefined;
  /** Whether the name may be a Korean one in Latin letters (isKoreanName): its syllables may be another romanization's (koreanSyllableForm). */
  korean: boolean;
  /** Whether the name may be a Burmese one (isBurmeseName): syllables without a family name, none of them a middle name. */
  burmese: boolean;
  /** Whether the name has one strong part at most ("SNOW"; a vessel's such name is that word: compareNames). */
  onePart: boolean;
  /** Its strong parts as a person's name counts them (nameParts), and its strong tokens (isStrong). */
  parts: number;
  strong: number;
  /**
   * Its token positions, strong ones first, rarest first (rowOrder): the order compareNames fills the
   * pair matrix in, so that a person's name whose rare word pairs with nothing is dismissed before
   * the common words' rows are filled. Made for a query's name on its first comparison; a list's
   * names, never on the query's side when screening, keep none.
   */
  rows: Int32Array | undefined;
}

/**
 * Adjacent tokens glued into one word. Its token (sound-alike keys and all) is built only when a
 * comparison gets past the cheap length and letter checks: most query runs never do.
 */
export interface GluedRun {
  run: readonly number[];
  text: string;
  syllabic: boolean;
  abjad: boolean;
  vowelless: boolean;
  /** Holds a number: it pairs only with a token that has digits too ("victory 2" is not "victoria"). */
  digits: boolean;
  /** phon[0] of its token. */
  sound: string;
  /** The shortest word it can pair with: each joint may have cost up to two letters. */
  shortestPartner: number;
  /**
   * startBits of the other first letters its spellings may have: of the pinyin its first word may
   * spell in Wade-Giles (chineseStarts: "tse tung" may be run together as "zedong"), or any vowel for
   * an Arabic-script word whose first letter is an alif or ain ("azt allh", عزت الله, "Ezatullah").
   */
  otherStarts: number;
  /** Built when first needed (gluedToken); the field exists from creation, so every run keeps one hidden class. */
  token: NameToken | undefined;
  /** Its tokens' sound-alike forms, space-separated: the key under which rememberedSpelling keeps what a word spells of them. */
  sounds: string | undefined;
}

export function prepareName(tokens: NameToken[], rarity: Rarity = NO_RARITY): PreparedName {
  const glued: GluedRun[] = [];
  for (let start = 0; start + 1 < tokens.length; start++) {
    const first = tokens[start]!;
    let text = first.text;
    let syllabic = first.syllabic;
    let digits = first.kind === 'number';
    let hangul = first.hangul;
    const otherStarts = chineseStarts(first) | (first.abjad && first.text[0] === 'a' ? VOWEL_STARTS : 0) | wadeGilesStarts(first);
    const longest = syllabic && tokens.slice(start, start + GLUE_MAX_SYLLABLES).every((t) => t.syllabic) ? GLUE_MAX_SYLLABLES : GLUE_MAX;
    for (let end = start + 1; end < Math.min(tokens.length, start + longest); end++) {
      text += tokens[end]!.text;
      syllabic ||= tokens[end]!.syllabic;
      digits ||= tokens[end]!.kind === 'number';
      hangul &&= tokens[end]!.hangul;
      const run = positions(start, end + 1);
      glued.push({
        run, text, syllabic, abjad: run.every((k) => tokens[k]!.abjad), vowelless: isVowelless(text), digits, sound: firstSound(text, syllabic),
        shortestPartner: text.length - 2 * run.length, otherStarts, token: undefined, sounds: undefined,
      });
      // Hangul syllables also as North Korea's names run them together in English ("lyeonbong" as
      // "Ryonbong"; "geumsan" as "gumsan", which may start with k: "Kumsan").
      const northern = hangul ? mccuneReischauerRun(text, false) : text;
      if (northern !== text) {
        glued.push({
          run, text: northern, syllabic, abjad: false, vowelless: false, digits, sound: firstSound(northern, syllabic),
          shortestPartner: northern.length - 2 * run.length, otherStarts: otherStarts | startBit(mccuneReischauerRun(northern)), token: undefined, sounds: undefined,
        });
      }
    }
  }
  let runStarts = 0;
  let tokenStarts = 0;
  let glueStarts = 0;
  let longest = 0;
  let acronymStarts = 0;
  let initialsStarts = 0;
  let syllabicStarts = 0;
  let strong = 0;
  const gluedAt = TOKEN_CHECKS * tokens.length;
  const checks = new Int32Array(gluedAt + 2 * glued.length);
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    const at = TOKEN_CHECKS * t;
    checks[at] = token.id;
    pairCheck(token, checks, at + PAIR);
    if (isStrong(token)) strong++;
    if (token.kind === 'word' || token.kind === 'legal') runStarts |= letterBit(token.text);
    if (token.kind !== 'number') tokenStarts |= startBit(token.text);
    if ((token.kind === 'word' || token.kind === 'number') && token.text.length >= 2) {
      checks[at + GLUE] = startBit(token.text) | startBit(token.phon);
      glueStarts |= checks[at + GLUE]!;
    }
    checks[at + GLUE + 1] = token.text.length;
    if (token.kind === 'word' && token.text.length >= 2) {
      if (token.text.length <= ACRONYM_MAX) {
        acronymStarts |= letterBit(token.text);
        if (!token.abjad && token.vowelless) initialsStarts |= letterBit(token.text);
      }
      if (token.text.length >= SYLLABIC_ABBREVIATION_MIN) syllabicStarts |= letterBit(token.text);
    }
    longest = Math.max(longest, token.text.length);
  }
  let gluedStarts = 0;
  let shortestGluedPartner = Infinity;
  glued.forEach((run, r) => {
    const starts = run.vowelless ? ALL_STARTS : startBit(run.text) | startBit(run.sound) | run.otherStarts;
    gluedStarts |= starts;
    shortestGluedPartner = Math.min(shortestGluedPartner, run.shortestPartner);
    checks[gluedAt + 2 * r] = starts;
    checks[gluedAt + 2 * r + 1] = run.shortestPartner;
  });
  const weights = new Float64Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) weights[i] = tokenWeight(tokens[i]!, rarity);
  const arabicArticle = hasArabicArticle(tokens);
  const parts = nameParts(tokens);
  return { tokens, checks, weights, glued, runStarts, tokenStarts, glueStarts, longest, gluedStarts, shortestGluedPartner, gluedAt, acronymStarts, initialsStarts, syllabicStarts, lineage: lineageOf(tokens), arabicArticle, arabicSpelling: arabicArticle || hasKnownArabicName(tokens), gluedArticle: tokens.some((t) => t.kind === 'word' && hasGluedArticle(t.text)), slavic: isEastSlavicName(tokens), pinyin: pinyinWords(tokens), korean: isKoreanName(tokens), burmese: isBurmeseName(tokens.filter((t) => t.kind === 'word').map((t) => t.text)), onePart: parts <= 1, parts, strong, rows: undefined };
}

/** PreparedName.rows, made on first use. */
export function rowOrder(name: PreparedName): Int32Array {
  return (name.rows ??= rowsRarestFirst(name.tokens, name.weights));
}

/** Token positions, strong tokens first, each group by weight, heaviest first: an insertion sort, as names are short. */
function rowsRarestFirst(tokens: NameToken[], weights: Float64Array): Int32Array {
  const order = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    let at = i;
    while (at > 0 && before(tokens, weights, i, order[at - 1]!)) {
      order[at] = order[at - 1]!;
      at--;
    }
    order[at] = i;
  }
  return order;
}

/** Whether position `x` comes before `y` in rowsRarestFirst's order (ties keep their positions). */
function before(tokens: NameToken[], weights: Float64Array, x: number, y: number): boolean {
  const strongX = isStrong(tokens[x]!);
  return strongX !== isStrong(tokens[y]!) ? strongX : weights[x]! > weights[y]!;
}

const GLUE_MAX = 3;
/** Chinese and Korean names of companies run to four syllables ("a li ba ba", Alibaba). */
const GLUE_MAX_SYLLABLES = 4;

/** Longer words are no acronyms: "ibm", "cagl", "scos". */
export const ACRONYM_MAX = 5;
/** Shorter words than this are acronyms only: "visco" (VIan Steel COmplex) may be syllables, "ibm" is initials. */
export const SYLLABIC_ABBREVIATION_MIN = 5;

/** The Wade-Giles first letters (wadeGilesStartBits) of a Chinese character's syllable; 0 for any other token. */
function wadeGilesStarts(token: NameToken): number {
  return !token.syllabic || token.hangul ? 0 : wadeGilesStartBits(token.text);
}

/** The first letters (startBit) of the pinyin a word of a syllable's length may spell (chineseOf); 0 for most words. */
function chineseStarts(token: NameToken): number {
  if (token.kind !== 'word' || token.text.length > 6) return 0;
  let starts = 0;
  for (const reading of chineseOf(token)) starts |= startBit(reading);
  return starts;
}

/**
 * Token positions start .. end - 1, one array per run, shared (pairings only read them): the glued
 * runs of every name prepared, and the pairings made of them, allocate none.
 */
export function positions(start: number, end: number): readonly number[] {
  const from = (RUNS[start] ??= []);
  let run = from[end];
  if (run === undefined) {
    const made: number[] = [];
    for (let k = start; k < end; k++) made.push(k);
    run = from[end] = made;
  }
  return run;
}

const RUNS: (readonly number[])[][] = [];

const ALL_STARTS = -1;
const VOWEL_STARTS = [...'aeiou'].reduce((bits, vowel) => bits | startBit(vowel), 0);

/**
 * A name whose own words are pinyin syllables, two or more ("Hua Xing Da Co., Ltd."; legal forms,
 * generic words, numbers and places aside): per token its pinyinSyllable. Undefined for any other name.
 */
function pinyinWords(tokens: NameToken[]): string[] | undefined {
  const syllables: string[] = [];
  let words = 0;
  for (const token of tokens) {
    const own = (token.kind === 'word' || token.kind === 'stop') && !token.syllabic && !isGenericWord(token);
    const syllable = own ? pinyinSyllable(token.text) : undefined;
    if (own && syllable === undefined && token.kind === 'word') return undefined;
    if (syllable !== undefined) words++;
    syllables.push(syllable ?? '');
  }
  return words >= 2 ? syllables : undefined;
}

/** A name with the Arabic article before a word. */
function hasArabicArticle(tokens: NameToken[]): boolean {
  return tokens.some((t, i) => i + 1 < tokens.length && isArabicArticle(t));
}

/** A name with a known Arabic given name in it (a title too: "Hafiz"), a kunya's "abu", the particle of a father's name ("bin") or a word only Arabic names make (the compounds below). */
function hasKnownArabicName(tokens: NameToken[]): boolean {
  return tokens.some((t) => (t.kind === 'word' || t.kind === 'stop') && ((isKnownArabicName(t.text) && !TURKISH_NAME_FORMS.has(t.text)) || ARABIC_NAME_WORDS.has(t.text) || ALLAH_COMPOUND.test(t.text) || DIN_COMPOUND.test(t.text) || ABD_COMPOUND.test(t.text)));
}

/** A name compounded with Allah, as only Arabic names are: Nasrallah, Hizballah, Hibatullah. */
const ALLAH_COMPOUND = /^[a-z]{2,}[aiou]llah$/;
/** Or with al-Din run into it, the article's vowel any: Noureddine, Salahuddin, Sirajuddin, Tajudin. */
const DIN_COMPOUND = /^[a-z]{3,}(?:[aeiou]d|u)din(?:e)?$/;
/** Or Abd and the article run into the name after them: Abdulhadi, Abdelmalek, Abdurrahman, Abdolreza (not "abdomen"). */
const ABD_COMPOUND = /^abd[aeiou][lnrstdz][a-z]{3,}$/;

const ARABIC_NAME_WORDS = new Set(['abu', 'abou', 'bin', 'ibn', 'bint', 'ould']);

/**
 * A name that may be Korean: two to four words, each one syllable as Korean names romanize them, a
 * Korean family name first or last ("JON, Myong Guk", "Ri Chae Il"), or written in Hangul (리설주).
 */
export function isKoreanName(tokens: NameToken[]): boolean {
  let first: string | undefined;
  let last: string | undefined;
  let words = 0;
  let hangul = false;
  for (const token of tokens) {
    if (token.kind !== 'word' || (token.syllabic && !token.hangul)) continue;
    if (++words > 4 || !(token.hangul || KOREAN_SYLLABLE.test(token.text))) return false;
    hangul ||= token.hangul;
    first ??= token.text;
    last = token.text;
  }
  return words >= 2 && (hangul || KOREAN_FAMILY_NAMES.has(first!) || KOREAN_FAMILY_NAMES.has(last!));
}

const KOREAN_SYLLABLE = /^(?:[bcdghjkmnprstwy]|ch|ts|ss|kk|pp|tt|jj)?[wy]?(?:a|ae|e|eo|eu|i|o|oe|u|ui|ai|oi|oo|ee|uh|oh)(?:k|n|ng|l|m|p|t|r)?$/;

/** A name with a word that ends as East Slavic patronymics and surnames do. */
function isEastSlavicName(tokens: NameToken[]): boolean {
  return tokens.some((t) => t.kind === 'word' && EAST_SLAVIC_ENDING.test(t.text));
}

/**
 * A person's lineage, as names carry it between the given name and the family name: the tokens
 * after the first patronymic particle up to the last token ("kamal [ben mohamed ben ahmed] darraji";
 * the last is the family name, "bin ladin" included), a patronymic ("vladimir [vladimirovich]
 * putin"), a Turkic father's name and its marker ("ilham [heydar oglu] aliyev"); and, as MARRIED, a
 * married surname ("mayela cardona [de ibarra]"). Undefined when there is none (most names).
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
  if (n < 4 || !isArabicArticle(tokens[n - 2]!) || !isStrong(tokens[n - 1]!)) return undefined;
  const k = ownNameAt(tokens) + 1;
  if (k >= n - 2) return undefined;
  const chain = new Uint8Array(n);
  chain.fill(1, k, n - 2);
  return chain;
}

const TURKIC_PATRONYMIC = new Set(['ugli', 'ogli', 'oglu', 'ogly', 'uly', 'uulu', 'kizi', 'qizi', 'kyzy', 'gizi', 'qyzy']);

/** Russian, Ukrainian and Belarusian patronymics ("ivanovich", "petrovna", "ivanauna", "andriyovych"). */
const PATRONYMIC = /(?:[oe]vi?tch|[oeaiy]vich|[oe]vych|[oe]vna|[iy]vna|auna|ichna)$/;

/** Position of the first patronymic particle between two name words ("X bin Y", "X ben al Y"), -1 without one. */
export function particleAt(tokens: NameToken[]): number {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!PATRONYMIC_PARTICLES.has(tokens[i]!.text) || !isStrong(tokens[i - 1]!)) continue;
    const next = tokens[i + 1]!;
    if (isStrong(next) || (ARABIC_ARTICLES.has(next.text) && i + 2 < tokens.length && isStrong(tokens[i + 2]!))) return i;
  }
  return -1;
}

const PATRONYMIC_PARTICLES = new Set(['bin', 'ibn', 'ben', 'bint', 'binti', 'ould', 'walad']);

/** Position of an Arabic name's own name (ownNameLeftOver): of "abd al hadi", the "hadi". */
export function ownNameAt(tokens: NameToken[]): number {
  let k = 0;
  while (k < tokens.length && (!isStrong(tokens[k]!) || BEFORE_OWN_NAME.has(tokens[k]!.text))) k++;
  return tokens[k]?.text === 'abd' && tokens[k + 1]?.kind === 'stop' ? k + 2 : k;
}

/** Words before an Arabic name's own name: a title, a kunya's "father of" or "mother of". */
const BEFORE_OWN_NAME = new Set(['abu', 'umm', 'haj', 'hajj', 'seyyed', 'seyed', 'doctor']);

/** "al" or "el" and four letters more at least: "alvarez" passes, and finds no "varez" in the other name (gluedArticleSimilarity). */
export function hasGluedArticle(word: string): boolean {
  return word.length >= 6 && (word.startsWith('al') || word.startsWith('el'));
}
