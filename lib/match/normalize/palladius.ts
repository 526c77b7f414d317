/**
 * Chinese names in Cyrillic, as Russian writes them after Palladius (Си Цзиньпин, Мао Цзэдун), read
 * back into pinyin (Xi Jinping, Mao Zedong), as the lists write them: any-ascii spells them letter by
 * letter ("Si Tszinpin"). The syllables are a closed set, so a name is read so only when each of its
 * words, two at least, splits whole into them ("Иван Иванов" does not: "нов" is none).
 */
import { PINYIN_SYLLABLES } from './pinyin.js';

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Pinyin initials as Palladius writes them, longest first: j, q, x before i and ü as z, c, s are written otherwise. */
const INITIALS: [string, string][] = [
  ['zh', 'чж'], ['ch', 'ч'], ['sh', 'ш'], ['b', 'б'], ['p', 'п'], ['m', 'м'], ['f', 'ф'], ['d', 'д'], ['t', 'т'], ['n', 'н'],
  ['l', 'л'], ['g', 'г'], ['k', 'к'], ['h', 'х'], ['j', 'цз'], ['q', 'ц'], ['x', 'с'], ['r', 'ж'], ['z', 'цз'], ['c', 'ц'], ['s', 'с'],
];
/** Finals after an initial. */
const FINALS: Record<string, string> = {
  a: 'а', o: 'о', e: 'э', ai: 'ай', ei: 'эй', ao: 'ао', ou: 'оу', an: 'ань', en: 'энь', ang: 'ан', eng: 'эн', ong: 'ун', er: 'эр',
  i: 'и', ia: 'я', ie: 'е', iao: 'яо', iu: 'ю', ian: 'янь', in: 'инь', iang: 'ян', ing: 'ин', iong: 'юн',
  u: 'у', ua: 'уа', uo: 'о', uai: 'уай', ui: 'уй', uan: 'уань', un: 'унь', uang: 'уан', ue: 'юэ',
};
/** Syllables without an initial: pinyin writes y and w where Palladius writes the vowel. */
const WHOLE: Record<string, string> = {
  a: 'а', o: 'о', e: 'э', ai: 'ай', ei: 'эй', ao: 'ао', ou: 'оу', an: 'ань', en: 'энь', ang: 'ан', eng: 'эн', er: 'эр',
  yi: 'и', ya: 'я', ye: 'е', yao: 'яо', you: 'ю', yan: 'янь', yin: 'инь', yang: 'ян', ying: 'ин', yong: 'юн',
  yu: 'юй', yue: 'юэ', yuan: 'юань', yun: 'юнь', wu: 'у', wa: 'ва', wo: 'во', wai: 'вай', wei: 'вэй', wan: 'вань',
  wen: 'вэнь', wang: 'ван', weng: 'вэн',
};

/** A pinyin syllable in Palladius's Cyrillic; undefined for the few it has no rule for. */
function palladius(syllable: string): string | undefined {
  const whole = WHOLE[syllable];
  if (whole) return whole;
  const [initial, cyrillic] = INITIALS.find(([i]) => syllable.startsWith(i)) ?? ['', ''];
  if (!initial) return undefined;
  const final = syllable.slice(initial.length);
  // After z, c, s the vowel i is ы (сы si, цзы zi); after j, q, x the u is ü (цзюй ju, сюань xuan, цюнь qun).
  if (final === 'i' && (initial === 'z' || initial === 'c' || initial === 's')) return `${cyrillic}ы`;
  if ('jqx'.includes(initial) && final.startsWith('u')) return cyrillic + ({ u: 'юй', ue: 'юэ', uan: 'юань', un: 'юнь' } as Record<string, string>)[final];
  const written = FINALS[final];
  return written === undefined ? undefined : cyrillic + written;
}

/** Per Palladius syllable, the pinyin it writes; built from pinyin's syllables (лю́й and лу both "lu": pinyin's ü as any-ascii folds it). */
const SYLLABLES = new Map<string, string>();
for (const syllable of PINYIN_SYLLABLES) {
  const cyrillic = palladius(syllable);
  if (cyrillic !== undefined && !SYLLABLES.has(cyrillic)) SYLLABLES.set(cyrillic, syllable);
}
SYLLABLES.set('люй', 'lu').set('нюй', 'nu');
const LONGEST = Math.max(...[...SYLLABLES.keys()].map((s) => s.length));

/** A word's pinyin when it splits whole into Palladius syllables (the fewest, longest first); undefined otherwise. */
function wordPinyin(word: string): string | undefined {
  // best[k]: the pinyin of word[0, k) in the fewest syllables.
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - LONGEST); start < end; start++) {
      const before = best[start];
      const syllable = before && SYLLABLES.get(word.slice(start, end));
      if (syllable !== undefined && (!best[end] || best[end]!.length > before!.length + 1)) best[end] = [...before!, syllable];
    }
  }
  return best[word.length]?.join('');
}

/** A name in Cyrillic of Palladius syllables only, two words or more, read into pinyin: "Си Цзиньпин" -> "xi jinping". */
export function palladiusReading(name: string): string[] {
  if (!CYRILLIC.test(name)) return [];
  const words = name.normalize('NFC').toLowerCase().replace(/ё/g, 'е').split(/[\s\-‐–·.,]+/).filter(Boolean);
  if (words.length < 2) return [];
  const read: string[] = [];
  for (const word of words) {
    const pinyin = wordPinyin(word);
    if (pinyin === undefined) return [];
    read.push(pinyin);
  }
  return [read.join(' ')];
}
