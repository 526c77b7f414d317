/** Token similarity: edit distance on spelling and on sound-alike forms, initials, abjad skeletons. */
import type { NameToken } from '../normalize/pipeline.js';
import { chineseOf, isInitial, makeToken, meaningOf } from '../normalize/tokens.js';
import { PINYIN_SYLLABLES, spellsSyllable, WADE_GILES_FIRST_LETTERS } from '../normalize/pinyin.js';
import { charBit, startBit, wadeGilesStartBits } from './letter-bits.js';
import { isSyllableSpelling, loanwordSkeleton, syllablePhoneticForm } from '../normalize/phonetic.js';
import { toCountryCode } from '../../lists/countries.js';
import { ABJAD_TITLES, ARABIC_NAME_FORMS, ARABIC_SCRIPT_NAMES, EAST_SLAVIC_NAME_FORMS, GIVEN_NAME_FORMS, NICKNAMES, WEAK_TITLES } from '../normalize/vocabulary.js';
import { normalizeName } from '../normalize/pipeline.js';
import { TUNING } from '../tuning.js';
import { abjadFirstLetters, abjadSpells } from './abjad.js';
import { remembered } from '../remember.js';
import { editDistance } from './edit-distance.js';

/**
 * Similarity from the number of edits, forgiving for longer words: 1 - edits / (longer length +
 * lengthAllowance). "tom"~"tim" 0.83, "scholze"~"scholz" 0.9, "mendeleev"~"medvedev" 0.67.
 * `fewestEdits`: a lower bound on the edits, when the caller knows one.
 */
export function editSimilarity(a: string, b: string, floor = 0, fewestEdits = 0): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  const scale = longer + TUNING.similarity.lengthAllowance;
  const maxEdits = Math.floor((1 - floor) * scale + 1e-9);
  // The caller knows the words need more edits than `floor` allows (lettersApart): no distance to compute.
  if (fewestEdits > maxEdits) return 0;
  const edits = editDistance(a, b, maxEdits);
  return edits > maxEdits ? 0 : Math.max(0, 1 - edits / scale);
}

/**
 * How alike two tokens are, 0..1. Numbers and particles must be equal, places name one country;
 * legal forms of different classes are half alike; words compare by spelling, sound-alike form,
 * initials, (Latin words without vowels) consonant skeletons, Arabic and Hebrew script letter by letter (abjad.ts) and (kana) loanword skeletons.
 */
export function tokenSimilarity(a: NameToken, b: NameToken, floor: number = TUNING.similarity.minimum): number {
  if (a.text === b.text) return 1;
  // A word that means another (an abbreviation, a translation) compares as it and as spelled: "intl" is
  // "international", "harakat" "movement" and "haraket" (NameToken.meaning).
  if ((a.meaning !== undefined || b.meaning !== undefined) && a.kind === 'word' && b.kind === 'word') {
    const meant = meaningOf(a) === meaningOf(b) ? 1 : wordSimilarity(meaningOf(a), meaningOf(b), floor);
    return Math.max(meant, wordSimilarity(a, b, floor));
  }
  if (a.kind === 'number' || b.kind === 'number') return 0;
  if (a.kind === 'legal' || b.kind === 'legal') return a.kind === b.kind ? TUNING.similarity.otherLegalForm : 0;
  if (a.kind === 'place' || b.kind === 'place') return samePlace(a, b) ? 1 : 0;
  if (a.kind === 'stop' || b.kind === 'stop') return isTitle(a) || isTitle(b) ? titleSimilarity(a, b, floor) : 0;
  return wordSimilarity(a, b, floor);
}

/** Integers per token that mayReachMinimum reads (pairCheck). */
export const PAIR_CHECK = 4;

/**
 * Writes at `at` what mayReachMinimum reads of a token: its letters (NameToken.letters); its shape,
 * its length and its sound-alike form's and the first character of each packed in one integer
 * (NOT_WORD for a number, legal form or particle), or -1 for a token that other routes of
 * tokenSimilarity may pair with any word (a title, a place, an initial, a Latin word without vowels,
 * a word that means another, a kana word); its routes, the first letters of its other forms as a
 * given name (NAME_FORMS), PATRONYMIC when it may be one (sameFathersName), SYLLABLE for a Chinese or
 * Korean syllable, ABJAD for a word in Arabic or Hebrew script, SPELLING for a Korean surname's
 * spelling and LEGAL for a legal form; and its starts, the first letters a word it pairs with may
 * have: of a syllable, its sound-alike form's and those of its other readings (wordSimilarity's
 * syllable routes) and, as Wade-Giles spells its pinyin, the other first letters it may have
 * (wadeGilesStartBits); of a word in Arabic
 * script, those its Latin spellings may start with (abjadFirstLetters) and, a known given name, its
 * Latin forms'; of any word, its own, its sound-alike form's and its syllable form's.
 */
export function pairCheck(token: NameToken, out: Int32Array, at: number): void {
  const { text, phon } = token;
  out[at] = token.letters;
  out[at + 1] = reachShape(token);
  let routes = (mayBePatronymic(text) ? PATRONYMIC : 0) | (token.syllabic ? SYLLABLE : 0) | (token.abjad ? ABJAD : 0)
    | (isSyllableSpelling(text) ? SPELLING : 0) | (token.kind === 'legal' ? LEGAL : 0);
  for (const form of nameFormsOf(token).keys()) routes |= startBit(form);
  out[at + 2] = routes;
  let starts = startBit(text) | startBit(phon) | startBit(token.syllablePhon);
  if (token.syllabic) {
    starts |= wadeGilesStartBits(text);
    if (text.includes('eo')) starts |= startBit(syllablePhoneticForm(text.replace('eo', 'u')));
    if (text.includes('u')) starts |= startBit(syllablePhoneticForm(text.replace('u', 'oo')));
    if (text[0] === 'l') starts |= startBit(syllablePhoneticForm(`r${text.slice(1)}`));
  }
  if (token.abjad) {
    for (const letter of abjadFirstLetters(text)) starts |= startBit(letter);
    for (const form of knownNameForms(text)) starts |= startBit(form);
  }
  out[at + 3] = starts;
}

function reachShape(token: NameToken): number {
  const { text, phon } = token;
  // A number, a legal form or a particle pairs with its own text only (a legal form with another at otherLegalForm).
  const word = token.kind === 'word';
  if (!word && token.kind !== 'number' && token.kind !== 'legal' && !(token.kind === 'stop' && !isTitle(token))) return -1;
  if (word && (token.meaning !== undefined || token.kana || (token.vowelless && !token.abjad) || text.length < 2)) return -1;
  if (text.length === 0 || phon.length === 0 || text.length > 0xff || phon.length > 0xff) return -1;
  const first = text.charCodeAt(0);
  const firstSound = phon.charCodeAt(0);
  if (first > 127 || firstSound > 127) return -1;
  return text.length | (phon.length << 8) | (first << 16) | (word ? 0 : NOT_WORD) | (firstSound << 24);
}

/** In a shape: a number, legal form or particle. Its length and first letter: two texts that differ in either are not one. */
const NOT_WORD = 1 << 23;
const TEXT = 0x7f00ff;

const PATRONYMIC = 1 << 27;
const SYLLABLE = 1 << 28;
const ABJAD = 1 << 29;
const SPELLING = 1 << 30;
const LEGAL = 1 << 31;

/**
 * Whether tokenSimilarity of two tokens, given by their pairChecks at `i` and `j`, may reach
 * `minimum`: false only when no route of wordSimilarity can. Two words: other first letters and
 * sounds, no Wade-Giles pair of them, no form of either name starting as the other word, not two
 * patronymics, more edits apart in spelling and in sound (by their lengths and letters) than
 * `minimum` allows. A syllable and a word, or a word in Arabic script and one in Latin letters: the
 * one starts as none of the other's spellings does. A number, legal form or particle: not the
 * other's text. Most words a new name's rare word meets in the names retrieved share only a common
 * word with it.
 */
export function mayReachMinimum(a: Int32Array, i: number, b: Int32Array, j: number): boolean {
  const aShape = a[i + 1]!;
  const bShape = b[j + 1]!;
  if (aShape < 0 || bShape < 0) return true;
  const aRoutes = a[i + 2]!;
  const bRoutes = b[j + 2]!;
  if ((aShape | bShape) & NOT_WORD) return (aRoutes & bRoutes & LEGAL) !== 0 || ((aShape ^ bShape) & TEXT) === 0;
  if ((aRoutes | bRoutes) & SYLLABLE) return (aRoutes & bRoutes & SYLLABLE) !== 0 || (a[i + 3]! & b[j + 3]!) !== 0;
  // A Korean surname's spelling ("lee", "park") pairs with another of its syllable's (syllablePhon, among the starts).
  if ((aRoutes | bRoutes) & SPELLING && (a[i + 3]! & b[j + 3]!) !== 0) return true;
  const aFirst = (aShape >>> 16) & 0x7f;
  const bFirst = (bShape >>> 16) & 0x7f;
  if ((aRoutes & charBit(bFirst)) !== 0 || (bRoutes & charBit(aFirst)) !== 0 || (aRoutes & bRoutes & PATRONYMIC) !== 0) return true;
  if ((aRoutes ^ bRoutes) & ABJAD) return (a[i + 3]! & b[j + 3]!) !== 0;
  const differ = aShape ^ bShape;
  if ((differ & 0xff0000) === 0 || differ >>> 24 === 0) return true;
  if (WADE_GILES_FIRST_PAIRS[aFirst * 128 + bFirst]) return true;
  // The fewest edits two words need: their lengths' difference, and the letters either has and the other lacks (lettersApart).
  const aLength = aShape & 0xff;
  const bLength = bShape & 0xff;
  if (Math.max(Math.abs(aLength - bLength), lettersApart(a[i]!, b[j]!)) <= SPELLING_EDITS[Math.max(aLength, bLength)]!) return true;
  const aSound = (aShape >>> 8) & 0xff;
  const bSound = (bShape >>> 8) & 0xff;
  return Math.max(Math.abs(aSound - bSound), lettersApart(a[i]! >>> 16, b[j]! >>> 16)) <= SOUND_EDITS[Math.max(aSound, bSound)]!;
}

/** Per longer length, the most edits editSimilarity allows at `minimum` between spellings, and (scaled by phoneticEditFactor) between sound-alike forms. */
const [SPELLING_EDITS, SOUND_EDITS] = [1, TUNING.similarity.phoneticEditFactor].map((factor) => Int32Array.from({ length: 0x100 }, (_, longer) =>
  Math.floor((1 - TUNING.similarity.minimum / factor) * (longer + TUNING.similarity.lengthAllowance) + 1e-9))) as [Int32Array, Int32Array];

/** A title kept as a weak token ("hafiz", "sayed", "sheikh"; WEAK_TITLES). */
const isTitle = (token: NameToken) => token.kind === 'stop' && (WEAK_TITLES.has(token.text) || ABJAD_TITLES.has(token.text));

/**
 * A title against a word or another title compares by spelling: many titles are given names too
 * ("MAKHLOUF, Hafez" ~ "MAKHLUF, Hafiz", "Sayyed" ~ "Sayed"), and a title has other spellings
 * ("sheikh", "shaykh"), sound-alike ones only. A particle ("al", "bin") against anything else stays 0.
 */
function titleSimilarity(a: NameToken, b: NameToken, floor: number): number {
  if ((a.kind === 'stop' && !isTitle(a)) || (b.kind === 'stop' && !isTitle(b))) return 0;
  // Sound-alike spellings only: a title a letter from another word is not it ("imam" ~ "ilam", "haji" ~ "naaji").
  const similarity = wordSimilarity(asWord(a), asWord(b), floor);
  return similarity >= TUNING.similarity.phonetic ? similarity : 0;
}

/** A title as the word it spells; one written in Arabic script ("hafdh", حافظ) as such a word. */
const asWord = (token: NameToken) => (token.kind === 'word' ? token : makeToken(token.text, 'word', false, !WEAK_TITLES.has(token.text)));

/** A place ("mu", Mauritius in parentheses) and a word naming the same country ("mauritius"). */
function samePlace(a: NameToken, b: NameToken): boolean {
  const [place, other] = a.kind === 'place' ? [a, b] : [b, a];
  return other.kind === 'word' && toCountryCode(other.text)?.toLowerCase() === place.text;
}

/** Similarities below `floor` may come back as 0 (the edit distance stops early). */
export function wordSimilarity(a: NameToken, b: NameToken, floor: number = TUNING.similarity.minimum): number {
  const s = TUNING.similarity;
  // A syllable is never an initial, nor compared as one: Korean 이 ("i") is a surname, not "I." for "Ibrahim".
  if (!a.syllabic && !b.syllabic && (isInitial(a) || isInitial(b))) {
    return a.text[0] === b.text[0] ? s.initial : 0;
  }
  // Two syllables both read from Chinese or Korean script are one syllable only when read alike (김종은 is not 김정은).
  if (a.syllabic && b.syllabic) return 0;
  if (a.syllabic || b.syllabic) {
    const syllabic = a.syllabic ? a : b;
    const other = a.syllabic ? b : a;
    // A Chinese character's pinyin against a Latin word that is a pinyin syllable too: one syllable
    // only as pinyin or Wade-Giles spells it (spellsSyllable), never by sound: 陈 "chen" is not Shen, 周 "zhou" not Zou.
    // Not a Korean syllable's, which any-ascii writes as pinyin may ("li" 리 is Ri, "ju" 주 Chu).
    if (!syllabic.hangul && PINYIN_SYLLABLES.has(syllabic.text) && PINYIN_SYLLABLES.has(other.text)) return spellsSyllable(other.text, syllabic.text) ? s.phonetic : 0;
    if (syllabic.hangul && koreanSibilantsDiffer(syllabic.text, other.text)) return 0;
    // Syllables run together are no one pinyin syllable however alike they sound ("mei ying" is no "Ming").
    if ((syllabic.phon === other.phon || syllabic.phon === other.syllablePhon) && !(PINYIN_SYLLABLES.has(other.text) && !PINYIN_SYLLABLES.has(syllabic.text) && !syllabic.hangul)) return s.phonetic;
    // Korean ㅓ (eo) as Latin spellings of Korean names write it, u: 석 "Suk", 명 "Myung", 건 "Kun", 선 "Sun";
    // and ㄹ (l) first as r: 룡 "Ryong" (a Korean syllable only: no pinyin syllable, 李 is no "Ri").
    if (syllabic.text.includes('eo') && syllablePhoneticForm(syllabic.text.replace('eo', 'u')) === other.syllablePhon) return s.phonetic;
    // Korean ㅜ (u) as they write it too, oo: 준 "Joon", 두 "Doo", 수 "Soo".
    if (syllabic.hangul && syllabic.text.includes('u') && syllablePhoneticForm(syllabic.text.replace('u', 'oo')) === other.syllablePhon) return s.phonetic;
    if (syllabic.text[0] === 'l' && (syllabic.hangul || !PINYIN_SYLLABLES.has(syllabic.text)) && syllablePhoneticForm(`r${syllabic.text.slice(1)}`) === other.syllablePhon) return s.phonetic;
    // A Chinese syllable in Wade-Giles: 习近平 is "Hsi Chin-ping", 毛泽东 "Mao Tse-tung".
    return chineseOf(other).includes(syllabic.text) ? s.phonetic : 0;
  }
  // An Arabic-script word against a Latin one: a known name is its Latin forms only; any other word,
  // its letters as a Latin spelling would write them.
  if (a.abjad !== b.abjad) {
    const abjad = a.abjad ? a.text : b.text;
    const latin = a.abjad ? b.text : a.text;
    const known = sameKnownName(abjad, latin);
    if (known !== undefined) return known ? s.phonetic : 0;
    if (abjadSpells(abjad, latin)) return s.phonetic;
  }
  if (a.phon === b.phon) return Math.max(s.phonetic, editSimilarity(a.text, b.text, s.phonetic));
  // Two romanizations of one Korean syllable written in Latin letters ("cho" and "jo", "lee" and "yi").
  if (a.syllablePhon === b.syllablePhon && (isSyllableSpelling(a.text) || isSyllableSpelling(b.text))) return s.phonetic;
  // A short form or another spelling of the name: at least `nickname`, more when the spellings are closer still.
  // Or its form in another language: at least `otherLanguage` (below), more where spelled closer ("alexandros"~"alexander").
  const nameForm = nameFormsOf(a).get(b.text) ?? 0;
  if (nameForm >= s.nickname) return Math.max(s.nickname, editSimilarity(a.text, b.text, s.nickname));
  if (sameFathersName(a.text, b.text)) return s.nickname;
  if (isPlaceAdjective(a.text, b.text) || isPlaceAdjective(b.text, a.text)) return s.ending.similarity;
  const skeleton = skeletonApplies(a, b) || skeletonApplies(b, a);
  const loanword = a.kana !== b.kana ? loanwordSimilarity(a.kana ? a : b, a.kana ? b : a, floor) : 0;
  // Too different in length to reach `minimum` by spelling or sound: only the skeleton can still align them.
  if (!skeleton && !withinReach(a.text.length, b.text.length) && !withinReach(a.phon.length, b.phon.length)) return Math.max(loanword, nameForm);
  let best = Math.max(loanword, nameForm);
  // An Arabic-script word leaves its short vowels unwritten: how many edits make it a Latin word says
  // nothing ("kably", كابلی, is Kabuli, not Caby); its letters (abjadSpells) or skeleton decide.
  if (a.abjad === b.abjad) {
    best = Math.max(best, editSimilarity(a.text, b.text, floor, lettersApart(a.letters, b.letters)));
    // A word of three letters against one three longer: their sound-alike forms, which drop letters, are an
    // edit apart from too many ("ali" and "ashley" as "asli", "san" and "shayan"); spelled, they are not.
    if (Math.min(a.text.length, b.text.length) > 3 || Math.abs(a.text.length - b.text.length) < 3) best = Math.max(best, editSimilarity(a.phon, b.phon, floor / s.phoneticEditFactor, lettersApart(a.letters >>> 16, b.letters >>> 16)) * s.phoneticEditFactor);
  }
  // A surname ending both words share ("-shvili", "-dottir", "-ullah") says little of who: the stems before it decide ("Jonsdottir" is not "Tomasdottir").
  const ending = best > 0 ? sharedNameEnding(a.text, b.text) : 0;
  if (ending > 0) best = Math.min(best, editSimilarity(a.text.slice(0, -ending), b.text.slice(0, -ending)));
  // The other spellings of one word below all keep its first sound: most pairs a query meets stop here.
  if (best < s.phonetic && a.phon.charCodeAt(0) === b.phon.charCodeAt(0)) best = Math.max(best, otherSpellingSimilarity(a, b));
  if (skeleton) {
    best = Math.max(best, a.skel === b.skel ? s.skeleton : editSimilarity(a.skel, b.skel, floor / s.skeletonEditFactor) * s.skeletonEditFactor);
  }
  // A Chinese name's syllable, or given name run together, in Wade-Giles and in pinyin: "Hsi" ~ "Xi", "Tsetung" ~ "Zedong".
  if (best < s.phonetic && sameChineseName(a, b)) best = s.phonetic;
  return best;
}

/** The length of a surname ending both words have (NAME_ENDINGS), each with a stem of three letters at least before it; 0 when none. */
function sharedNameEnding(a: string, b: string): number {
  // Most pairs end in other letters: no ending to try.
  if (a.charCodeAt(a.length - 1) !== b.charCodeAt(b.length - 1)) return 0;
  for (const ending of NAME_ENDINGS) {
    if (a.length >= ending.length + 3 && b.length >= ending.length + 3 && a.endsWith(ending) && b.endsWith(ending)) return ending.length;
  }
  return 0;
}

/**
 * Endings many surnames share: Georgian, Icelandic, Arabic and Persian compounds, Turkish. Not the
 * East Slavic patronymics and -enko: their transliterations differ in the stem ("Hojahmedovich" ~ "Khozhakhmedovich").
 */
const NAME_ENDINGS = ['sdottir', 'dottir', 'shvili', 'adze', 'idze', 'ullah', 'uddin', 'eddin', 'zadeh', 'oglu'];

function sameChineseName(a: NameToken, b: NameToken): boolean {
  // Most pairs start with letters no Wade-Giles and pinyin spelling of one syllable could.
  const x = a.text.charCodeAt(0);
  const y = b.text.charCodeAt(0);
  if (x !== y && (x > 127 || y > 127 || !WADE_GILES_FIRST_PAIRS[x * 128 + y])) return false;
  // The side whose readings are known first (a list word, met before): most words have none, and
  // the other side's, a new word's, are then never read, by far the costlier part.
  const known = a.chinese === undefined ? b : a;
  const other = known === a ? b : a;
  const readings = chineseOf(known);
  if (readings.length === 0) return false;
  const others = chineseOf(other);
  return others.length > 0 && readings.some((reading) => others.includes(reading));
}

/**
 * First letters of a Wade-Giles spelling and a pinyin one of one syllable, either way round
 * (WADE_GILES_FIRST_LETTERS: t/d, k/g, p/b, ch/zh j q, ts/z c, hs/x, j/r). A table by the two letters'
 * codes: most pairs a query meets start with other letters, and a key string built per pair was
 * most of this test's time.
 */
const WADE_GILES_FIRST_PAIRS = new Uint8Array(128 * 128);
for (const [pinyin, letters] of WADE_GILES_FIRST_LETTERS) {
  for (const letter of letters) {
    WADE_GILES_FIRST_PAIRS[pinyin.charCodeAt(0) * 128 + letter.charCodeAt(0)] = WADE_GILES_FIRST_PAIRS[letter.charCodeAt(0) * 128 + pinyin.charCodeAt(0)] = 1;
  }
}

/** One word's other spellings: an inflectional or Baltic ending, a Russian ё as e, a Persian form (0 when none); East Slavic and Arabic consonants depend on the names (language-spellings.ts). */
function otherSpellingSimilarity(a: NameToken, b: NameToken): number {
  const s = TUNING.similarity;
  if (soundAlikeWithYoAsE(a, b)) return s.phonetic;
  if (mayBePersianPair(a.text, b.text) && persianOf(a) === persianOf(b)) return s.phonetic;
  if (withoutEzafe(a.text) === b.text || withoutEzafe(b.text) === a.text) return s.phonetic;
  return isEndingVariant(a.text, b.text) || endingVariantWithYoAsE(a, b) || isBalticEnding(a.text, b.text) || isBalticEnding(b.text, a.text) ? s.ending.similarity : 0;
}

/**
 * A Russian adjective of a place against the place: "kazanskiy" Kazan's, "omskii" Omsk's, "tulskaya"
 * Tula's ("Kazanskiy Vertoletny Zavod" is the Kazan Helicopter Plant). The place four letters at least.
 */
function isPlaceAdjective(adjective: string, place: string): boolean {
  // Most pairs differ in their first letter or have no "sk" where the place ends.
  if (place.length < 4 || adjective.length < place.length + 2 || adjective.charCodeAt(0) !== place.charCodeAt(0) || adjective.indexOf('sk', place.length - 2) < 0) return false;
  const stem = place.endsWith('sk') ? place : VOWEL_LAST.test(place) ? place.slice(0, -1) + 'sk' : place + 'sk';
  return adjective.startsWith(stem) && ADJECTIVE_ENDINGS.has(adjective.slice(stem.length));
}

const VOWEL_LAST = /[aeiouy]$/;
const ADJECTIVE_ENDINGS = new Set(['iy', 'ii', 'iyy', 'y', 'i', 'yy', 'yi', 'ij', 'aya', 'aia', 'oe', 'oye', 'ogo', 'oi', 'oy', 'ikh', 'ie', 'iye', 'om', 'uyu']);

/** Another ending of a Russian word with ё, written "e": "Ukhnalyova" is Ukhnalev's feminine. */
function endingVariantWithYoAsE(a: NameToken, b: NameToken): boolean {
  return (a.yoPhon !== undefined || b.yoPhon !== undefined) && isEndingVariant(a.yoPhon ?? a.phon, b.yoPhon ?? b.phon);
}

/**
 * The same stem with another inflectional ending: a long shared beginning that covers all of the
 * shorter word but its last two letters, and at most `maxEnding` letters after it on the longer.
 * "alexandros"~"alexander", "karpenko"~"karpenkov", "lavrovs"~"lavrov"; not "ronaldinho"~"ronaldo"
 * (four letters added), "castillo"~"castro" (stem too short), "richardson"~"richard" (a family's name of the father's).
 */
function isEndingVariant(a: string, b: string): boolean {
  const { minStem, maxEnding } = TUNING.similarity.ending;
  const shorter = Math.min(a.length, b.length);
  let stem = 0;
  while (stem < shorter && a.charCodeAt(stem) === b.charCodeAt(stem)) stem++;
  if (stem < minStem || stem < shorter - 2 || Math.max(a.length, b.length) - stem > maxEnding) return false;
  // "-son" and "-sen" make a father's name a family's: "Richardson" is not "Richard".
  const longer = a.length > b.length ? a : b;
  return !(stem === shorter && SON.test(longer.slice(stem)));
}

const SON = /^s?s[oe]n$/;

/**
 * One Arabic word in its Arabic and its Persian romanization: Persian writes the short vowels i and
 * u as e and o, the diphthong ay as ei or ey, aw as ou or ow, and w as v, and lists write doubled
 * consonants once or twice: "Sulaymani" ~ "Soleimani", "Muhsin" ~ "Mohsen", "Mahdawi" ~ "Mahdavi",
 * "Husayni" ~ "Hosseini". Words of six letters or more: "Omar" and "Umar"
 * are near enough by spelling, "Bell" and "Bill" are other names.
 */
function mayBePersianPair(a: string, b: string): boolean {
  return a.length >= 6 && b.length >= 6 && Math.abs(a.length - b.length) <= 3;
}

/**
 * A Persian word with the ezafe run into it, as names join "Kala-ye Electric" and "Gharargah-e
 * Sazandegi": "kalaye" is "kala", "gharargahe" "gharargah" (the word itself for any other).
 */
function withoutEzafe(word: string): string {
  if (word.length >= 5 && word.endsWith('ye') && VOWEL_BEFORE_EZAFE.has(word[word.length - 3]!)) return word.slice(0, -2);
  return word.length >= 6 && word.endsWith('he') ? word.slice(0, -1) : word;
}

const VOWEL_BEFORE_EZAFE = new Set(['a', 'o', 'u', 'i']);

/** The token's persianForm, computed once: a new word meets many list words of its length. */
function persianOf(token: NameToken): string {
  return (token.persian ??= persianForm(token.text));
}

/**
 * A doubled letter once; then gh as q (Persian sounds ق as غ, and writes both gh: "Ghasemi" is Qasimi),
 * w as v, ai, ay, ei and ey as i, au and ou as u, e as i and o as u. Two passes without regular
 * expressions (seven replacements were the most of a new word's first comparisons): none of these
 * pairs overlaps another, nor does one's letter make another's.
 */
export function persianForm(word: string): string {
  let once = '';
  for (let i = 0; i < word.length; i++) {
    once += word[i];
    if (word[i + 1] === word[i]) i++;
  }
  let out = '';
  for (let i = 0; i < once.length; i++) {
    const c = once[i];
    const next = once[i + 1];
    if (c === 'g' && next === 'h') (out += 'q'), i++;
    else if ((c === 'a' || c === 'e') && (next === 'i' || next === 'y')) (out += 'i'), i++;
    else if ((c === 'a' || c === 'o') && next === 'u') (out += 'u'), i++;
    else out += c === 'w' ? 'v' : c === 'e' ? 'i' : c === 'o' ? 'u' : c;
  }
  return out;
}

const [DOUBLED, W] = [/(.)\1/g, /w/g];

/**
 * A word of Latin or Greek root as Russian names it, transliterated, and as English does: the lists
 * give a Russian organization's name both ways ("Novosibirskii Mekhanicheskii Zavod" and
 * "Novosibirsk Mechanical Plant", "Tekhnologii Sistemy i Kompleksy" and "Technologies Systems and
 * Complexes"). Russian endings as the English ones (-icheskii -ical, -tsiya -tion, -ika -ics, -skii
 * -sk, -alnyi -al, -ionnyi -ion, -itet -ity), and Spanish, Portuguese, Italian and French ones
 * (ROMANCE_ENDINGS), kh, ch, c and k as one sound, ts as c, y as i, doubled letters once, and a last
 * plural or case ending dropped. Between organizations' words of seven
 * letters or more (compareNames): people's names are not translated ("Kathryn" is not "Katrina").
 */
export function sameCognate(a: string, b: string): boolean {
  return a.length >= 7 && b.length >= 7 && Math.abs(a.length - b.length) <= 4 && cognateOf(a) === cognateOf(b);
}

const cognateOf = (word: string) => remembered(cognateForms, word, 100_000, () => cognateForm(word));
const cognateForms = new Map<string, string>();

function cognateForm(word: string): string {
  let form = word;
  for (const [ending, english] of COGNATE_ENDINGS) {
    if (!ending.test(form)) continue;
    form = form.replace(ending, english);
    break;
  }
  for (const [letters, sound] of COGNATE_FOLDS) form = form.replace(letters, sound);
  return form.replace(LAST_ENDING, '');
}

const RUSSIAN_ENDINGS: [RegExp, string][] = [
  [/icheski[iyj]?$|icheskaya$|icheskoy?e$|icheskikh$|icheskie$/, 'ical'],
  [/tsi(?:ya|ia|i|yu)$/, 'tion'],
  [/ik[ai]$/, 'ics'],
  [/sk(?:aya|oy?e|i[iyj]|y|ikh|ie)$/, 'sk'],
  [/aln(?:y[iyj]|aya|oy?e|ye|ykh)$/, 'al'],
  [/ionn(?:y[iyj]|aya|oy?e|ye|ykh)$/, 'ion'],
  [/itet$/, 'ity'],
];
/**
 * Spanish, Portuguese, Italian and French endings as the English ones: -cion, -cao (any-ascii's
 * ção), -zione -tion; -ario, -aria, -aire -ary; -ico, -ica, -ique -ic; -ado, -ada -ed; -dad -ty
 * ("Ejercito de Liberacion Nacional", National Liberation Army; "Fuerzas Armadas Revolucionarias").
 */
const ROMANCE_ENDINGS: [RegExp, string][] = [
  [/(?:cion|zione|cao)(?:es|i)?$/, 'tion'],
  [/(?:ari[oa]|aire)s?$/, 'ary'],
  [/(?:ic[oa]|ique)s?$/, 'ic'],
  [/ad[oa]s?$/, 'ed'],
  [/dad(?:es)?$/, 'ty'],
];
const COGNATE_ENDINGS = [...RUSSIAN_ENDINGS, ...ROMANCE_ENDINGS];
const COGNATE_FOLDS: [RegExp, string][] = [[/[cz]ion/g, 'tion'], [/tsi/g, 'ti'], [/ts/g, 'c'], [/kh|ch|ck|c|q/g, 'k'], [/ph/g, 'f'], [/th/g, 't'], [/x/g, 'ks'], [W, 'v'], [/y/g, 'i'], [DOUBLED, '$1']];
const LAST_ENDING = /(?:ies|es|s|ia|i|a|e)$/;

/** The same sound once a Russian "yo" is written "e" on either side (yoPhon): "semyonov" ~ "semenov", "fyodorov" ~ "fedorov". */
function soundAlikeWithYoAsE(a: NameToken, b: NameToken): boolean {
  if (a.yoPhon === undefined && b.yoPhon === undefined) return false;
  return (a.yoPhon ?? a.phon) === (b.yoPhon ?? b.phon);
}

/**
 * A Latvian or Lithuanian spelling of a foreign name: the name and a nominative ending ("petrs" ~
 * "petr", "avenas" ~ "aven", "sergejus" ~ "sergey"), as their passports write it, with "j" for the
 * sound English spells "y" ("pjotrs" ~ "pyotr"). Words of four letters or more: "ivs" is no "iv".
 * Most pairs stop at the lengths and the last letter.
 */
function isBalticEnding(longer: string, shorter: string): boolean {
  const extra = longer.length - shorter.length;
  if (extra < 1 || extra > 2 || shorter.length < 4 || longer.charCodeAt(longer.length - 1) !== S) return false;
  if (extra === 2 && !BALTIC_ENDINGS.has(longer.slice(-2))) return false;
  for (let i = 0; i < shorter.length; i++) {
    const a = longer.charCodeAt(i);
    const b = shorter.charCodeAt(i);
    if (a !== b && !(a === J && b === Y)) return false;
  }
  return true;
}

const [J, S, Y] = ['j', 's', 'y'].map((c) => c.charCodeAt(0)) as [number, number, number];
const BALTIC_ENDINGS = new Set(['s', 'is', 'as', 'us']);

/** A word without a two-letter Baltic ending ("avenas" -> "aven"), when it has one and keeps four letters. */
export function balticStem(word: string): string | undefined {
  return word.length >= 6 && BALTIC_ENDINGS.has(word.slice(-2)) ? word.slice(0, -2) : undefined;
}

/**
 * A Korean syllable's first sound s (ㅅ, ㅆ: "s", "sh") and ch or j (ㅈ, ㅊ, ㅉ) are other consonants,
 * which phoneticForm folds together: 서 is no "Cho", 상 no "Chang".
 */
function koreanSibilantsDiffer(hangul: string, latin: string): boolean {
  return KOREAN_S.test(hangul) !== KOREAN_S.test(latin) && (KOREAN_CH.test(hangul) || KOREAN_CH.test(latin));
}

const KOREAN_S = /^s/;
const KOREAN_CH = /^(?:ch|j|tch|ts)/;

/**
 * A kana word against a Latin one by the consonants Japanese keeps (loanwordSkeleton): "sonigurupu"
 * ~ "sonygroup". Skeletons of fewer than loanwordMinConsonants say too little ("soni" and "sun" are
 * both "sn"); one less is enough where equal and the words begin alike ("torudo" ~ "Trudeau", "angera"
 * ~ "Angela"). The Latin word's r before a consonant is silent as English says it ("star", スター) or
 * said as other languages do ("Merkel", メルケル).
 */
function loanwordSimilarity(kana: NameToken, latin: NameToken, floor: number): number {
  const s = TUNING.similarity;
  const a = loanwordSkeleton(kana.text, false);
  if (a.length < s.loanwordMinConsonants - 1) return 0;
  const short = a.length < s.loanwordMinConsonants;
  let best = 0;
  // Most words have no r to be silent: one skeleton, compared once.
  for (const b of new Set([loanwordSkeleton(latin.text, true), loanwordSkeleton(latin.text, false)])) {
    if (a === b) return short && kana.text[0] !== latin.text[0] ? 0 : s.skeleton;
    if (!short) best = Math.max(best, editSimilarity(a, b, floor / s.skeletonEditFactor) * s.skeletonEditFactor);
  }
  return best;
}

/**
 * A Latin word written without vowels ("mhmd") against one with at least as many consonants, or a
 * short one. A word in Arabic or Hebrew script is spelled letter by letter instead (abjadSpells):
 * "zmny" (Zamani) is not any name with s, m and n ("Zia Imani"), nor "hsn" (Hasan) Husayn.
 */
function skeletonApplies(vowelless: NameToken, other: NameToken): boolean {
  if (!vowelless.vowelless || vowelless.abjad || other.skel.length === 0) return false;
  // A Latin "QMB" is an acronym, not "cambio", and so is any word of three consonants ("SCF" is not "Skif"),
  // or of two sounds once digraphs and doubles fold ("TKKH", t-k-kh, is not "Yatek").
  if (Math.abs(vowelless.text.length - other.text.length) > 1 || vowelless.text.length < 4) return false;
  return vowelless.skel.length >= 3;
}

/**
 * Fewest edits between two words by their letterBuckets (low 16 bits): each position holding a
 * character the other word lacks is substituted or deleted, an edit each (a swap moves characters
 * both words have). Most pairs of different words a query meets need more edits than `minimum`
 * allows, and stop here without an edit distance (on new names, about nine pairs in ten).
 */
function lettersApart(a: number, b: number): number {
  return Math.max(bitCount(a & ~b & 0xffff), bitCount(b & ~a & 0xffff));
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Whether two lengths differ little enough for editSimilarity to reach the alignment minimum. */
function withinReach(la: number, lb: number): boolean {
  const longer = Math.max(la, lb);
  return Math.abs(la - lb) <= (1 - TUNING.similarity.minimum) * (longer + TUNING.similarity.lengthAllowance);
}

/**
 * Whether a known given name in Arabic script (ARABIC_SCRIPT_NAMES, as transliterated) and a Latin
 * form of one (ARABIC_NAME_FORMS) are the same name; undefined unless both are known.
 */
function sameKnownName(abjad: string, latin: string): boolean | undefined {
  const name = knownNameOf(abjad);
  if (name === undefined) return undefined;
  const form = knownArabic().latin.get(latin);
  return form === undefined ? undefined : form === name;
}

/** The Latin forms of a known given name in Arabic script (ARABIC_SCRIPT_NAMES, as transliterated): none for any other word. */
function knownNameForms(abjad: string): readonly string[] {
  const name = knownNameOf(abjad);
  return name === undefined ? [] : ARABIC_NAME_FORMS[name]!;
}

/** The known given name (its index in ARABIC_NAME_FORMS) a word in Arabic script is, if any. */
function knownNameOf(abjad: string): number | undefined {
  return knownArabic().abjad.get(abjad);
}

const knownArabic = () => (knownNames ??= knownArabicNames());

/** Built on first use: only names in Arabic script ask, and most screenings meet none. */
let knownNames: { abjad: Map<string, number>; latin: Map<string, number> } | undefined;

function knownArabicNames() {
  const latin = new Map<string, number>();
  ARABIC_NAME_FORMS.forEach((forms, name) => forms.forEach((form) => latin.set(form, name)));
  const abjad = new Map<string, number>();
  for (const [arabic, form] of Object.entries(ARABIC_SCRIPT_NAMES)) abjad.set(normalizeName(arabic, 'person').tokens[0]!.text, latin.get(form)!);
  return { abjad, latin };
}

/**
 * Per given name, the names it is another form of and how alike that makes them at least: its short
 * forms, other spellings and forms (East Slavic, Arabic) at `nickname`, per short form the names it
 * stands for; its forms in other languages (GIVEN_NAME_FORMS) at `otherLanguage`. One map, one lookup
 * per new pair of words.
 */
const NAME_FORMS = new Map<string, Map<string, number>>();
const NO_FORMS: ReadonlyMap<string, number> = new Map();
/** The token's NAME_FORMS, looked up once: a new word meets many list words, and most have none. */
const nameFormsOf = (token: NameToken) => (token.nameForms ??= NAME_FORMS.get(token.text) ?? NO_FORMS);
function addNameForms(pairs: (readonly [string, string])[], similarity: number): void {
  for (const [name, other] of pairs) {
    for (const [from, to] of [[name, other], [other, name]] as const) {
      const forms = NAME_FORMS.get(from) ?? new Map<string, number>();
      forms.set(to, Math.max(forms.get(to) ?? 0, similarity));
      NAME_FORMS.set(from, forms);
    }
  }
}
const formPairs = (groups: string[][]) => groups.flatMap((forms) => forms.flatMap((form) => forms.filter((other) => other !== form).map((other) => [form, other] as const)));
addNameForms([...Object.entries(NICKNAMES).flatMap(([name, shorts]) => shorts.map((short) => [name, short] as const)), ...formPairs([...EAST_SLAVIC_NAME_FORMS, ...ARABIC_NAME_FORMS])], TUNING.similarity.nickname);
addNameForms(formPairs(GIVEN_NAME_FORMS), TUNING.similarity.otherLanguage);

/**
 * Two East Slavic patronymics of one given name's forms (EAST_SLAVIC_NAME_FORMS): "nikolayevna" and
 * Belarusian "mikalaeuna" (Nikolai, Mikalai), "grigorevich" and "ryhoravich" (Grigory, Ryhor).
 */
function sameFathersName(a: string, b: string): boolean {
  const fa = fatherOf(a);
  if (fa === undefined) return false;
  const fb = fatherOf(b);
  return fb !== undefined && fa !== fb && FATHERS.get(fa) !== undefined && FATHERS.get(fa) === FATHERS.get(fb);
}

/** A patronymic's given name, its last vowels aside ("nikolayevna" -> "nikol"); undefined for any other word. */
function fatherOf(word: string): string | undefined {
  // Most words a name is compared with end otherwise: no regular expression for them.
  if (!mayBePatronymic(word)) return undefined;
  const stem = word.replace(PATRONYMIC_SUFFIX, '');
  return stem.length < word.length && stem.length >= 3 ? stem.replace(LAST_VOWELS, '') : undefined;
}

/** Whether a word ends as every patronymic does (PATRONYMIC_SUFFIX): fatherOf's first test, and pairCheck's PATRONYMIC route, which must not miss one. */
const mayBePatronymic = (word: string) => word.endsWith('ch') || word.endsWith('na');

const PATRONYMIC_SUFFIX = /[aeiouy]*(?:vitch|vich|vych|vna|una)$/;
const LAST_VOWELS = /[aeiouy]+$/;

/** Per East Slavic given name form, its last vowels aside ("nikolai" -> "nikol"), the index of its name in EAST_SLAVIC_NAME_FORMS. */
const FATHERS = new Map<string, number>();
EAST_SLAVIC_NAME_FORMS.forEach((forms, name) => forms.forEach((form) => FATHERS.set(form.replace(LAST_VOWELS, ''), name)));
