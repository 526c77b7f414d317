/** Token-level normalization steps: honorifics, legal-form classes, and each token's kind and keys. */
import { consonantSkeleton, isVowelless, phoneticForm, syllablePhoneticForm, yoAsE } from './phonetic.js';
import type { WordOrigin } from './script.js';
import { flatLong, MARRIED_WORD, PLACE_MARK } from './text.js';
import { editDistance } from '../compare/edit-distance.js';
import { chineseReadings, NO_READINGS } from './pinyin.js';
import { russianStemMeaning, SEVERAL_WORDS_SHORTEST } from './russian-stems.js';
import { WORD_MEANINGS, WORDS_WRITTEN_OUT, ABJAD_TITLES, BURMESE_HONORIFICS, isBurmeseName, ARABIC_ARTICLES, GENERIC_ORGANIZATION_WORDS, LEADING_HONORIFICS, NUMBER_WORDS, LEGAL_FORM_MAX_TOKENS, LEGAL_FORMS, NAME_PARTICLES, RUSSIAN_LEGAL_WORDS, STOPWORDS, SUN_SOUNDS, WEAK_TITLES } from './vocabulary.js';

/**
 * word: identity-bearing; legal: legal form (weak); stop: particle or title (weak); place: a country in
 * parentheses, as its ISO code (weak on one side, see compareNames); number: any token with digits, exact only.
 */
export type TokenKind = 'word' | 'legal' | 'stop' | 'place' | 'number';

export interface NameToken {
  /** Unique per token built (see makeToken): what caches of token pairs key on. */
  id: number;
  text: string;
  kind: TokenKind;
  /** Sound-alike spelling ("muhammad" -> "muhamad"). */
  phon: string;
  /** Consonants only ("muhammad" -> "mhmd"). */
  skel: string;
  /**
   * Transliterated from a syllabic script (Chinese, Korean): one syllable per token from a small
   * inventory, so only sound-alike equality counts ("ping" is not "bing").
   */
  syllabic: boolean;
  /** A syllable read from Korean Hangul (syllabic too): not a pinyin syllable, however spelled ("li" 리, Ri). */
  hangul: boolean;
  /** Written without vowels, as abjad scripts transliterate ("mhmd"). */
  vowelless: boolean;
  /** Transliterated from an abjad script (Arabic, Hebrew ...), which leaves most vowels unwritten. */
  abjad: boolean;
  /** Sound-alike form with the first-consonant voicing folds of syllable romanizations ("gim" -> "kim"). */
  syllablePhon: string;
  /** Romanized from Japanese kana ("sonigurupu"), as Japanese writes foreign words: see loanwordSkeleton. */
  kana: boolean;
  /** letterBuckets of `text` (low 16 bits) and of `phon` (high 16 bits): see lettersApart. */
  letters: number;
  /** The sound-alike form with a Russian ё written "e" (yoAsE: "semyonov" -> "semenov"), when the word has one. */
  yoPhon: string | undefined;
  /**
   * The pinyin the word may spell as a Chinese name's syllables, in pinyin or Wade-Giles (chineseReadings;
   * mostly none): computed on first use (chineseOf), as few pairs of words ever ask.
   */
  chinese: readonly string[] | undefined;
  /** The word as Persian and Arabic romanizations would both write it (persianForm in similarity.ts): computed on first use. */
  persian: string | undefined;
  /** The given names the word is another form of, and how alike (NAME_FORMS in similarity.ts): computed on first use. */
  nameForms: ReadonlyMap<string, number> | undefined;
  /**
   * What an abbreviation or a foreign organization word means, as the word written in English
   * (WORD_MEANINGS: "intl" international, "harakat" movement, "zavod" plant); undefined for most words.
   * The token keeps its own spelling, so that other spellings of it ("haraket") and acronyms of its
   * initial ("RIHS" for "Revival of Islamic Heritage Society") still meet it.
   */
  meaning: NameToken | undefined;
}

/** The token as the word it means (NameToken.meaning), or itself. */
export function meaningOf(token: NameToken): NameToken {
  return token.meaning ?? token;
}

/** What a company does rather than who it is ("trading", "tejarat": GENERIC_ORGANIZATION_WORDS), by what the word means. */
export function isGenericWord(token: NameToken): boolean {
  return GENERIC_ORGANIZATION_WORDS.has(meaningOf(token).text);
}

/** The token's chineseReadings, computed once. */
export function chineseOf(token: NameToken): readonly string[] {
  return (token.chinese ??= token.kind !== 'word' || token.syllabic || token.abjad || token.kana ? NO_READINGS : chineseReadings(token.text));
}

/**
 * `words.map(f)` built by pushing: the array Array.prototype.map returns is packed before TurboFan
 * inlines it and holey after, and every step that a name's words pass next deopted on the new
 * elements kind during a cold index build. Pushed arrays have the one kind `words()` gives.
 */
function mapWords<T>(words: string[], f: (word: string, i: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < words.length; i++) out.push(f(words[i]!, i));
  return out;
}

/** The Arabic article kept as a particle ("al", "el", "ad" ...): what comes after it is a family's name or a compound's second word. */
export function isArabicArticle(token: NameToken): boolean {
  return token.kind === 'stop' && ARABIC_ARTICLES.has(token.text);
}

/** A one-letter token stands for a word ("J." for "Jean"), unless it is a whole syllable (Korean 이, "i"). */
export function isInitial(token: NameToken): boolean {
  return token.text.length === 1 && !token.syllabic && !token.abjad;
}

/** "bn" (بن, ابن) and "bnt" of a name written in Arabic script are the "bin", "ibn" and "bint" of its Latin spelling. */
export function spellArabicParticles(words: string[]): string[] {
  return mapWords(words, (word) => ARABIC_PARTICLES.get(word) ?? word);
}

/** A Map: a word such as "constructor" would read an object's prototype. */
const ARABIC_PARTICLES = new Map([['bn', 'bin'], ['abn', 'ibn'], ['bnt', 'bint']]);

/**
 * "mr recep tayyip erdogan" -> "recep tayyip erdogan"; a lone "dr" stays, and so does the first word
 * of an organization's name, one with a legal form or a generic word ("MRS GmbH", "Mr Price Group").
 */
export function dropLeadingHonorifics(words: string[]): string[] {
  let start = 0;
  while (start < words.length - 1 && LEADING_HONORIFICS.has(words[start]!)) start++;
  if (!start || words.some((word) => LEGAL_FORM_CLASSES.has(word) || GENERIC_ORGANIZATION_WORDS.has(word))) return words;
  return words.slice(start);
}

/**
 * Letters spelled out one by one in an organization's name are one acronym: "S M A Shipping" is
 * "SMA Shipping", as "S.M.A. Shipping" is, not three initials for any words starting with them.
 * A Chinese or Korean syllable of one letter is a syllable.
 */
export function joinSpelledLetters(words: string[], origins?: ReadonlyMap<string, WordOrigin>): string[] {
  const isLetter = (word: string) => word.length === 1 && word >= 'a' && word <= 'z' && !origins?.has(word);
  if (!words.some((word, k) => k > 0 && isLetter(word) && isLetter(words[k - 1]!))) return words;
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    if (k > 0 && isLetter(words[k]!) && isLetter(words[k - 1]!)) out[out.length - 1] += words[k]!;
    else out.push(words[k]!);
  }
  return out;
}

/**
 * A lone e, i or y between two words of an organization's name joins them: Spanish, Portuguese and
 * Italian "and", Polish "i", the Persian and Urdu izafat ("Tehrik-e Taliban", "Tehrik-i-Taliban",
 * "Lashkar-e-Taiba"; after a vowel "ye", "Melli-ye Sakhteman"); so do Turkish "ve", German "und" and
 * French "et". Written "and", so every spelling aligns; first or last it stays ("E Trade"), and so
 * does a letter of a spelled-out acronym ("S E A Ship Management").
 */
export function connectorsToAnd(words: string[]): string[] {
  let changed: string[] | undefined;
  for (let k = 1; k < words.length - 1; k++) {
    const connector = CONNECTOR_LETTERS.has(words[k]!) || CONNECTOR_WORDS.has(words[k]!) || (IZAFAT_AFTER_VOWEL.has(words[k]!) && ENDS_IN_VOWEL.test(words[k - 1]!));
    if (connector && words[k - 1]!.length > 1 && words[k + 1]!.length > 1) (changed ??= [...words])[k] = 'and';
  }
  return changed ?? words;
}

const CONNECTOR_LETTERS = new Set(['e', 'i', 'y']);
/** "And" in Turkish, German and French: "Ticaret ve Sanayi", "Maschinen und Anlagen". */
const CONNECTOR_WORDS = new Set(['ve', 'und', 'et']);
/** The izafat after a vowel: "Sherkat-e Melli-ye Sakhteman", "Takhassosi-yi". */
const IZAFAT_AFTER_VOWEL = new Set(['ye', 'yi']);
const ENDS_IN_VOWEL = /[aeiou]$/;

/**
 * An abbreviation of several words written out: "npo" -> "scientific production association", "san
 * ve tic" -> "sanayi ve tic". One word's abbreviation or translation keeps its spelling and means the
 * word (NameToken.meaning: "intl" international).
 */
export function expandAbbreviations(words: string[]): string[] {
  // Beside "tic", "san" is Turkish "sanayi"; elsewhere it is a saint ("San Jose") or a name.
  const turkish = words.includes('tic') && words.includes('san');
  if (!turkish && !words.some((word) => WORDS_WRITTEN_OUT.has(word) || severalWords(word))) return words;
  const out: string[] = [];
  for (const word of words) {
    const full = WORDS_WRITTEN_OUT.get(word) ?? severalWords(word)?.split(' ');
    if (full) out.push(...full);
    else out.push(turkish && word === 'san' ? 'sanayi' : word);
  }
  return out;
}

/**
 * A Russian word's meaning by its stem (russian-stems.ts) when it is several words ("mashinostroitelnyy",
 * machine building). Those stems are long: shorter words, most of every name, are not looked up.
 */
function severalWords(word: string): string | undefined {
  if (word.length < SEVERAL_WORDS_SHORTEST) return undefined;
  const meaning = russianStemMeaning(word);
  return meaning?.includes(' ') ? meaning : undefined;
}

/** A Russian word's meaning by its stem when it is one other word ("nauchnogo", scientific; "institute" itself, none). */
function oneWord(word: string): string | undefined {
  const meaning = russianStemMeaning(word);
  return meaning === undefined || meaning === word || meaning.includes(' ') ? undefined : meaning;
}

/**
 * The Arabic article takes the sound of a sun letter after it, as many transliterations write it:
 * "al rahman" -> "ar rahman", "el din" -> "ed din", "al shams" -> "ash shams". Both spellings of a
 * name then agree, split or glued ("al dounia" and "addounia", "abd al rahman" and "abdarrahman").
 */
export function assimilateArticle(words: string[]): string[] {
  if (!words.some((word, i) => (word === 'al' || word === 'el') && i + 1 < words.length)) return words;
  return mapWords(words, (word, i) => {
    const next = words[i + 1];
    if ((word !== 'al' && word !== 'el') || !next) return word;
    const sun = SUN_SOUNDS.find((sound) => next.startsWith(sound));
    return sun ? word[0] + sun : word;
  });
}

/**
 * A Roman numeral closing a name that is not a person's is its number: "Bicentenario XI" is ship 11
 * of a fleet, "Sparta IV" another ship than "Sparta III", as "Sparta 4" is (numbers match exactly).
 * Not a Chinese or Korean syllable ("xi"), and only after another word.
 */
export function romanNumeralLast(words: string[], origins?: ReadonlyMap<string, WordOrigin>): string[] {
  const last = words.length - 1;
  if (last < 1 || !ROMAN_NUMERAL.test(words[last]!) || isSyllable(origins?.get(words[last]!))) return words;
  const out = [...words];
  out[last] = String(romanValue(words[last]!));
  return out;
}

const ROMAN_NUMERAL = /^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})$/;

const ROMAN_DIGITS: Record<string, number> = { i: 1, v: 5, x: 10 };

function romanValue(numeral: string): number {
  let total = 0;
  for (let k = 0; k < numeral.length; k++) {
    const v = ROMAN_DIGITS[numeral[k]!]!;
    total += k + 1 < numeral.length && v < ROMAN_DIGITS[numeral[k + 1]!]! ? -v : v;
  }
  return total;
}

/**
 * Number words become digits, a tens word absorbing the unit after it: "brigade forty four" (or
 * "forty 4") -> "brigade 44", "first international bank" -> "1 international bank", "three percenters" -> "3 percenters".
 */
export function numberWordsToDigits(words: string[]): string[] {
  if (!words.some((word) => NUMBER_WORDS.has(word))) return words;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const value = NUMBER_WORDS.get(words[i]!);
    if (value === undefined) {
      out.push(words[i]!);
      continue;
    }
    // "forty four" and "forty 4" alike.
    const next = words[i + 1] ?? '';
    const unit = NUMBER_WORDS.get(next) ?? (/^[1-9]$/.test(next) ? Number(next) : undefined);
    if (value >= 20 && value % 10 === 0 && unit !== undefined && unit > 0 && unit < 10) {
      out.push(String(value + unit));
      i++;
    } else out.push(String(value));
  }
  return out;
}

/**
 * Digits written for the letters they look like inside a word ("ig0r sech1n", "i9or") are letters
 * again, as names are disguised to slip past screening. Only a word whose every digit stands between
 * letters, among three letters or more: codes keep their digits ("a320", "mig29", "h1n1").
 */
export function undoDigitDisguise(words: string[]): string[] {
  return words.some((word) => DISGUISED.test(word)) ? mapWords(words, (word) => (DISGUISED.test(word) ? undisguised(word) : word)) : words;
}

const LOOKALIKE_LETTERS: Record<string, string> = { 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't', 8: 'b', 9: 'g' };
/** A look-alike digit between letters somewhere in the word. */
const DISGUISED = /[a-z][013457-9][a-z]/;

function undisguised(word: string): string {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (isLetter(c)) {
      letters++;
      continue;
    }
    const between = i > 0 && i < word.length - 1 && isLetter(word[i - 1]!) && isLetter(word[i + 1]!);
    if (!between || !LOOKALIKE_LETTERS[c]) return word;
  }
  return letters >= 3 ? word.replace(/\d/g, (d) => LOOKALIKE_LETTERS[d]!) : word;
}

function isLetter(c: string): boolean {
  return c >= 'a' && c <= 'z';
}

const LEGAL_MARK = '\u0000';
/** Legal-form phrase -> its class, and the first words of the phrases: only these start a phrase lookup. */
const LEGAL_FORM_CLASSES = new Map(Object.entries(LEGAL_FORMS));
const LEGAL_FIRST_WORDS = new Set(Object.keys(LEGAL_FORMS).map((phrase) => phrase.split(' ')[0]!));

/** An article that took the sound of the next word's first letter ("ad" before "din", "as" before "saud"). */
function isAssimilatedArticle(word: string, next: string | undefined): boolean {
  return next !== undefined && word.length >= 2 && ARABIC_ARTICLES.has(word) && next.startsWith(word.slice(1));
}

/**
 * Longest-first legal phrases -> one class token: "co ltd", "limited liability company" -> "llc".
 * Marked for classify. One Chinese syllable alone is never one: 奥巴马 is "ao ba ma", not JSC (AO)
 * Bama; 有限公司 ("you xian gong si") is.
 */
export function foldLegalForms(words: string[], origins?: ReadonlyMap<string, WordOrigin>, person = false): string[] {
  const out: string[] = [];
  // A word that means a legal form's word ("obshchestvo", "kompaniya") is read as it.
  const spelled = mapWords(words, (word) => legalFormSpelling(WORD_MEANINGS.get(word) ?? word));
  for (let i = 0; i < words.length; ) {
    // "ad din", "as saud": the Arabic article as it sounds before a sun letter, not a legal form (AD, AS).
    if (!LEGAL_FIRST_WORDS.has(spelled[i]!) || isAssimilatedArticle(words[i]!, words[i + 1])) {
      out.push(words[i++]!);
      continue;
    }
    // The longest phrase from here that is a legal form, grown a word at a time.
    let taken = 0;
    let legal: string | undefined;
    let phrase = spelled[i]!;
    for (let n = 1; n <= Math.min(LEGAL_FORM_MAX_TOKENS, words.length - i); n++) {
      if (n > 1) phrase += ` ${spelled[i + n - 1]}`;
      const found = LEGAL_FORM_CLASSES.get(phrase);
      // A one-letter-pair form ("sa", "as", "ao") only counts when the name has other words too. In a
      // person's name, one that is a syllable of names too is that: "Chun Doo Hwan", "Kim Sa Rang".
      const namePart = n === 1 && (isSyllable(origins?.get(phrase)) || (person && NAME_SYLLABLE_FORMS.has(phrase)));
      if (found !== undefined && words.length > n && !namePart) [legal, taken] = [found, n];
    }
    if (taken) {
      out.push(LEGAL_MARK + legal);
      i += taken;
    } else out.push(words[i++]!);
  }
  return out;
}

/** Legal forms that are syllables of Korean and Chinese names too (사 Sa, 두 Doo, 새 Sae; 奥 Ao, 夏 Sia). */
const NAME_SYLLABLE_FORMS = new Set(['sa', 'doo', 'sae', 'ao', 'sia']);

/** foldLegalForms for a person's name. */
export function foldPersonLegalForms(words: string[], origins?: ReadonlyMap<string, WordOrigin>): string[] {
  return foldLegalForms(words, origins, true);
}

/**
 * A long word of a Russian, Ukrainian or Belarusian legal form spelled out, as the form spells it,
 * when the list misspelled it by an edit or two ("otvetstsvennostyu", "obshsсhestvo", "ogrannichenoy");
 * any other word as it is. Long words only (eight letters and more, one edit below ten), and only
 * these forms: "corporativo" is a word of a Spanish name, not a misspelled "corporation".
 */
function legalFormSpelling(word: string): string {
  if (word.length < LEGAL_WORD_MIN) return word;
  const sameStart = LEGAL_WORDS_BY_LETTER.get(word[0]!);
  if (!sameStart || sameStart.includes(word)) return word;
  // No cache: a few words of the same first letter, most of them lengths apart (every name's long words pass here).
  for (const legal of sameStart) {
    const edits = legal.length < 10 ? 1 : 2;
    if (Math.abs(legal.length - word.length) <= edits && editDistance(word, legal, edits) <= edits) return legal;
  }
  return word;
}

const LEGAL_WORD_MIN = 8;
/** The legal forms' words of eight letters or more, by first letter. */
const LEGAL_WORDS_BY_LETTER = new Map<string, string[]>();
for (const legal of RUSSIAN_LEGAL_WORDS) {
  if (legal.length >= LEGAL_WORD_MIN) LEGAL_WORDS_BY_LETTER.set(legal[0]!, [...(LEGAL_WORDS_BY_LETTER.get(legal[0]!) ?? []), legal]);
}

/** الشيخ, "alshykh": a title before a name, a family's name after one. */
const ABJAD_FAMILY_TITLE = 'alshykh';
/** Particles, titles and Arabic articles: one set, as every word of every name is looked up. */
const WEAK_WORDS = new Set([...STOPWORDS, ...WEAK_TITLES, ...ARABIC_ARTICLES]);
/** Titles that are words in an organization's name. */
const ORGANIZATION_TITLE_WORDS = new Set(['general', 'eng', 'engineer']);
/**
 * The same for an organization's name, but the titles that are its words there: "General", a generic
 * one (General Bureau of Atomic Energy, "GBAE"), and "Eng.", engineering (Imensazan Consulting Eng.).
 */
const ORGANIZATION_WEAK_WORDS = new Set([...WEAK_WORDS].filter((word) => !ORGANIZATION_TITLE_WORDS.has(word)));
/** The same for a person's name, but "in" and "on": Korean syllables there ("JONG, In Chol", "Kim Jong On"). ("An" is the Arabic article before an n too.) */
const PERSON_WEAK_WORDS = new Set([...WEAK_WORDS].filter((word) => word !== 'in' && word !== 'on'));
/** The same for a Burmese name, with its honorifics: "Daw" (Madam), "U" (Mister), Karen "Saw" ("MYINT, Daw Ohn Mar" is Ohn Mar Myint). */
const BURMESE_WEAK_WORDS = new Set([...PERSON_WEAK_WORDS, ...BURMESE_HONORIFICS]);

/** `origins`: the words that are Chinese or Korean syllables or kana words (foldScript); other words of the name are neither. */
export function classifyTokens(words: string[], origins?: ReadonlyMap<string, WordOrigin>, abjad = false, person = false): NameToken[] {
  const weakWords = person ? (isBurmeseName(words) ? BURMESE_WEAK_WORDS : PERSON_WEAK_WORDS) : ORGANIZATION_WEAK_WORDS;
  return mapWords(words, (word, i) => {
    if (word.startsWith(LEGAL_MARK)) return makeToken(word.slice(1), 'legal');
    if (word.startsWith(PLACE_MARK)) return makeToken(word.slice(1), 'place');
    if (word === MARRIED_WORD) return MARRIED_DE;
    if (hasDigit(word)) return makeToken(ordinalNumber(word), 'number');
    const origin = origins?.size ? origins.get(word) : undefined;
    // A Chinese syllable is a name's syllable, never a particle ("la" of 贝拉克, Barack).
    // A particle last introduces nothing: it is a name ("Faras De", "Van Thanh Le"); so is "Ben" before a
    // person's one other word, the given name (Ben Netanyahu; the Arabic "ben" stands between names).
    const particleAsName = (i > 0 && i === words.length - 1 && NAME_PARTICLES.has(word)) || (person && i === 0 && words.length === 2 && word === 'ben');
    // "The Sheikh" after another word is a family's name: آل الشيخ, Al al-Sheikh; a title leads ("الشيخ محمد").
    const abjadTitle = abjad && ABJAD_TITLES.has(word) && !(i > 0 && word === ABJAD_FAMILY_TITLE);
    if ((weakWords.has(word) && !isSyllable(origin) && !particleAsName) || abjadTitle) return makeToken(word, 'stop');
    return makeToken(word, 'word', isSyllable(origin), abjad, origin === 'kana', origin === 'hangul');
  });
}

/** A Chinese or Korean syllable (foldScript's origin of the word). */
function isSyllable(origin: WordOrigin | undefined): boolean {
  return origin === 'syllable' || origin === 'hangul';
}

/**
 * A token with its keys; word tokens repeat heavily across names and queries, so each distinct one
 * is built once and shared (tokens are never mutated). Bounded caches.
 */
export function makeToken(text: string, kind: TokenKind, syllabic = false, abjad = false, kana = false, hangul = false): NameToken {
  const cache = kind === 'word' ? (hangul ? HANGUL_WORDS : syllabic ? SYLLABIC_WORDS : abjad ? ABJAD_WORDS : kana ? KANA_WORDS : WORDS) : OTHER_KINDS[kind];
  let token = cache.get(text);
  if (!token) {
    if (cache.size >= TOKEN_CACHE_LIMIT) cache.clear();
    token = buildToken(text, kind, syllabic || hangul, abjad, kana, hangul);
    cache.set(text, token);
  }
  return token;
}

/** One cache per kind of token and origin of a word, keyed by the text alone: no key is built per token. */
const WORDS = new Map<string, NameToken>();
const SYLLABIC_WORDS = new Map<string, NameToken>();
const HANGUL_WORDS = new Map<string, NameToken>();
const ABJAD_WORDS = new Map<string, NameToken>();
const KANA_WORDS = new Map<string, NameToken>();
const OTHER_KINDS: Record<Exclude<TokenKind, 'word'>, Map<string, NameToken>> = { legal: new Map(), stop: new Map(), place: new Map(), number: new Map() };
const TOKEN_CACHE_LIMIT = 500_000;

let tokenIds = 0;
/** 1, 2, ...: positive, and not reused (2^31 tokens would take years of nightly re-screenings). */
function nextTokenId(): number {
  return ++tokenIds;
}

/** The "de" before a married surname (see reorderSurnameFirst): a particle as any "de", told apart by identity. */
export const MARRIED_DE: NameToken = buildToken('de', 'stop', false, false, false, false);

function buildToken(given: string, kind: TokenKind, syllabic: boolean, abjad: boolean, kana: boolean, hangul: boolean): NameToken {
  const text = flatLong(given);
  if (kind !== 'word') {
    const letters = letterBuckets(text);
    return { id: nextTokenId(), text, kind, phon: text, skel: text, syllabic: false, hangul: false, vowelless: false, abjad: false, syllablePhon: text, kana: false, letters: letters | (letters << 16), yoPhon: undefined, chinese: undefined, persian: undefined, nameForms: undefined, meaning: undefined };
  }
  // Built once per distinct token (makeToken's cache): the keys derive from one sound-alike pass.
  const phon = flatLong(phoneticForm(text));
  const syllablePhon = flatLong(syllablePhoneticForm(text, phon));
  const phonForm = syllabic ? syllablePhon : phon;
  const yo = syllabic ? undefined : yoAsE(text);
  const meant = syllabic ? undefined : WORD_MEANINGS.get(text) ?? oneWord(text);
  return {
    id: nextTokenId(), text, kind, phon: phonForm, skel: flatLong(consonantSkeleton(text, phon)), syllabic, hangul, vowelless: isVowelless(text), abjad, syllablePhon, kana,
    letters: letterBuckets(text) | (letterBuckets(phonForm) << 16), yoPhon: yo === undefined ? undefined : flatLong(phoneticForm(yo)),
    chinese: undefined, persian: undefined, nameForms: undefined, meaning: meant === undefined ? undefined : meaningOf(makeToken(meant, 'word')),
  };
}

/**
 * The set of a word's characters, folded into 16 bits (a-p, q-z onto a-j, any other character
 * one bit): two sets fit one small integer per token, and a character of one word whose bit the
 * other word lacks still costs an edit.
 */
export function letterBuckets(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    bits |= 1 << (c >= 0 && c < 26 ? c & 15 : 15);
  }
  return bits;
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** "714th" -> "714", "1st" -> "1": an ordinal is its number. Codes with digits ("a320") stay as they are. */
function ordinalNumber(word: string): string {
  const match = ORDINAL.exec(word);
  return match ? match[1]! : word;
}

const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/;
