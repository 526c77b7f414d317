/**
 * Japanese names written in kanji, read as Japanese: any-ascii reads kanji as Chinese (山田太郎 as
 * "Shan Tian Tai Lang"), where the lists write the Japanese reading ("YAMADA, Taro"). A name made of
 * a known family name and a known given name (IPADIC's 26,000, japanese-names.data.ts), written
 * together or apart, of three characters or more, gets those readings; one of a known name and a part
 * read kanji by kanji (kanji-readings.ts), those; a known family name alone (田中), its readings; any
 * other name, none.
 */
import { JAPANESE_NAME_READINGS } from './japanese-names.data.js';
import { composedReadings } from './kanji-readings.js';
import { romanizedKana } from './script.js';

interface KnownName {
  /** Lower is more common (IPADIC's cost). */
  rank: number;
  readings: string[];
}

let known: { f: Map<string, KnownName>; g: Map<string, KnownName> } | undefined;

/** The table, parsed on the first name in kanji: most screenings never need it. */
function knownNames(): NonNullable<typeof known> {
  if (known) return known;
  known = { f: new Map(), g: new Map() };
  for (const line of JAPANESE_NAME_READINGS.split('\n')) {
    const [part, name, rank, ...readings] = line.split(' ') as ['f' | 'g', string, string, ...string[]];
    known[part].set(name, { rank: Number(rank), readings });
  }
  return known;
}

/** Kanji only, in one run or two (family name, then given name, apart by a space or a middle dot). */
const KANJI_NAME = /^\p{Script=Han}+(?:[ ・·]\p{Script=Han}+)?$/u;
/** A family name in kanji and a given name in kana, together or apart: 大坂なおみ, "Osaka Naomi". */
const KANA_GIVEN_NAME = /^(\p{Script=Han}+)[ ・·]?([\p{Script=Hiragana}\p{Script=Katakana}][\p{Script=Hiragana}\p{Script=Katakana}ー]*)$/u;
/** Longest family or given name tried when a name is written in one run. */
const PART_MAX = 4;

/** A part IPADIC lacks, read kanji by kanji (kanji-readings.ts), ranks after every known part. */
const COMPOSED_RANK = 1000;
/** Readings given, at most: each family name's reading with each given name's. */
const READINGS_MAX = 6;

/**
 * The Latin names a name in kanji is read as, family name first, most common first: "山田太郎" ->
 * ["Yamada Taro"], "高山清司" -> ["Takayama Seiji", "Takayama Kiyoshi", "Takayama Kiyoji"]. Written
 * in one run, the name splits where both halves are known names, the most common pair when several
 * are; failing that, where one half is known and the other reads kanji by kanji ("安倍晋三", where
 * IPADIC knows 安倍 but not 晋三: "Abe Shinzo").
 */
export function japaneseReadings(name: string): string[] {
  const text = name.normalize('NFKC').trim();
  const kana = KANA_GIVEN_NAME.exec(text);
  if (kana) {
    const given = romanizedKana(kana[2]!).replace(/[^a-z]/g, '');
    return given ? (knownNames().f.get(kana[1]!)?.readings ?? []).map((family) => `${capitalized(family)} ${capitalized(given)}`) : [];
  }
  if (!KANJI_NAME.test(text)) return [];
  const { f, g } = knownNames();
  const apart = text.split(/[ ・·]/);
  const chars = [...text];
  const splits = apart.length === 2 ? [apart as [string, string]]
    : Array.from({ length: Math.min(PART_MAX, chars.length - 1) }, (_, k) => [chars.slice(0, k + 1).join(''), chars.slice(k + 1).join('')] as [string, string]);
  let best: { family: string[]; given: string[]; rank: number } | undefined;
  for (const [familyName, givenName] of splits) {
    // One character each is how Chinese names are written ("峰 李", Li Feng, is no Japanese "Mine Ri").
    if (familyName.length === 1 && givenName.length === 1) continue;
    const [family, given] = [f.get(familyName), g.get(givenName)];
    if (!family && !given) continue;
    const read = {
      family: family?.readings ?? composedReadings(familyName, 'f'),
      given: given?.readings ?? composedReadings(givenName, 'g'),
      rank: (family?.rank ?? COMPOSED_RANK) + (given?.rank ?? COMPOSED_RANK),
    };
    if (read.family.length && read.given.length && (!best || read.rank < best.rank)) best = read;
  }
  // A known family name alone, of two characters or more, is a person named by it ("高橋", Takahashi).
  if (!best) return apart.length === 1 && chars.length >= 2 ? (f.get(text)?.readings ?? []).slice(0, READINGS_MAX).map(capitalized) : [];
  const { family, given } = best;
  return family.flatMap((f) => given.map((g) => `${capitalized(f)} ${capitalized(g)}`)).slice(0, READINGS_MAX);
}

function capitalized(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}
