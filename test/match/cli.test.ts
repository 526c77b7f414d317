import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../lib/cli/main.js';
import { NAME_MAX_LENGTH } from '../../lib/match/party.js';

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
    { id: '3', source: 'Specially Designated Nationals (SDN) - Treasury Department', type: 'Entity', name: 'MAHAN AIR', alt_names: [], ids: [{ type: 'Registration Number', number: '4021785' }] },
  ],
}));

async function run(args: string[]): Promise<number> {
  return (await runCaptured(args)).code;
}

async function runCaptured(args: string[]): Promise<{ code: number; stderr: string }> {
  let written = '';
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { written += String(chunk); return true; });
  try {
    return { code: await main(args), stderr: written };
  } finally {
    stderr.mockRestore();
  }
}

const LONG_NAME = 'A'.repeat(NAME_MAX_LENGTH + 1);

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
    ['an empty name', ['pairs', '--in', file('empty.csv', 'name1,name2\nAcme,Acme\n,Acme\n'), '--out', join(dir, 'x.csv')]],
    ['a name without a letter or digit', ['pairs', '--in', file('punct.csv', 'name1,name2\n---,---\n'), '--out', join(dir, 'x.csv')]],
  ])('exits 2 on %s', async (_, args) => {
    expect(await run(args)).toBe(2);
  });

  it('refuses a name longer than NAME_MAX_LENGTH with exit 2 and one line naming the row and column, and scores one of that length', async () => {
    const input = file('long.csv', `name1,name2\nAcme,Acme\nAcme,${LONG_NAME}\n`);
    const result = await runCaptured(['pairs', '--in', input, '--out', join(dir, 'long-out.csv')]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(new RegExp(`line 3: field name2 is ${NAME_MAX_LENGTH + 1} characters long; a name has at most ${NAME_MAX_LENGTH}`));
    const longest = file('longest.csv', `name1,name2\n${LONG_NAME.slice(1)},${LONG_NAME.slice(1)}\n`);
    expect(await run(['pairs', '--in', longest, '--out', join(dir, 'longest-out.csv')])).toBe(0);
    expect(readFileSync(join(dir, 'longest-out.csv'), 'utf8')).toMatch(/,1\.0000,true\n$/);
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

  it('takes an identifier number written as a JSON number', async () => {
    const input = file('ids.jsonl', JSON.stringify({ id: 'n', name: 'Some Airline', ids: [{ type: 'Registration Number', number: 4021785 }] }) + '\n');
    const output = join(dir, 'ids-out.jsonl');
    expect(await run(['screen', '--list', LIST, '--in', input, '--out', output])).toBe(0);
    const [line] = readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(line.matches.map((m: { entryId: string }) => m.entryId)).toEqual(['3']);
  });

  it('reads a CSV cell of spaces as no aliases, country or birth date', async () => {
    const input = file('blank.csv', 'id,name,aliases,country,dateOfBirth\nx,"PUTIN, Vladimir", , , \n');
    const output = join(dir, 'blank-out.jsonl');
    expect(await run(['screen', '--list', LIST, '--in', input, '--out', output])).toBe(0);
    const [line] = readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(line.matches[0].entryId).toBe('1');
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
    ['a name without a letter or digit', 'punct.jsonl', '{"id": "1", "name": "!!!"}\n'],
    ['a birth date that is none', 'dob.jsonl', '{"id": "1", "name": "x", "dateOfBirth": "31/02/1970"}\n'],
    ['a birth date in a later year', 'dob-later.jsonl', `{"id": "1", "name": "x", "dateOfBirth": "${new Date().getUTCFullYear() + 1}"}\n`],
    ['an unknown country', 'country.jsonl', '{"id": "1", "name": "x", "country": "Atlantis"}\n'],
    ['a JSON array instead of JSON Lines', 'array.json', '[{"id": "1", "name": "x"}]\n'],
    ['a name longer than NAME_MAX_LENGTH', 'long.jsonl', JSON.stringify({ id: '1', name: LONG_NAME }) + '\n'],
    ['an alias longer than NAME_MAX_LENGTH', 'long-alias.jsonl', JSON.stringify({ id: '1', name: 'x', aliases: ['y', LONG_NAME] }) + '\n'],
    ['an alias longer than NAME_MAX_LENGTH in a CSV cell', 'long-alias.csv', `id,name,aliases\n1,x,y; ${LONG_NAME}\n`],
  ])('exits 2 on %s', async (_, name, content) => {
    expect(await run(['screen', '--list', LIST, '--in', file(name, content), '--out', join(dir, 'x.jsonl')])).toBe(2);
  });

  it('names the field and why in its one line', async () => {
    const input = file('why.jsonl', '{"id": "1", "name": "x"}\n{"id": "2", "name": "y", "country": "Atlantis"}\n');
    const result = await runCaptured(['screen', '--list', LIST, '--in', input, '--out', join(dir, 'why.jsonl.out')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/line 2: field country: "Atlantis" is not a country/);
  });

  it('reads input that starts with a byte-order mark, as Windows tools write it', async () => {
    const input = file('bom.jsonl', '\uFEFF{"id": "a", "name": "Vladimir Putin", "type": "person", "country": "Russia", "dateOfBirth": "1952-10-07"}\r\n');
    const output = join(dir, 'bom-out.jsonl');
    expect(await run(['screen', '--list', LIST, '--in', input, '--out', output])).toBe(0);
    const [line] = readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(line).toMatchObject({ id: 'a', matches: [{ entryId: '1' }] });
    expect(line.matches[0].explanation.features).toContainEqual(expect.objectContaining({ feature: 'dateOfBirth' }));
  });

  it('exits 2 on a missing list file', async () => {
    expect(await run(['screen', '--list', join(dir, 'none.csv'), '--in', file('ok.jsonl', '{"name":"x"}\n'), '--out', join(dir, 'x.jsonl')])).toBe(2);
  });
});
