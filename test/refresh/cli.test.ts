/** `partyscreen lists refresh` and `lists load URL` as a user runs them: the real bin, the embedded on-disk store. */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CslRecord } from '../../lib/lists/csl-record.js';
import { runCli } from '../support/cli.js';
import { cslJson } from '../support/csl-json.js';
import { startListServer, type ListServer } from '../support/list-server.js';
import { SAMPLE_LIST } from '../support/shared-data.js';

let dataDir: string;
let server: ListServer;
let records: CslRecord[];
let env: Record<string, string | undefined>;

beforeAll(async () => {
  records = (JSON.parse(await readFile(SAMPLE_LIST, 'utf8')) as { results: CslRecord[] }).results;
  [dataDir, server] = await Promise.all([mkdtemp(path.join(tmpdir(), 'partyscreen-cli-refresh-')), startListServer(cslJson(records))]);
  env = { PARTYSCREEN_DATA_DIR: dataDir, DYNAMODB_ENDPOINT: '', SNAPSHOT_BUCKET: '', REFRESH_MIN_ENTRIES: '10', REFRESH_ATTEMPTS: '2' };
});
afterAll(async () => {
  await Promise.all([server?.close(), dataDir && rm(dataDir, { recursive: true, force: true })]);
});

describe('partyscreen lists refresh', () => {
  it('activates the list from --url, keeps the raw file, and exits 0', async () => {
    const result = await runCli(['lists', 'refresh', '--url', server.url], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^activated v\d{8}T\d{6}Z-[0-9a-f]{6} \(was none\)$/m);
    expect(result.stdout).toMatch(/64 entries: SDN 20, EL 11/);
    expect(result.stdout).toMatch(/diff: 64 added, 0 removed, 0 changed/);
    expect(result.stdout).toMatch(/raw file kept at .*snapshots\/sha256-[0-9a-f]{64}\.gz/);
    expect(result.stdout).toMatch(/took \d+\.\d s \(fetch/);
    expect((await readdir(path.join(dataDir, 'snapshots'))).filter((name) => name.endsWith('.gz'))).toHaveLength(1);
  });

  it('says unchanged on the next run (304) and exits 0', async () => {
    const result = await runCli(['lists', 'refresh', '--url', server.url], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^unchanged: the server answered 304 Not Modified; v\S+ stays active$/m);
  });

  it('with --force writes and activates the same file again', async () => {
    const result = await runCli(['lists', 'refresh', '--url', server.url, '--force', '--json'], env);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ outcome: 'activated', diff: { added: 0, removed: 0, changed: 0 } });
    expect(server.requests.at(-1)).not.toHaveProperty('if-none-match');
  });

  it('refuses a file that lost a source, printing the reasons, and exits 1', async () => {
    server.serve(cslJson(records.filter((record) => !record.source?.startsWith('ITAR'))));
    const result = await runCli(['lists', 'refresh', '--url', server.url], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^refused: v\S+ stays active$/m);
    expect(result.stdout).toMatch(/^ {2}- source DTC is missing \(it had 4 entries in active v\S+\)$/m);
    const status = await runCli(['lists', 'status'], env);
    expect(status.stdout).toMatch(/^last refresh .*: refused \(source DTC is missing/m);
  });

  it('reports a failed download, having retried, and exits 1', async () => {
    server.faults.push({ status: 500 }, { status: 500 });
    const result = await runCli(['lists', 'refresh', '--url', server.url], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^attempt 1 failed \(HTTP 500\); retrying in \d+\.\d s$/m);
    expect(result.stdout).toMatch(/^failed: .*download failed after 2 attempts: HTTP 500; v\S+ stays active$/m);
  });

  it.each([
    [['lists', 'refresh', '--url', 'ftp://example.com/x.json'], /--url: must be an http or https URL/],
    [['lists', 'refresh', '--url'], /--url needs a value/],
    [['lists', 'refresh', 'extra'], /usage: partyscreen lists refresh/],
    [['lists', 'refresh', '--bogus', 'x'], /unknown option --bogus/],
    [['lists', 'status', '--url', 'x'], /unknown option --url/],
  ])('%j -> exit 2 with one line', async (args, message) => {
    const result = await runCli(args, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a bad environment setting with exit 2', async () => {
    const result = await runCli(['lists', 'refresh', '--url', server.url], { ...env, REFRESH_MAX_ENTRY_DROP: '2' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/REFRESH_MAX_ENTRY_DROP: must be a number from 0 to 1, got "2"/);
  });
});

describe('partyscreen lists load URL', () => {
  it('downloads through the same fetch path and activates', async () => {
    server.serve(cslJson(records));
    server.faults.push({ status: 503 });
    const result = await runCli(['lists', 'load', server.url], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^loaded http:\/\/127\.0\.0\.1:\d+\/.*consolidated\.json: 64 entries/m);
  });

  it('exits 2 with one line when the download fails', async () => {
    server.faults.push({ status: 404 });
    const result = await runCli(['lists', 'load', server.url], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/consolidated\.json: download failed after 1 attempt: HTTP 404/);
  });
});
