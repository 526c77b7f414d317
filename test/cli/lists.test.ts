import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { CSL_2022, hasShared, SAMPLE_LIST } from '../support/shared-data.js';

let dataDir: string;
let env: Record<string, string | undefined>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'partyscreen-cli-'));
  env = { PARTYSCREEN_DATA_DIR: dataDir, DYNAMODB_ENDPOINT: '' };
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('partyscreen lists', () => {
  it('says there is nothing active on a new store', async () => {
    const result = await runCli(['lists', 'status'], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/no active list version/);
  });

  it('loads a file, activates it, and status shows it', async () => {
    const load = await runCli(['lists', 'load', SAMPLE_LIST], env);
    expect(load.stderr).toBe('');
    expect(load.stdout).toMatch(/^loaded .*sample-csl\.json: 64 entries/m);
    const versionId = /version (v\S+) is active \(was none\)/.exec(load.stdout)?.[1];
    expect(load.stdout).toMatch(/changes: 64 added, 0 removed, 0 changed/);
    expect(versionId).toBeDefined();
    const status = await runCli(['lists', 'status', '--json'], env);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ versionId, entryCount: 64, countsBySource: expect.objectContaining({ SDN: 20 }) });
  });

  it.skipIf(!hasShared)('inspects the full 2022 CSL', async () => {
    const result = await runCli(['lists', 'inspect', CSL_2022], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/14160 entries, 34169 names/);
    expect(result.stdout).toMatch(/by source: SDN 10026, EL 2001, DTC 727, DPL 462, SSI 290, UVL 201, ISN 163, PLC 78, MEU 71, CMIC 68, CAP 53, MBS 17, FSE 3/);
    expect(result.stdout).toMatch(/row 1979 \(line 1980\) id 15268: warning in id/);
  });

  it.each([
    [['lists'], /lists needs a subcommand/],
    [['lists', 'inspect'], /usage: partyscreen lists inspect FILE/],
    [['lists', 'inspect', '/no/such/file.csv'], /\/no\/such\/file\.csv: cannot read the file \(ENOENT\)/],
    [['lists', 'load', '--bogus', 'x'], /unknown option --bogus/],
    [['lists', 'load', 'ftp://example.com/x.json'], /^partyscreen: ftp:\/\/example\.com\/x\.json: only http and https URLs \(or a file path\) can be loaded$/m],
    [['lists', 'load', 'file:///tmp/x.json'], /file:\/\/\/tmp\/x\.json: only http and https URLs \(or a file path\) can be loaded$/m],
    [['nonsense'], /unknown command "nonsense"/],
  ])('%j -> exit 2 with one line', async (args, message) => {
    const result = await runCli(args, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a malformed file and keeps the active version', async () => {
    const before = JSON.parse((await runCli(['lists', 'status', '--json'], env)).stdout);
    const bad = path.join(dataDir, 'bad.json');
    await import('node:fs/promises').then((fs) => fs.writeFile(bad, JSON.stringify({ results: [{ id: '1', source: 'SDN', name: '' }] })));
    const result = await runCli(['lists', 'load', bad], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/row 1, field name: missing/);
    const after = JSON.parse((await runCli(['lists', 'status', '--json'], env)).stdout);
    expect(after.versionId).toBe(before.versionId);
  });

  it('refuses a JSON record of the wrong shape with exit 2 and one line', async () => {
    const bad = path.join(dataDir, 'shape.json');
    const record = { id: '1', source: 'SDN', type: 'Entity', name: 'ACME', alt_names: 'ACME LTD' };
    await import('node:fs/promises').then((fs) => fs.writeFile(bad, JSON.stringify({ results: [record] })));
    const result = await runCli(['lists', 'load', bad], env);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/shape\.json: row 1, field alt_names: expected a list, got text "ACME LTD"$/)]);
  });
});
