/**
 * Free-text lookup over every searchable field of every entry (names, addresses, remarks, IDs,
 * titles, places of birth, programs, Federal Register notices, vessel facts): a sorted token
 * dictionary with postings, so a query word finds the entries holding it, or (from three letters)
 * any word it begins, by binary search rather than a scan. Identifier numbers are also indexed
 * compacted ("HE 412233" and "HE-412233" are both "he412233"). Built once per list version.
 */
import anyAscii from 'any-ascii';
import type { ListEntry } from '../lists/model.js';

export const TEXT_FIELDS = ['name', 'address', 'remarks', 'identifier', 'fact', 'title', 'placeOfBirth', 'program', 'federalRegisterNotice', 'vessel'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** A query word shorter than this must equal an indexed word; from this length it may begin one. */
export const MIN_PREFIX_LENGTH = 3;
/** A word found only as a prefix scores its share of the indexed word, at least this much. */
const MIN_PREFIX_QUALITY = 0.5;
/** A query word (no digits) of this length or more that finds nothing as written finds words one edit away ("limasol" -> "limassol"). */
export const MIN_TYPO_LENGTH = 5;
/** What a word one edit away scores. */
const TYPO_QUALITY = 0.8;
/**
 * A word found outside the names (an address, remarks, an ID) counts this much of one found in a
 * name, so searching "volkov" ranks VOLKOV himself above the company whose remarks link him.
 */
export const OTHER_FIELD_WEIGHT = 0.9;

export interface FieldText {
  field: TextField;
  value: string;
}

/** A searchable text; identifier fields also carry their number, indexed compacted as one word. */
interface IndexedText extends FieldText {
  number?: string;
}

export interface TextIndex {
  entries: ListEntry[];
  /** Every searchable text; `fieldEntry[i]` is the position in `entries` of `fields[i]`'s entry. */
  fields: IndexedText[];
  fieldEntry: Int32Array;
  /** The fields of entry e are fields[entryFieldStart[e] .. entryFieldStart[e + 1]). */
  entryFieldStart: Int32Array;
  /** Sorted distinct words; `postings[w]` the fields holding word w (ascending, distinct). */
  words: string[];
  postings: Int32Array[];
  /** Word positions by word length, for the one-edit fallback. */
  wordsByLength: Map<number, number[]>;
}

/** One field of a hit and the query words it holds. */
export interface TextEvidence extends FieldText {
  words: string[];
}

export interface TextHit {
  entryIndex: number;
  /**
 * Mean over query words of how well each was found: 1 for a whole word, its share for a prefix,
 * TYPO_QUALITY one edit away; times OTHER_FIELD_WEIGHT when found outside the names only.
 */
  score: number;
  evidence: TextEvidence[];
}

/** "Rublyovskoye Shosse 48, kv. 12" -> ["rublyovskoye", "shosse", "48", "kv", "12"]: ASCII, lower case, letters and digits. */
export function textWords(text: string): string[] {
  return toAscii(text).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** An identifier number with case, spaces and punctuation dropped, as one word. */
function compactNumber(text: string): string {
  return toAscii(text).toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** any-ascii only where needed: most list text is ASCII already, and folding it is most of the build time. */
function toAscii(text: string): string {
  return NON_ASCII.test(text) ? anyAscii(text) : text;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** The searchable texts of one entry, each with the field it came from. */
export function entryTexts(entry: ListEntry): IndexedText[] {
  const texts: IndexedText[] = [];
  const add = (field: TextField, value: string | undefined, number?: string) => {
    if (value?.trim()) texts.push({ field, value: value.trim(), ...(number && { number: compactNumber(number) }) });
  };
  add('name', entry.name);
  for (const alias of entry.aliases) add('name', alias);
  for (const address of entry.addresses) add('address', address.full);
  add('remarks', entry.remarks);
  for (const id of entry.ids) add('identifier', [id.type, id.number, id.country].filter(Boolean).join(' '), id.number);
  for (const fact of entry.facts) add('fact', `${fact.type}: ${fact.value}`);
  add('title', entry.title);
  for (const place of entry.placesOfBirth) add('placeOfBirth', place);
  for (const program of entry.programs) add('program', program);
  add('federalRegisterNotice', entry.federalRegisterNotice);
  if (entry.vessel) add('vessel', Object.values(entry.vessel).filter(Boolean).join(', '));
  return texts;
}

export function buildTextIndex(entries: ListEntry[]): TextIndex {
  const fields: IndexedText[] = [];
  const fieldEntry: number[] = [];
  const wordFields = new Map<string, number[]>();
  const entryFieldStart = new Int32Array(entries.length + 1);
  entries.forEach((entry, entryIndex) => {
    entryFieldStart[entryIndex] = fields.length;
    for (const text of entryTexts(entry)) {
      const fieldIndex = fields.length;
      fields.push(text);
      fieldEntry.push(entryIndex);
      const words = new Set(textWords(text.value));
      if (text.number) words.add(text.number);
      for (const word of words) {
        const list = wordFields.get(word);
        if (list) list.push(fieldIndex);
        else wordFields.set(word, [fieldIndex]);
      }
    }
  });
  entryFieldStart[entries.length] = fields.length;
  const words = [...wordFields.keys()].sort();
  const wordsByLength = new Map<number, number[]>();
  words.forEach((word, w) => {
    const list = wordsByLength.get(word.length);
    if (list) list.push(w);
    else wordsByLength.set(word.length, [w]);
  });
  return { entries, fields, fieldEntry: Int32Array.from(fieldEntry), entryFieldStart, words, postings: words.map((w) => Int32Array.from(wordFields.get(w)!)), wordsByLength };
}

/** First position in the sorted words not below `word`. */
function lowerBound(words: string[], word: string): number {
  let [lo, hi] = [0, words.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The indexed words a query word finds, each with how well: 1 when equal, the covered share when a prefix. */
function findWord(index: TextIndex, query: string): { word: number; quality: number }[] {
  const found: { word: number; quality: number }[] = [];
  for (let w = lowerBound(index.words, query); w < index.words.length; w++) {
    const word = index.words[w]!;
    if (word === query) found.push({ word: w, quality: 1 });
    else if (query.length >= MIN_PREFIX_LENGTH && word.startsWith(query)) found.push({ word: w, quality: Math.max(MIN_PREFIX_QUALITY, query.length / word.length) });
    else break;
  }
  // Numbers are never guessed at: an ID one digit off is another ID.
  if (found.length === 0 && query.length >= MIN_TYPO_LENGTH && !/\d/.test(query)) {
    for (let length = query.length - 1; length <= query.length + 1; length++) {
      for (const w of index.wordsByLength.get(length) ?? []) if (withinOneEdit(query, index.words[w]!)) found.push({ word: w, quality: TYPO_QUALITY });
    }
  }
  return found;
}

/** One letter inserted, dropped, replaced, or two neighbours swapped, at most (optimal string alignment distance <= 1). */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Entries holding every query word (in any of their fields), best first, each with the fields that
 * hold the words. A query of several words that is an identifier written with spaces or dashes also
 * finds it compacted ("HE 412233"). Scores accumulate in typed arrays; evidence is gathered for the
 * returned hits only.
 */
export function searchText(index: TextIndex, query: string, limit: number, eligible: (entryIndex: number) => boolean = () => true): TextHit[] {
  const queryWords = [...new Set(textWords(query))];
  if (queryWords.length === 0) return [];
  const scores = matchAll(index, queryWords);
  const compact = compactNumber(query);
  if (queryWords.length > 1 && compact.length >= MIN_PREFIX_LENGTH) {
    for (const [entryIndex, score] of matchAll(index, [compact])) if (!scores.has(entryIndex)) scores.set(entryIndex, score);
  }
  const ranked = [...scores].filter(([entryIndex]) => eligible(entryIndex)).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
  return ranked.map(([entryIndex, score]) => ({ entryIndex, score: Math.round(score * 10000) / 10000, evidence: evidenceFor(index, entryIndex, [...queryWords, compact]) }));
}

/** Reused per-process scratch space (single-threaded): summed quality and words matched per entry. */
let scratch: { sum: Float32Array; count: Uint16Array; best: Float32Array } | undefined;

/** Entry position -> mean quality, for the entries every query word finds. */
function matchAll(index: TextIndex, queryWords: string[]): Map<number, number> {
  const size = index.entries.length;
  if (!scratch || scratch.sum.length < size) scratch = { sum: new Float32Array(size), count: new Uint16Array(size), best: new Float32Array(size) };
  const { sum, count, best } = scratch;
  let alive: number[] = [];
  queryWords.forEach((queryWord, q) => {
    const touched: number[] = [];
    for (const { word, quality } of findWord(index, queryWord)) {
      for (const fieldIndex of index.postings[word]!) {
        const entryIndex = index.fieldEntry[fieldIndex]!;
        // Only entries every earlier word found can still hold them all.
        if (count[entryIndex] !== q) continue;
        if (best[entryIndex] === 0) touched.push(entryIndex);
        const weighted = index.fields[fieldIndex]!.field === 'name' ? quality : quality * OTHER_FIELD_WEIGHT;
        if (weighted > best[entryIndex]!) best[entryIndex] = weighted;
      }
    }
    for (const entryIndex of touched) {
      sum[entryIndex]! += best[entryIndex]!;
      count[entryIndex]!++;
      best[entryIndex] = 0;
    }
    for (const entryIndex of alive) if (count[entryIndex] === q) sum[entryIndex] = 0;
    alive = touched;
  });
  const hits = new Map<number, number>();
  for (const entryIndex of alive) hits.set(entryIndex, sum[entryIndex]! / queryWords.length);
  // Reset every entry any word touched: those still alive, and those dropped along the way (count reset below).
  for (const entryIndex of alive) sum[entryIndex] = 0;
  count.fill(0);
  return hits;
}

/** The fields of one entry holding any of the query words (equal, or begun by a long enough query word). */
function evidenceFor(index: TextIndex, entryIndex: number, queryWords: string[]): TextEvidence[] {
  const evidence: TextEvidence[] = [];
  for (let f = index.entryFieldStart[entryIndex]!, end = index.entryFieldStart[entryIndex + 1]!; f < end; f++) {
    const { field, value, number } = index.fields[f]!;
    const fieldWords = new Set(textWords(value));
    if (number) fieldWords.add(number);
    const found = [...fieldWords].filter((word) => queryWords.some((q) => word === q || (q.length >= MIN_PREFIX_LENGTH && word.startsWith(q)) || (q.length >= MIN_TYPO_LENGTH && withinOneEdit(q, word))));
    if (found.length) evidence.push({ field, value, words: found });
  }
  return evidence;
}
