/**
 * Chinese names written in pinyin, a syllable per word ("Hua Xing Da"). The syllables are a small
 * closed set, so in such a name one valid syllable in place of another is another word, not a typo:
 * "Hua Xing" is not "Hua Ling". Syllables run together are left to spelling: too many other words
 * split into syllables ("Taliban", "China"), and a typo there may spell others ("Baowei" for Baowu).
 */

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

/**
 * A pinyin syllable as names are written: a final "ng" as "n" ("xing" -> "xin"), the -n and -ng
 * finals being often confused ("Xin Xing" ~ "Xing Xing"). Undefined for any other word.
 */
export function pinyinSyllable(word: string): string | undefined {
  if (word.length < 2 || !PINYIN_SYLLABLES.has(word)) return undefined;
  return word.endsWith('ng') ? word.slice(0, -1) : word;
}

/**
 * Two pinyinSyllables are one syllable's spellings: the same, or one the Wade-Giles spelling of the
 * other, as Taiwan and older lists write names. Without its apostrophe, Wade-Giles writes the
 * initials zh, ch, j and q all as "ch", g and k as "k", d and t as "t", b and p as "p": "Chang" is
 * Zhang, "Chi" Ji, "Kuo" Guo, "Tao" Dao, "Pei" Bei; but "Jiao" is not Zhao, nor "Lei" Wei.
 */
export function sameSyllable(a: string, b: string): boolean {
  return a === b || wadeGilesOf(a, b) || wadeGilesOf(b, a);
}

function wadeGilesOf(wadeGiles: string, pinyin: string): boolean {
  const initial = wadeGiles.startsWith('ch') ? 'ch' : wadeGiles[0]!;
  const written = WADE_GILES_INITIALS[initial];
  if (!written) return false;
  const other = written.find((w) => pinyin.startsWith(w));
  return other !== undefined && wadeGiles.slice(initial.length) === pinyin.slice(other.length);
}

/** The pinyin initials a Wade-Giles initial, written without the aspiration's apostrophe, stands for. */
const WADE_GILES_INITIALS: Record<string, string[]> = { ch: ['zh', 'ch', 'j', 'q'], k: ['g', 'k'], t: ['d', 't'], p: ['b', 'p'] };
