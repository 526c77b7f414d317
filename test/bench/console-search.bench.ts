/**
 * Free-text lookup benchmark on the full May 2022 CSL: the console's own word index against fuse.js
 * over the whole list and over a shortlist, for words taken from real addresses, remarks and IDs,
 * written correctly and with one typo:
 *   npm run bench:search
 * Prints build time and heap, per-query p50/p99, and recall (the entry the word came from is among
 * the first 50 results).
 */
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fuse from 'fuse.js';
import type { ListEntry } from '../../lib/lists/model.js';
import { readListFile } from '../../lib/lists/read.js';
import { buildTextIndex, entryTexts, searchText, textWords } from '../../lib/lookup/text-index.js';
import { CSL_2022 as CSL } from '../support/shared-data.js';
import { percentile } from './percentile.js';

if (!existsSync(CSL)) {
  console.log(`skipped: ${CSL} is absent`);
  process.exit(0);
}
const QUERIES = 60;
/** Query words are specific: held by at most this many entries, so recall@TOP is not a matter of ties. */
const MAX_ENTRIES_PER_WORD = 10;
const TOP = 50;
const SHORTLIST = 500;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = () => (gc(), gc(), process.memoryUsage().heapUsed / 2 ** 20);

let seed = 7;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;

interface Query {
  text: string;
  typo: string;
  entryId: string;
  field: string;
}

/** Two words of one non-name field of a random entry (a rare word, so the query is specific). */
function makeQueries(entries: ListEntry[], specific: (word: string) => boolean): Query[] {
  const queries: Query[] = [];
  while (queries.length < QUERIES) {
    const entry = pick(entries);
    const texts = entryTexts(entry).filter((t) => t.field === 'address' || t.field === 'remarks' || t.field === 'identifier');
    if (texts.length === 0) continue;
    const text = pick(texts);
    const words = textWords(text.value).filter((w) => w.length >= 5 && specific(w));
    if (words.length === 0) continue;
    const word = pick(words);
    const at = 1 + Math.floor(random() * (word.length - 2));
    const typo = word.slice(0, at) + word.slice(at + 1);
    queries.push({ text: word, typo, entryId: entry.entryId, field: text.field });
  }
  return queries;
}

function measure(label: string, queries: Query[], run: (q: string) => string[], typo: boolean): void {
  for (const q of queries.slice(0, 20)) run(typo ? q.typo : q.text);
  const times: number[] = [];
  let found = 0;
  for (const q of queries) {
    const start = performance.now();
    const ids = run(typo ? q.typo : q.text);
    times.push(performance.now() - start);
    if (ids.slice(0, TOP).includes(q.entryId)) found++;
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => percentile(times, p).toFixed(2);
  console.log(`  ${label.padEnd(44)} p50 ${at(0.5).padStart(8)} ms  p99 ${at(0.99).padStart(8)} ms  recall@${TOP} ${((100 * found) / queries.length).toFixed(0)}%`);
}

const { entries } = await readListFile(CSL);
let before = heapMb();
let start = performance.now();
const index = buildTextIndex(entries);
const queries = makeQueries(entries, (word) => searchText(index, word, MAX_ENTRIES_PER_WORD + 1).length <= MAX_ENTRIES_PER_WORD);
console.log(`CSL 2022-05: ${entries.length} entries; ${queries.length} one-word queries from addresses, remarks and IDs, each word held by <= ${MAX_ENTRIES_PER_WORD} entries (and the same with one letter dropped)`);
console.log(`  word index: build ${(performance.now() - start).toFixed(0)} ms, heap ${(heapMb() - before).toFixed(1)} MB, ${index.words.length} words, ${index.fields.length} fields`);

const documents = entries.map((entry) => ({ entryId: entry.entryId, texts: entryTexts(entry).filter((t) => t.field !== 'name').map((t) => t.value) }));
before = heapMb();
start = performance.now();
const fuseOptions = { keys: ['texts'], includeScore: true, ignoreLocation: true, threshold: 0.3, minMatchCharLength: 3 };
const fuse = new Fuse(documents, fuseOptions);
console.log(`  fuse.js whole list: build ${(performance.now() - start).toFixed(0)} ms, heap ${(heapMb() - before).toFixed(1)} MB`);

const ours = (q: string) => searchText(index, q, TOP).map((h) => entries[h.entryIndex]!.entryId);
const fuseWhole = (q: string) => fuse.search(q, { limit: TOP }).map((r) => r.item.entryId);
/** Fuse.js re-ranking a shortlist: the word index's hits for the query's first three letters. */
const fuseShortlist = (q: string) => {
  const shortlist = searchText(index, q.slice(0, 3), SHORTLIST).map((h) => documents[h.entryIndex]!);
  return new Fuse(shortlist, fuseOptions).search(q, { limit: TOP }).map((r) => r.item.entryId);
};

for (const typo of [false, true]) {
  console.log(typo ? 'with one letter dropped:' : 'words as written:');
  measure('word index (ours)', queries, ours, typo);
  measure('fuse.js over the whole list', queries, fuseWhole, typo);
  measure(`fuse.js over a ${SHORTLIST}-entry prefix shortlist`, queries, fuseShortlist, typo);
}
