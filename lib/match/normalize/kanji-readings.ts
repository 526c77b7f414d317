/**
 * A Japanese family or given name of known kanji that IPADIC lacks, read kanji by kanji: 晋三 as
 * "Shinzo", 翔平 as "Shohei", 三木谷 as "Mikitani", each kanji as it reads in that place of a name
 * (kanji-readings.data.ts, learned from the known names' readings by kanji-readings.generate.ts).
 */
import { KANJI_READINGS } from './kanji-readings.data.js';

/** A kanji's place in a name of two or three: first, middle, last. */
export type Place = 0 | 1 | 2;
/** A kanji's readings in a place at least this likely are kept. */
export const LIKELY = 0.2;
const COMPOSED_MAX = 3;

let table: Map<string, [string, number][]> | undefined;

/** The table, parsed on the first name that needs it. */
function readingsTable(): Map<string, [string, number][]> {
  if (table) return table;
  table = new Map();
  for (const line of KANJI_READINGS.split('\n')) {
    const [part, kanji, place, ...rest] = line.split(' ');
    const readings: [string, number][] = [];
    for (let i = 0; i < rest.length; i += 2) readings.push([rest[i]!, Number(rest[i + 1])]);
    table.set(`${part} ${kanji} ${place}`, readings);
  }
  return table;
}

/** A name's kanji, the repeat mark 々 as the kanji it repeats (佐々木 is 佐佐木, "Sasaki"). */
export function repeatsSpelled(name: string): string[] {
  const chars = [...name];
  return chars.map((char, i) => (char === '々' && i > 0 ? chars[i - 1]! : char));
}

export function placeOf(i: number, length: number): Place {
  return i === 0 ? 0 : i === length - 1 ? 2 : 1;
}

/**
 * A family name (f) or given name (g) of two or three kanji read kanji by kanji, the likeliest
 * readings first ("晋三" -> ["shinzo"]); none when a kanji has no likely reading in its place.
 */
export function composedReadings(name: string, part: 'f' | 'g'): string[] {
  const chars = repeatsSpelled(name);
  if (chars.length < 2 || chars.length > 3) return [];
  let composed: [string, number][] = [['', 1]];
  for (const [i, char] of chars.entries()) {
    const readings = readingsTable().get(`${part} ${char} ${placeOf(i, chars.length)}`) ?? [];
    composed = composed.flatMap(([text, p]) => readings.map(([reading, q]) => [text + reading, p * q] as [string, number]));
  }
  return composed.sort((a, b) => b[1] - a[1]).slice(0, COMPOSED_MAX).map(([text]) => text);
}
