/**
 * `npm run eval:negatives`: the alert rate on people who are on no list, over far more of them than
 * `npm run eval`'s 2,000. ../shared/data/eval/yente_candidate_generation/negatives_global.csv.gz holds
 * 50,000 made-up people of many countries and scripts; the 2,000 of eval/visible/negatives.jsonl are
 * drawn from it. Every other one is screened as a person against the alias hold-out's CSL
 * (eval/visible/csl_alias_holdout.csv) at the default threshold, as `npm run eval` screens its 2,000:
 * each match is a false alert. Prints the rate over all, per script, and the alerts by score, so a
 * rate measured on 2,000 can be told from its noise (one alert there is 0.05%).
 * `npm run eval:negatives -- --show` also lists each alerting name and its best match.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseCsv } from '../../lib/lists/csv.js';
import { readListFile } from '../../lib/lists/read.js';
import { buildIndex, screenParty } from '../../lib/match/screen.js';
import { SHARED } from '../support/shared-data.js';

const PEOPLE = `${SHARED}eval/yente_candidate_generation/negatives_global.csv.gz`;
const VISIBLE = `${SHARED}eval/visible/`;
if (!existsSync(PEOPLE) || !existsSync(`${VISIBLE}csl_alias_holdout.csv`)) {
  console.log(`skipped: ${PEOPLE} or ${VISIBLE}csl_alias_holdout.csv is absent`);
  process.exit(0);
}
const show = process.argv.includes('--show');

const SCRIPTS: [string, RegExp][] = [
  ['Arabic', /\p{Script=Arabic}/u], ['Cyrillic', /\p{Script=Cyrillic}/u], ['Han', /\p{Script=Han}/u],
  ['Hangul', /\p{Script=Hangul}/u], ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u], ['Hebrew', /\p{Script=Hebrew}/u],
  ['Greek', /\p{Script=Greek}/u], ['Thai', /\p{Script=Thai}/u], ['Indic', /[\u0900-\u0d7f]/u],
];
const BANDS = [0.95, 0.9, 0.85, 0.8];

const { entries } = await readListFile(`${VISIBLE}csl_alias_holdout.csv`);
const index = buildIndex(entries);
const visible = new Set(readFileSync(`${VISIBLE}negatives.jsonl`, 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { name: string }).name));
const [header, ...rows] = [...parseCsv(gunzipSync(readFileSync(PEOPLE)).toString())].map((row) => row.fields);
const column = header!.indexOf('full_name');

const tally = new Map<string, { screened: number; alerts: number }>();
const byScore = new Map<number, number>();
let [screened, alerts] = [0, 0];
const started = performance.now();
for (const row of rows) {
  const name = row[column]?.trim();
  if (!name || visible.has(name)) continue;
  const script = SCRIPTS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'Latin';
  const counts = tally.get(script) ?? { screened: 0, alerts: 0 };
  tally.set(script, counts);
  const [best] = screenParty(index, { name, type: 'person' });
  screened++;
  counts.screened++;
  if (!best) continue;
  alerts++;
  counts.alerts++;
  const band = BANDS.find((b) => best.score >= b) ?? 0;
  byScore.set(band, (byScore.get(band) ?? 0) + 1);
  if (show) console.log(`${best.score.toFixed(2)}\t${name}\t=> ${best.matchedName}`);
}
const rate = (n: number, of: number) => `${n} of ${of} (${((100 * n) / of).toFixed(2)}%)`;
console.log(`negatives_global people not among eval's 2,000, screened as persons against the hold-out CSL (${entries.length} entries) at the default threshold:`);
console.log(`  all       alerting ${rate(alerts, screened)}; ${((performance.now() - started) / screened).toFixed(3)} ms/person`);
for (const [script, counts] of [...tally].sort((a, b) => b[1].screened - a[1].screened)) console.log(`  ${script.padEnd(9)} alerting ${rate(counts.alerts, counts.screened)}`);
console.log(`  alerts by best score: ${[...BANDS, 0].map((b) => `${b ? `>= ${b}` : `< ${BANDS.at(-1)}`}: ${byScore.get(b) ?? 0}`).join(', ')}`);
