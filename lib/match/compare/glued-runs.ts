/**
 * Glued-run pairings: a run of adjacent tokens of one name (PreparedName.glued) written as one word
 * of the other ("jsc argument" ~ "jscargument"), or, between organizations, a word spelling a run's
 * syllables one by one ("samsung"). The runs themselves (GluedRun) are built by prepareName.
 */
import { chineseOf, isArabicArticle, makeToken, type NameToken } from '../normalize/tokens.js';
import { TUNING } from '../tuning.js';
import { remembered } from '../remember.js';
import { arabicConsonants, phoneticForm, syllablePhoneticForm, VOWEL_SET } from '../normalize/phonetic.js';
import { GLUE, positions, TOKEN_CHECKS, type GluedRun, type PreparedName } from './prepared-name.js';
import { startBit } from './letter-bits.js';
import { rememberedSimilarity, type Candidate } from './pairings.js';
import { editSimilarity } from './similarity.js';

/**
 * Glued runs of one side compared to single tokens of the other. Between organizations, a word may
 * also spell a run's syllables one by one (spellsSyllables): brands run them together ("Samsung").
 * `exact` (CompareOptions.exact): only a run spelled as the word is.
 */
export function gluedCandidates(glueSide: PreparedName, otherSide: PreparedName, glueIsQuery: boolean, person: boolean, out: Candidate[], exact: boolean): void {
  // No glued run can pass mayGlue with any word of the other side: most names stop here, their runs untouched.
  if (!(glueSide.gluedStarts & otherSide.glueStarts) || otherSide.longest < glueSide.shortestGluedPartner) return;
  const others = otherSide.tokens;
  const checks = glueSide.checks;
  const otherChecks = otherSide.checks;
  for (let r = glueSide.gluedAt; r < checks.length; r += 2) {
    // No word of the other side starts as this run does, or is long enough for it (mayGlue's checks, once per run).
    if (!(otherSide.glueStarts & checks[r]!) || otherSide.longest < checks[r + 1]!) continue;
    const glued = glueSide.glued[(r - glueSide.gluedAt) >> 1]!;
    const { run } = glued;
    for (let j = 0; j < others.length; j++) {
      // The same checks per word, before reaching it: a word or number of two characters or more (a
      // code run together, "msn391", pairs only with its pieces spelled alike: tokenSimilarity), long enough.
      const at = TOKEN_CHECKS * j + GLUE;
      if (!(otherChecks[at]! & checks[r]!) || otherChecks[at + 1]! < checks[r + 1]!) continue;
      const other = others[j]!;
      if (!mayGlue(glued, other)) continue;
      let similarity = glueIsQuery
        ? rememberedSimilarity(gluedToken(glued), other)
        : rememberedSimilarity(other, gluedToken(glued));
      if (!person && similarity < TUNING.similarity.phonetic && glued.syllabic && !other.syllabic && rememberedSpelling(other.text, glued, glueSide.tokens)) {
        similarity = TUNING.similarity.phonetic;
      }
      if (similarity < TUNING.similarity.phonetic && run.length === 3 && !other.abjad) similarity = Math.max(similarity, articleVowelSimilarity(other.text, glueSide.tokens, run));
      if (person && glued.syllabic && similarity < 1) similarity = chineseGivenName(glued, glueSide.tokens, other, similarity);
      if (exact ? similarity === 1 : similarity >= TUNING.similarity.minimum) out.push(glueIsQuery ? { q: run, e: positions(j, j + 1), similarity, structural: false, particles: false } : { q: positions(j, j + 1), e: run, similarity, structural: false, particles: false });
    }
  }
}

/**
 * A word and the Arabic article and word after it, written as one word with the article's vowel
 * another ("badreddine" for "badr ad din", "abdelmalek" for "abd al malik"), and the name's first
 * part too as French or English spells it ("noureddine" for "nur ad din", "kheireddine" for "khayr
 * ad din"): compared without that vowel, as the article is one sound whichever vowel a list writes
 * for it, by spelling or by sound, and by its consonants. 0 for any other run.
 */
function articleVowelSimilarity(word: string, tokens: NameToken[], run: readonly number[]): number {
  const article = tokens[run[1]!]!;
  if (!isArabicArticle(article)) return 0;
  const first = tokens[run[0]!]!.text;
  const consonants = article.text.slice(1);
  const third = tokens[run[2]!]!.text;
  const spelled = first + consonants + third;
  const s = TUNING.similarity;
  // The article's vowel: after the first word as spelled, or before the article's consonants and the
  // third word's first letter, where it may be left unwritten too ("nasserddine").
  const written: string[] = [];
  if (first.length >= 2 && word.startsWith(first) && VOWEL_SET.has(word[first.length]!)) written.push(word.slice(0, first.length) + word.slice(first.length + 1));
  const at = word.lastIndexOf(consonants + third[0]) - 1;
  if (at >= 2) written.push(VOWEL_SET.has(word[at]!) ? word.slice(0, at) + word.slice(at + 1) : word);
  const spelledSound = phoneticForm(spelled);
  let best = 0;
  for (const form of written) best = Math.max(best, editSimilarity(form, spelled, s.minimum), editSimilarity(phoneticForm(form), spelledSound, s.minimum / s.phoneticEditFactor) * s.phoneticEditFactor);
  // An Arabic name's words by their consonants as written, whatever its vowels and the article's (a ta marbuta
  // is no end of a compound): "kheireddine" and "nasseredine" are "khayr ad din" and "nasr ad din".
  if (best < s.phonetic && (arabicConsonants(word) === arabicConsonants(spelled) || arabicConsonants(word, true) === arabicConsonants(spelled, true))) best = s.phonetic;
  return best;
}

/**
 * A person's given name in Chinese characters against a Latin word that spells syllables run together
 * ("Guoying", "Tsetung"): the word spells those characters' syllables, in pinyin or Wade-Giles, or it
 * is another given name however few letters apart (桂英 gui-ying is no "Guoying"). Any other word keeps
 * the similarity its spelling gives.
 */
function chineseGivenName(glued: GluedRun, tokens: NameToken[], other: NameToken, similarity: number): number {
  if (glued.run.some((k) => !tokens[k]!.syllabic || tokens[k]!.hangul)) return similarity;
  const readings = chineseOf(other);
  if (readings.length === 0) return similarity;
  return readings.includes(glued.run.map((k) => tokens[k]!.text).join('-')) ? Math.max(similarity, TUNING.similarity.phonetic) : 0;
}

function gluedToken(glued: GluedRun): NameToken {
  return (glued.token ??= makeToken(glued.text, 'word', glued.syllabic, glued.abjad));
}

/**
 * The cheap checks a glued run and a word of the other name must pass before their similarity is
 * worth computing, after gluedCandidates' checks of the word's kind, length and start bits
 * (PreparedName.checks).
 */
function mayGlue(glued: GluedRun, other: NameToken): boolean {
  const text = glued.text;
  // A number's digits are never letters of a word: "victory 2" is not "victoria" (the ending "y2" for "ia").
  if (glued.digits && other.kind !== 'number') return false;
  // An abjad word without vowels is never compared to Latin words glued together ("srr" vs "azur air").
  if (other.vowelless && !glued.vowelless) return false;
  // Glued and split spellings keep their first letter ("jscargument", "sergeilavrov"), or its pinyin ("tse tung", "zedong"), or its vowel.
  return other.text[0] === text[0] || glued.vowelless || other.phon[0] === glued.sound || (glued.otherStarts & startBit(other.text)) !== 0;
}

/**
 * A word spelling syllables piece by piece, each piece a spelling of its syllable ("samsung": sam,
 * sung for 성 seong, as "Sung" is for Korean people), where the glued run's own spelling differs.
 * Tries every split: organizations only, whose names rarely meet syllables.
 */
function spellsSyllables(word: string, syllables: NameToken[], from = 0, k = 0): boolean {
  if (k === syllables.length) return from === word.length;
  for (let end = from + 1; end <= Math.min(word.length, from + SYLLABLE_LETTERS_MAX); end++) {
    if (syllablePhoneticForm(word.slice(from, end)) === syllables[k]!.phon && spellsSyllables(word, syllables, end, k + 1)) return true;
  }
  return false;
}

/**
 * spellsSyllables of a word and a run's syllables, remembered by the word and the syllables' sounds
 * (all it reads): an organization's words meet the same syllabic list names query after query,
 * and each try folds every piece of the word. Bounded.
 */
function rememberedSpelling(word: string, glued: GluedRun, tokens: NameToken[]): boolean {
  const key = `${word} ${(glued.sounds ??= glued.run.map((k) => tokens[k]!.phon).join(' '))}`;
  return remembered(spellings, key, SPELLINGS_LIMIT, () => spellsSyllables(word, glued.run.map((k) => tokens[k]!)));
}

const spellings = new Map<string, boolean>();
const SPELLINGS_LIMIT = 200_000;

/** The longest spelling of one syllable ("zhuang", "hyeong"). */
const SYLLABLE_LETTERS_MAX = 6;
