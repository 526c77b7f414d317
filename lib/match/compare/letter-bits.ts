/**
 * One bit per first letter, a-z, and bit 26 for any other character: which letters a name's words,
 * glued runs and readings start with, tested many at once (PreparedName's start bits, pairCheck's).
 */
import { WADE_GILES_FIRST_LETTERS } from '../normalize/pinyin.js';

/** The bit of a character code: a-z, or bit 26 for any other. */
export function charBit(code: number): number {
  const c = code - 97;
  return c >= 0 && c < 26 ? 1 << c : OTHER_START;
}

/** The bit of a word's first letter (a-z), 0 for any other first character. */
export function letterBit(text: string): number {
  return charBit(text.charCodeAt(0)) & ~OTHER_START;
}

/** letterBit, with bit 26 for any other first character (the start bits of words, runs and readings). */
export function startBit(text: string): number {
  return charBit(text.charCodeAt(0));
}

const OTHER_START = 1 << 26;

/**
 * startBits of the letters a Wade-Giles spelling of a pinyin syllable may start with, where pinyin's
 * differs (WADE_GILES_FIRST_LETTERS): 泽东 "ze dong" is written "Tsetung", 近平 "jin ping"
 * "Chinping"; and Taiwan leaves the y off, 英 "ying" "Ing".
 */
export function wadeGilesStartBits(syllable: string): number {
  const first = syllable[0]!;
  let starts = first === 'y' ? startBit('i') : 0;
  for (const letter of WADE_GILES_FIRST_LETTERS.get(first) ?? '') starts |= startBit(letter);
  return starts;
}
