import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../lib/cli/main.js';
import { readListFile } from '../../lib/lists/read.js';
import { calibrate, CALIBRATION_THRESHOLDS, type LabelledParty } from '../../lib/match/calibrate.js';
import { parseParty } from '../../lib/match/party-input.js';
import { buildIndex, screenParty } from '../../lib/match/screen.js';
import { TUNING } from '../../lib/match/tuning.js';
import { hasShared, SAMPLE_LIST, SHARED } from '../support/shared-data.js';

const dir = mkdtempSync(join(tmpdir(), 'partyscreen-calibrate-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** On the sample list: its own names, near misses and one-word-of-several positives, and people on no list. */
const SAMPLE_PARTIES: { name: string; type?: string; expect?: string }[] = [
  { name: 'Arkadiy Volkov', type: 'person', expect: '90102' },
  { name: 'Khalid Nizar Hamwi', type: 'person', expect: '90112' },
  { name: 'Ernesto Maldonado', type: 'person', expect: '90111' },
  { name: 'Luis Cardona', type: 'person', expect: '90118' },
  { name: 'Kestrel Holdings', type: 'organization', expect: '90101' },
  { name: 'Morning Tide Shipping', type: 'organization', expect: '90106' },
  { name: 'Golden Lotus Trading', type: 'organization', expect: '90114' },
  { name: 'Anatolian Bridge', type: 'organization', expect: '90116' },
  { name: 'Mehmet Cingi', type: 'person' },
  { name: 'Arkady Petrov', type: 'person' },
  { name: 'Luis Fernandez', type: 'person' },
  { name: 'Kestrel Lane Bakery', type: 'organization' },
  { name: 'Maria Ospina', type: 'person' },
];

async function runCaptured(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { out += String(chunk); return true; });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { err += String(chunk); return true; });
  try {
    return { code: await main(args), stdout: out, stderr: err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

/** Each row as `screen --threshold T` decides, party by party: the calibration must agree at every threshold. */
function expectRowsAsScreened(index: ReturnType<typeof buildIndex>, parties: LabelledParty[]): void {
  const calibration = calibrate(index, parties);
  expect(calibration.positives + calibration.negatives).toBe(parties.length);
  for (const row of calibration.rows) {
    const found = parties.filter((p) => p.expect !== undefined && screenParty(index, p.party, { threshold: row.threshold }).some((m) => m.entryId === p.expect)).length;
    const alerting = parties.filter((p) => p.expect === undefined && screenParty(index, p.party, { threshold: row.threshold }).length > 0).length;
    expect({ threshold: row.threshold, found: row.found, alerting: row.alerting }).toEqual({ threshold: row.threshold, found, alerting });
  }
  const atDefault = (p: LabelledParty) => screenParty(index, p.party);
  expect(calibration.atDefault).toEqual({
    found: parties.filter((p) => p.expect !== undefined && atDefault(p).some((m) => m.entryId === p.expect)).length,
    alerting: parties.filter((p) => p.expect === undefined && atDefault(p).length > 0).length,
  });
  expect(calibration.belowTheLine).toHaveLength(calibration.positives - calibration.atDefault.found);
  expect(calibration.aboveTheLine).toHaveLength(calibration.atDefault.alerting);
}

describe('calibrate', () => {
  it('counts, per threshold, what screening at that threshold finds and alerts on (sample list)', async () => {
    const index = buildIndex((await readListFile(SAMPLE_LIST)).entries);
    const parties = SAMPLE_PARTIES.map(({ expect, ...record }, i) => ({ party: parseParty(record, `line ${i + 1}`), ...(expect && { expect }) }));
    expectRowsAsScreened(index, parties);
    const calibration = calibrate(index, parties);
    // Fewer found and fewer alerting as the threshold rises; some of each on the way.
    for (let k = 1; k < calibration.rows.length; k++) {
      expect(calibration.rows[k]!.found).toBeLessThanOrEqual(calibration.rows[k - 1]!.found);
      expect(calibration.rows[k]!.alerting).toBeLessThanOrEqual(calibration.rows[k - 1]!.alerting);
    }
    expect(calibration.rows[0]!.found).toBeGreaterThan(calibration.rows.at(-1)!.found);
    expect(calibration.rows[0]!.alerting).toBeGreaterThan(calibration.rows.at(-1)!.alerting);
    expect(CALIBRATION_THRESHOLDS).toContain(TUNING.threshold);
  });

  it.skipIf(!hasShared)('agrees with screening at every threshold on the alias hold-out and negatives', async () => {
    const visible = `${SHARED}eval/visible/`;
    const index = buildIndex((await readListFile(`${visible}csl_alias_holdout.csv`)).entries);
    const lines = (name: string, every: number) => readFileSync(visible + name, 'utf8').split('\n').filter(Boolean).filter((_, i) => i % every === 0);
    const parties = [...lines('alias_queries.jsonl', 3), ...lines('negatives.jsonl', 20)].map((line, i) => {
      const record = JSON.parse(line) as { expect?: string };
      return { party: parseParty(record, `line ${i + 1}`), ...(record.expect && { expect: record.expect }) };
    });
    expectRowsAsScreened(index, parties);
  });
});

describe('partyscreen calibrate', () => {
  const jsonl = SAMPLE_PARTIES.map((p, i) => JSON.stringify({ id: `p${i}`, ...p })).join('\n');

  it('prints a row per threshold with the default marked, the same counts as --json, and the parties below and above the line with --show', async () => {
    const input = file('labelled.jsonl', `${jsonl}\n`);
    const json = await runCaptured(['calibrate', '--list', SAMPLE_LIST, '--in', input, '--json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as ReturnType<typeof calibrate> & { belowTheLine: { id: string; expect: string }[]; aboveTheLine: { id: string; match: { score: number } }[] };
    expect(report.positives).toBe(8);
    expect(report.negatives).toBe(5);
    const text = await runCaptured(['calibrate', '--list', SAMPLE_LIST, '--in', input, '--show']);
    expect(text.code).toBe(0);
    const row = (t: number) => report.rows.find((r) => r.threshold === t)!;
    const marked = text.stdout.split('\n').find((line) => line.startsWith(`${TUNING.threshold.toFixed(2)} *`))!;
    expect(marked.split(/\s+/).filter((cell) => /^\d+$/.test(cell)).map(Number)).toEqual([row(TUNING.threshold).found, row(TUNING.threshold).alerting]);
    for (const below of report.belowTheLine) expect(text.stdout).toContain(`${SAMPLE_PARTIES[Number(below.id.slice(1))]!.name}  =>`);
    for (const above of report.aboveTheLine) expect(above.match.score).toBeGreaterThanOrEqual(TUNING.threshold);
  });

  it('reads CSV, an empty expect cell being a party on no list, and several --in files', async () => {
    const csv = file('labelled.csv', 'id,name,type,expect\na,Arkadiy Volkov,person,90102\nb,Mehmet Cingi,person,\n');
    const more = file('more.jsonl', `${JSON.stringify({ id: 'c', name: 'Kestrel Holdings', expect: 90101 })}\n${JSON.stringify({ id: 'd', name: 'Luis Fernandez', expect: null })}\n`);
    const result = await runCaptured(['calibrate', '--list', SAMPLE_LIST, '--in', csv, '--in', more, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ReturnType<typeof calibrate>;
    expect([report.positives, report.negatives]).toEqual([2, 2]);
    expect(report.atDefault.found).toBe(2);
  });

  it.each([
    ['an expected id no entry has', `${JSON.stringify({ name: 'Acme', expect: '424242' })}\n`, /line 1: field expect: no entry of the lists has the id "424242"/],
    ['an expect that is no id', `${JSON.stringify({ name: 'Acme' })}\n${JSON.stringify({ name: 'Acme', expect: ['90101'] })}\n`, /line 2: field expect must be the id of a list entry/],
    ['a line without a name', `${JSON.stringify({ expect: '90101' })}\n`, /line 1: field name is missing or empty/],
    ['no parties', '\n', /no parties to calibrate on/],
  ])('exits 2 with one line on %s', async (_, content, message) => {
    const result = await runCaptured(['calibrate', '--list', SAMPLE_LIST, '--in', file('bad.jsonl', content)]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });

  it.each([
    ['no --in', ['calibrate', '--list', SAMPLE_LIST]],
    ['no --list', ['calibrate', '--in', 'x.jsonl']],
    ['a --limit of 0', ['calibrate', '--list', SAMPLE_LIST, '--in', 'x.jsonl', '--limit', '0']],
  ])('exits 2 on %s', async (_, args) => {
    expect((await runCaptured(args)).code).toBe(2);
  });
});
