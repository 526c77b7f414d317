/**
 * String-to-string normalization steps, each pure and small. `pipeline.ts` runs them in order, the
 * same way at index time and at query time.
 */
import { Buffer } from 'node:buffer';
import { toCountryCode } from '../../lists/countries.js';
import { LEGAL_FORMS } from './vocabulary.js';

/** BIS writes `?` where an apostrophe belongs: "Fa?ur" -> "Fa'ur". */
export function bisQuestionMarks(text: string): string {
  return text.includes('?') ? text.replace(/(\p{L})\?(?=\p{L})/gu, "$1'") : text;
}

/**
 * The text as V8 reads plain Latin text fastest: flat, a byte per character (text with a character
 * beyond Latin-1 as it is). A name cut from a file or request with one such character anywhere is
 * two bytes a character, and so is every word cut from it; a string of 13 characters or more sliced
 * or joined refers to others. Comparing names reads the tokens' strings (length, charCodeAt,
 * indexing) at sites that, meeting every kind, went megamorphic: 13% of the instructions of
 * screening a new name. normalizeName flattens each name before cutting it into words.
 */
export function flat(text: string): string {
  return BEYOND_LATIN_1.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}

/** A regular expression scans natively: a loop of charCodeAt over every list name was 2% of a cold index build. */
const BEYOND_LATIN_1 = /[^\x00-\xff]/;

/** flat, for a string made from flat ones: flat already when shorter than the 13 characters from which V8 slices or joins by reference (a token's sound-alike forms, a glued run). */
export const flatLong = (text: string) => (text.length < 13 ? text : flat(text));

export function lowerCase(text: string): string {
  return text.toLowerCase();
}

/**
 * OFAC writes people as "SURNAME, Given": "PUTIN, Vladimir Vladimirovich" -> "Vladimir Vladimirovich PUTIN".
 * Only for one comma; "Doe, John, Jr." is left alone.
 */
export function reorderSurnameFirst(text: string): string {
  const parts = text.split(',');
  if (parts.length !== 2) return text;
  const [surname, given] = parts as [string, string];
  if (!surname.trim() || !given.trim()) return text;
  return `${given.trim()} ${surname.trim().replace(MARRIED_NAME, `$1 ${MARRIED_WORD} $2`)}`;
}

/**
 * A Hispanic woman's married surname, "CARDONA DE IBARRA, Mayela": her father's surname, then "de" and
 * her husband's, in place of her mother's ("CARDONA MARTINEZ, Mayela"). Only where the comma shows the
 * surnames: given first, "Angelo Ramirez de Guzman" may be a middle name and a surname. Marked for
 * classifyTokens (MARRIED_DE).
 */
const MARRIED_NAME = /^([a-z]+) de ([a-z]+)$/;
const MARRIED_MARK = '\u0006';
export const MARRIED_WORD = `${MARRIED_MARK}de`;

/** Entity List boilerplate: "X, and any successor, sub-unit, or subsidiary thereof" -> "X". */
export function dropListBoilerplate(text: string): string {
  if (!text.includes('thereof')) return text;
  return text.replace(/,?\s*(and|including)\s+(any|all)\s+(successors?|sub-?units?|subsidiar(y|ies))\b.*?thereof\b/g, '');
}

/** Dotted abbreviations lose their dots: "s.a." -> "sa", "g.m.b.h." -> "gmbh", "c.b.a." -> "cba". */
export function joinDottedAbbreviations(text: string): string {
  if (!text.includes('.') && !text.includes('/')) return text;
  return text.replace(DOTTED_LETTERS, (abbr) => abbr.replace(DOTS, '')).replace(SLASHED_LETTERS, '$1$2');
}

/**
 * A person's dotted initials stay initials, one each: "v.a." -> "v a" (Victor Alekseyevich); not
 * "a.k.a." and "f.k.a.", which introduce another name. Two letters about a slash are one word, as
 * in any name ("s/o", son of).
 */
export function splitDottedInitials(text: string): string {
  if (!text.includes('.') && !text.includes('/')) return text;
  return text.replace(DOTTED_LETTERS, (initials) => {
    const letters = initials.replace(DOTS, '');
    return ANOTHER_NAME_MARKS.has(letters) ? letters : initials.replace(DOTS, ' ');
  }).replace(SLASHED_LETTERS, '$1$2');
}

/** Two letters or more, each with its dot: an abbreviation, or a person's initials. */
const DOTTED_LETTERS = /\b(?:[a-z]\.){2,}(?![a-z])/g;
const DOTS = /\./g;
const SLASHED_LETTERS = /\b([a-z])\/([a-z])\b/g;

const ANOTHER_NAME_MARKS = new Set(['aka', 'fka', 'nka']);

/** Apostrophes (and the ` any-ascii writes for Arabic 'ayn) vanish: "o'brien" -> "obrien", "`ly" -> "ly". */
export function dropApostrophes(text: string): string {
  return APOSTROPHES.test(text) ? text.replace(APOSTROPHES_ALL, '') : text;
}

const APOSTROPHES = /['`\u2018\u2019\u02bb\u02bc]/;
const APOSTROPHES_ALL = /['`\u2018\u2019\u02bb\u02bc]/g;

/**
 * A country in parentheses says where, not who: "Conair Corp. (US)", "Taihe Electric (Hong Kong)
 * Limited". It becomes its ISO code ("us", "hk"), marked for classifyTokens to make a place token.
 * A legal form in parentheses ("(AO)") stays itself.
 */
export function markPlaces(text: string): string {
  return text.includes('(') ? text.replace(PARENTHESIZED, (whole, inner: string) => {
    const code = Object.hasOwn(LEGAL_FORMS, inner.trim()) ? undefined : toCountryCode(inner);
    return code ? ` ${PLACE_MARK}${code.toLowerCase()} ` : whole;
  }) : text;
}

export const PLACE_MARK = '\u0005';
const PARENTHESIZED = /\(([^()]*)\)/g;

export function ampersandToAnd(text: string): string {
  return text.includes('&') ? text.replace(/&/g, ' and ') : text;
}

/** Everything but letters and digits separates words: "kim jong-un" -> kim, jong, un. Places and a married "de" keep their mark. */
export function words(text: string): string[] {
  return text.match(text.includes(PLACE_MARK) || text.includes(MARRIED_MARK) ? MARKED_WORD : WORD) ?? [];
}

const WORD = /[a-z0-9]+/g;
/** The same with marks: a slower pattern, for the few names that have any. */
const MARKED_WORD = /[\u0005\u0006]?[a-z0-9]+/g;
