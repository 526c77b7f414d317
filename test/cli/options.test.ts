/** Option parsing as every command sees it: the real bin, so the exit code and the one stderr line are what a user gets. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

let dataDir: string;
let env: Record<string, string | undefined>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'partyscreen-cli-options-'));
  env = { PARTYSCREEN_DATA_DIR: dataDir, DYNAMODB_ENDPOINT: '' };
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('partyscreen options', () => {
  it.each([
    // An unknown option last on the line used to be reported as "--bogus needs a value".
    [['lists', 'status', '--bogus'], /unknown option --bogus$/],
    [['lists', 'inspect', 'x.json', '--bogus=1'], /unknown option --bogus$/],
    [['lists', 'refresh', '--bogus'], /unknown option --bogus$/],
    [['pairs', '--bogus'], /unknown option --bogus$/],
    [['screen', '--bogus'], /unknown option --bogus$/],
    [['rescreen', '--bogus'], /unknown option --bogus$/],
    [['serve', '--bogus'], /unknown option --bogus$/],
    // Known options keep their meaning: a value option still needs its value, a switch takes none.
    [['pairs', '--in'], /--in needs a value$/],
    [['serve', '--port', '70000'], /--port must be a number from 0 to 65535, got "70000"$/],
    [['rescreen', '--json=yes'], /--json takes no value$/],
    [['pairs', '--in', '/no/such/in.csv', '--out=/tmp/out.csv'], /\/no\/such\/in\.csv: cannot read the file \(ENOENT\)$/],
  ])('%j -> exit 2 with one line', async (args, message) => {
    const result = await runCli(args, env);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
  });
});
