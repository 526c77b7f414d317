/**
 * Other readings of a person's name, screened and compared beside it (the best counts): a name in
 * Chinese characters as Japanese and Korean read it (japanese-names.ts, korean-names.ts) and as Hong
 * Kong spells it in Cantonese (cantonese-names.ts), beside the Mandarin reading any-ascii gives; a
 * name in Greek letters as the foreign name Greek spells (greek.ts); a Thai name as spelt in English,
 * "p" and "er" where RTGS writes "ph" and "oe" (thai.ts); a Chinese name in Cyrillic in pinyin (palladius.ts).
 */
import { cantoneseReadings } from './cantonese-names.js';
import { greekForeignReading } from './greek.js';
import { japaneseReadings } from './japanese-names.js';
import { koreanReadings } from './korean-names.js';
import { palladiusReading } from './palladius.js';
import { thaiEnglishReadings } from './thai.js';

export interface NameReading {
  /** The name as read, in Latin letters or Hangul (folded as any Korean name). */
  reading: string;
  /** What it was read as, for the explanation: "a Japanese name". */
  as: string;
}

/** Latin letters, digits, punctuation and marks only: no reading reads such a name (each reads another script). */
const LATIN_ONLY = /^[\u0000-\u036f\u1e00-\u1eff\u2000-\u206f]*$/;
const NONE: readonly NameReading[] = [];

export function nameReadings(name: string): readonly NameReading[] {
  // Most names screened: one test, rather than six readers' own tests and the spreads.
  if (LATIN_ONLY.test(name)) return NONE;
  return [
    ...japaneseReadings(name).map((reading) => ({ reading, as: 'a Japanese name' })),
    ...koreanReadings(name).map((reading) => ({ reading, as: 'a Korean name' })),
    ...cantoneseReadings(name).map((reading) => ({ reading, as: 'a Hong Kong name, in Cantonese' })),
    ...greekForeignReading(name).map((reading) => ({ reading, as: 'a foreign name in Greek letters' })),
    ...thaiEnglishReadings(name).map((reading) => ({ reading, as: 'a Thai name as spelt in English (p for ph, er for oe)' })),
    ...palladiusReading(name).map((reading) => ({ reading, as: 'a Chinese name in Cyrillic (Palladius), in pinyin' })),
  ];
}
