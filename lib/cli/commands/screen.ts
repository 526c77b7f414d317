/**
 * `partyscreen screen --list FILE [--list FILE ...] --in IN.jsonl|IN.csv --out OUT.jsonl [--threshold T] [--limit N]`:
 * screens each input party against the lists; one JSON line out per input line, same order.
 */
import { writeFile } from 'node:fs/promises';
import { InputError } from '../../errors.js';
import type { ListEntry } from '../../lists/model.js';
import { readListFile } from '../../lists/read.js';
import { decide } from '../../match/decision.js';
import type { Party } from '../../match/party.js';
import { parseParty } from '../../match/party-input.js';
import { buildIndex, screenParty } from '../../match/screen.js';
import { TUNING } from '../../match/tuning.js';
import { numberFlag, parseArgs, requiredFlag, UsageError } from '../args.js';
import { parseCsvRows, readText } from './pairs.js';

export const summary = 'screen parties: --list CSL.csv|json [--list ...] --in PARTIES.jsonl|csv --out RESULTS.jsonl [--threshold T] [--limit N]';

export interface InputParty {
  /** The id as given (echoed back), or null. */
  id: string | null;
  party: Party;
  /** The line as read, for a command that reads more fields (calibrate's expect). */
  record: Record<string, unknown>;
  /** "FILE: line N", for an error about the line. */
  where: string;
}

function readJsonLines(text: string, path: string): InputParty[] {
  const parties: InputParty[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${path}: line ${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw new InputError(`not valid JSON (${(error as Error).message})`, where);
    }
    const party = parseParty(record, where);
    parties.push({ id: party.id ?? null, party, record: record as Record<string, unknown>, where });
  });
  return parties;
}

function readCsvParties(text: string, path: string): InputParty[] {
  const rows = parseCsvRows(text, path);
  const header = rows.shift();
  if (!header) throw new InputError('the file is empty (expected a header with a name column)', path);
  const names = header.fields.map((f) => f.trim());
  if (!names.includes('name')) throw new InputError('missing column name in the header', path);
  return rows.map((row) => {
    const where = `${path}: line ${row.line}`;
    if (row.fields.length !== names.length) throw new InputError(`has ${row.fields.length} fields where the header has ${names.length}`, where);
    const record = Object.fromEntries(names.map((name, i) => [name, row.fields[i]]));
    const party = parseParty(record, where);
    return { id: party.id ?? null, party, record, where };
  });
}

export async function readParties(path: string): Promise<InputParty[]> {
  const text = await readText(path);
  const first = text.trimStart()[0];
  if (first === '[') throw new InputError('expected one JSON object per line (JSON Lines) or CSV, got a JSON array', path);
  return path.toLowerCase().endsWith('.csv') || (first !== undefined && first !== '{') ? readCsvParties(text, path) : readJsonLines(text, path);
}

export async function loadLists(paths: string[]): Promise<ListEntry[]> {
  const entries: ListEntry[] = [];
  for (const path of paths) {
    const parsed = await readListFile(path, { skipBadRows: true });
    if (parsed.skipped) process.stderr.write(`partyscreen: ${path}: skipped ${parsed.skipped} bad records\n`);
    entries.push(...parsed.entries);
  }
  return entries;
}

/** Progress on stderr: redrawn on a TTY, else a line every few seconds; silent for runs under ~2 s. */
export function progressReporter(total: number): { tick(done: number): void; end(): void } {
  const started = Date.now();
  const tty = process.stderr.isTTY === true;
  let lastDraw = 0;
  let drawn = false;
  return {
    tick(done) {
      if ((done & 63) !== 0) return;
      const now = Date.now();
      if (now - started < (tty ? 500 : 2000) || now - lastDraw < (tty ? 200 : 5000)) return;
      lastDraw = now;
      drawn = true;
      const percent = Math.floor((100 * done) / total);
      const line = `screening ${done}/${total} (${percent}%)`;
      process.stderr.write(tty ? `\r${line}` : `${line}\n`);
    },
    end() {
      if (drawn && tty) process.stderr.write(`\rscreening ${total}/${total} (100%)\n`);
    },
  };
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: ['list', 'in', 'out', 'threshold', 'limit'] });
  const lists = args.flags.get('list') ?? [];
  if (lists.length === 0) throw new UsageError('--list is required (repeat it for several lists)');
  const input = requiredFlag(args, 'in');
  const output = requiredFlag(args, 'out');
  const threshold = numberFlag(args, 'threshold', 0, 1);
  const limit = numberFlag(args, 'limit', 1, 10_000) ?? TUNING.screen.limit;
  if (!Number.isInteger(limit)) throw new UsageError(`--limit must be a whole number, got "${limit}"`);

  const parties = await readParties(input);
  const index = buildIndex(await loadLists(lists));
  const progress = progressReporter(parties.length);
  const lines: string[] = [];
  parties.forEach(({ id, party }, i) => {
    const matches = screenParty(index, party, { ...(threshold !== undefined && { threshold }), limit });
    lines.push(JSON.stringify({ id, ...decide(matches), matches }));
    progress.tick(i + 1);
  });
  progress.end();
  await writeFile(output, lines.length ? lines.join('\n') + '\n' : '');
  return 0;
}
