/**
 * Candidate retrieval: the names a query name may be, found without a scan of the whole list. Each
 * query word's exact and similar dictionary words credit their names rarity x similarity over the
 * postings, as do words the query runs together or splits, and abbreviations and acronyms either
 * way; the best few names, a few per entry, go on to full scoring.
 */
import { partyFit, type MatchIndex } from './index.js';
import { toCountryCode } from '../lists/countries.js';
import type { PartyType } from './party.js';
import { abbreviatesRun, abbreviatesStart, isOmissible } from './compare/abbreviations.js';
import { isStrong } from './compare/name-parts.js';
import { ACRONYM_MAX, SYLLABIC_ABBREVIATION_MIN } from './compare/prepared-name.js';
import type { NameToken } from './normalize/pipeline.js';
import { makeToken, meaningOf } from './normalize/tokens.js';
import { TUNING } from './tuning.js';
import { ABBREVIATION_KEY, articleCompound, koreanCompound, letterKey, PARTICLE_MAX, plainArticleCompound, surnameCompound } from './index-keys.js';
import { abjadCompounds, abjadWithArticle, adjacentNames, gluedNames, similarTokens } from './word-lookups.js';

/** Reused per-process scratch space for retrieval (single-threaded). */
let scratch: { acc: Float32Array; touched: Int32Array } | undefined;
/** fewPerEntry's names taken per entry: all 0 between calls. */
let taken = new Uint8Array(0);

/**
 * Candidate names for a query name: the names sharing exact or fuzzy tokens, ranked by summed
 * rarity x similarity, the best `limit` kept (and none below `relativeFloor` of the best).
 */
export function retrieveCandidates(
  index: MatchIndex,
  query: NameToken[],
  limit: number = TUNING.retrieval.candidates,
  /** The party's type: names only of entries it cannot be (a person is no vessel) take no candidate slot; a person's words are never looked up as abbreviations. */
  partyType?: PartyType,
): number[] {
  const fit = partyFit(partyType);
  const person = partyType === 'person';
  const nameCount = index.nameTokens.length;
  if (!scratch || scratch.acc.length < nameCount) scratch = { acc: new Float32Array(nameCount), touched: new Int32Array(nameCount) };
  const { acc, touched } = scratch;
  let touchedCount = 0;
  const hasStrong = query.some(isStrong);
  const credit = (name: number, weight: number) => {
    if (acc[name] === 0) touched[touchedCount++] = name;
    acc[name]! += weight;
  };
  /** Names that share a run of two words with the query, weighted as rare as that run is. */
  const creditAll = (names: readonly number[]) => {
    const weight = Math.log((nameCount + 1) / (names.length + 0.5));
    for (const name of names) credit(name, weight);
  };
  const post = (id: number, similarity: number) => {
    const weight = index.idf[id]! * similarity;
    for (let p = index.postingStart[id]!, end = index.postingStart[id + 1]!; p < end; p++) credit(index.postings[p]!, weight);
  };
  // A name the query abbreviates counts as sharing one rare word with it.
  const abbreviationWeight = Math.log((nameCount + 1) / 1.5) * TUNING.similarity.abbreviation;
  for (const probe of query) {
    if (hasStrong && !isStrong(probe)) continue;
    // The list words like the probe and like the word it means ("gruppa", group), each once. A list word
    // that means another has its names posted under that one too (buildIndex): found as well, it is passed over.
    const meant = meaningOf(probe);
    const near = similarTokens(index, meant);
    const own = meant === probe ? NO_TOKENS : similarTokens(index, probe);
    for (const [id, similarity] of near) if (!meaningFound(index, id, near, own)) post(id, similarity);
    for (const [id, similarity] of own) if (!near.has(id) && !meaningFound(index, id, near, own)) post(id, similarity);
    if (probe.kind === 'word') creditAll(gluedNames(index, probe.text));
  }
  // An abbreviation is most often the whole name ("HOTINCOL", "PROFUTCOL S.A."), or that beside where
  // or which branch ("RIHS-CAMBODIA", "PCC UK", "HUJI-B"); beside other words, those find the name.
  const words = query.filter((t) => t.kind === 'word');
  if (!person) {
    const acronym = words.length === 1 ? words[0] : loneAcronym(words);
    if (acronym) abbreviatedNames(index, acronym.text, (name) => credit(name, abbreviationWeight));
  }
  // Adjacent query words glued ("jsc argument" -> "jscargument") are looked up exactly: a glued
  // spelling with a typo as well is rare, and each query's pairs are new words not worth fuzzy keys.
  // The names with the same two words side by side count that run once more, so the name written as
  // the query writes it ranks first.
  for (let i = 0; i + 1 < query.length; i++) {
    const a = query[i]!;
    const b = query[i + 1]!;
    const id = index.tokenIds.get(a.text + b.text);
    if (id !== undefined) post(id, 1);
    // A code written with a space or dash ("yv 2040" for "yv2040") is found as written together; nothing else of a number is glued.
    if (a.kind === 'number' || b.kind === 'number') continue;
    // Three words run together ("dive techno services" -> "divetechnoservices"), as compareNames glues up to three.
    const c = query[i + 2];
    const three = c && c.kind !== 'number' ? index.tokenIds.get(a.text + b.text + c.text) : undefined;
    if (three !== undefined) post(three, 1);
    // By what the words mean: "scientific production" is the run of "nauchno proizvodstvennoe" too.
    const left = a.text.length > PARTICLE_MAX ? index.tokenIds.get(meaningOf(a).text) : undefined;
    const right = left === undefined ? undefined : index.tokenIds.get(meaningOf(b).text);
    if (right !== undefined) creditAll(adjacentNames(index, left!, right));
    // The other list's spelling of the compound may differ too ("abd al hakim" ~ "abdelhakim", 금산 ~ "Kumsan"). Its
    // one word stands for two of the query's, and counts as both would.
    const compound = articleCompound(query, i) ?? surnameCompound(query, i) ?? koreanCompound(query, i);
    if (compound) {
      const similar = similarTokens(index, makeToken(compound, 'word'));
      for (const [id, similarity] of similar) post(id, 2 * similarity);
      const plain = plainArticleCompound(query, i);
      if (plain) for (const [id, similarity] of similarTokens(index, makeToken(plain, 'word'))) if (!similar.has(id)) post(id, 2 * similarity);
    }
    // Two words in Arabic script as Latin runs them together ("Jalaluddin", "Abubakar"), or writes the first with the article ("Abdur Rehman").
    if (a.abjad && b.abjad && b.text.length >= 3) {
      const article = b.text.startsWith('al') && b.text.length >= 4;
      for (const [similar, similarity] of abjadCompounds(index, a, b)) post(similar, 2 * similarity);
      if (article) for (const [similar, similarity] of abjadWithArticle(index, a, b)) post(similar, similarity);
    }
  }
  // A list word the query's words abbreviate ("smp" in "SMP BANK" for "bank severny morskoy put")
  // adds to names already sharing a word, and to names whose entry shares half the query's weight
  // under another name (the alias "PCI" of "Parchin Chemical Industries" for "para chemical
  // industries"): alone, short acronyms meet too many ("Steven Margaret Palmer").
  if (!person) {
    const half = queryWeight(index, query) / 2;
    for (const acronym of queryAcronyms(query)) {
      const id = index.tokenIds.get(acronym);
      if (id === undefined || index.tokens[id]!.kind !== 'word') continue;
      const weight = index.idf[id]! * TUNING.similarity.abbreviation;
      for (let p = index.postingStart[id]!, end = index.postingStart[id + 1]!; p < end; p++) {
        const name = index.postings[p]!;
        if (acc[name]! > 0 || entryShares(index, name, acc, half)) credit(name, weight);
      }
    }
  }
  let best = 0;
  for (let k = 0; k < touchedCount; k++) {
    const name = touched[k]!;
    acc[name] = index.nameFits[name]! & fit ? acc[name]! * index.nameNorm[name]! : -1;
    best = Math.max(best, acc[name]!);
  }
  const floor = best * TUNING.retrieval.relativeFloor;
  const kept: number[] = [];
  for (let k = 0; k < touchedCount; k++) if (acc[touched[k]!]! >= floor && acc[touched[k]!]! > 0) kept.push(touched[k]!);
  // The sign, not the difference: a fractional number handed back to sort is a heap object per comparison.
  const byScore = (a: number, b: number) => Math.sign(acc[b]! - acc[a]!);
  // A common word keeps thousands of names: take the best few in order rather than sort them all.
  const room = limit * TUNING.retrieval.namesPerEntry;
  const ranked = kept.length > room ? bestNames(kept, acc, room) : kept.sort(byScore);
  // A short query word beside others may abbreviate a run within a name its other words found ("CHAMS
  // MLO", Chams Money Laundering Organization): among the best, such a name counts it as a rare word shared.
  if (!person && words.length > 1 && abbreviatesWithin(index, words, ranked, (name) => (acc[name]! += abbreviationWeight * index.nameNorm[name]!))) ranked.sort(byScore);
  let chosen = ranked.length > limit ? fewPerEntry(index, ranked, limit) : ranked;
  // A few entries' many aliases filled the room: rank every name after all.
  if (chosen.length < limit && kept.length > room) chosen = fewPerEntry(index, kept.sort(byScore), limit);
  // A query word or number only one list name has names that one: it is scored whatever common words crowded
  // it out ("NAFTAN PRODUCTION ASSOCIATION" and the many names of production associations, for NAFTAN OAO;
  // the CSSC's 714th Research Institute among its many numbered ones).
  if (!person) {
    for (const word of query) {
      if (!isStrong(word)) continue;
      const id = index.tokenIds.get(word.text);
      if (id === undefined || index.postingStart[id + 1]! - index.postingStart[id]! !== 1) continue;
      const name = index.postings[index.postingStart[id]!]!;
      if (acc[name]! > 0 && !chosen.includes(name)) chosen.push(name);
    }
  }
  for (let k = 0; k < touchedCount; k++) acc[touched[k]!] = 0;
  return chosen;
}

/** The one word of an organization's name beside countries and codes of a letter or two only, which may abbreviate it. */
function loneAcronym(words: NameToken[]): NameToken | undefined {
  let acronym: NameToken | undefined;
  for (const word of words) {
    if (word.text.length <= 2 || toCountryCode(meaningOf(word).text) !== undefined) continue;
    if (acronym || word.text.length < ACRONYM_MIN || word.syllabic || word.abjad) return undefined;
    acronym = word;
  }
  return acronym;
}

/** Whether dictionary token `id` means a word also among the tokens found (`near`, `own`): its names are posted under that one too. */
function meaningFound(index: MatchIndex, id: number, near: ReadonlyMap<number, number>, own: ReadonlyMap<number, number>): boolean {
  const meant = index.meant[id]!;
  return meant >= 0 && (near.has(meant) || own.has(meant));
}

const NO_TOKENS: ReadonlyMap<number, number> = new Map();

/**
 * Credits (`found`) each of `names` in which a run of words is abbreviated by a query word that can be
 * an acronym and is no word of the list's (or of two names at most); whether any was.
 */
function abbreviatesWithin(index: MatchIndex, words: NameToken[], names: number[], found: (name: number) => void): boolean {
  let any = false;
  for (const word of words) {
    const text = word.text;
    // A Chinese or Korean syllable ("si", "nuo") or a word in Arabic script is no acronym; nor are two letters, as often a name's.
    if (text.length < ACRONYM_MIN || text.length > ACRONYM_MAX || word.syllabic || word.abjad) continue;
    const id = index.tokenIds.get(text);
    if (id !== undefined && index.postingStart[id + 1]! - index.postingStart[id]! > ABBREVIATION_MAX_NAMES) continue;
    for (const name of names) {
      if (!abbreviatesRun(text, index.nameTokens[name]!)) continue;
      found(name);
      any = true;
    }
  }
  return any;
}

/** Whether an entry carrying `name` has a name the query has credited with at least `weight`. */
function entryShares(index: MatchIndex, name: number, acc: Float32Array, weight: number): boolean {
  for (let k = index.occurrenceStart[name]!, end = index.occurrenceStart[name + 1]!; k < end; k++) {
    const entry = index.occurrenceEntry[k]!;
    for (let n = index.entryNameStart[entry]!, last = index.entryNameStart[entry + 1]!; n < last; n++) {
      if (acc[index.entryNameList[n]!]! >= weight) return true;
    }
  }
  return false;
}

/** The query's words' summed rarity: what a name holding all of them exactly would be credited. */
function queryWeight(index: MatchIndex, query: NameToken[]): number {
  const unknown = Math.log(index.nameTokens.length + 1);
  let sum = 0;
  for (const token of query) {
    if (token.kind !== 'word') continue;
    const id = index.tokenIds.get(token.text);
    sum += id === undefined ? unknown : index.idf[id]!;
  }
  return sum;
}

/**
 * Names a rare query word may abbreviate ("hotincol", "cagl"), each once: looked up by the first
 * letters its first two or three tokens would give (abbreviationKeys), then checked whole. A word
 * most names know is a word, not an abbreviation.
 */
function abbreviatedNames(index: MatchIndex, word: string, found: (name: number) => void): void {
  const id = index.tokenIds.get(word);
  const names = id === undefined ? 0 : index.postingStart[id + 1]! - index.postingStart[id]!;
  if (names > (word.length > ACRONYM_MIN ? ACRONYM_MAX_NAMES : ABBREVIATION_MAX_NAMES)) return;
  const acronymOnly = names > ABBREVIATION_MAX_NAMES;
  const seen = new Set<number>();
  for (const key of acronymOnly ? [letterKey(word, 0, 1, 2)] : abbreviationProbes(word)) {
    for (const name of index.abbreviations.get(key) ?? []) {
      if (seen.has(name)) continue;
      seen.add(name);
      if (abbreviatesStart(word, index.nameTokens[name]!, acronymOnly)) found(name);
    }
  }
}

/** A word in more names than this is taken as itself, or (ACRONYM_MAX_NAMES) as an acronym only. */
const ABBREVIATION_MAX_NAMES = 2;
/**
 * A word of four letters or more may name a few branches too ("ISIL YEMEN", "ISIL KHORASAN") and
 * still be its organization's acronym ("ISIL", Islamic State of Iraq and the Levant), a letter a
 * word; not run-together syllables ("CLASS" of "Company LASer Systems"). Three letters are many
 * organizations' initials ("ITC").
 */
const ACRONYM_MAX_NAMES = 8;
/** Letters the first and second tokens of a syllabic abbreviation give at most, for its lookup keys. */
const SYLLABLE_MAX = 3;

/** The keys under which names `word` may abbreviate are filed: its first three letters as initials; for a syllabic one, its letters where the second and third tokens may begin. */
function abbreviationProbes(word: string): number[] {
  if (word.length < ABBREVIATION_KEY) return [];
  const probes = new Set([letterKey(word, 0, 1, 2)]);
  if (word.length >= SYLLABIC_ABBREVIATION_MIN) {
    for (let second = 1; second <= SYLLABLE_MAX; second++) {
      for (let third = second + 1; third <= second + SYLLABLE_MAX && third < word.length; third++) probes.add(letterKey(word, 0, second, third));
    }
  }
  return [...probes];
}

/**
 * The acronyms runs of the query's tokens give, as abbreviationCandidates pairs a list word with a
 * run: each word its first letter, particles, legal forms and initials theirs or none
 * ("bank severny morskoy put" -> "bsm", "bsmp", "smp" ...).
 */
function queryAcronyms(query: NameToken[]): Set<string> {
  const acronyms = new Set<string>();
  let steps = 0;
  const extend = (j: number, text: string): void => {
    if (--steps < 0) return;
    if (text.length >= ACRONYM_MIN) acronyms.add(text);
    for (; text.length < ACRONYM_MAX && j < query.length && query[j]!.kind !== 'number'; j++) {
      extend(j + 1, text + query[j]!.text[0]);
      if (!isOmissible(query[j]!)) return;
    }
  };
  query.forEach((token, start) => {
    steps = ACRONYM_STEPS;
    if (token.kind === 'word' || token.kind === 'legal') extend(start + 1, token.text[0]!);
  });
  return acronyms;
}

/** A list word of two letters is more often a name ("li", "wu") than an acronym of the query's words. */
const ACRONYM_MIN = 3;
/** Runs tried from one start: each particle on the way doubles them ("x of of of ..." would try thousands). */
const ACRONYM_STEPS = 40;

/** The `room` best of `names` by score, best first; ties keep their order (as a stable sort would). */
function bestNames(names: number[], acc: Float32Array, room: number): number[] {
  const top: number[] = [];
  for (const name of names) {
    const score = acc[name]!;
    if (top.length === room && score <= acc[top[room - 1]!]!) continue;
    let at = top.length < room ? top.push(name) - 1 : room - 1;
    while (at > 0 && acc[top[at - 1]!]! < score) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = name;
  }
  return top;
}

/**
 * The best `limit` names, at most `TUNING.retrieval.namesPerEntry` of each entry: an entry with
 * dozens of aliases ("QADHAFI, Muammar" has 40) must not crowd out every other entry the query
 * resembles. A name several entries share counts against each and is skipped when all are full.
 */
function fewPerEntry(index: MatchIndex, ranked: number[], limit: number): number[] {
  const perEntry = TUNING.retrieval.namesPerEntry;
  // Names taken per entry, counted in a reused array (a Map per query was most of this function's time) and cleared after.
  if (taken.length < index.entries.length) taken = new Uint8Array(index.entries.length);
  const chosen: number[] = [];
  for (const name of ranked) {
    let room = false;
    for (let k = index.occurrenceStart[name]!, end = index.occurrenceStart[name + 1]!; k < end; k++) {
      if (taken[index.occurrenceEntry[k]!]! < perEntry) room = true;
    }
    if (!room) continue;
    for (let k = index.occurrenceStart[name]!, end = index.occurrenceStart[name + 1]!; k < end; k++) taken[index.occurrenceEntry[k]!]!++;
    chosen.push(name);
    if (chosen.length === limit) break;
  }
  for (const name of chosen) for (let k = index.occurrenceStart[name]!, end = index.occurrenceStart[name + 1]!; k < end; k++) taken[index.occurrenceEntry[k]!] = 0;
  return chosen;
}
