/**
 * A word's other spellings that depend on the language of the names compared (compareNames decides
 * which apply): Arabic words by their consonants, the Arabic article run into a word, East Slavic
 * words by the consonants their Russian, Ukrainian and Belarusian spellings share.
 */
import { isInitial, makeToken, type NameToken } from '../normalize/tokens.js';
import { arabicConsonantReadings, koreanSyllableForm, slavicConsonants, type ConsonantReadings } from '../normalize/phonetic.js';
import { isKnownArabicName } from '../normalize/vocabulary.js';
import { remembered } from '../remember.js';
import { rememberedSimilarity } from './pairings.js';
import { hasGluedArticle } from './prepared-name.js';
import { TUNING } from '../tuning.js';

/**
 * The same consonants, w and y included, in the same order: "ghommari" and "ghamari" (ghmr),
 * "kowari" and "kuwari" (kwr), but not "hassan" (hsn) and "hussein" (hsyn, the y of Husayn); a
 * ta marbuta however written, a lone i as y (arabicConsonantReadings). Three consonants at least.
 */
export function sameArabicConsonants(a: string, b: string, articles: boolean): boolean {
  // Two known given names, or family names made of them ("Mohammadi"), are their own forms only
  // (ARABIC_NAME_FORMS): Muhammad and Mahmud are both "mhmd". One known name is another's spelling only
  // where both names carry the article ("Karim" ~ "Kuraym"): without it, "Ehsan" is not Hasan.
  const known = +isKnownArabicName(a) + +isKnownArabicName(b);
  if (known === 2 || (known === 1 && !articles)) return false;
  // A lone i read as y on one side only: "amir" (mr) is not "mire" read "myr", nor "myr" both.
  const ra = consonantReadings(a);
  const rb = consonantReadings(b);
  if (ra.written.some((reading) => rb.written.includes(reading) || rb.withY.includes(reading)) || ra.withY.some((reading) => rb.written.includes(reading))) return true;
  // ث as Persian, Urdu and Turkish say it, s: "Haris" is Harith, "Usman" Uthman, "Sabit" Thabit.
  return (a.includes('th') !== b.includes('th')) && sameArabicConsonants(a.replace(TH, 's'), b.replace(TH, 's'), articles);
}

const TH = /th/g;

/** arabicConsonantReadings, remembered: every candidate name asks again for the same words. */
const consonantReadings = (word: string) => remembered(arabicConsonantCache, word, 100_000, () => arabicConsonantReadings(word));
const arabicConsonantCache = new Map<string, ConsonantReadings>();

/** A word with the Arabic article run into it against the word without it: "almaghraby" is "maghrabi" (0 when neither is so). */
export function gluedArticleSimilarity(a: NameToken, b: NameToken): number {
  const glued = hasGluedArticle(a.text);
  // Not against an initial: "elvegard" is not "V." for "vegard".
  if (glued === hasGluedArticle(b.text) || isInitial(glued ? b : a)) return 0;
  return glued ? rememberedSimilarity(makeToken(a.text.slice(2), 'word'), b) : rememberedSimilarity(makeToken(b.text.slice(2), 'word'), a);
}

/**
 * The same consonants as East Slavic spellings give them (slavicConsonants), three at least: "halavanau"
 * and "golovanov". A first я or ю is written with its glide ("ya", "ju", "ia"): "jayendra" is no "andrei".
 */
export function sameSlavicConsonants(a: string, b: string): boolean {
  const ca = slavicConsonantsOf(a);
  return ca.length >= 3 && ca === slavicConsonantsOf(b) && !(GLIDED.test(a) ? BARE.test(b) : GLIDED.test(b) && BARE.test(a));
}

/** A first я or ю, and a first а or у without the glide. */
const GLIDED = /^[jyi][au]/;
const BARE = /^[au]/;

const slavicConsonantsOf = (word: string) => remembered(slavicConsonantCache, word, 100_000, () => slavicConsonants(word));
const slavicConsonantCache = new Map<string, string>();

/**
 * Two words of Korean names in Latin letters (a pair's `similarity` as spelled): one syllable in two
 * romanizations (koreanSyllableForm: "chon" and "jon", "kuk" and "guk") is `phonetic`; syllables
 * that begin with other consonants or hold other vowels are other syllables however few letters
 * apart ("tong" 동 and "jong" 정, "kyong" 경 and "yong" 영, "jang" 장 and "jong" 정), at most
 * `otherKoreanSyllable`.
 */
export function koreanSyllableSimilarity(a: string, b: string, similarity: number): number {
  const formA = koreanSyllableForm(a);
  const formB = koreanSyllableForm(b);
  if (formA === formB) return TUNING.similarity.phonetic;
  return onsetOf(formA) === onsetOf(formB) && nucleusOf(formA) === nucleusOf(formB) ? similarity : Math.min(similarity, TUNING.similarity.otherKoreanSyllable);
}

/**
 * A romanized syllable's first consonants, its glide aside ("chong" ch, "pyong" p, "yong" none). An
 * initial ㄹ as the South writes it: dropped before i and y ("ryu" is "yu", "ri" is "i"), ㄴ before
 * other vowels ("ro" is "no").
 */
function onsetOf(syllable: string): string {
  const onset = syllable.slice(0, syllable.search(VOWEL_OR_GLIDE));
  if (onset !== 'r' && onset !== 'l' && onset !== 'n') return onset;
  return syllable[1] === 'i' || syllable[1] === 'y' ? '' : 'n';
}

const VOWEL_OR_GLIDE = /[aeiouwy]/;

/** A romanized syllable's vowels, as far as spellings of one vowel differ: ŏ as o or u, ㅐ and ㅔ alike. */
function nucleusOf(syllable: string): string {
  const vowels = syllable.match(VOWELS)?.[0] ?? '';
  return vowels.replace(/u/g, 'o').replace(/ae/g, 'e').replace(/oi|we/g, 'oe');
}

const VOWELS = /[aeiouwy]+/;
