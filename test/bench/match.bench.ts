/**
 * Matcher benchmark on the full May 2022 CSL (34k names):
 *   node --import tsx test/bench/match.bench.ts
 * Prints index build time and heap, per-query p50/p99 (warm, single thread) for the eval suite's
 * alias queries and negatives, the same queries through fuse.js over the same names (ratio), and a
 * 10x synthetic list (names recombined from the real tokens) to show how cost grows.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fuse from 'fuse.js';
import { entryNames, type ListEntry } from '../../lib/lists/model.js';
import { readListFile } from '../../lib/lists/read.js';
import type { Party } from '../../lib/match/party.js';
import { parseParty } from '../../lib/match/party-input.js';
import { buildIndex, screenParty, type MatchIndex } from '../../lib/match/screen.js';

const CSL = '/work/shared/data/lists/csl_consolidated_2022-05.csv.gz';
const EVAL = '/work/shared/data/eval/visible/';
const FUSE_QUERIES = 100;
const SCALE = 10;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function loadQueries(): Party[] {
  return ['alias_queries.jsonl', 'negatives.jsonl'].flatMap((file) =>
    readFileSync(EVAL + file, 'utf8').split('\n').filter(Boolean).map((line, i) => parseParty(JSON.parse(line), `${file}:${i + 1}`)));
}

function timeQueries(index: MatchIndex, queries: Party[]): { p50: number; p99: number; mean: number } {
  for (const q of queries) screenParty(index, q);
  const times: number[] = [];
  for (const q of queries) {
    const start = process.hrtime.bigint();
    screenParty(index, q);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), mean };
}

function measureBuild(entries: ListEntry[]): { index: MatchIndex; ms: number; heap: number } {
  const before = heapMb();
  const start = performance.now();
  const index = buildIndex(entries);
  const ms = performance.now() - start;
  return { index, ms, heap: heapMb() - before };
}

/** 10x the list: every synthetic name takes each token from a random real name's token at that position. */
function syntheticList(entries: ListEntry[], factor: number): ListEntry[] {
  let seed = 42;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const names = entries.flatMap(entryNames).map((n) => n.split(/\s+/));
  const out: ListEntry[] = [];
  for (let copy = 0; copy < factor; copy++) {
    for (const entry of entries) {
      const recombine = (name: string) => name.split(/\s+/).map((_, i) => {
        const donor = names[Math.floor(random() * names.length)]!;
        return donor[Math.min(i, donor.length - 1)];
      }).join(' ');
      out.push({ ...entry, entryId: `${entry.entryId}-${copy}`, name: copy === 0 ? entry.name : recombine(entry.name), aliases: entry.aliases.map((a) => (copy === 0 ? a : recombine(a))) });
    }
  }
  return out;
}

const { entries } = await readListFile(CSL);
const nameCount = entries.reduce((n, e) => n + entryNames(e).length, 0);
const queries = loadQueries();
const real = measureBuild(entries);
// A container swapping in a new list version builds again with its code already compiled.
const rebuildMs = measureBuild(entries).ms;
const ours = timeQueries(real.index, queries);
console.log(`CSL 2022-05: ${entries.length} entries, ${nameCount} names; ${queries.length} queries (alias queries + negatives)`);
console.log(`  index build ${real.ms.toFixed(0)} ms (first in the process; again, as a list swap: ${rebuildMs.toFixed(0)} ms), heap ${real.heap.toFixed(1)} MB`);
console.log(`  screenParty p50 ${ours.p50.toFixed(3)} ms, p99 ${ours.p99.toFixed(3)} ms, mean ${ours.mean.toFixed(3)} ms`);

const fuse = new Fuse(entries.flatMap(entryNames), { includeScore: true, threshold: 0.4 });
const fuseQueries = queries.filter((_, i) => i % Math.floor(queries.length / FUSE_QUERIES) === 0).slice(0, FUSE_QUERIES);
const fuseTimes: number[] = [];
for (const q of fuseQueries) {
  const start = performance.now();
  fuse.search(q.name, { limit: 10 });
  fuseTimes.push(performance.now() - start);
}
const fuseMean = fuseTimes.reduce((a, b) => a + b, 0) / fuseTimes.length;
const oursOnSame = timeQueries(real.index, fuseQueries);
console.log(`  fuse.js over the same names: mean ${fuseMean.toFixed(2)} ms/query on ${fuseQueries.length} queries; ours ${oursOnSame.mean.toFixed(3)} ms -> ${(fuseMean / oursOnSame.mean).toFixed(0)}x faster`);

const bigEntries = syntheticList(entries, SCALE);
const big = measureBuild(bigEntries);
const bigTimes = timeQueries(big.index, queries);
console.log(`${SCALE}x synthetic: ${bigEntries.length} entries, ${bigEntries.reduce((n, e) => n + entryNames(e).length, 0)} names`);
console.log(`  index build ${big.ms.toFixed(0)} ms, heap ${big.heap.toFixed(1)} MB; screenParty p50 ${bigTimes.p50.toFixed(3)} ms, p99 ${bigTimes.p99.toFixed(3)} ms`);
