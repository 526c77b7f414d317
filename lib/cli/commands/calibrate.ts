/**
 * `partyscreen calibrate --list FILE [--list FILE ...] --in LABELLED.jsonl|csv [--in ...] [--limit N] [--show] [--json]`:
 * what each threshold would find and alert on labelled parties (lib/match/calibrate.ts). A line is a
 * party as `screen` reads it, plus `expect`: the id of the list entry it is, or empty for a party on no list.
 */
import { InputError } from '../../errors.js';
import type { SourceCode } from '../../lists/model.js';
import { calibrate, type Calibration, type LabelledParty, type Outcome } from '../../match/calibrate.js';
import { buildIndex } from '../../match/screen.js';
import { thresholdFor, TUNING } from '../../match/tuning.js';
import { numberFlag, parseArgs, UsageError } from '../args.js';
import { loadLists, progressReporter, readParties, type InputParty } from './screen.js';

export const summary = 'threshold table on labelled parties: --list CSL.csv|json [--list ...] --in LABELLED.jsonl|csv (a party per line, expect: its entry id or empty) [--show] [--json]';

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: ['list', 'in', 'limit'], switches: ['show', 'json'] });
  const lists = args.flags.get('list') ?? [];
  const inputs = args.flags.get('in') ?? [];
  if (lists.length === 0) throw new UsageError('--list is required (repeat it for several lists)');
  if (inputs.length === 0) throw new UsageError('--in is required (repeat it for several files)');
  const limit = numberFlag(args, 'limit', 1, 10_000) ?? TUNING.screen.limit;
  if (!Number.isInteger(limit)) throw new UsageError(`--limit must be a whole number, got "${limit}"`);

  const read: InputParty[] = [];
  for (const input of inputs) read.push(...(await readParties(input)));
  if (read.length === 0) throw new InputError('no parties to calibrate on', inputs.join(', '));
  const index = buildIndex(await loadLists(lists));
  const ids = new Set(index.entries.map((entry) => entry.entryId));
  const labelled = read.map((line) => labelledParty(line, ids));
  const progress = progressReporter(labelled.length);
  const calibration = calibrate(index, labelled, { limit, screened: progress.tick });
  progress.end();
  process.stdout.write(args.switches.has('json') ? `${JSON.stringify(asJson(calibration))}\n` : table(calibration, limit, args.switches.has('show')));
  return 0;
}

/** The line's party and expected entry: `expect` an entry id of the lists, or absent, null or empty for a party on no list. */
function labelledParty({ party, record, where }: InputParty, ids: ReadonlySet<string>): LabelledParty {
  const value = record.expect;
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return { party };
  if (typeof value !== 'string' && typeof value !== 'number') throw new InputError('field expect must be the id of a list entry, or empty for a party on no list', where);
  const expect = String(value).trim();
  if (!ids.has(expect)) throw new InputError(`field expect: no entry of the lists has the id "${expect}"`, where);
  return { party, expect };
}

function table(c: Calibration, limit: number, show: boolean): string {
  const percent = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '-').padStart(7);
  const lines = [
    `${c.positives} parties expected as a list entry, ${c.negatives} on no list`,
    `threshold  found as their entry   alerting (on no list)`,
    ...c.rows.map((row) => `${row.threshold.toFixed(2)}${row.threshold === TUNING.threshold ? ' *' : '  '}     ${String(row.found).padStart(6)} ${percent(row.found, c.positives)}       ${String(row.alerting).padStart(6)} ${percent(row.alerting, c.negatives)}`),
    `default    ${String(c.atDefault.found).padStart(6)} ${percent(c.atDefault.found, c.positives)}       ${String(c.atDefault.alerting).padStart(6)} ${percent(c.atDefault.alerting, c.negatives)}   (* ${TUNING.threshold}, with any per-source thresholds)`,
    `not found at any threshold (not among the ${limit} best): ${c.belowTheLine.filter((o) => o.match === null).length}`,
  ];
  if (show) {
    lines.push('', `below the line: expected entry under its threshold (${c.belowTheLine.length})`, ...c.belowTheLine.map(outcomeLine));
    lines.push('', `above the line: on no list, alerting (${c.aboveTheLine.length})`, ...c.aboveTheLine.map(outcomeLine));
  }
  return `${lines.join('\n')}\n`;
}

function outcomeLine(o: Outcome): string {
  const m = o.match;
  const score = m ? m.score.toFixed(4) : '   -  ';
  // A source's own threshold is said where it differs from the default.
  const threshold = m ? thresholdFor(m.source as SourceCode) : TUNING.threshold;
  const found = m ? `${m.matchedName} [${m.entryId}, ${m.source}${threshold === TUNING.threshold ? '' : `, threshold ${threshold}`}]` : `not among the best (${o.expect})`;
  return `  ${score}  ${o.party.name}  =>  ${found}`;
}

function asJson(c: Calibration) {
  const outcome = (o: Outcome) => ({ id: o.party.id ?? null, name: o.party.name, ...(o.expect !== undefined && { expect: o.expect }), match: o.match && { entryId: o.match.entryId, source: o.match.source, matchedName: o.match.matchedName, score: o.match.score } });
  return { ...c, belowTheLine: c.belowTheLine.map(outcome), aboveTheLine: c.aboveTheLine.map(outcome) };
}
