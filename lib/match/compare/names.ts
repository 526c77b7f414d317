/**
 * Name alignment: which query tokens correspond to which entry tokens, and a score from it.
 * Tolerates reordering, typos, missing middle names, initials, and glued or split tokens
 * ("jsc argument" ~ "jscargument"); one strong part out of several stays weak (OFAC FAQ 5).
 * Pairings come from the pair matrix here (word spellings that depend on the names' language in
 * language-spellings.ts), glued runs (glued-runs.ts) and abbreviations (abbreviations.ts); a
 * person's name that cannot pair two parts is dismissed while its pair matrix is filled, and
 * scoreBound dismisses most others before any alignment (score-bound.ts).
 */
import { isArabicArticle, isInitial, type NameToken } from '../normalize/tokens.js';
import { TUNING } from '../tuning.js';
import { mayReachMinimum, sameCognate } from './similarity.js';
import { sameSyllable } from '../normalize/pinyin.js';
import { abbreviationCandidates } from './abbreviations.js';
import { gluedArticleSimilarity, koreanSyllableSimilarity, sameArabicConsonants, sameSlavicConsonants } from './language-spellings.js';
import { gluedCandidates } from './glued-runs.js';
import { canBeDistinctive, isStrong, isStrongLeft, nameParts, syllabicNames } from './name-parts.js';
import { rememberedSimilarity, type Candidate } from './pairings.js';
import { ID, ownNameAt, PAIR, particleAt, positions, rowOrder, TOKEN_CHECKS, type PreparedName } from './prepared-name.js';
import { bestRatio, leftoverFactors, tally } from './score-bound.js';

export interface TokenPairing {
  /** Query token(s), space-joined when several glued together. */
  query: string;
  entry: string;
  similarity: number;
}

export interface NameComparison {
  score: number;
  alignment: TokenPairing[];
  /** Query and entry tokens left unaligned. */
  unmatchedQuery: string[];
  unmatchedEntry: string[];
  detail: string;
}

/**
 * A vowelless word of two consonants ("dhk", ضحاك) pairs by skeleton with words of any vowels ("osk",
 * "saco", "chayka"): alike in sound, too little to be an organization's one distinctive word.
 */
function shortSkeletonGuess(token: NameToken, pairing: Candidate, entry: NameToken[]): boolean {
  return token.vowelless && token.skel.length < 3 && !pairing.e.some((j) => entry[j]!.text === token.text);
}

export interface CompareOptions {
  /** false skips building the token pairing texts (score and counts only), for ranking many candidates. */
  explain?: boolean;
  /** Either side names a person (or may): one name part out of several never passes (OFAC FAQ 5). */
  person?: boolean;
  /**
   * Scores that cannot reach this do not matter to the caller: when an upper bound on the score is
   * already below it, the alignment is skipped and the bound returned (a score below `floor`).
   */
  floor?: number;
  /**
   * The names are an aircraft's: a registration mark ("EP-GOL") or a manufacturer's serial number
   * ("MSN 391"), which OFAC lists as its name. Such names are codes, equal or not: their parts align
   * only when spelled alike, run together or not ("EPGOL"), never by a letter or a sound apart
   * ("EP-MNK" is another aircraft than "EP-MNQ").
   */
  exact?: boolean;
  /**
   * The names are a vessel's: a one-word name is that word, spelled alike or sound-alike, not one a
   * letter from it ("SNOW" is not "SNOE", "ZAGOR" not "TAGOR"); a longer one tolerates a typo as any name.
   */
  vessel?: boolean;
  /**
   * One name is an acronym written within another (namesWithin): its words align only when spelled
   * alike ("SIG" is not "SHIG"), and it may stand for the run of words it abbreviates ("Special
   * Industries Group"), but it is no rare word that makes a longer name its own ("AERO" of "Advanced
   * Engineering Research Organization" in "Aero Continente S.A."), only beside generic words.
   */
  acronym?: boolean;
}

/** Aligns query tokens to entry tokens greedily, best pairs first, and scores the alignment. */
export function compareNames(preparedQuery: PreparedName, preparedEntry: PreparedName, options: CompareOptions = {}): NameComparison {
  const { explain = true, person = true, exact = false, acronym = false, vessel = false } = options;
  const letters = exact || acronym;
  const query = preparedQuery.tokens;
  const entry = preparedEntry.tokens;
  const s = TUNING.similarity;
  const a = TUNING.alignment;
  // Token pairs that may align, as a query x entry matrix of similarities (-1: no pairing).
  const m = entry.length;
  if (matrix.length < query.length * m) matrix = new Float64Array(2 * query.length * m);
  // Two Arabic words with the same consonants are one word spelled with other vowels ("al-ghommari", "al-ghamari").
  const arabic = !letters && preparedQuery.arabicSpelling && preparedEntry.arabicSpelling;
  const articles = preparedQuery.arabicArticle && preparedEntry.arabicArticle;
  // Either name Arabic, or a person's with a word that may have the Arabic article run into it: the
  // article may be left out ("ALMAGHRABY", "ELKADDAFI, Hannibal"). Not any organization's ("electric", "alliance").
  // Only where a word of either name may have it (PreparedName.gluedArticle): no other pair of words is so.
  const gluedArticles = !letters && (preparedQuery.gluedArticle || preparedEntry.gluedArticle) && (person || preparedQuery.arabicSpelling || preparedEntry.arabicSpelling);
  // Two names written in pinyin syllables: two words are one syllable's spellings or other words (pinyin.ts).
  const pinyin = !letters && preparedQuery.pinyin !== undefined && preparedEntry.pinyin !== undefined;
  // A person's East Slavic name (either side's): its words may be the other's as Belarusian or Ukrainian spells them
  // (not a word in Arabic script, whose letters abjadSpells reads).
  const slavic = !letters && person && (preparedQuery.slavic || preparedEntry.slavic);
  // Two Korean names: a syllable in Latin letters may be the other's in another romanization ("CHO'N" ~
  // "JON", 주 "ju" ~ "CHU"), or another syllable however alike; two in Hangul are one only when equal.
  const korean = !letters && person && preparedQuery.korean && preparedEntry.korean;
  // Two Burmese names: syllables without a family name, none of them a middle name.
  const burmese = !letters && person && preparedQuery.burmese && preparedEntry.burmese;
  // Two organizations' words: one may be the other as Russian or a Romance language writes it (sameCognate).
  const cognates = !letters && !person;
  // Whether two words that look alike were kept apart as other syllables: said in the explanation.
  let otherSyllables = false;
  const candidates: Candidate[] = [];
  if (!exact) {
    abbreviationCandidates(preparedQuery, preparedEntry, true, person, candidates);
    abbreviationCandidates(preparedEntry, preparedQuery, false, person, candidates);
  }
  gluedCandidates(preparedQuery, preparedEntry, true, person, candidates, letters);
  gluedCandidates(preparedEntry, preparedQuery, false, person, candidates, letters);
  // A person's name of several parts of which fewer than minimumParts pair one to one scores at most
  // singlePartCap (scoreBound): when that is below the floor, the rows are filled rarest word first
  // (PreparedName.rows) and the name is dismissed once its strong words left cannot reach
  // minimumParts. Most names a person's query meets share only a common given name with it.
  const capBelowFloor = options.floor !== undefined && person && candidates.length === 0 && options.floor > a.singlePartCap
    && Math.max(preparedQuery.parts, preparedEntry.parts) >= 2;
  if (capBelowFloor && Math.min(preparedQuery.strong, preparedEntry.strong) < a.minimumParts) return dismissed(a.singlePartCap);
  let strongLeft = preparedQuery.strong;
  let strongPaired = 0;
  const rows = rowOrder(preparedQuery);
  const queryChecks = preparedQuery.checks;
  const entryChecks = preparedEntry.checks;
  for (let k = 0; k < query.length; k++) {
    const i = rows[k]!;
    let paired = false;
    for (let j = 0; j < m; j++) {
      // A pair mayReachMinimum turns down is below `minimum`, where 0 stands for it: pairing with nothing,
      // and lifted by the language rules below just as it would be. Neither token nor the pair table is reached.
      let similarity = letters ? (query[i]!.text === entry[j]!.text ? 1 : 0)
        : !mayReachMinimum(queryChecks, TOKEN_CHECKS * i + PAIR, entryChecks, TOKEN_CHECKS * j + PAIR) ? 0
        : rememberedSimilarity(query[i]!, entry[j]!, queryChecks[TOKEN_CHECKS * i + ID]!, entryChecks[TOKEN_CHECKS * j + ID]!);
      if (arabic && similarity < s.phonetic && query[i]!.kind === 'word' && entry[j]!.kind === 'word' && sameArabicConsonants(query[i]!.text, entry[j]!.text, articles)) similarity = s.phonetic;
      if (gluedArticles && similarity < s.phonetic && query[i]!.kind === 'word' && entry[j]!.kind === 'word') similarity = Math.max(similarity, gluedArticleSimilarity(query[i]!, entry[j]!));
      if (slavic && similarity < s.phonetic && query[i]!.kind === 'word' && entry[j]!.kind === 'word' && query[i]!.abjad === entry[j]!.abjad && sameSlavicConsonants(query[i]!.text, entry[j]!.text)) similarity = s.phonetic;
      if (korean && similarity < s.phonetic && query[i]!.kind === 'word' && entry[j]!.kind === 'word' && !(query[i]!.hangul && entry[j]!.hangul)) similarity = koreanSyllableSimilarity(query[i]!.text, entry[j]!.text, similarity);
      if (pinyin && similarity < 1 && preparedQuery.pinyin![i] && preparedEntry.pinyin![j]) {
        const same = sameSyllable(preparedQuery.pinyin![i]!, preparedEntry.pinyin![j]!);
        otherSyllables ||= !same && similarity >= s.minimum;
        similarity = same ? Math.max(similarity, s.phonetic) : 0;
      }
      if (cognates && similarity < s.phonetic && query[i]!.kind === 'word' && entry[j]!.kind === 'word' && sameCognate(query[i]!.text, entry[j]!.text)) similarity = s.phonetic;
      const pairable = similarity >= s.minimum || (similarity > 0 && (query[i]!.kind === 'legal' || isInitial(query[i]!)));
      matrix[i * m + j] = pairable ? similarity : -1;
      paired ||= pairable;
    }
    if (capBelowFloor && isStrong(query[i]!)) {
      strongLeft--;
      if (paired) strongPaired++;
      if (strongPaired + strongLeft < a.minimumParts) return dismissed(a.singlePartCap);
    }
  }
  // A vessel's name of one word: its words pair only when sound-alike at least (apart: a rare path).
  if (vessel && (preparedQuery.onePart || preparedEntry.onePart)) keepSoundAlike(query, entry);
  // Before the token pairings are built: most names a query meets share one common word.
  if (options.floor !== undefined) {
    const bound = scoreBound(preparedQuery, preparedEntry, candidates, person);
    if (bound < options.floor) return dismissed(bound);
  }
  // After the abbreviations and glued runs: sorted stably, equal pairings keep this order.
  for (let i = 0; i < query.length; i++) {
    for (let j = 0; j < m; j++) {
      const similarity = matrix[i * m + j]!;
      if (similarity < 0) continue;
      candidates.push({ q: positions(i, i + 1), e: positions(j, j + 1), similarity, structural: isStructural(query[i]!, entry[j]!), particles: query[i]!.kind === 'stop' && entry[j]!.kind === 'stop' });
    }
  }
  if (person) orderAroundParticles(query, entry, candidates);
  candidates.sort((x, y) => (x.particles ? 1 : 0) - (y.particles ? 1 : 0) || y.similarity - x.similarity || y.q.length + y.e.length - (x.q.length + x.e.length));

  const qUsed = new Uint8Array(query.length);
  const eUsed = new Uint8Array(entry.length);
  const alignment: TokenPairing[] = [];
  let matched = 0;
  let alignedWeight = 0;
  let partsAligned = 0;
  // A person's name parts aligned, a glued run and the word it spells one part ("ah san" ~ "ahsan").
  let personPartsAligned = 0;
  // The rarest aligned query word (weight with rarity) and what its pairing contributed.
  let rarest = 0;
  let rarestContribution = 0;
  // A word aligned only with the other side's initial ("Angela" with the "A." of "Edward A. Johnson").
  let queryWordOnInitial = false;
  let entryWordOnInitial = false;
  /** Per pairing made, its first query and entry positions, side by side: the order its parts take (syllablesInOrder). */
  const order: number[] = [];
  for (const c of candidates) {
    if (c.q.some((i) => qUsed[i]) || c.e.some((j) => eUsed[j])) continue;
    order.push(c.q[0]!, c.e[0]!);
    let weight = 0;
    for (const i of c.q) { qUsed[i] = 1; weight += preparedQuery.weights[i]!; }
    for (const j of c.e) { eUsed[j] = 1; weight += preparedEntry.weights[j]!; }
    const contribution = c.structural ? c.similarity : alignedContribution(c.similarity);
    matched += weight * contribution;
    alignedWeight += weight;
    for (const i of c.q) {
      if (canBeDistinctive(query[i]!) && preparedQuery.weights[i]! > rarest && !shortSkeletonGuess(query[i]!, c, entry)) [rarest, rarestContribution] = [preparedQuery.weights[i]!, contribution];
    }
    const parts = Math.max(nameParts(c.q.map((i) => query[i]!)), nameParts(c.e.map((j) => entry[j]!)));
    partsAligned += parts;
    personPartsAligned += Math.min(1, parts);
    if (c.q.length === 1 && c.e.length === 1) {
      queryWordOnInitial ||= isInitial(entry[c.e[0]!]!) && !isInitial(query[c.q[0]!]!);
      entryWordOnInitial ||= isInitial(query[c.q[0]!]!) && !isInitial(entry[c.e[0]!]!);
    }
    if (explain) alignment.push({ query: c.q.map((i) => query[i]!.text).join(' '), entry: c.e.map((j) => entry[j]!.text).join(' '), similarity: round(c.similarity) });
  }

  let leftQueryWeight = 0;
  let leftEntryWeight = 0;
  // Of those, a person's lineage (lineageOf), which weighs less where the other name is contained.
  let leftQueryLineage = 0;
  let leftEntryLineage = 0;
  let queryLeftStrong = false;
  let entryLeftStrong = false;
  for (let i = 0; i < query.length; i++) {
    if (qUsed[i]) continue;
    leftQueryWeight += preparedQuery.weights[i]!;
    if (person && preparedQuery.lineage?.[i]) leftQueryLineage += preparedQuery.weights[i]!;
    queryLeftStrong ||= isStrongLeft(query[i]!, person ? preparedQuery.lineage : undefined, i);
  }
  for (let j = 0; j < entry.length; j++) {
    if (eUsed[j]) continue;
    leftEntryWeight += preparedEntry.weights[j]!;
    if (person && preparedEntry.lineage?.[j]) leftEntryLineage += preparedEntry.weights[j]!;
    entryLeftStrong ||= isStrongLeft(entry[j]!, person ? preparedEntry.lineage : undefined, j);
  }
  // A word the other side keeps beside the initial names the person, and the initial is a middle one:
  // "Angela" was replaced by "Edward" (of "Edward A. Johnson"), not given as one.
  if (person && queryWordOnInitial && entryLeftStrong) queryLeftStrong = true;
  if (person && entryWordOnInitial && queryLeftStrong) entryLeftStrong = true;
  // A place left over where the other name left nothing is where, weak evidence ("Conair Corp. (US)"
  // vs "Conair Corp."); beside another place or other words left over it weighs as a word: two
  // companies of one group ("Bank of China (Hong Kong)" and "(Singapore)", "Bowne (Ireland)" and "Bowne Japan").
  const queryPlaces = leftPlaces(query, qUsed);
  const entryPlaces = leftPlaces(entry, eUsed);
  if (queryPlaces || entryPlaces) {
    // As they were before either side changes (no array destructuring: its iterator deoptimized compareNames).
    const queryStrong = queryLeftStrong;
    const entryStrong = entryLeftStrong;
    if (queryPlaces && (entryStrong || entryPlaces)) {
      leftQueryWeight += queryPlaces * (TUNING.tokens.word - TUNING.tokens.place);
      queryLeftStrong = true;
    }
    if (entryPlaces && (queryStrong || queryPlaces)) {
      leftEntryWeight += entryPlaces * (TUNING.tokens.word - TUNING.tokens.place);
      entryLeftStrong = true;
    }
  }
  // Chinese and Korean people have no middle names: a syllable left over is a different given name.
  // An organization's name adds words ("阿里巴巴集团控股" vs "Alibaba Group") as any other does.
  const syllabic = korean || burmese || syllabicNames(query, entry, person);
  // An Arabic name (one with the article) starts with the person's own name, then the father's and
  // grandfather's: another name within it, without that first one, is the father's ("Saddam Hussein
  // al-Tikriti" in "Ali Saddam Hussein al-Tikriti"), not the same person's without a middle name.
  // Found for every person's name: a call first made on a rare name would recompile this function (see anotherName).
  const entryOwnNameLeft = person && ownNameLeftOver(entry, eUsed);
  const queryOwnNameLeft = person && ownNameLeftOver(query, qUsed);
  const ownNameLeft = (preparedEntry.arabicArticle && entryOwnNameLeft) || (preparedQuery.arabicArticle && queryOwnNameLeft);
  // The shorter name fully aligned with two parts or more: the longer one's extra tokens are middle names.
  const shorterAligned = (!queryLeftStrong || !entryLeftStrong) && partsAligned >= 2;
  const contained = shorterAligned && !syllabic;
  // Both sides keep a strong token: a part was replaced, not omitted ("al-tikriti" vs "al-dulaimi").
  const substituted = syllabic ? a.syllableLeftover : queryLeftStrong && entryLeftStrong ? a.substitutionFactor : 1;
  const lineageOff = contained ? 1 - a.lineageWhenContained : 0;
  const leftQuery = (leftQueryWeight - lineageOff * leftQueryLineage) * (contained ? a.unmatchedWhenContained : a.unmatchedQuery) * substituted;
  const leftEntry = (leftEntryWeight - lineageOff * leftEntryLineage) * (contained ? a.unmatchedWhenContained : a.unmatchedEntry) * substituted;
  const total = alignedWeight + leftQuery + leftEntry;
  let score = total > 0 ? matched / total : 0;
  let capped = false;
  let distinctive = false;
  // Another person's name however much of it aligns: a Chinese or Korean given name's syllables swapped,
  // an Arabic name within another that adds its own name in front (the father's), or with another own
  // name in front of the same father's (a brother's or sister's). An index into ANOTHER_NAME, -1 for none.
  // (Tests that run for every name first, and no property read only a rare name reaches: the first
  // such name would deoptimize this function, and it runs unoptimized for many queries after; on a
  // single core, `npm run bench`'s p99 went from 1.1 to 4.4 ms.)
  const siblings = preparedQuery.arabicArticle && preparedEntry.arabicArticle && partsAligned >= 2 && entryOwnNameLeft && queryOwnNameLeft;
  const anotherName = syllabic && !syllablesInOrder(order) && !inOrderSwapped(order, m) ? 0 : ownNameLeft && shorterAligned ? 1 : siblings ? 2 : -1;
  if (score > a.singlePartCap && anotherName >= 0) {
    capped = true;
    score = a.singlePartCap;
  }
  // Only one part of a person's name of several aligned: a glued run and the word it spells are one part
  // of each name, "Ahsan Hamadani" ~ "AH SAN" one of the query's two, "Hamza Ties Melet" ~ "Hamzat" one
  // of its "Hamza Ties" and "Melet". (An organization's acronym is its whole name, a country beside it
  // or not: "RIHS-KOSOVO" ~ "REVIVAL OF ISLAMIC HERITAGE SOCIETY".)
  const fewParts = person
    ? personPartsAligned < a.minimumParts && Math.max(partsGluedOnce(query, qUsed), partsGluedOnce(entry, eUsed)) >= 2
    : partsAligned < a.minimumParts && Math.max(nameParts(query), nameParts(entry)) >= 2;
  if (fewParts) {
    // An organization's one rare word, all of the shorter name, is its name ("Hikmicro" in
    // "Hangzhou Hikmicro Sensing Technology Co."); rarity is known only when screening against a list.
    // Beside generic words only, one word is all of who an organization is, however common on the list
    // ("Huawei" ~ "Huawei Technologies Co., Ltd.", a word of 155 names there, its affiliates'), when the
    // same word: a look-alike is not ("Invent" ~ "Invest Group").
    const onlyWord = !person && rarestContribution >= a.onlyWordSimilarity && Math.max(nameParts(query, false), nameParts(entry, false)) < 2;
    // An acronym is the whole of its organization's name beside generic words only: "ELVIS" in "Scientific
    // Production Center Elvis", not "AERO" in "Aero Continente S.A.".
    // Not a vessel's: "HERMES" is another ship than "ALPHA HERMES".
    distinctive = !person && !vessel && (!queryLeftStrong || !entryLeftStrong) && ((!acronym && rarest >= a.rareSinglePart.minWeight) || onlyWord);
    if (distinctive) score = a.rareSinglePart.score * rarestContribution;
    else if (score > a.singlePartCap) {
      capped = true;
      score = a.singlePartCap;
    }
  }
  if (!explain) return { score, alignment, unmatchedQuery: [], unmatchedEntry: [], detail: '' };
  let detail = `${alignment.length} of ${query.length} query tokens aligned`;
  if (capped) detail += anotherName >= 0 ? `; ${ANOTHER_NAME[anotherName]}, another person: capped at ${round(score)}` : `; only one name part of several matches, capped at ${round(score)}`;
  if (distinctive) detail += `; one distinctive word, all of the shorter name, scores ${round(score)}`;
  if (otherSyllables) detail += '; written in pinyin: a look-alike syllable is another word';
  return {
    score, alignment, detail,
    unmatchedQuery: query.filter((_, i) => !qUsed[i]).map((t) => t.text),
    unmatchedEntry: entry.filter((_, j) => !eUsed[j]).map((t) => t.text),
  };
}

/** A name dismissed below the floor, unaligned, with the most it could have scored. */
function dismissed(bound: number): NameComparison {
  return { score: bound, alignment: [], unmatchedQuery: [], unmatchedEntry: [], detail: '' };
}

/** Why two names that align are another person's (compareNames caps their score): syllables, father, sibling. */
const ANOTHER_NAME = [
  'the given name\'s syllables in another order',
  'the other name adds its own name in front: a father\'s name in a son\'s',
  'each name has its own name in front of one father\'s: a brother\'s or sister\'s',
];

/** Reused scratch (single-threaded): the pair matrix of compareNames; per token of each name, the best contribution scoreBound finds for it (-1: uncovered). */
let matrix = new Float64Array(256);
let qBest = new Float64Array(64);
let eBest = new Float64Array(64);

/**
 * The most any alignment drawn from the pair matrix and these other pairings (abbreviations, glued
 * runs) can score, cheaply: every token some pairing covers counts at the best contribution of those
 * pairings, every other one as left over at the least weight its side can give leftovers; one name
 * part of several stays capped (OFAC FAQ 5) unless an organization's rare word could make it
 * distinctive. Most list names a query meets share one common word with it ("trading", "mohammed"),
 * or two words of three with a third left over on each side, and are dismissed here without aligning.
 */
function scoreBound(preparedQuery: PreparedName, preparedEntry: PreparedName, others: Candidate[], person: boolean): number {
  const a = TUNING.alignment;
  const query = preparedQuery.tokens;
  const entry = preparedEntry.tokens;
  const m = entry.length;
  if (qBest.length < query.length) qBest = new Float64Array(2 * query.length);
  if (eBest.length < m) eBest = new Float64Array(2 * m);
  qBest.fill(-1, 0, query.length);
  eBest.fill(-1, 0, m);
  for (let i = 0; i < query.length; i++) {
    for (let j = 0; j < m; j++) {
      const similarity = matrix[i * m + j]!;
      if (similarity < 0) continue;
      const contribution = isStructural(query[i]!, entry[j]!) ? similarity : alignedContribution(similarity);
      qBest[i] = Math.max(qBest[i]!, contribution);
      eBest[j] = Math.max(eBest[j]!, contribution);
    }
  }
  const oneToOne = others.length === 0;
  for (const c of others) {
    const contribution = c.structural ? c.similarity : alignedContribution(c.similarity);
    for (const i of c.q) qBest[i] = Math.max(qBest[i]!, contribution);
    for (const j of c.e) eBest[j] = Math.max(eBest[j]!, contribution);
  }
  const q = tally(query, preparedQuery.weights, qBest, person, preparedQuery.lineage);
  const e = tally(entry, preparedEntry.weights, eBest, person, preparedEntry.lineage);
  const [queryLeftover, entryLeftover] = leftoverFactors(query, entry, person, q.allStrongCovered, e.allStrongCovered);
  // A person's lineage left over weighs less only where one name may be contained in the other (the lightest factors).
  const lineage = person && queryLeftover <= TUNING.alignment.unmatchedWhenContained;
  let bound = bestRatio(
    preparedQuery.weights, qBest, queryLeftover, lineage ? preparedQuery.lineage : undefined,
    preparedEntry.weights, eBest, entryLeftover, lineage ? preparedEntry.lineage : undefined,
  );
  // One-to-one pairings add at most one part each, and no more of them than strong tokens covered on either side.
  if (oneToOne && Math.min(q.strong, e.strong) < a.minimumParts && Math.max(nameParts(query), nameParts(entry)) >= 2) bound = Math.min(bound, a.singlePartCap);
  // A distinctive word needs all of one name's strong tokens aligned; the name parts are counted only
  // for an organization whose rarest word is not rare enough (this bound runs for every candidate).
  if (!person && (q.allStrongCovered || e.allStrongCovered) && q.rarest > 0
    && (q.rarest >= a.rareSinglePart.minWeight || Math.max(nameParts(query, false), nameParts(entry, false)) < 2)) bound = Math.max(bound, a.rareSinglePart.score);
  return bound;
}

/**
 * Unpairs (in the pair matrix) two words that do not sound alike (one phonetic form): a vessel's one-word
 * name is that word ("SNOW" is not "SNOE"), not one the rules of persons' names in other languages make
 * alike (an ending, "FELICITY" ~ "FELICITA"; a Persian or Arabic spelling, "PARSHAD" ~ "PARSHAN").
 */
function keepSoundAlike(query: NameToken[], entry: NameToken[]): void {
  const m = entry.length;
  for (let i = 0; i < query.length; i++) {
    for (let j = 0; j < m; j++) {
      if (matrix[i * m + j]! >= 0 && query[i]!.phon !== entry[j]!.phon && !isStructural(query[i]!, entry[j]!)) matrix[i * m + j] = -1;
    }
  }
}

/** Tokens of which kinds pair by their similarity as is, never bent by alignedContribution. */
function isStructural(queryToken: NameToken, entryToken: NameToken): boolean {
  return queryToken.kind !== 'word' || entryToken.kind !== 'word' || isInitial(queryToken) || isInitial(entryToken);
}

/**
 * Whether the pairings keep a Chinese or Korean name's parts in order, up to its family name moved
 * from one end to the other ("Kim Jong Un" ~ "Jong Un Kim"): the entry positions, read in query
 * order, go round once (one descent, counting the wrap from last to first). A given name's syllables
 * swapped ("Su-gwang" for 광수, Gwang-su) make another name. `order` holds query and entry positions side by side.
 */
function syllablesInOrder(order: number[]): boolean {
  if (order.length < 6) return true;
  const pairs: [number, number][] = [];
  for (let k = 0; k < order.length; k += 2) pairs.push([order[k]!, order[k + 1]!]);
  pairs.sort((x, y) => x[0] - y[0]);
  let descents = pairs[pairs.length - 1]![1] > pairs[0]![1] ? 1 : 0;
  for (let k = 0; k + 1 < pairs.length; k++) if (pairs[k]![1] > pairs[k + 1]![1]) descents++;
  return descents <= 1;
}

/**
 * Whether the pairings keep the syllables in order once two of them trade their entry positions, both
 * new pairs one syllable still (sound-alike at least, in the pair matrix): a syllable a name has
 * twice ("Jang Chang Ha" ~ "CHANG CHANG HA") may have taken the other's place, as equal spellings pair first.
 */
function inOrderSwapped(order: number[], m: number): boolean {
  for (let k = 0; k < order.length; k += 2) {
    for (let l = k + 2; l < order.length; l += 2) {
      const qk = order[k]!;
      const ek = order[k + 1]!;
      const ql = order[l]!;
      const el = order[l + 1]!;
      if (matrix[qk * m + el]! < TUNING.similarity.phonetic || matrix[ql * m + ek]! < TUNING.similarity.phonetic) continue;
      order[k + 1] = el;
      order[l + 1] = ek;
      const inOrder = syllablesInOrder(order);
      order[k + 1] = ek;
      order[l + 1] = el;
      if (inOrder) return true;
    }
  }
  return false;
}

/**
 * Whether an Arabic name's own name, its first word but titles and a kunya's "abu", was left
 * unaligned. "Abd al-Hadi" is one name: its last word stands for it.
 */
function ownNameLeftOver(tokens: NameToken[], used: Uint8Array): boolean {
  const k = ownNameAt(tokens);
  return k < tokens.length && !used[k];
}

/**
 * How much of its weight an aligned pair contributes: its similarity from `knee` up (sound-alike
 * spellings, one typo in a long word), falling `slope` times faster below it, where two different
 * names that look alike sit ("manuel"~"daniel" 0.78 -> 0.54, "julia"~"julio" 0.875 -> 0.825).
 */
function alignedContribution(similarity: number): number {
  const { knee, slope } = TUNING.similarity.contribution;
  return similarity >= knee ? similarity : Math.max(0, knee - slope * (knee - similarity));
}

/** How many places (country qualifiers) of the name were left unaligned. */
function leftPlaces(tokens: NameToken[], used: Uint8Array): number {
  let places = 0;
  for (let i = 0; i < tokens.length; i++) if (!used[i] && tokens[i]!.kind === 'place') places++;
  return places;
}

/**
 * In a person's "X bin Y" the order carries meaning: X is the son of Y. When both names have the
 * particle, a pairing across it (X with the other's Y) is weakened: "Salman bin Muhammad" is not
 * "Muhammad bin Salman". An organization named for a person puts its other words on either side
 * ("Jaysh Khalid bin al-Walid", "Khalid bin al-Walid Army").
 */
function orderAroundParticles(query: NameToken[], entry: NameToken[], candidates: Candidate[]): void {
  const qAt = particleAt(query);
  const eAt = particleAt(entry);
  if (qAt < 0 || eAt < 0) return;
  for (const c of candidates) {
    const qAfter = c.q[0]! > qAt;
    const eAfter = c.e[0]! > eAt;
    if (qAfter !== eAfter && c.q[0] !== qAt && c.e[0] !== eAt && !familyName(query, c.q[0]!) && !familyName(entry, c.e[0]!)) c.similarity *= TUNING.alignment.acrossParticle;
  }
}

/** A word after the Arabic article, the family's name (a nisba, "al-Tikriti"): no one's father, wherever the lists put it. */
function familyName(tokens: NameToken[], k: number): boolean {
  return k > 0 && isArabicArticle(tokens[k - 1]!);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * A person's name parts where little of it aligned (at most one part, however many of its words glue
 * into it): the parts left over, and the aligned ones as one.
 */
function partsGluedOnce(tokens: NameToken[], used: Uint8Array): number {
  const aligned = nameParts(tokens.filter((_, i) => used[i]));
  return nameParts(tokens.filter((_, i) => !used[i])) + Math.min(1, aligned);
}
