/** Script folding: any script to Latin ASCII (any-ascii), with Chinese and Korean syllables kept apart. */
import anyAscii from 'any-ascii';
import { romanizedThai, THAI, THAI_RUNS } from './thai.js';
import { GREEK, GREEK_RUNS, romanizedGreek } from './greek.js';
import { BURMESE, BURMESE_RUNS, romanizedBurmese } from './burmese.js';
import { INDIC, INDIC_RUNS, romanizedIndic } from './indic.js';
import { ARABIC_SCRIPT_WORDS, CJK_WORDS } from './vocabulary.js';

/** Han ideographs and Hangul syllables: one syllable per character, so each becomes its own token. */
const SYLLABIC = /[\p{Script=Han}\p{Script=Hangul}]/u;

/** Scripts that leave most vowels unwritten: their transliterations are consonant skeletons. */
const ABJAD = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;

/** True when the text holds Arabic, Persian, Urdu, Hebrew, Syriac or Thaana letters. */
export function hasAbjadScript(text: string): boolean {
  return NON_ASCII.test(text) && ABJAD.test(text);
}
const NON_ASCII = /[^\x00-\x7f]/;
/** No Han or Hangul character comes before Hangul Jamo (U+1100): below it, no regex is needed. */
const FIRST_SYLLABIC = 0x1100;
const ABOVE_SYLLABIC = /[\u1100-\uffff]/;

/** Any of CJK_WORDS, longest first. */
const CJK_WORD = new RegExp(Object.keys(CJK_WORDS).sort((a, b) => b.length - a.length).join('|'), 'g');

/** An ordinal in Chinese, 第 and a number written in characters: "第五十四研究所", the 54th Research Institute. */
const CHINESE_ORDINAL = /第([零〇一二三四五六七八九十百]+)/g;
const CHINESE_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十 10, 二十 20, 五十四 54, 一百二十 120, 七七一 771 (digit by digit without 十 or 百). */
function chineseNumber(numeral: string): number {
  if (!numeral.includes('十') && !numeral.includes('百')) return Number([...numeral].map((c) => CHINESE_DIGITS[c]).join(''));
  let total = 0;
  let digit = 0;
  for (const c of numeral) {
    if (c === '百') (total += (digit || 1) * 100), (digit = 0);
    else if (c === '十') (total += (digit || 1) * 10), (digit = 0);
    else digit = CHINESE_DIGITS[c]!;
  }
  return total + digit;
}

/**
 * Cyrillic and Greek letters that look like Latin ones (Unicode's confusables), as a word written to
 * pass for Latin mixes them in: "Vladimir Рutin" with a Cyrillic Р, "ВАNК MELLI", "Ѕberbank".
 */
const LOOK_ALIKES: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', Ѕ: 'S', І: 'I', Ј: 'J',
  Ү: 'Y', Ԛ: 'Q', Ԝ: 'W', а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', ѕ: 's', і: 'i', ј: 'j', һ: 'h',
  ӏ: 'l', ү: 'y', ԛ: 'q', ԝ: 'w', Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O',
  Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', ο: 'o', ι: 'i', κ: 'k', ν: 'v', ρ: 'p',
};
const CYRILLIC_OR_GREEK = /[\u0370-\u052f]/;
const LATIN_LETTER = /[A-Za-z]/;
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * A word that mixes Latin letters with Cyrillic or Greek ones is Latin in disguise: its look-alike
 * letters are read as the Latin ones they pass for, not transliterated ("Рutin" is Putin, not Rutin).
 * A word all in Cyrillic or Greek is read as such.
 */
function unmaskLookAlikes(text: string): string {
  return text.replace(WORD, (word) => (LATIN_LETTER.test(word) && CYRILLIC_OR_GREEK.test(word) ? [...word].map((c) => LOOK_ALIKES[c] ?? c).join('') : word));
}

/**
 * Where a word of a folded name came from, when it matters: a Chinese syllable (Han), a Korean one
 * (Hangul), a Japanese kana word.
 */
export type WordOrigin = 'syllable' | 'hangul' | 'kana';

const HANGUL = /\p{Script=Hangul}/u;

/**
 * "Владимир Путин" -> "Vladimir Putin"; "习近平" -> "Xi Jin Ping"; "김정은" -> "Gim Jeong Eun";
 * "ソニーグループ" -> "sonigurupu"; "สมชาย" -> "somchai"; "Erdoğan" -> "Erdogan". Latin text passes unchanged apart from
 * accents. `origins` collects the (lower-case) words that are Chinese or Korean syllables or kana
 * words. `translate`: an organization's generic words (CJK_WORDS, ARABIC_SCRIPT_WORDS) become the
 * English words its Latin name uses ("华为技术" -> "Hua Wei technology").
 */
export function foldScript(text: string, origins?: Map<string, WordOrigin>, translate = false): string {
  if (!NON_ASCII.test(text)) return text;
  let nfkc = text.normalize('NFKC');
  if (CYRILLIC_OR_GREEK.test(nfkc) && LATIN_LETTER.test(nfkc)) nfkc = unmaskLookAlikes(nfkc);
  if (BURMESE.test(nfkc)) nfkc = nfkc.replace(BURMESE_RUNS, (run) => ` ${romanizedBurmese(run)} `);
  if (GREEK.test(nfkc)) nfkc = nfkc.replace(GREEK_RUNS, (run) => romanizedGreek(run));
  if (THAI.test(nfkc)) nfkc = nfkc.replace(THAI_RUNS, (run) => ` ${romanizedThai(run)} `);
  if (INDIC.test(nfkc)) nfkc = nfkc.replace(INDIC_RUNS, romanizedIndic);
  if (ARABIC.test(nfkc)) {
    if (translate) nfkc = nfkc.replace(ARABIC_WORD, (word) => (Object.hasOwn(ARABIC_SCRIPT_WORDS, word) ? ` ${ARABIC_SCRIPT_WORDS[word]} ` : word));
    nfkc = nfkc.replace(FIRST_ALIF_OR_AIN, '$1a').replace(INNER_AIN, 'o').replace(ALIF_OR_AIN, 'a').replace(HEH_BEFORE_JOINER, 'e');
  }
  if (HEBREW.test(nfkc)) {
    // A doubled yod or vav is one consonant, y or v, in spelling without vowel points (דיין Dayan,
    // חיים Chaim); a geresh makes ג, ז, צ the sounds of foreign names (ג'ורג' George, סמוטריץ' Smotrich).
    nfkc = nfkc.replace(HEBREW_DOUBLED, '$1').replace(HEBREW_GERESH, (_, letter: string) => HEBREW_GERESH_SOUNDS[letter]!);
    nfkc = nfkc.replace(HEBREW_INNER_VOWEL_PLACE, 'o').replace(HEBREW_LETTER, (letter) => HEBREW_LETTERS[letter] ?? '');
  }
  // Accented Latin, Cyrillic, Arabic ... end here: Chinese, Japanese and Korean letters lie above U+1100.
  if (!ABOVE_SYLLABIC.test(nfkc)) return anyAscii(nfkc);
  if (translate && SYLLABIC.test(nfkc)) nfkc = nfkc.replace(CHINESE_ORDINAL, (_, numeral: string) => ` ${chineseNumber(numeral)} `).replace(CJK_WORD, (word) => ` ${CJK_WORDS[word]} `);
  if (KANA.test(nfkc)) {
    nfkc = nfkc.replace(KANA_RUNS, (run) => {
      const word = romanizedKana(run);
      origins?.set(word, 'kana');
      return ` ${word} `;
    });
  }
  // A person's family name read as the name is (FAMILY_NAME_READINGS), not as the word.
  if (!translate) {
    nfkc = nfkc.replace(FAMILY_NAME_CHARACTER, (char) => {
      const reading = FAMILY_NAME_READINGS[char]!;
      origins?.set(reading.toLowerCase(), 'syllable');
      return ` ${reading} `;
    });
  }
  let out = '';
  for (const char of nfkc) {
    if (char.codePointAt(0)! >= FIRST_SYLLABIC && SYLLABIC.test(char)) {
      const syllable = anyAscii(char);
      origins?.set(syllable.toLowerCase(), HANGUL.test(char) ? 'hangul' : 'syllable');
      out += ` ${syllable} `;
    } else out += char;
  }
  return anyAscii(out);
}


const ARABIC = /\p{Script=Arabic}/u;
/** A word in Arabic script, zero-width non-joiners included. */
const ARABIC_WORD = /[\p{Script=Arabic}\u200c]+/gu;
/**
 * An alif (with or without hamza) or an ain that starts an Arabic word carries its first vowel:
 * any-ascii leaves a bare alif out and writes the others as apostrophes, which are dropped, so it is
 * written "a" here ("ابراهيم" -> "abrhym", "علي" -> "aly"), and a Latin spelling must start with a
 * vowel where the Arabic does ("ريف", Rif, is no "Arif").
 */
const FIRST_ALIF_OR_AIN = /(^|[^\p{L}\p{M}])[\u0627\u0623\u0625\u0622\u0639]/gu;
/**
 * An alif inside a word is a long a, which Latin writes: "جمال", "jmal", is Djamel, not Jamil (abjadSpells).
 * An ain inside a word, "o" (INNER_AIN), is a vowel's place that Latin may leave empty or not: "اسماعيل",
 * "asmaoyl", is Ismail, "القاعدة", "alqaodh", al-Qaida (any-ascii's "alqdh" left room for one vowel only).
 * A last one is "a", as a last alif: a vowel Latin writes (ربيع, "rbya", Rabi).
 */
const ALIF_OR_AIN = /[\u0627\u0639]/gu;
const INNER_AIN = /(?<=\p{L})\u0639(?=\p{L})/gu;
/** A Persian ه that ends a word's part before a zero-width non-joiner is the vowel e: خامنه‌ای, "Khamenei". */
const HEH_BEFORE_JOINER = /\u0647\u200c/gu;

const HEBREW = /\p{Script=Hebrew}/u;
const HEBREW_LETTER = /\p{Script=Hebrew}/gu;
/** An alef or ayin inside a word, "o": a vowel's place Latin may leave empty (שמעון "shmown" Shimon, מאיר Meir). */
const HEBREW_INNER_VOWEL_PLACE = /(?<=\p{L})[\u05d0\u05e2](?=\p{L})/gu;
const HEBREW_DOUBLED = /([\u05d5\u05d9])\1/gu;
const HEBREW_GERESH = /([גזצץ])['\u05f3]/gu;
const HEBREW_GERESH_SOUNDS: Record<string, string> = { ג: 'j', ז: 'zh', צ: 'ch', ץ: 'ch' };
/**
 * Hebrew letters as the Arabic ones are written (abjadSpells reads both): alef and ayin the vowel
 * they carry ("a"; inside a word "o", HEBREW_INNER_VOWEL_PLACE), vav and yod "w" and "y" (vowels or
 * consonants), kaf "c" (Cohen, Kaplan), het "kh" (Haim, Chaim), tsadi "tz"; vowel points and geresh dropped. any-ascii wrote alef as nothing and kaf
 * as "kh", so "כהן" (Cohen) read as Arabic "khn".
 */
const HEBREW_LETTERS: Record<string, string> = {
  א: 'a', ב: 'b', ג: 'g', ד: 'd', ה: 'h', ו: 'w', ז: 'z', ח: 'kh', ט: 't', י: 'y', כ: 'c', ך: 'c', ל: 'l', מ: 'm', ם: 'm',
  נ: 'n', ן: 'n', ס: 's', ע: 'a', פ: 'f', ף: 'f', צ: 'tz', ץ: 'tz', ק: 'q', ר: 'r', ש: 'sh', ת: 't', '־': '-',
};

const KANA = /[\p{Script=Katakana}\p{Script=Hiragana}]/u;

/**
 * Chinese family names whose character any-ascii reads as in words: 曾 is Zeng as a name, "Ceng" in
 * words (曾庆红, ZENG Qinghong); 单 Shan, not "Dan"; 解 Xie, 仇 Qiu, 区 Ou, 查 Zha, 翟 Zhai, 缪 Miao,
 * 召 Shao, 秘 Bi, 种 Chong, 繁 Po, 朴 Piao, 薄 Bo (薄熙来, BO Xilai). Not those read both ways as
 * names: 乐 Yue or Le, 盖 Ge or Gai, 覃 Qin or Tan.
 */
const FAMILY_NAME_READINGS: Record<string, string> = {
  曾: 'Zeng', 单: 'Shan', 單: 'Shan', 解: 'Xie', 仇: 'Qiu', 区: 'Ou', 區: 'Ou', 查: 'Zha', 翟: 'Zhai', 缪: 'Miao', 繆: 'Miao',
  召: 'Shao', 秘: 'Bi', 种: 'Chong', 種: 'Chong', 繁: 'Po', 朴: 'Piao', 薄: 'Bo',
};
/**
 * Where a person's family name stands: first of a name of two to four characters in one run (family
 * name first, as Chinese writes it), or a character alone, apart from the rest ("军 翟", Jun Zhai).
 */
const FAMILY_NAME_CHARACTER = new RegExp(`(?<!\\p{Script=Han})[${Object.keys(FAMILY_NAME_READINGS).join('')}](?=\\p{Script=Han}{1,3}(?!\\p{Script=Han})|(?!\\p{Script=Han}))`, 'gu');
/** A word in kana: the prolonged sound mark (ー) belongs to it, the middle dot (・) separates words. */
const KANA_RUNS = /[\p{Script=Katakana}\p{Script=Hiragana}\u30fc]+/gu;
const SMALL_TSU = /[ッっ]/;
/** Small ya, yu, yo and small vowels, which change the kana before them (キャ kya, ジャ ja, ディ di, ウィ wi). */
const SMALL_KANA: Record<string, string> = {
  ャ: 'ya', ュ: 'yu', ョ: 'yo', ゃ: 'ya', ゅ: 'yu', ょ: 'yo',
  ァ: 'a', ィ: 'i', ゥ: 'u', ェ: 'e', ォ: 'o', ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o',
};

/**
 * Hepburn romanization of a kana word, which any-ascii gives kana by kana ("jiyapan", "batkusu"):
 * small kana join the kana before (ジャ ja, ディ di), a small tsu doubles the next consonant
 * (バック bakku), the long vowel mark is left out (スター suta). "アディダスジャパン" -> "adidasujapan".
 */
export function romanizedKana(run: string): string {
  const syllables: string[] = [];
  let double = false;
  for (const char of run) {
    const small = SMALL_KANA[char];
    const last = syllables.length - 1;
    if (small !== undefined && last >= 0) {
      // The kana before loses its vowel: a small vowel takes its place (テ+ィ ti, ウ+ィ wi), a small
      // ya, yu, yo adds its y but after sh, ch, j (キ+ャ kya, シ+ャ sha).
      const stem = syllables[last]!.replace(/[aiueo]$/, '');
      const vowel = small[small.length - 1]!;
      syllables[last] = stem === '' ? `w${vowel}` : small.length === 1 || /(?:sh|ch|j)$/.test(stem) ? stem + vowel : `${stem}y${vowel}`;
    } else if (SMALL_TSU.test(char)) double = true;
    else {
      const syllable = anyAscii(char).toLowerCase();
      syllables.push(double && /^[b-df-hj-np-tv-z]/.test(syllable) ? (syllable.startsWith('ch') ? 't' : syllable[0]) + syllable : syllable);
      double = false;
    }
  }
  return syllables.join('');
}
