/**
 * Thai to Latin, close to the Royal Thai General System (RTGS) names are written in: any-ascii
 * spells Thai letter by letter ("สมชาย" smchay, "เชียงใหม่" echiyngaihm), where a reader writes
 * Somchai and Chiang Mai. Thai writes some vowels before the consonant they follow, leaves the "o"
 * of closed syllables unwritten, silences letters under the thanthakhat, and sounds a consonant at
 * the end of a syllable differently ("ด" d, final t; "ร" r, final n; "ย" y, after a vowel i).
 * Syllables are found by rule, not by dictionary: good enough to compare names, not to publish them.
 */

export const THAI = /\p{Script=Thai}/u;
/** A run of Thai letters and signs (Thai writes no space between the words of a name). */
export const THAI_RUNS = /[\u0e01-\u0e4e]+/gu;

/**
 * A Thai name as many are spelt in English rather than in RTGS: the aspirated p (พ, ภ, ผ) as "p"
 * ("Paiboon", "Pita", "Paetongtarn", where RTGS writes "ph", an f to an English ear), and that with
 * the vowel เ-ิ/เ-อ as "er" too ("Prasert", "Chalerm", "Sermsak", where RTGS writes "oe"; "Pita
 * Limjaroenrat" keeps it). Only readings other than RTGS's.
 */
export function thaiEnglishReadings(name: string): string[] {
  if (!THAI.test(name)) return [];
  const read = (english: boolean) => name.replace(THAI_RUNS, (run) => ` ${romanizedThai(run, english)} `).replace(SPACES, ' ').trim();
  const rtgs = read(false);
  return [...new Set([rtgs.replace(PH, 'p'), read(true).replace(PH, 'p')])].filter((reading) => reading !== rtgs);
}

const PH = /ph/g;
const SPACES = /\s+/g;

/** Initial and final sounds of each consonant (ก U+0E01 .. ฮ U+0E2E); '' where it ends no syllable. */
const CONSONANTS: Record<string, [string, string]> = {
  ก: ['k', 'k'], ข: ['kh', 'k'], ฃ: ['kh', 'k'], ค: ['kh', 'k'], ฅ: ['kh', 'k'], ฆ: ['kh', 'k'], ง: ['ng', 'ng'],
  จ: ['ch', 't'], ฉ: ['ch', ''], ช: ['ch', 't'], ซ: ['s', 't'], ฌ: ['ch', ''], ญ: ['y', 'n'], ฎ: ['d', 't'],
  ฏ: ['t', 't'], ฐ: ['th', 't'], ฑ: ['th', 't'], ฒ: ['th', 't'], ณ: ['n', 'n'], ด: ['d', 't'], ต: ['t', 't'],
  ถ: ['th', 't'], ท: ['th', 't'], ธ: ['th', 't'], น: ['n', 'n'], บ: ['b', 'p'], ป: ['p', 'p'], ผ: ['ph', ''],
  ฝ: ['f', ''], พ: ['ph', 'p'], ฟ: ['f', 'p'], ภ: ['ph', 'p'], ม: ['m', 'm'], ย: ['y', 'i'], ร: ['r', 'n'],
  ล: ['l', 'n'], ว: ['w', 'o'], ศ: ['s', 't'], ษ: ['s', 't'], ส: ['s', 't'], ห: ['h', ''], ฬ: ['l', 'n'],
  อ: ['', ''], ฮ: ['h', ''],
};

/** Vowels written before their consonant. */
const LEADING = new Set(['เ', 'แ', 'โ', 'ใ', 'ไ']);
/** Vowel signs written after, above or below the consonant, and the sound of each sequence, longest first. */
const FOLLOWING: [string, string][] = [
  ['ียะ', 'ia'], ['ีย', 'ia'], ['ือะ', 'uea'], ['ือ', 'uea'], ['ัวะ', 'ua'], ['ัว', 'ua'], ['าะ', 'o'], ['ะ', 'a'],
  ['ั', 'a'], ['า', 'a'], ['ำ', 'am'], ['ิ', 'i'], ['ี', 'i'], ['ึ', 'ue'], ['ื', 'ue'], ['ุ', 'u'], ['ู', 'u'], ['็', ''],
];
/** What a leading vowel sounds with the signs after its consonant(s), longest first ("เ" + "ีย" is ia). */
const LEADING_WITH: Record<string, [string, string][]> = {
  เ: [['ียะ', 'ia'], ['ีย', 'ia'], ['ือะ', 'uea'], ['ือ', 'uea'], ['าะ', 'o'], ['า', 'ao'], ['อะ', 'oe'], ['อ', 'oe'], ['ิ', 'oe'], ['ะ', 'e'], ['็', 'e'], ['', 'e']],
  แ: [['ะ', 'ae'], ['็', 'ae'], ['', 'ae']],
  โ: [['ะ', 'o'], ['', 'o']],
  ใ: [['', 'ai']],
  ไ: [['', 'ai']],
};
/** Two consonants sounded together as one initial ("กร" kr, "ปล" pl, "กว" kw; "ศร" s, as in ศรี si). */
const CLUSTERS = new Map<string, string>([
  ...[...'กขคตปพบดฟ'].map((c) => [c + 'ร', CONSONANTS[c]![0] + 'r'] as const),
  ...[...'กขคปพผบฟ'].map((c) => [c + 'ล', CONSONANTS[c]![0] + 'l'] as const),
  ...[...'กขค'].map((c) => [c + 'ว', CONSONANTS[c]![0] + 'w'] as const),
  ['ทร', 's'], ['ศร', 's'], ['สร', 's'],
]);
/** A silent ห before these makes them the initial ("หม" m); a silent อ only ย ("อย่า" ya; "อนุ" is a-nu). */
const LED_BY_SILENT = new Set(['ง', 'ญ', 'น', 'ม', 'ย', 'ร', 'ล', 'ว']);
const TONE_MARKS = /[\u0e48-\u0e4b]/g;
/**
 * The thanthakhat silences the letter under it, with a vowel i or u on that letter ("ดิ์"), and a
 * ร under it the consonant before as well ("จันทร์" chan).
 */
const SILENCED = /(?:[\u0e01-\u0e2e]ร|[\u0e01-\u0e2e][\u0e34\u0e38]?)\u0e4c/g;
/** NFKC splits sara am (ำ) into nikhahit and sara aa. */
const SPLIT_AM = /\u0e4d\u0e32/g;

/** The vowel signs i, ii, u, uu. */
const I_OR_U = new Set(['\u0e34', '\u0e35', '\u0e38', '\u0e39']);

const isConsonant = (char: string | undefined): boolean => char !== undefined && char in CONSONANTS;

/** One run of Thai letters in Latin letters: "สมชาย" -> "somchai", "เชียงใหม่" -> "chiangmai"; `english`: "er" for "oe" (thaiEnglishReadings). */
export function romanizedThai(run: string, english = false): string {
  const chars = [...run.replace(SPLIT_AM, 'ำ').replace(TONE_MARKS, '').replace(SILENCED, '')];
  let out = '';
  let i = 0;
  while (i < chars.length) {
    const leading = LEADING.has(chars[i]!) ? chars[i++] : undefined;
    if (!isConsonant(chars[i])) {
      // A vowel or sign with no consonant to sit on: keep whatever sound it has alone.
      if (leading) out += LEADING_WITH[leading]!.at(-1)![1];
      else i++;
      continue;
    }
    if (leading && chars[i] !== 'อ' && isConsonant(chars[i + 1]) && sharesVowel(leading, chars, i + 2) && initialLength(chars, i, leading) === 1) {
      // A leading vowel before two letters and the rest of its vowel goes with the second; the first
      // is a syllable "a" of its own ("เจริญ" cha-roen, "เฉพาะ" cha-pho). Not อ, which only carries it ("โอชา" ocha).
      out += CONSONANTS[chars[i]!]![0] + 'a';
      i++;
    }
    const length = initialLength(chars, i, leading);
    out += length === 1 ? CONSONANTS[chars[i]!]![0] : CLUSTERS.get(chars[i]! + chars[i + 1]) ?? CONSONANTS[chars[i + 1]!]![0];
    i += length;
    let vowel: string | undefined;
    const rest = chars.slice(i, i + 3).join('');
    if (leading) {
      const [signs, sound] = LEADING_WITH[leading]!.find(([signs]) => rest.startsWith(signs))!;
      vowel = english && sound === 'oe' ? 'er' : sound;
      i += [...signs].length;
    } else {
      const found = FOLLOWING.find(([signs]) => rest.startsWith(signs));
      if (rest.startsWith('รร')) {
        // "รร" is "an", its n the final when no other follows ("บรรณ" ban, "สรรพ" sap).
        vowel = isFinal(chars, i + 2, true) ? 'a' : 'an';
        i += 2;
      } else if (found) {
        vowel = found[1];
        i += [...found[0]].length;
      } else if (chars[i] === 'อ' && !hasVowelAfter(chars, i + 1)) {
        vowel = 'o';
        i++;
      } else if (chars[i] === 'ว' && isConsonant(chars[i + 1]) && !hasVowelAfter(chars, i + 2)) {
        vowel = 'ua';
        i++;
      }
    }
    // A closed syllable without a written vowel sounds "o" ("สม" som); an open one "a" ("สบาย" sabai).
    // A short a written with mai han-akat always closes on a consonant ("ลักษณ์" lak).
    const final = isFinal(chars, i, rest.startsWith('ั') || rest.startsWith('รร')) ? CONSONANTS[chars[i]!]![1] : undefined;
    out += vowel ?? (final !== undefined ? 'o' : 'a');
    if (final !== undefined) {
      // A final ย after a written vowel is its i, once ("ไทย" thai).
      out += vowel && chars[i] === 'ย' ? (vowel.endsWith('i') ? '' : 'i') : final;
      i++;
      // A ร after the final stays, as names spelt after Sanskrit keep it ("ชินวัตร" chinwatr, Shinawatra);
      // a last letter with no vowel is silent ("ลักษ" lak).
      if (chars[i] === 'ร' && !startsSyllable(chars, i)) {
        out += 'r';
        i++;
      } else if (isConsonant(chars[i]) && i + 1 === chars.length) i++;
    }
  }
  return out;
}

/**
 * Letters the initial at `i` takes: two for a cluster ("กร" kr) or a consonant led by a silent ห
 * or อ ("หม" m), when a vowel is written after them or was written before; else one.
 */
function initialLength(chars: string[], i: number, leading: string | undefined): number {
  const first = chars[i]!;
  const second = chars[i + 1];
  if (second === undefined || !(leading !== undefined ? isConsonant(chars[i + 2]) || i + 2 === chars.length || hasVowelAfter(chars, i + 2) : hasVowelAfter(chars, i + 2))) return 1;
  // A vowel sign the leading vowel does not take sits on the second letter, which begins a syllable ("เสรี" se-ri).
  if (leading !== undefined && hasVowelSign(chars, i + 2) && leadingSigns(leading, chars, i + 2) === undefined) return 1;
  if ((first === 'ห' && LED_BY_SILENT.has(second)) || (first === 'อ' && second === 'ย')) return 2;
  return CLUSTERS.has(first + second) ? 2 : 1;
}

/**
 * At `i` is the rest of a vowel the leading one begins ("เ" + "ิ" oe); not "า" alone, whose "เ-า"
 * (ao) is rarer than a syllable "la" after "เ" + consonant ("เวลา" we-la).
 */
function sharesVowel(leading: string, chars: string[], i: number): boolean {
  const signs = leadingSigns(leading, chars, i);
  return signs !== undefined && signs !== 'า' && !signs.startsWith('อ');
}

/** The signs at `i` that complete the leading vowel, longest first ("เ" + "ีย" ia); none for "เ" + "ี" alone, no vowel of Thai. */
function leadingSigns(leading: string, chars: string[], i: number): string | undefined {
  const rest = chars.slice(i, i + 3).join('');
  return LEADING_WITH[leading]!.find(([signs]) => signs !== '' && rest.startsWith(signs))?.[0];
}

/**
 * A vowel follows at `i`, so the letters before it are one initial: a vowel sign, "รร", or an อ that
 * is the vowel o, last or before a final ("ทอง" thong, "กรอง" krong; the อ of "อนันต์" a-nan begins a syllable).
 */
function hasVowelAfter(chars: string[], i: number): boolean {
  const char = chars[i];
  if (char === 'อ') return i + 1 === chars.length || (isConsonant(chars[i + 1]) && !hasVowelSign(chars, i + 2));
  return hasVowelSign(chars, i) || (char === 'ร' && chars[i + 1] === 'ร');
}

function hasVowelSign(chars: string[], i: number): boolean {
  const char = chars[i];
  return char !== undefined && FOLLOWING.some(([signs]) => signs[0] === char);
}

/** The consonant at `i` begins the next syllable: a vowel sign follows it, or follows it and a second letter of a cluster. */
function startsSyllable(chars: string[], i: number): boolean {
  return hasVowelAfter(chars, i + 1) || (CLUSTERS.has(chars[i]! + chars[i + 1]) && hasVowelAfter(chars, i + 2));
}

/**
 * The consonant at `i` ends the syllable before it; not when it and one more end the word, which
 * are a syllable of their own ("มหาชน" maha-chon, "จตุพร" chatu-phon, "ธนาธร" thana-thon), unless
 * they are ตร, whose ร is silent ("ประวิตร" prawit; "วัตร" watr, closed by its mai han-akat); nor a ร
 * or ย after an i or u between consonants, which names of Sanskrit words sound "ra" and "ya" ("สุรชัย"
 * Surachai, "วีรกูล" -virakul, "ปิยบุตร" Piyabut).
 */
function isFinal(chars: string[], i: number, closes = false): boolean {
  if (!isConsonant(chars[i]) || CONSONANTS[chars[i]!]![1] === '' || startsSyllable(chars, i)) return false;
  if ((chars[i] === 'ร' || chars[i] === 'ย') && I_OR_U.has(chars[i - 1]!) && isConsonant(chars[i + 1])) return false;
  return closes || !(i + 2 === chars.length && isConsonant(chars[i + 1]) && !(chars[i] === 'ต' && chars[i + 1] === 'ร'));
}
