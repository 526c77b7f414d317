/**
 * Chinese names written in pinyin, a syllable per word ("Hua Xing Da"). The syllables are a small
 * closed set, so in such a name one valid syllable in place of another is another word, not a typo:
 * "Hua Xing" is not "Hua Ling". Syllables run together are left to spelling: too many other words
 * split into syllables ("Taliban", "China"), and a typo there may spell others ("Baowei" for Baowu);
 * but a person's given name written in characters, whose syllables are known, is those syllables
 * (glued-runs.ts: 桂英 gui-ying is no "Guoying").
 */

import { remembered } from '../remember.js';

/**
 * Mandarin's syllables, as any-ascii reads the CJK Unified Ideographs (U+4E00..U+9FFF) that it reads
 * as this syllable at least three times: the few readings it gives one or two characters are mostly
 * Cantonese or Japanese ("baak", "seki"). test/match/pinyin.test.ts derives the set anew.
 */
export const PINYIN_SYLLABLES = new Set(`
  a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang
  cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chuai chuan chuang
  chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de deng di dian diao die ding
  diu dong dou du duan dui dun duo e en er fa fan fang fei fen feng fo fou fu ga gai gan gang gao
  ge gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong
  hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue
  jun ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang
  lao le lei leng li lian liang liao lie lin ling liu long lou lu luan lue lun luo ma mai man mang
  mao me mei men meng mi mian miao mie min ming mo mou mu na nai nan nang nao ne nei nen ni nian
  niang niao nie nin ning niu nong nou nu nuan nue nuo o ou pa pai pan pang pao pei pen peng pi
  pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
  ran rang rao re ren reng ri rong rou ru ruan rui run ruo sa sai san sang sao se sen sha shai
  shan shang shao she shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou
  su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun
  tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue
  xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen
  zeng zha zhai zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua zhuan zhuang zhui zhun zhuo
  zi zong zou zu zuan zui zun zuo
`.trim().split(/\s+/));

/** The word when it is a pinyin syllable (two letters or more); undefined for any other word. */
export function pinyinSyllable(word: string): string | undefined {
  return word.length >= 2 && PINYIN_SYLLABLES.has(word) ? word : undefined;
}

/**
 * Two pinyin syllables are one syllable's spellings: the same but for a final -n or -ng, often
 * confused ("Xin Xing" ~ "Xing Xing"), or one the Wade-Giles spelling of the other, as Taiwan and
 * older lists write names (wadeGilesReadings: "Chang" is Zhang, "Chi" Ji, "Kuo" Guo, "Tao" Dao);
 * but "Jiao" is not Zhao, nor "Lei" Wei.
 */
export function sameSyllable(a: string, b: string): boolean {
  const [x, y] = [withoutNg(a), withoutNg(b)];
  return x === y || wadeGilesReadings(a).some((r) => withoutNg(r) === y) || wadeGilesReadings(b).some((r) => withoutNg(r) === x);
}

/**
 * A Latin word spells a Chinese character's pinyin syllable: as pinyin or as its Wade-Giles
 * spelling. One way only: "Ping" may be Wade-Giles for 冰 bing, but "Bing" is no spelling of 萍 ping
 * (Wade-Giles writes no b); and a character's final -n or -ng is as written: 成 cheng is no "Chen".
 */
export function spellsSyllable(latin: string, pinyin: string): boolean {
  return latin === pinyin || wadeGilesReadings(latin).includes(pinyin);
}

function withoutNg(syllable: string): string {
  return syllable.endsWith('ng') ? syllable.slice(0, -1) : syllable;
}

/**
 * The pinyin a Latin word may spell as a Chinese name's syllable or syllables run together, in pinyin
 * or in Wade-Giles, as Taiwan and older lists write Chinese names (apostrophes and diacritics gone):
 * "xi" xi, "hsi" xi, "tsai" zai or cai, "ing" ying (Taiwan leaves the y off), "tsetung" ze-dong,
 * ze-tong ..., "zedong" ze-dong. Two words may spell one name when they share a reading. NO_READINGS
 * for most words; computed once per distinct word (NameToken.chinese).
 */
export function chineseReadings(word: string): readonly string[] {
  if (word.length < 2 || word.length > LONGEST_NAME) return NO_READINGS;
  if (PINYIN_SYLLABLES.has(word)) return [word];
  const umlaut = U_UMLAUT.get(word);
  if (umlaut) return umlaut;
  if (!SYLLABLES_SHAPE.test(word)) return NO_READINGS;
  const syllable = wadeGilesReadings(word);
  if (syllable.length) return syllable;
  if (word.length < 4) return NO_READINGS;
  const spellings = spellingsFrom(word, 0);
  return spellings.length ? spellings : NO_READINGS;
}

export const NO_READINGS: readonly string[] = [];
/** Pinyin's ü after l and n as Chinese passports ("LYU", "NYU") and keyboards ("LV") write it; any-ascii writes 吕 "lu". */
const U_UMLAUT = new Map(Object.entries({ lyu: ['lu'], nyu: ['nu'], lv: ['lu'], nv: ['nu'], lyue: ['lue'], nyue: ['nue'] }));
/** Syllables as pinyin and Wade-Giles shape them, an initial, vowels and a final n, ng, h or r: most other words fail this at once ("smith"). */
const SYLLABLES_SHAPE = /^(?:(?:[cz]h|hs|t[sz]|s[hsz]|[b-df-hj-np-tw-z])?[aeiou]+(?:ng|[nhr])?)+$/;
/** A given name of two syllables, or three. */
const LONGEST_NAME = 12;
const MAX_SPELLINGS = 64;
const LONGEST_SYLLABLE = 6;

/**
 * The pinyin syllables one Wade-Giles syllable spells ("hsi": xi, "chin": jin, qin). Remembered:
 * every piece of a new word is tried as a syllable (chineseReadings), and pieces and words recur.
 */
export function wadeGilesReadings(word: string): readonly string[] {
  return remembered(WADE_GILES_READINGS, word, 50_000, () => readWadeGiles(word));
}

const WADE_GILES_READINGS = new Map<string, readonly string[]>();

function readWadeGiles(word: string): readonly string[] {
  const whole = WHOLE_SYLLABLES.get(word);
  if (whole) return whole;
  const initial = WG_INITIALS.find((i) => word.startsWith(i)) ?? '';
  if (initial === '' && NOT_WADE_GILES.test(word)) return NO_READINGS;
  const final = word.slice(initial.length);
  const initials = WG_INITIAL_READINGS.get(initial) ?? [initial];
  // A syllable of a vowel alone writes y before i ("ying"), as Taiwan's spellings leave off.
  const finals = (WG_FINALS.get(final) ?? [final]).concat(
    initial === '' && final.startsWith('i') ? [`y${final}`] : NO_READINGS,
    // "tzu", "ssu": the vowel pinyin writes i after z, c and s; "ko", "ho": its e after g, k and h.
    final === 'u' && SIBILANTS.has(initial) ? ['i'] : NO_READINGS,
    final === 'o' && (initial === 'k' || initial === 'h') ? ['e'] : NO_READINGS,
  );
  let readings: string[] | undefined;
  for (const i of initials) for (const f of finals) if (PINYIN_SYLLABLES.has(i + f) && !readings?.includes(i + f)) (readings ??= []).push(i + f);
  return readings ?? NO_READINGS;
}

/** Wade-Giles initials that pinyin writes otherwise, longest first; any other initial is written alike. */
const WG_INITIALS = ['ch', 'hs', 'ts', 'tz', 'sh', 'ss', 'sz', 'k', 't', 'p', 'j', 'm', 'f', 'n', 'l', 'h', 's', 'y', 'w'];
const WG_INITIAL_READINGS = new Map(Object.entries({
  ch: ['zh', 'ch', 'j', 'q'], hs: ['x'], ts: ['z', 'c'], tz: ['z', 'c'], ss: ['s'], sz: ['s'], k: ['g', 'k'], t: ['d', 't'], p: ['b', 'p'], j: ['r'],
}));
const SIBILANTS = new Set(['ts', 'tz', 'ss', 'sz']);

/**
 * Per first letter of a pinyin syllable, the other first letters its Wade-Giles spellings have
 * (WG_INITIAL_READINGS: zh, j and q as ch; z and c as ts or tz; x as hs; b, d, g as p, t, k; r as j).
 */
export const WADE_GILES_FIRST_LETTERS: ReadonlyMap<string, string> = (() => {
  const letters = new Map<string, string>();
  for (const [written, readings] of WG_INITIAL_READINGS) {
    for (const reading of readings) {
      if (reading[0] !== written[0] && !letters.get(reading[0]!)?.includes(written[0]!)) letters.set(reading[0]!, (letters.get(reading[0]!) ?? '') + written[0]);
    }
  }
  return letters;
})();
/** Letters Wade-Giles never starts a syllable with. */
const NOT_WADE_GILES = /^[bcdgqrxz]/;
const WG_FINALS = new Map(Object.entries({
  ung: ['ong'], iung: ['iong'], ieh: ['ie'], ien: ['ian'], ueh: ['ue'], uei: ['ui'], ih: ['i'], o: ['o', 'uo'],
}));
/** Syllables Wade-Giles writes whole. (Maps, not objects: a name may hold the word "constructor".) */
const WHOLE_SYLLABLES = new Map(Object.entries({ erh: ['er'], yeh: ['ye'], yung: ['yong'], yueh: ['yue'], jih: ['ri'] }));

/** A word's spellings as two syllables or more, each pinyin or Wade-Giles, joined by "-". */
function spellingsFrom(word: string, from: number, depth = 0): string[] {
  const out: string[] = [];
  for (let end = Math.min(word.length, from + LONGEST_SYLLABLE); end > from + 1; end--) {
    const syllable = word.slice(from, end);
    // A pinyin syllable may be another's Wade-Giles spelling too ("kuo" is Guo in "Ching-kuo").
    const readings = PINYIN_SYLLABLES.has(syllable) ? [syllable, ...wadeGilesReadings(syllable).filter((r) => r !== syllable)] : wadeGilesReadings(syllable);
    if (readings.length === 0) continue;
    if (end === word.length) {
      // The last syllable, after one before it at least.
      if (depth > 0) for (const reading of readings) if (out.length < MAX_SPELLINGS) out.push(reading);
      continue;
    }
    for (const rest of spellingsFrom(word, end, depth + 1)) {
      for (const reading of readings) if (out.length < MAX_SPELLINGS) out.push(`${reading}-${rest}`);
    }
  }
  return out;
}
