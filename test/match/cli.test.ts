import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../lib/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'partyscreen-match-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const LIST = file('list.json', JSON.stringify({
  results: [
    { id: '1', source: 'Specially Designated Nationals (SDN) - Treasury Department', type: 'Individual', name: 'PUTIN, Vladimir Vladimirovich', alt_names: [], dates_of_birth: ['1952-10-07'] },
    { id: '2', source: 'Entity List (EL) - Bureau of Industry and Security', name: 'JSC ARGUMENT', alt_names: [] },
  ],
}));

async function run(args: string[]): Promise<number> {
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return await main(args);
  } finally {
    stderr.mockRestore();
  }
}

describe('partyscreen pairs', () => {
  it('keeps every input column and adds score and match', async () => {
    const input = file('pairs.csv', 'id,schema,name1,name2,note\n1,Person,Olaf Schulze,Olaf Scholz,"a, b"\n2,company,BELLETECH CORP,11420 CORP,x\n');
    const output = join(dir, 'pairs-out.csv');
    expect(await run(['pairs', '--in', input, '--out', output])).toBe(0);
    const lines = readFileSync(output, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('id,schema,name1,name2,note,score,match');
    expect(lines[1]).toMatch(/^1,Person,Olaf Schulze,Olaf Scholz,"a, b",[01]\.\d{4},true$/);
    expect(lines[2]).toMatch(/,false$/);
  });

  it.each([
    ['a missing file', ['pairs', '--in', join(dir, 'nope.csv'), '--out', join(dir, 'x.csv')]],
    ['a missing name2 column', ['pairs', '--in', file('bad.csv', 'name1,other\na,b\n'), '--out', join(dir, 'x.csv')]],
    ['an unknown schema', ['pairs', '--in', file('bad2.csv', 'name1,name2,schema\na,b,Planet\n'), '--out', join(dir, 'x.csv')]],
    ['no --out', ['pairs', '--in', file('ok.csv', 'name1,name2\na,b\n')]],
  ])('exits 2 on %s', async (_, args) => {
    expect(await run(args)).toBe(2);
  });
});

describe('partyscreen screen', () => {
  it('writes one line per input line in order, with decision, riskScore and matches', async () => {
    const input = file('in.jsonl', [
      JSON.stringify({ id: 'a', name: 'Vladimir Putin', type: 'person', dateOfBirth: '1952-10-07' }),
      JSON.stringify({ id: 'b', name: 'Angela Merkel', type: 'person' }),
      JSON.stringify({ id: 'c', name: 'JSCARGUMENT' }),
    ].join('\n'));
    const output = join(dir, 'out.jsonl');
    expect(await run(['screen', '--list', LIST, '--in', input, '--out', output])).toBe(0);
    const lines = readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(lines[0]).toMatchObject({ decision: 'review', matches: [{ entryId: '1', source: 'SDN', name: 'PUTIN, Vladimir Vladimirovich' }] });
    expect(lines[0].riskScore).toBe(Math.round(100 * lines[0].matches[0].score));
    expect(lines[0].matches[0].explanation.nameAlignment.length).toBeGreaterThan(0);
    expect(lines[1]).toEqual({ id: 'b', decision: 'clear', riskScore: 0, matches: [] });
    expect(lines[2].matches[0].entryId).toBe('2');
  });

  it('reads CSV input with the same column names', async () => {
    const input = file('in.csv', 'id,name,type\nx,"PUTIN, Vladimir",person\n');
    const output = join(dir, 'out-csv.jsonl');
    expect(await run(['screen', '--list', LIST, '--in', input, '--out', output, '--threshold', '0.5', '--limit', '1'])).toBe(0);
    const [line] = readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(line.matches).toHaveLength(1);
  });

  it.each([
    ['a bad JSON line', 'bad.jsonl', '{"id": "1", "name": "x"}\n{oops\n'],
    ['a missing name', 'noname.jsonl', '{"id": "1"}\n'],
    ['an unknown type', 'type.jsonl', '{"id": "1", "name": "x", "type": "planet"}\n'],
    ['a CSV without a name column', 'noname.csv', 'id,label\n1,x\n'],
  ])('exits 2 on %s', async (_, name, content) => {
    expect(await run(['screen', '--list', LIST, '--in', file(name, content), '--out', join(dir, 'x.jsonl')])).toBe(2);
  });

  it('exits 2 on a missing list file', async () => {
    expect(await run(['screen', '--list', join(dir, 'none.csv'), '--in', file('ok.jsonl', '{"name":"x"}\n'), '--out', join(dir, 'x.jsonl')])).toBe(2);
  });
});
