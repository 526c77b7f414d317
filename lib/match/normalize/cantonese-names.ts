/**
 * A Hong Kong name in Chinese characters, read in Cantonese as Hong Kong spells names: any-ascii reads
 * characters in Mandarin pinyin (李家超 as "Li Jia Chao"), where Hong Kong's identity cards, and the
 * lists after them, write the Cantonese sounds ("LEE, Ka Chiu"; 陳國基 "CHAN, Kwok-ki"). Each character's
 * sound from cantonese-names.data.ts.
 */
import { CANTONESE_SOUNDS } from './cantonese-names.data.js';

let sounds: Map<string, string> | undefined;

/** The table, parsed on the first name in characters: most screenings never need it. */
function soundTable(): Map<string, string> {
  if (sounds) return sounds;
  sounds = new Map();
  for (const entry of CANTONESE_SOUNDS.split(' ')) {
    const [char, ...spelling] = [...entry];
    sounds.set(char!, spelling.join(''));
  }
  return sounds;
}

/**
 * Three or four characters in one run, family name first: how Hong Kong writes a person's name (a name
 * written apart, given name first, is a name put into Western order, as mainland names often are). Not
 * two: read so, 李明 "Lee Ming" met "Lee Min Ho" (0.81), whose syllables pinyin keeps apart. A name
 * with a character the table lacks (most simplified ones) is not read so either.
 */
const HAN_NAME = /^\p{Script=Han}{3,4}$/u;

/** "李家超" -> ["Lee Ka Chiu"]; [] for any other name. */
export function cantoneseReadings(name: string): string[] {
  const text = name.normalize('NFKC').trim();
  if (!HAN_NAME.test(text)) return [];
  const table = soundTable();
  const syllables: string[] = [];
  for (const char of text) {
    const sound = table.get(char);
    if (sound === undefined) return [];
    syllables.push(sound[0]!.toUpperCase() + sound.slice(1));
  }
  return [syllables.join(' ')];
}
