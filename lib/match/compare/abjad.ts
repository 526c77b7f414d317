/**
 * An Arabic- or Hebrew-script word against a Latin spelling, letter by letter. The transliterated
 * word ("hsyn", "byryz", as foldScript writes it) is read as steps, each letter with the Latin
 * letters that write it, and the Latin word must be those steps in order with at most one short
 * vowel (which Arabic leaves unwritten) after each: "hsyn" is Hussein, not Hassan; "byryz" is Perez
 * (Arabic has no p); "frnndw" is Fernando. A small matcher, not a RegExp: compiling a pattern per
 * word (glued runs are new words) cost 40-200 µs each, more than all the tests together.
 */
import { remembered } from '../remember.js';

interface Step {
  /** The Latin spellings of this letter. */
  alts: readonly string[];
  /** 0: the step may be skipped. */
  min: 0 | 1;
  /** How many times in a row (a letter may be doubled in Latin). */
  max: number;
  /** A short vowel may follow: 0 never, 1 when the step matched something, 2 always. */
  vowel: 0 | 1 | 2;
}

interface Spelling {
  steps: Step[];
  /** The letters a Latin spelling can start with: most pairs fail here. */
  first: string;
}

const VOWELS = ['a', 'e', 'i', 'o', 'u'];
/**
 * One short vowel, which Latin may double or write "ou" (Youssef); not "ia" ("Zia Imani" is no Zamani),
 * nor "oo", which writes the long vowel of a و ("Mahmood" is محمود, not محمد).
 */
const SHORT_VOWELS = ['aa', 'ee', 'ou', ...VOWELS];
const MANY = 32;

/** Transliterated letters as Latin spellings write them; a letter not listed is itself. */
const LETTERS: Record<string, readonly string[]> = {
  b: ['b', 'p', 'v'], p: ['p', 'b'], t: ['t', 'th'], d: ['d', 'z'], f: ['f', 'v', 'p', 'ph'], v: ['v', 'f', 'w'], s: ['s', 'z', 'c'], z: ['z', 's'],
  q: ['q', 'k', 'g', 'c'], k: ['k', 'c', 'q', 'ch', 'kh'], c: ['c', 'k', 'q', 'ch'], j: ['dj', 'j', 'g', 'c'], g: ['g', 'j'],
  y: ['i', 'e', 'y', 'j'], w: ['o', 'u', 'v', 'w'],
};

/** A first alif and a y or w after it: the vowel and the letter, the letter doubled, or one long vowel. */
const LONG_VOWELS: Record<string, readonly string[]> = {
  y: [...VOWELS.flatMap((v) => [...LETTERS.y!, 'yy'].map((l) => v + l)), 'i', 'e'],
  w: [...VOWELS.flatMap((v) => [...LETTERS.w!, 'ww'].map((l) => v + l)), 'o', 'u'],
};

/**
 * Two letters for one (any-ascii: ش sh, خ kh, غ gh, ث th, ذ and ظ dh, Persian ژ zh, which French-style
 * spellings write j, "Ahmadinejad"; Persian and Urdu چ ch, Pashto ځ dz; Hebrew צ tz), and ks, which
 * Latin may write x. Each may also be two letters with a vowel between: ص and ح in "shrawy"
 * (الصحراوي) are "Sahraoui", ز and ه "Zahran", ك and س "Kasab".
 */
const DIGRAPHS: Record<string, readonly string[]> = {
  sh: ['sch', 'sh', 'ch', 's', ...apart('h', 's')], kh: ['kh', 'ch', 'h', 'k', ...apart('h', 'k', 'c')], gh: ['gh', 'g', 'r'],
  th: ['th', 't', 's', ...apart('h', 't')], dh: ['dh', 'd', 'z', 'th', ...apart('h', 'd', 'z')],
  zh: ['zh', 'j', 'z', 's', ...apart('h', 'z', 's')], ch: ['ch', 'tch', 'tsh', 'c', ...apart('h', 'c', 'k')], dz: ['dz', 'z', 'j'],
  ks: ['x', 'ks', 'cs', ...apart('s', 'k', 'c')], tz: ['tz', 'ts', 'z', 's'],
};

/** Each first letter, any vowel, then the second: the digraph's two letters written apart. */
function apart(second: string, ...firsts: string[]): string[] {
  return firsts.flatMap((first) => VOWELS.map((v) => `${first}${v}${second}`));
}

/** The article written into the word (التكريتي, "altkryty"), apart or glued on in Latin ("al-Tikriti"). */
const ARTICLE: Step = { alts: VOWELS.flatMap((v) => [`${v}l`, `${v}ll`]), min: 0, max: 1, vowel: 1 };
/** The same before a sun letter, as it sounds: its vowel alone, the letter doubled ("alsbr", الصبار, is "Essabar"). */
const SUN_ARTICLE: Step = { alts: [...ARTICLE.alts, ...VOWELS], min: 0, max: 1, vowel: 1 };
const SUN_LETTERS = new Set(['t', 'd', 'r', 'z', 's', 'n']);
const LAST_VOWEL = /[aeiouyh]$/;
const LAST_CONSONANT_I = /[b-df-hj-np-tv-z]i$/;
const LAST_VOWEL_LETTER = /[yiae]$/;
/** عبد before the article's word is "Abdul", "Abdel", "Abdur" in Latin: the article is spelled with it. */
const ABD_ARTICLE: Step = { alts: VOWELS.flatMap((v) => ['l', 'r', 's', 'sh', 'z', 't', 'd', 'n'].map((c) => v + c)), min: 0, max: 1, vowel: 0 };

export function abjadSpells(abjad: string, latin: string): boolean {
  const spelling = spellingFor(abjad);
  if (spelling === null || latin.length === 0 || !spelling.first.includes(latin[0]!)) return false;
  // A last alif, ى or ain is a vowel Latin writes: حسنا is Husna, not Hassan; ربيع Rabi.
  if (abjad.length > 2 && abjad.endsWith('a') && !LAST_VOWEL.test(latin)) return false;
  // A Latin i last after a consonant is a long vowel the word writes last (ي, ى, Urdu ے, or ع: ربيع
  // Rabi): سالم is Salem, not Salami (سلامي); عادل Adel, not Adili.
  if (LAST_CONSONANT_I.test(latin) && !LAST_VOWEL_LETTER.test(abjad)) return false;
  steps = spelling.steps;
  word = latin;
  width = latin.length + 1;
  if (memo.length < (steps.length + 1) * width) memo = new Uint8Array(2 * (steps.length + 1) * width);
  memo.fill(0, 0, (steps.length + 1) * width);
  return go(0, 0);
}

const spellings = new Map<string, Spelling | null>();
const spellingFor = (abjad: string) => remembered(spellings, abjad, 20_000, () => spellingOf(abjad));

/** The letters a Latin spelling of the word can start with (abjadSpells), '' when it spells none. */
export function abjadFirstLetters(abjad: string): string {
  return spellingFor(abjad)?.first ?? '';
}

/** null for a word of one letter besides alif and ayin ("ab", إباء): too little to spell a name by. */
function spellingOf(abjad: string): Spelling | null {
  if (abjad.replace(/a/g, '').length < 2) return null;
  const steps: Step[] = [];
  let i = 0;
  if (abjad.startsWith('al') && abjad.length >= 4) [steps[0], i] = [SUN_LETTERS.has(abjad[2]!) ? SUN_ARTICLE : ARTICLE, 2];
  for (; i < abjad.length; i++) {
    // Last (or before Allah glued on), two letters are a letter and a ta marbuta's h: "alqdh" (القاعدة)
    // is no ذ, "th" (طه) Taha, "azhallh" (عزة الله) no ژ; and k before sh is no x: "akshh" (عكاشة) is Akkacha.
    const digraph = (abjad[i + 1] === 'h' && taMarbuta(abjad, i + 1)) || abjad.startsWith('ksh', i) ? undefined : DIGRAPHS[abjad.slice(i, i + 2)];
    if (digraph !== undefined) i++;
    const letter = abjad[i]!;
    // A y or w after a first alif is its long vowel or a consonant: إيران ("ayran") is Iran, إيمان Iman,
    // أوباما ("awbama") Obama, أيمن Ayman; the two letters are one step, as "amin" is no إيمان.
    if (i === 0 && letter === 'a' && LONG_VOWELS[abjad[1]!] && abjad.length > 2) steps.push({ alts: LONG_VOWELS[abjad[++i]!]!, min: 1, max: 1, vowel: 1 });
    // An alif or ayin starting the word is a vowel, which a Latin spelling writes (foldScript writes a
    // first one "a": "aly" is Ali, not Li); an alif inside it is a long a, which Latin writes too
    // (innerAlif); an ayin inside it ("o", foldScript) a vowel's place Latin may leave empty (اسماعيل
    // "asmaoyl" Ismail, مسعود Masud). A last h (ta marbuta, "fatimah") may be left out,
    // or read t as before another word ("asbh", عصبة, of "Asbat al-Ansar"), so before Allah glued on:
    // the t of the compound ("hbhallh", هبة الله, is Hibatullah; عزة الله Izzatullah).
    else if (digraph === undefined && letter === 'a') steps.push(i === 0 ? FIRST_VOWEL : innerAlif(abjad, i) ? LONG_A : VOWEL_PLACE);
    else if (digraph === undefined && letter === 'o') steps.push(VOWEL_PLACE);
    else if (digraph === undefined && letter === 'h' && taMarbuta(abjad, i)) steps.push({ alts: ['h', 't'], min: 0, max: MANY, vowel: 2 });
    // ئ, a hamza on a y's seat, any-ascii's "i": Latin writes a vowel, or nothing before the y ("altaiy", الطائي, al-Ta'i).
    else if (digraph === undefined && letter === 'i') steps.push({ alts: ['i', 'e'], min: 0, max: 1, vowel: 2 });
    // Inside a run of words glued together, "al" starts the next word: its l may be assimilated
    // ("jll aldyn" is Jalaluddin) or written ("hdyt allh", Hidayatullah).
    else if (letter === 'l' && gluedArticleAt(abjad, i - 1)) steps.push({ alts: ['l'], min: 0, max: MANY, vowel: 1 });
    else if (digraph !== undefined || /[a-z]/.test(letter)) steps.push({ alts: digraph ?? LETTERS[letter] ?? [letter], min: 1, max: MANY, vowel: 1 });
  }
  if (abjad === 'abd') steps.push(ABD_ARTICLE);
  return { steps, first: firstLetters(steps, 0) };
}

/** The h at `i` may be a ta marbuta (ة): last, or before Allah glued on ("hbhallh"). */
function taMarbuta(abjad: string, i: number): boolean {
  return i === abjad.length - 1 || (i >= 2 && abjad.startsWith('allh', i + 1));
}

function firstLetters(steps: Step[], k: number): string {
  if (k === steps.length) return '';
  const step = steps[k]!;
  let first = step.alts.map((alt) => alt[0]).join('');
  if (step.min === 0) first += (step.vowel === 2 ? VOWELS.join('') : '') + firstLetters(steps, k + 1);
  return first;
}

const FIRST_VOWEL: Step = { alts: VOWELS, min: 1, max: 1, vowel: 1 };
/**
 * A long a, as Latin writes it: "aa" too, or e (سالم Salem, هشام Hesham), or the o or u of a foreign
 * word (اٹامک Atomic, ترامپ Trump); not i (جمال is no Jamil, جميل).
 */
const LONG_A: Step = { alts: ['aa', 'a', 'e', 'o', 'u'], min: 1, max: 1, vowel: 0 };
/** Where a vowel may be written or not. */
const VOWEL_PLACE: Step = { alts: [], min: 0, max: 0, vowel: 2 };

/**
 * Whether the "a" at `i` (not the first letter) is an alif Latin must write as a vowel: "almghawlh"
 * (المغاولة) is no Miguel. Not one Latin writes with the vowel before it (عادل "aadl" Adel), nor the
 * last (a vowel or nothing, checked apart in abjadSpells), nor the article of a word glued on
 * ("mtyoallh", مطيع الله, Matiullah), nor an alif before y, the long i of a word glued on
 * ("ayzayran", ایزایران, Isiran).
 */
function innerAlif(abjad: string, i: number): boolean {
  if ((i === 1 && abjad[0] === 'a') || i === abjad.length - 1 || abjad[i + 1] === 'y') return false;
  // The first alif of the word the article starts: any vowel, as a first alif (الاتحاد "alathad" al-Ittihad).
  if (i === 2 && abjad.startsWith('al')) return false;
  return !gluedArticleAt(abjad, i);
}

/**
 * Whether the "al" at `i` (not the first letters) is the article of a word glued on: one of two letters
 * at least follows it. The l of "alkhalq" (الخالق, al-Khaliq) is its root's, and it is no "Haq".
 */
function gluedArticleAt(abjad: string, i: number): boolean {
  return i >= 1 && abjad[i] === 'a' && abjad[i + 1] === 'l' && i + 3 < abjad.length;
}

/** The matcher's state for the one test running (single-threaded): the steps, the Latin word, a memo per (step, position). */
let steps: Step[] = [];
let word = '';
let width = 0;
let memo = new Uint8Array(256);

/** Whether steps from `k` spell the word from `at` to its end (memo: 0 unknown, 1 yes, 2 no). */
function go(k: number, at: number): boolean {
  if (k === steps.length) return at === word.length;
  const key = k * width + at;
  if (memo[key] !== 0) return memo[key] === 1;
  const step = steps[k]!;
  const found = (step.min === 0 && (step.vowel === 2 ? withVowel(k + 1, at) : go(k + 1, at))) || repeat(step, k, at, 0);
  memo[key] = found ? 1 : 2;
  return found;
}

function repeat(step: Step, k: number, at: number, count: number): boolean {
  for (const alt of step.alts) {
    if (!word.startsWith(alt, at)) continue;
    const next = at + alt.length;
    if (step.vowel ? withVowel(k + 1, next) : go(k + 1, next)) return true;
    if (count + 1 < step.max && repeat(step, k, next, count + 1)) return true;
  }
  return false;
}

function withVowel(k: number, at: number): boolean {
  if (go(k, at)) return true;
  for (const vowel of SHORT_VOWELS) if (word.startsWith(vowel, at) && go(k, at + vowel.length)) return true;
  return false;
}
