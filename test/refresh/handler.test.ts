/**
 * The Lambda handler as deployed: configuration from the environment, the store on a local
 * DynamoDB, the announcement through the real EventBridge client to a local stand-in, the run
 * summary and metrics on stdout, and a throw for every run the alarm must see.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CslRecord } from '../../lib/lists/csl-record.js';
import { getActivePointer } from '../../lib/store/list-versions.js';
import { cslJson } from '../support/csl-json.js';
import { startTestStore, type TestStore } from '../support/dynamo.js';
import { startFakeAws, type FakeAws } from '../support/fake-aws.js';
import { startListServer, type ListServer } from '../support/list-server.js';
import { SAMPLE_LIST } from '../support/shared-data.js';

type Handler = (event: ScheduledEvent, context: Context) => Promise<unknown>;

const EVENT = { source: 'aws.scheduler', 'detail-type': 'Scheduled Event', detail: {} } as unknown as ScheduledEvent;
const CONTEXT = { getRemainingTimeInMillis: () => 900_000 } as unknown as Context;

let testStore: TestStore;
let server: ListServer;
let aws: FakeAws;
let dataDir: string;
let records: CslRecord[];
let handler: Handler;

beforeAll(async () => {
  records = (JSON.parse(await readFile(SAMPLE_LIST, 'utf8')) as { results: CslRecord[] }).results;
  [testStore, server, aws, dataDir] = await Promise.all([
    startTestStore(),
    startListServer(cslJson(records)),
    startFakeAws(),
    mkdtemp(path.join(tmpdir(), 'partyscreen-refresh-handler-')),
  ]);
  // What the CDK app sets, plus local endpoints; read by the handler module when it loads.
  vi.stubEnv('DYNAMODB_ENDPOINT', testStore.endpoint);
  vi.stubEnv('LISTS_TABLE', testStore.store.table);
  vi.stubEnv('PARTYSCREEN_DATA_DIR', dataDir);
  vi.stubEnv('LIST_URL', server.url);
  vi.stubEnv('EVENT_BUS_NAME', 'default');
  vi.stubEnv('AWS_ENDPOINT_URL_EVENTBRIDGE', aws.endpoint);
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'test');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'test');
  vi.stubEnv('AWS_REGION', 'us-east-1');
  vi.stubEnv('REFRESH_MIN_ENTRIES', '10');
  vi.stubEnv('REFRESH_ATTEMPTS', '1');
  ({ handler } = (await import('../../functions/refresh/handler.js')) as unknown as { handler: Handler });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([testStore?.close(), server?.close(), aws?.close(), dataDir && rm(dataDir, { recursive: true, force: true })]);
});

/** Runs the handler, capturing the lines it writes to stdout. */
async function invoke(): Promise<{ result?: unknown; error?: Error; lines: Record<string, unknown>[] }> {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    const result = await handler(EVENT, CONTEXT);
    return { result, lines: parse(written) };
  } catch (error) {
    return { error: error as Error, lines: parse(written) };
  } finally {
    spy.mockRestore();
  }
}

function parse(written: string[]): Record<string, unknown>[] {
  return written.join('').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('functions/refresh handler', () => {
  it('activates the list, logs the summary and metrics, and announces the version', async () => {
    const { error, lines } = await invoke();
    expect(error).toBeUndefined();
    const [log, metrics] = lines;
    expect(log).toMatchObject({ level: 'info', message: 'list refresh', outcome: 'activated', entries: 64, diff: { added: 64, removed: 0, changed: 0 }, durationMs: expect.any(Number) });
    expect(metrics).toMatchObject({
      _aws: { CloudWatchMetrics: [{ Namespace: 'Partyscreen', Dimensions: [[]], Metrics: expect.arrayContaining([{ Name: 'RefreshSucceeded', Unit: 'Count' }, { Name: 'DurationMs', Unit: 'Milliseconds' }]) }] },
      RefreshSucceeded: 1,
      RefreshFailed: 0,
      EntriesTotal: 64,
      EntriesAdded: 64,
      EntriesRemoved: 0,
      EntriesChanged: 0,
    });
    const versionId = (log as { versionId: string }).versionId;
    expect(aws.events).toHaveLength(1);
    expect(aws.events[0]).toMatchObject({ EventBusName: 'default', Source: 'partyscreen.refresh', DetailType: 'ListVersionActivated' });
    expect(JSON.parse(aws.events[0]!.Detail!)).toMatchObject({ versionId, previousVersionId: null, entryCount: 64, diff: { added: 64, removed: 0, changed: 0 } });
  });

  it('throws for a refused file, after logging why; the active version stays', async () => {
    const before = await getActivePointer(testStore.store);
    server.serve(cslJson(records.filter((record) => !record.source?.startsWith('Entity List'))));
    const { error, lines } = await invoke();
    expect(error?.name).toBe('RefreshError');
    expect(error?.message).toMatch(/refused the file: source EL is missing \(it had 11 entries/);
    expect(lines[0]).toMatchObject({ level: 'error', outcome: 'refused', reasons: [expect.stringMatching(/source EL is missing/)] });
    expect(lines[1]).toMatchObject({ RefreshSucceeded: 0, RefreshFailed: 1 });
    expect((await getActivePointer(testStore.store))?.versionId).toBe(before?.versionId);
    expect(aws.events).toHaveLength(1);
  });

  it('throws for a failed download', async () => {
    server.faults.push({ status: 502 });
    const { error, lines } = await invoke();
    expect(error?.message).toMatch(/list refresh failed: .*HTTP 502/);
    expect(lines[0]).toMatchObject({ level: 'error', outcome: 'failed' });
  });

  it('throws when an activation cannot be announced, and announces it on the next run', async () => {
    const changed = records.map((record, i) => (i === 0 ? { ...record, name: `${record.name} RENAMED` } : record));
    server.serve(cslJson(changed));
    aws.failEvents = 'InternalFailure';
    const failed = await invoke();
    expect(failed.error?.message).toMatch(/activated .* but: announcing .* failed \(retried next run\): .*InternalFailure/);
    expect(failed.lines[0]).toMatchObject({ outcome: 'activated', announced: false, diff: { added: 0, removed: 0, changed: 1 } });
    const versionId = (failed.lines[0] as { versionId: string }).versionId;
    expect((await getActivePointer(testStore.store))?.versionId).toBe(versionId);

    aws.failEvents = undefined;
    const retried = await invoke();
    expect(retried.error).toBeUndefined();
    expect(retried.lines[0]).toMatchObject({ outcome: 'unchanged', notModified: true, announced: true });
    expect(JSON.parse(aws.events.at(-1)!.Detail!)).toMatchObject({ versionId, diff: { changed: 1 } });

    // Announced once: the run after that says nothing more.
    const quiet = await invoke();
    expect(quiet.lines[0]).toMatchObject({ outcome: 'unchanged' });
    expect(quiet.lines[0]).not.toHaveProperty('announced');
    expect(aws.events).toHaveLength(2);
  });
});
