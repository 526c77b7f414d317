/**
 * The scripts of India (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada,
 * Malayalam: U+0900..U+0D7F) to Latin as names are written: any-ascii spells each consonant without
 * the vowel it carries ("नरेंद्र मोदी" nremdr modi), where a reader writes Narendra Modi. A consonant
 * sounds its "a" unless a vowel sign or the virama follows; in the northern scripts at a word's end
 * only after a conjunct (Hindi drops the last one: कपिल is Kapil, नरेंद्र Narendra), and not between a
 * vowel's consonant and another vowel's (मनमोहन is Manmohan), where the Dravidian ones (Tamil, Telugu,
 * Kannada, Malayalam) sound it everywhere (ಸಿದ್ದರಾಮಯ್ಯ is Siddaramayya); the anusvara is n, m
 * before p, b, m; च is ch, श and ष sh, as Indian names are spelled. Every block lays out its letters
 * alike, so one rule reads them all by their offset in the block.
 */
import anyAscii from 'any-ascii';

const BLOCK_START = 0x0900;
const BLOCK_END = 0x0d7f;
const BLOCK_SIZE = 0x80;
const CANDRABINDU = 0x01;
const ANUSVARA = 0x02;
const NUKTA = 0x3c;
const VIRAMA = 0x4d;
/** Gurmukhi's tippi, its anusvara beside the bindi. */
const TIPPI = 0x70;
/** Letters as Indian names spell them, where any-ascii follows ISO 15919 (c, s). */
const SPELLED = new Map([[0x1a, 'ch'], [0x1b, 'chh'], [0x36, 'sh'], [0x37, 'sh']]);
/**
 * A consonant with the nukta (NFKC writes them so: फ़ as फ and ़): the sounds of Persian and Arabic
 * words, as names spell them (हाफ़िज़ Hafiz, ग़ालिब Ghalib, क़ासिम Qasim), and the flapped r (पढ़).
 */
const NUKTA_SPELLED = new Map([[0x15, 'q'], [0x16, 'kh'], [0x17, 'gh'], [0x1c, 'z'], [0x21, 'r'], [0x22, 'rh'], [0x2b, 'f'], [0x2f, 'y']]);
/** Stands for a consonant's own "a" until the word is read (medial schwa deletion). */
const SCHWA = '\u0001';
/** A schwa between a consonant after a vowel and a consonant before one is not sounded (Hindi). */
const SILENT_SCHWA = /(?<=[aeiou\u0001][bcdfghjklmnpqrstvwxyz]+)\u0001(?=[bcdfghjklmnpqrstvwxyz]+[aeiou\u0001])/g;

/** Offset of a character within its Indic block; -1 outside them. */
function offset(char: string | undefined): number {
  const code = char?.codePointAt(0) ?? -1;
  return code >= BLOCK_START && code <= BLOCK_END ? (code - BLOCK_START) % BLOCK_SIZE : -1;
}

function isConsonant(o: number): boolean {
  return (o >= 0x15 && o <= 0x39) || (o >= 0x58 && o <= 0x5f);
}

/** A dependent vowel sign (matra) or a length mark: the consonant before it has no "a" of its own. */
function isVowelSign(o: number): boolean {
  return (o >= 0x3e && o <= 0x4c) || (o >= 0x55 && o <= 0x57) || o === 0x62 || o === 0x63;
}

/** pa, pha, ba, bha, ma: the anusvara before them is "m". */
function isLabial(o: number): boolean {
  return o >= 0x2a && o <= 0x2e;
}

/** Tamil, Telugu, Kannada and Malayalam: a consonant sounds its "a" wherever no vowel sign or virama follows. */
const DRAVIDIAN_START = 0x0b80;

/**
 * Bengali has no letters for w and for a y before u, and writes them with vowels, which names spell
 * so: ও and য় before a vowel sign are w (ওয়াজেদ Wazed, ওয়াহিদ Wahid); ই first before উ or য় and a
 * vowel sign is y (ইউনূস Yunus, ইয়াসিন Yasin). Before NFKC's য and nukta.
 */
const BENGALI_SEMIVOWELS: [RegExp, string][] = [[/\u0993\u09af\u09bc(?=[\u09be-\u09cc])/g, 'w'], [/^\u0987(?=\u0989|\u09af\u09bc[\u09be-\u09cc])(?:\u09af\u09bc)?/, 'y']];

/** A run of one Indic script's characters (a word; spaces end runs) in Latin letters. */
export function romanizedIndic(run: string): string {
  for (const [pattern, latin] of BENGALI_SEMIVOWELS) run = run.replace(pattern, latin);
  const chars = [...run];
  const dravidian = (chars[0]!.codePointAt(0) ?? 0) >= DRAVIDIAN_START;
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const o = offset(chars[i]);
    if (o === ANUSVARA || o === CANDRABINDU || o === TIPPI) {
      out += isLabial(offset(chars[i + 1])) ? 'm' : 'n';
      continue;
    }
    const nukta = offset(chars[i + 1]) === NUKTA;
    // Other nukta forms come out as "k'" and the like: the letter is what a Latin spelling writes.
    out += (nukta ? NUKTA_SPELLED.get(o) : undefined) ?? SPELLED.get(o) ?? anyAscii(chars[i]!).replace(/'/g, '');
    if (!isConsonant(o)) continue;
    const next = nukta ? i + 2 : i + 1;
    const after = offset(chars[next]);
    if (isVowelSign(after) || after === VIRAMA) continue;
    const wordEnd = next >= chars.length;
    if (!wordEnd || dravidian || offset(chars[i - 1]) === VIRAMA) out += SCHWA;
  }
  const lower = out.toLowerCase();
  return (dravidian ? lower : lower.replace(SILENT_SCHWA, '')).replaceAll(SCHWA, 'a');
}

export const INDIC = /[\u0900-\u0d7f]/;
export const INDIC_RUNS = /[\u0900-\u0d7f]+/g;
