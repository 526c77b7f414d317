/**
 * Phonetic keys for transliteration variants. `phoneticForm` keeps vowels (for edit similarity on
 * sound-alike spellings); `consonantSkeleton` drops them (for abjad transliterations without vowels).
 */

/**
 * One left-to-right pass of sound-alike folds: dzh/dj/zh -> j; sch/sh/ch/tch -> s; ph -> f;
 * kh/gh/ck/q/c -> k; gu before e, i -> g; th -> t; dh/z -> s; x -> ks; w -> v; n before b, m, p -> m;
 * eo -> o; eu/ou/oo/uo -> u; ee/ie/ey/iy/yi/ei/ij/y -> i; ai/ay/ae -> e; doubled letters once; a final
 * e after a consonant silent in a word of six letters at least.
 * "mohammed" -> "mohamed", "muhammad" -> "muhamad", "qods" -> "kods", "dmitriy" -> "dmitri".
 */
export function phoneticForm(token: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < token.length; ) {
    const folded = foldAt(token, i);
    i += used;
    if (folded.length > 1 || folded !== last) out += folded;
    last = folded[folded.length - 1]!;
  }
  return out;
}

/** Letters the last foldAt used: a module variable rather than a tuple per letter (no allocation). */
let used = 1;

function take(sound: string, letters: number): string {
  used = letters;
  return sound;
}

/** The folded sound at position i; sets `used` to how many letters it took. */
function foldAt(t: string, i: number): string {
  const c = t[i]!;
  const d = t[i + 1];
  const e = t[i + 2];
  switch (c) {
    case 'd':
      if (d === 'z' && e === 'h') return take('j', 3);
      if (d === 'j') return take('j', 2);
      // Arabic dh (dhal, dad, zah) is z in Persian: "ridha"/"reza", "dhiya"/"zia".
      return d === 'h' ? take('s', 2) : take('d', 1);
    case 'z':
      return d === 'h' ? take('j', 2) : take('s', 1);
    case 't':
      if (d === 'c' && e === 'h') return take('s', 3);
      if (d === 's' && e === 'c' && t[i + 3] === 'h') return take('s', 4);
      return d === 'h' ? take('t', 2) : take('t', 1);
    case 's':
      if (d === 'c' && e === 'h') return take('s', 3);
      return d === 'h' ? take('s', 2) : take('s', 1);
    case 'c':
      if (d === 'h') return take('s', 2);
      return d === 'k' ? take('k', 2) : take('k', 1);
    case 'p':
      return d === 'h' ? take('f', 2) : take('p', 1);
    case 'k':
      return d === 'h' ? take('k', 2) : take('k', 1);
    case 'g':
      // A silent u keeps g hard before e and i (French, Spanish): "gueorgui" is "georgi", "miguel" "migel".
      if (d === 'u' && (e === 'e' || e === 'i' || e === 'y')) return take('g', 2);
      return d === 'h' ? take('k', 2) : take('g', 1);
    case 'q':
      // A final "que" is one k: the "-ique" of Urdu and Bengali names for ق ("tarique" is "tariq", "siddique"
      // "siddiq"), and French's ("dominique"). Not within a word, where a list may spell its u ("marquez").
      return d === 'u' && e === 'e' && i + 3 === t.length ? take('k', 3) : take('k', 1);
    case 'x':
      return take('ks', 1);
    case 'w':
      return take('v', 1);
    case 'e':
      // A final e after a consonant is silent, as French and English write names ("noureddine" is
      // "nureddin", "zidane" "zidan"); in a word of six letters at least.
      if (d === undefined && i >= 5 && !'aeiouy'.includes(t[i - 1]!)) return take('', 1);
      if (d === 'o') return take('o', 2);
      if (d === 'u') return take('u', 2);
      return d === 'e' || d === 'y' || d === 'i' ? take('i', 2) : take('e', 1);
    case 'o':
      return d === 'u' || d === 'o' ? take('u', 2) : take('o', 1);
    case 'u':
      return d === 'o' ? take('u', 2) : take('u', 1);
    case 'i':
      return d === 'e' || d === 'y' || d === 'j' ? take('i', 2) : take('i', 1);
    case 'y':
      return d === 'i' ? take('i', 2) : take('i', 1);
    case 'a':
      return d === 'i' || d === 'y' || d === 'e' ? take('e', 2) : take('a', 1);
    case 'n':
      // An n before b, m or p is said m, as many spellings write it ("Hanbali" ~ "Hambali"; Hepburn's
      // "Homma" for "Honma", トランプ "toranpu" ~ "Trump").
      return d === 'b' || d === 'm' || d === 'p' ? take('m', 1) : take('n', 1);
    default:
      return take(c, 1);
  }
}

/** The first letter of a word's sound-alike form (phon[0] of its token), without folding the rest. */
export function firstSound(token: string, syllabic = false): string {
  if (token.length === 0) return '';
  return foldAt(syllabic ? syllableInitial(token) : token, 0)[0]!;
}

/**
 * "mohammed" -> "mhmd", "mhmwd" -> "mhmd" (w and y stand for vowels in abjad transliteration),
 * "hassan" -> "hsn". Doubled letters are already single in the sound-alike form; consonants a
 * vowel keeps apart stay two, as an abjad writes them ("bozize" -> "bss", not "bs" like "abbas").
 * `phon`: the token's phoneticForm, when the caller has it (reused unless w or y must be folded first).
 */
export function consonantSkeleton(token: string, phon?: string): string {
  // Every new word and glued run is built so: no regular expression or set lookup per letter where a comparison does.
  const folded = phon !== undefined && !token.includes('w') && !token.includes('y') ? phon : phoneticForm(token.replace(W_OR_Y, 'u'));
  let out = '';
  for (let i = 0; i < folded.length; i++) if (!isVowelCode(folded.charCodeAt(i))) out += folded[i];
  return out;
}

/** a, e, i, o or u (VOWEL_SET) by its character code. */
const isVowelCode = (c: number) => c === 97 || c === 101 || c === 105 || c === 111 || c === 117;

const W_OR_Y = /[wy]/g;

export const VOWEL_SET = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * The consonant skeleton a Latin spelling of a transliterated Arabic or Hebrew word has (the key its
 * list spellings are indexed under): each letter as the sound-alike form writes it (sh s, kh and q
 * and c k, z s, dh s, th t), alif, ayin, w and y as vowels (as the vowels of ئ, ؤ, ے are), a last
 * h (ta marbuta, final he) silent.
 * "mshh" (משה) -> "ms" as "moshe", "chn" (כהן) -> "khn" as "cohen", "abrhym" -> "brhm" as "ibrahim".
 */
export function abjadSkeleton(word: string): string {
  return word.replace(LAST_H, '').replace(ABJAD_LETTER, (letter) => ABJAD_CONSONANTS[letter] ?? letter);
}

/**
 * The skeletons of a transliterated Arabic word's Latin spellings: abjadSkeleton's, and those of the
 * Persian, Urdu and Maghrebi readings of ث as s (وثيق "Wassiq"), ض as z ("fyd", فيض, "Faiz") and
 * غ as g (لاغوب "Laagoub"), each where the word has the letter.
 */
export function abjadSkeletons(word: string): string[] {
  const skeletons = [abjadSkeleton(word)];
  for (const [letter, reading] of OTHER_READINGS) {
    const read = word.replace(letter, reading);
    if (read === word) continue;
    const other = abjadSkeleton(read);
    if (!skeletons.includes(other)) skeletons.push(other);
  }
  return skeletons;
}

/** ث (any-ascii "th") read s, ض ("d", not of "dh") read z, غ ("gh") read g. */
const OTHER_READINGS: [RegExp, string][] = [[/th/g, 's'], [/(?<![dz])d(?!h)/g, 'z'], [/gh/g, 'g']];

const LAST_H = /(?<=..)h$/;
const ABJAD_LETTER = /sh|kh|gh|th|dh|tz|[cqzaeiouwy]/g;
const ABJAD_CONSONANTS: Record<string, string> = { sh: 's', kh: 'k', gh: 'k', th: 't', dh: 's', tz: 'ts', c: 'k', q: 'k', z: 's', a: '', e: '', i: '', o: '', u: '', w: '', y: '' };

/**
 * An Arabic word's consonants, w and y included (a diphthong ai, ay, ei, oy as y; a final y is a
 * vowel), each once: "ghommari" and "ghamari" are "ghmr", "hussein" "hsyn" and "hassan" "hsn". Unlike
 * consonantSkeleton, which takes w and y for the long vowels abjad transliterations write with them.
 */
export function arabicConsonants(word: string, folded = false): string {
  // One pass, no regular expressions: the index files every list word under this (consonantKeys).
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    const next = word[i + 1];
    let letter: string;
    // ذ is dh or th: "dhahab", "thahab"; folded, also d ("qadhafi", "ghathafi", "gaddafi"), and ق q or g, غ gh or g.
    if (folded && (c === 'd' || c === 't') && next === 'h') (letter = 'd'), i++;
    else if (folded && c === 'g' && next === 'h') (letter = 'g'), i++;
    else if (folded && (c === 'q' || (c === 'k' && next !== 'h'))) letter = 'g';
    // Folded, French spellings of Maghreb names too: ch for sh ("Achraf"), c for s before e or i ("Houcein"),
    // else k; dj for j ("Djamel"); ou before a vowel for w ("Ouahab"); gu before e or i for g ("Guizani").
    else if (folded && c === 'c') next === 'h' ? ((letter = 'sh'), i++) : (letter = next === 'e' || next === 'i' || next === 'y' ? 's' : 'k');
    else if (folded && c === 'd' && next === 'j') (letter = 'j'), i++;
    else if (folded && c === 'o' && next === 'u' && isVowelOrY(word[i + 2] ?? '')) (letter = 'w'), i++;
    else if (folded && c === 'g' && next === 'u' && (word[i + 2] === 'e' || word[i + 2] === 'i')) (letter = 'g'), i++;
    else if (c === 'd' && next === 'h') letter = 't';
    else if ((c === 'a' || c === 'e' || c === 'o') && (next === 'i' || next === 'y')) (letter = i + 2 === word.length ? '' : 'y'), i++;
    else if (c === 'y') letter = i + 1 === word.length ? '' : 'y';
    else letter = c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' ? '' : c;
    if (letter !== '' && letter !== out[out.length - 1]) out += letter;
  }
  return out;
}

export interface ConsonantReadings {
  /** As written, and with a last ta marbuta unwritten. */
  written: string[];
  /** The same with each lone medial i as y. */
  withY: string[];
}

/**
 * A word's arabicConsonants as its spellings differ, of three consonants or more: a last h or t
 * after a or e may be the ta marbuta, written or not ("salamah", "salameh", "salama"; "silsilat"
 * al-dhahab, "silsilah"); a lone i between consonants may be the long vowel y writes ("karim",
 * "kuraym"), and one before a vowel the y it glides into ("diab", "dhiyab"; "riad", "riyad"),
 * compared with the other word as written only: "amir" is not "mire", both "myr" so.
 */
export function arabicConsonantReadings(word: string): ConsonantReadings {
  return { written: readingsOf(word), withY: readingsOf(word.replace(I_AS_Y, 'y')) };
}

function readingsOf(form: string): string[] {
  const readings: string[] = [];
  // The index reads every list word so (consonantKeys): most have no ta marbuta, and are read twice, not four times.
  const unmarked = withoutTaMarbuta(form);
  addReading(readings, arabicConsonants(form));
  if (unmarked !== form) addReading(readings, arabicConsonants(unmarked));
  addReading(readings, arabicConsonants(form, true));
  if (unmarked !== form) addReading(readings, arabicConsonants(unmarked, true));
  return readings;
}

function addReading(readings: string[], reading: string): void {
  if (reading.length >= 3 && !readings.includes(reading)) readings.push(reading);
}

/** An i after a consonant and before a consonant or a vowel: the y it may stand for. */
const I_AS_Y = /(?<=[^aeiouy])i(?=[^aeiouy]|[aeou])/g;

/** The word without a last h or t after a or e, two letters at least before them: the ta marbuta, written or not. */
function withoutTaMarbuta(form: string): string {
  const n = form.length;
  const last = form[n - 1];
  const vowel = form[n - 2];
  return n >= 4 && (last === 'h' || last === 't') && (vowel === 'a' || vowel === 'e') ? form.slice(0, -1) : form;
}

/**
 * An East Slavic word's consonants as Russian, Ukrainian and Belarusian spellings of it share them:
 * г is Russian g and Belarusian and Ukrainian h, х kh or h; Belarusian writes дз and ц for Russian
 * д and т before a soft vowel, ў (u, w after a vowel) for в and л, a for the unstressed o, ia for e
 * ("Vetsianevich" for Vetenevich, "Piatkevich" for Petkevich). "Halavanau" and "Golovanov" are "hlvnv",
 * "Hryhoryavich" and "Grigoriyevich" "hrhrvch", "Lukashenka" and "Lukashenko" "lkshnk".
 */
export function slavicConsonants(word: string): string {
  // One pass, no regular expressions: the index files every list word under this (consonantKeys).
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    const next = word[i + 1];
    let sound: string;
    if (c === 'x') sound = 'ks';
    else if (c === 'g') sound = 'h';
    else if (c === 'k' && next === 'h') (sound = 'h'), i++;
    else if (c === 'd' && next === 'z') (sound = 'd'), i++;
    else if (c === 't' && next === 's' && word[i + 2] === 'i') (sound = 't'), i++;
    else if (c === 'w') sound = 'v';
    // ў: u after a vowel before no vowel, and the u of Uladzimir; not after y or i, which spell ю with it ("Yunus", "Liutsko").
    else if (c === 'u') sound = (i > 0 && isVowelOrY(word[i - 1]!) && word[i - 1] !== 'y' && word[i - 1] !== 'i' && (next === undefined || !isVowelOrY(next))) || (i === 0 && next === 'l') ? 'v' : '';
    else sound = isVowelOrY(c) || c === 'j' ? '' : c;
    for (let k = 0; k < sound.length; k++) if (sound[k] !== out[out.length - 1]) out += sound[k];
  }
  return out;
}

const isVowelOrY = (c: string) => c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';

/**
 * The consonant keys under which the index files a word and a query looks one up, so that spellings
 * apart by more than fuzzy keys reach (Belarusian "Zimousky" for "Zimovsky", "Silsilat" for
 * "Silsilah"): its slavicConsonants and its written arabicConsonantReadings, of four consonants or
 * more (fewer meet too many words).
 */
export function consonantKeys(word: string): string[] {
  const keys: string[] = [];
  // No East Slavic spelling writes gh: "alghamdi" read so ("lhmd") is no "alhamid".
  const slavic = word.includes('gh') ? '' : slavicConsonants(word);
  for (const key of [slavic, ...readingsOf(word)]) if (key.length >= CONSONANT_KEY_MIN && !keys.includes(key)) keys.push(key);
  return keys;
}

const CONSONANT_KEY_MIN = 4;

/** A patronymic or a surname as Russian, Ukrainian and Belarusian names end (Ivanovich, Ivanauna, Piatrowna, Ivanov, Ivanou, Ivanenka). */
export const EAST_SLAVIC_ENDING = /(?:[vw]ich|vych|[vw]na|auna|euna|ivna|ov|ova|ev|eva|au|eu|enko|enka|sky|skiy|skii|skaya|skaia|uk|yuk)$/;

/**
 * A Russian word with ё after a consonant, as the other common transliteration writes it: "yo" is
 * "e" in passports (ICAO) and in most lists ("semyonov" -> "semenov", "artyom" -> "artem",
 * "alyona" -> "alena"); undefined when the word has no such "yo". Compared beside the word as
 * written, never instead of it: Korean "kyong" and "myong" keep their own spelling.
 */
export function yoAsE(word: string): string | undefined {
  if (word.indexOf('yo', 1) < 0) return undefined;
  const folded = word.replace(CONSONANT_YO, '$1e');
  return folded === word ? undefined : folded;
}

const CONSONANT_YO = /([b-df-hj-np-tv-xz])yo/g;

/** True for a word written without vowels, as abjad scripts transliterate ("mhmd", "khld"). */
export function isVowelless(token: string): boolean {
  if (token.length < 2) return false;
  // One pass, no regular expressions: every new token and every glued run of a prepared name asks.
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (isVowelCode(c) || c === 121 || (c >= 48 && c <= 57)) return false;
  }
  return true;
}

/**
 * Romanizations of Korean and Chinese syllables differ in voicing of the first consonant
 * (Revised "gim" / McCune-Reischauer "kim", "bak" / "pak"): folded on top of phoneticForm.
 * `phon`: the token's phoneticForm, when the caller has it (reused when the syllable folds change nothing).
 */
export function syllablePhoneticForm(token: string, phon?: string): string {
  const initial = syllableInitial(token);
  return phon !== undefined && initial === token ? phon : phoneticForm(initial);
}

/**
 * A syllable in one spelling for all its romanizations: the usual spellings of Korean surnames
 * and syllables (Lee, Yi, Rhee for 이; Park for 박; Jung for 정), Revised Romanization finals as
 * any-ascii writes them ("bag" for 박, "baeg" for 백), then the initial voicing fold.
 */
function syllableInitial(token: string): string {
  let t = SYLLABLE_SPELLINGS.get(token) ?? token;
  const final = VOICELESS[t[t.length - 1]!];
  if (final && t.length >= 2 && VOWEL_SET.has(t[t.length - 2]!)) t = t.slice(0, -1) + final;
  const initial = VOICELESS[t[0]!];
  return initial ? initial + t.slice(1) : t;
}

/** Voiced stops and their voiceless pairs, as the romanizations of one syllable differ. */
const VOICELESS: Record<string, string | undefined> = { g: 'k', b: 'p', d: 't' };

/**
 * A Korean syllable in Latin letters as McCune-Reischauer (North Korea's names, "CHO'N Myo'ng-kuk")
 * and Revised Romanization ("JEON Myeong-guk") both give it: the usual spellings, ŏ and ŭ written
 * eo, eu or o, u, and a first consonant unvoiced, j as ch ("ju" ~ "chu", "jae" ~ "chae", "guk" ~ "kuk").
 */
export function koreanSyllableForm(syllable: string): string {
  const form = syllableInitial(syllable).replace(EO_EU, '$1');
  return form.startsWith('j') ? `ch${form.slice(1)}` : form;
}

const EO_EU = /e([ou])/g;

/**
 * Hangul syllables romanized (Revised Romanization) and run together, as the lists' English names of
 * North Korean firms and places write them after McCune-Reischauer: eo and eu as o and u, a first l
 * as r, and (`voiceless`) the first consonant voiceless ("geumsan" -> "kumsan", "lyeonbong" ->
 * "ryonbong", "pyeongyang" -> "pyongyang").
 */
export function mccuneReischauerRun(run: string, voiceless = true): string {
  const form = run.replace(EO_EU, '$1').replace(INITIAL_L, 'r');
  if (!voiceless) return form;
  return form.startsWith('j') ? `ch${form.slice(1)}` : (VOICELESS[form[0]!] ?? form[0]!) + form.slice(1);
}

const INITIAL_L = /^l/;

/** A usual Latin spelling of a Korean syllable ("cho", "lee", "park"): compared under syllablePhon even outside Hangul. */
export function isSyllableSpelling(token: string): boolean {
  return SYLLABLE_SPELLINGS.has(token);
}

const SYLLABLE_SPELLINGS = new Map<string, string>([
  ...['lee', 'yi', 'rhee', 'ri', 'li', 'rhie'].map((s) => [s, 'i'] as const),
  ...['park', 'pak', 'bahk'].map((s) => [s, 'bak'] as const),
  ['choi', 'choe'], ['jung', 'jeong'], ['chung', 'jeong'], ['cho', 'jo'], ['yoon', 'yun'], ['lim', 'im'], ['rim', 'im'],
  ['oh', 'o'], ['noh', 'no'], ['roh', 'no'], ['ryu', 'lyu'], ['yoo', 'lyu'], ['ryoo', 'lyu'], ['shin', 'sin'], ['suh', 'seo'],
  ['kwon', 'gwon'], ['ahn', 'an'], ['sohn', 'son'], ['moon', 'mun'], ['paik', 'baek'], ['paek', 'baek'], ['chun', 'jeon'],
  ['jun', 'jeon'], ['kang', 'gang'], ['chang', 'jang'], ['sung', 'seong'], ['kim', 'gim'], ['hyun', 'hyeon'], ['young', 'yeong'],
  ['huh', 'heo'], ['hur', 'heo'], ['woo', 'u'],
]);

/**
 * The consonants Japanese keeps of a foreign word, to compare kana ("sonigurupu") with the Latin
 * word it renders ("sonygroup"): both "sngrp". Kana add a vowel after each consonant and merge l
 * into r, v into b, f into h (コーヒー "kohi", coffee). `silentR`: a Latin word's r before a
 * consonant or at the end is not pronounced, as English says it (スター "suta", star).
 */
export function loanwordSkeleton(token: string, silentR: boolean): string {
  // Each run of consonants folds on its own: "k" and "h" of "kohi" are two sounds, not "kh".
  let out = '';
  for (const consonants of (silentR ? token.replace(SILENT_R, '$1') : token).split(VOWELS_AND_Y)) {
    for (const c of phoneticForm(consonants)) out += LOANWORD_CONSONANTS[c] ?? c;
  }
  return out;
}

const SILENT_R = /([aeiou])r+(?![aeiouy])/g;
const VOWELS_AND_Y = /[aeiouy]+/;
const LOANWORD_CONSONANTS: Record<string, string> = { l: 'r', v: 'b', f: 'h' };
