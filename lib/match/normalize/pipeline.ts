/**
 * The normalization pipeline: one ordered list of pure steps turning a raw name into tokens. Used
 * identically for list names at index time and for query names.
 */
import { foldScript, hasAbjadScript, type WordOrigin } from './script.js';
import {
  ampersandToAnd, bisQuestionMarks, dropApostrophes, dropListBoilerplate, flat, joinDottedAbbreviations, splitDottedInitials, lowerCase,
  markPlaces, reorderSurnameFirst, words
} from './text.js';
import { assimilateArticle, classifyTokens, connectorsToAnd, romanNumeralLast, dropLeadingHonorifics, joinSpelledLetters, expandAbbreviations, foldLegalForms, foldPersonLegalForms, numberWordsToDigits, spellArabicParticles, undoDigitDisguise } from './tokens.js';
import type { NameToken } from './tokens.js';

export type { NameToken, TokenKind } from './tokens.js';

/** The kind of party a name belongs to; only persons get "SURNAME, Given" reordering. */
export type NameKind = 'person' | 'other';

export interface NormalizedName {
  /** The name as given. */
  original: string;
  tokens: NameToken[];
}

type TextStep = (text: string) => string;

const STEPS_AFTER_CASE: TextStep[] = [
  dropListBoilerplate, joinDottedAbbreviations, markPlaces, dropApostrophes, ampersandToAnd
];

/** A person's name: dotted initials stay one letter each (splitDottedInitials), not an acronym. */
const PERSON_STEPS_AFTER_CASE: TextStep[] = STEPS_AFTER_CASE.map((step) => (step === joinDottedAbbreviations ? splitDottedInitials : step));

/** A step over the name's words; `origins` tells which of them are syllables or kana words (foldScript). */
type WordStep = (words: string[], origins: ReadonlyMap<string, WordOrigin>) => string[];

const WORD_STEPS: WordStep[] = [
  undoDigitDisguise, dropLeadingHonorifics, assimilateArticle, expandAbbreviations, numberWordsToDigits, foldLegalForms
];

/** A person's name: its syllables that are legal forms elsewhere are syllables (foldPersonLegalForms). */
const PERSON_WORD_STEPS: WordStep[] = WORD_STEPS.map((step) => (step === foldLegalForms ? foldPersonLegalForms : step));

/**
 * Any name but a person's: letters spelled out one by one are an acronym (joinSpelledLetters), and a
 * lone letter between words is the connector (connectorsToAnd), not an initial.
 */
const OTHER_WORD_STEPS: WordStep[] = [joinSpelledLetters, connectorsToAnd, romanNumeralLast, ...WORD_STEPS];

/**
 * A name written in Arabic or Hebrew script: no Latin title or legal form is read into its
 * transliteration (عمر is "amr", Omar, not "Mr"; إباء "ab" is no Swedish AB), and its "bn" is "bin".
 */
const ABJAD_WORD_STEPS: WordStep[] = [
  undoDigitDisguise, spellArabicParticles, assimilateArticle, expandAbbreviations, numberWordsToDigits
];

/** The words of the name being normalized that are Chinese or Korean syllables or kana words, as foldScript writes them (reused). */
const ORIGINS = new Map<string, WordOrigin>();

/** "PUTIN, Vladimir" (person) -> tokens vladimir, putin; "Siemens Aktiengesellschaft" -> siemens, ag(legal). */
export function normalizeName(raw: string, kind: NameKind = 'other'): NormalizedName {
  if (ORIGINS.size) ORIGINS.clear();
  let text = lowerCase(foldScript(bisQuestionMarks(raw), ORIGINS, kind !== 'person'));
  if (kind === 'person') text = reorderSurnameFirst(text);
  for (const step of kind === 'person' ? PERSON_STEPS_AFTER_CASE : STEPS_AFTER_CASE) text = step(text);
  let split = words(flat(text));
  const abjad = hasAbjadScript(raw);
  for (const step of abjad ? ABJAD_WORD_STEPS : kind === 'person' ? PERSON_WORD_STEPS : OTHER_WORD_STEPS) split = step(split, ORIGINS);
  return { original: raw, tokens: classifyTokens(split, ORIGINS, abjad, kind === 'person') };
}
