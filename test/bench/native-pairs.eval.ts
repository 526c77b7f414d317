/**
 * `npm run eval:native`: names written in their own script against the same people's and firms'
 * usual Latin names, pair by pair, per script: data/eval/native-script-pairs.csv (our own list of
 * public figures and firms: pairs that name one party, and a few that do not), and as many made-up
 * non-matches, each native name against the Latin name seven rows on (another party's). Prints, per
 * script, how many of the matching pairs score at the default threshold and how many of the others
 * do (false alerts).
 */
import { readFileSync } from 'node:fs';
import { comparePair, parseSchema } from '../../lib/match/pair.js';
import { parseCsv } from '../../lib/lists/csv.js';

const FILE = new URL('../../data/eval/native-script-pairs.csv', import.meta.url);
const SCRIPTS: [string, RegExp][] = [
  ['Arabic', /\p{Script=Arabic}/u], ['Hebrew', /\p{Script=Hebrew}/u], ['Greek', /\p{Script=Greek}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u], ['Hangul', /\p{Script=Hangul}/u], ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Han', /\p{Script=Han}/u], ['Thai', /\p{Script=Thai}/u], ['Myanmar', /\p{Script=Myanmar}/u], ['Khmer', /\p{Script=Khmer}/u],
  ['Indic', /[\u0900-\u0d7f]/u], ['Georgian', /\p{Script=Georgian}/u], ['Armenian', /\p{Script=Armenian}/u],
  ['Ethiopic', /\p{Script=Ethiopic}/u],
];
const ROTATION = 7;

const [header, ...rows] = [...parseCsv(readFileSync(FILE, 'utf8'))].map((row) => row.fields);
const column = (name: string) => header!.indexOf(name);
const pairs = rows.map((row) => ({ schema: parseSchema(row[column('schema')]), name1: row[column('name1')]!, name2: row[column('name2')]!, match: row[column('is_match')] === 'true' }));
const positives = pairs.filter((p) => p.match);
const madeUp = positives.map((p, i) => ({ ...p, name2: positives[(i + ROTATION) % positives.length]!.name2, match: false }));

const tally = new Map<string, { found: number; of: number; alerts: number; others: number }>();
for (const pair of [...pairs, ...madeUp]) {
  const script = SCRIPTS.find(([, pattern]) => pattern.test(pair.name1))?.[0] ?? 'Latin';
  const counts = tally.get(script) ?? { found: 0, of: 0, alerts: 0, others: 0 };
  const { match } = comparePair(pair.name1, pair.name2, pair.schema);
  if (pair.match) (counts.of++, (counts.found += +match));
  else (counts.others++, (counts.alerts += +match));
  tally.set(script, counts);
}
console.log(`native-script pairs: ${pairs.length} listed (${positives.length} matching), ${madeUp.length} made-up non-matches; at the default threshold`);
let [found, of, alerts, others] = [0, 0, 0, 0];
for (const [script, counts] of [...tally].sort(([a], [b]) => (a < b ? -1 : 1))) {
  console.log(`  ${script.padEnd(9)} matching found ${counts.found} of ${counts.of}; others alerting ${counts.alerts} of ${counts.others}`);
  [found, of, alerts, others] = [found + counts.found, of + counts.of, alerts + counts.alerts, others + counts.others];
}
console.log(`  all       matching found ${found} of ${of} (${((100 * found) / of).toFixed(1)}%); others alerting ${alerts} of ${others}`);
