/**
 * The two ways a re-screening starts: the Lambda handler on the refresh's EventBridge event (handing
 * over to itself when its time runs out), and `partyscreen rescreen` on the command line.
 */
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readListFile } from '../../lib/lists/read.js';
import { parseRescreenEvent, type RescreenEvent } from '../../lib/rescreen/events.js';
import type { RescreenResult } from '../../lib/rescreen/run.js';
import { listAlerts } from '../../lib/store/alerts.js';
import { runCli } from '../support/cli.js';
import { startTestStore, type TestStore } from '../support/dynamo.js';
import { startFakeAws, type FakeAws } from '../support/fake-aws.js';
import { changeEntry, publishVersion, type PublishedVersion, rescreenDeps, storeCustomer } from '../support/rescreen.js';
import { SAMPLE_LIST } from '../support/shared-data.js';
import type { RescreenDeps } from '../../lib/rescreen/run.js';

type Handler = (event: RescreenEvent, context: Context) => Promise<RescreenResult>;
const RHEINWERK = '9eadc44fba57bf6b84d5e5dce344f147ad7038cd';
const withRemaining = (ms: number) => ({ getRemainingTimeInMillis: () => ms }) as unknown as Context;

let test: TestStore;
let aws: FakeAws;
let deps: RescreenDeps;
let v2: PublishedVersion;
let env: Record<string, string>;
beforeAll(async () => {
  [test, aws] = await Promise.all([startTestStore(), startFakeAws()]);
  deps = await rescreenDeps(test.store);
  const v1 = await publishVersion(test.store, (await readListFile(SAMPLE_LIST)).entries, null);
  await storeCustomer(deps, 'c-zephyr', { type: 'organization', name: 'Zephyr Nordlicht Handels GmbH', country: 'DE' }, [], v1.versionId);
  v2 = await publishVersion(test.store, changeEntry(v1.entries, RHEINWERK, (e) => ({ aliases: [...e.aliases, 'Zephyr Nordlicht Handels'] })), v1);
  env = {
    DYNAMODB_ENDPOINT: test.endpoint,
    LISTS_TABLE: test.store.table,
    CUSTOMERS_TABLE: deps.customers.customersTable,
    SCREENINGS_TABLE: deps.customers.screeningsTable,
    ALERTS_TABLE: deps.alerts.alertsTable,
    AWS_REGION: 'us-east-1',
  };
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([test?.close(), aws?.close()]);
});

describe('functions/rescreen handler', () => {
  let handler: Handler;
  beforeAll(async () => {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    vi.stubEnv('EVENT_BUS_NAME', 'default');
    vi.stubEnv('AWS_ENDPOINT_URL_EVENTBRIDGE', aws.endpoint);
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'test');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'test');
    ({ handler } = (await import('../../functions/rescreen/handler.js')) as unknown as { handler: Handler });
  });

  it('stops at its time budget, hands over on EventBridge, and the continuation finishes the job', async () => {
    const activated = { source: 'partyscreen.refresh', 'detail-type': 'ListVersionActivated', detail: { versionId: v2.versionId, previousVersionId: null } };
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      const first = await handler(activated, withRemaining(60_001));
      expect(first.status).toBe('incomplete');
      expect(aws.events).toHaveLength(1);
      const [handover] = aws.events;
      expect(handover).toMatchObject({ EventBusName: 'default', Source: 'partyscreen.rescreen', DetailType: 'RescreenContinuation' });
      expect(JSON.parse(handover!.Detail!)).toEqual({ versionId: v2.versionId, mode: 'diff', continuation: 1 });

      const continued = await handler({ source: handover!.Source!, 'detail-type': handover!.DetailType!, detail: JSON.parse(handover!.Detail!) }, withRemaining(900_000));
      expect(continued).toMatchObject({ status: 'complete', counts: { customers: 1, raised: 1 } });
      expect(aws.events).toHaveLength(1);
      expect((await listAlerts(deps.alerts, { status: 'open' })).alerts).toHaveLength(1);
    } finally {
      log.mockRestore();
    }
  });

  it('refuses an event without a version id', async () => {
    await expect(handler({ source: 'partyscreen.refresh', 'detail-type': 'ListVersionActivated', detail: {} }, withRemaining(900_000))).rejects.toThrow(/detail\.versionId/);
    const labelled = { source: 'partyscreen.rescreen', 'detail-type': 'RescreenContinuation', detail: { versionId: v2.versionId, mode: 'full', continuation: 1 } };
    expect(parseRescreenEvent({ ...labelled, detail: { ...labelled.detail, label: 'matcher-2' } })).toMatchObject({ mode: 'full', label: 'matcher-2' });
    expect(() => parseRescreenEvent({ ...labelled, detail: { ...labelled.detail, label: 'a/b' } })).toThrow(/detail\.label/);
  });
});

describe('partyscreen rescreen', () => {
  it('re-screens the active version against the whole list with --full and prints a summary', async () => {
    const { code, stdout } = await runCli(['rescreen', '--full'], env);
    expect(code).toBe(0);
    expect(stdout).toContain(`full re-screening of ${v2.versionId}`);
    expect(stdout).toMatch(/1 customers .* 1 parties screened/);
  });

  it('does not repeat a finished run, but runs again under a new --label (after a matcher or policy change)', async () => {
    const again = await runCli(['rescreen', '--full', '--json'], env);
    expect(JSON.parse(again.stdout)).toMatchObject({ status: 'complete', jobId: `${v2.versionId}#full`, timings: { planMs: 0 } });
    const labelled = await runCli(['rescreen', '--full', '--label', 'matcher-2', '--json'], env);
    expect(labelled.code).toBe(0);
    const result = JSON.parse(labelled.stdout);
    expect(result).toMatchObject({ status: 'complete', jobId: `${v2.versionId}#full#matcher-2`, label: 'matcher-2', counts: { customers: 1, parties: 1 } });
    expect(result.timings.planMs).toBeGreaterThan(0);
    // The alert the earlier runs raised is known, not raised again.
    expect(result.counts.raised).toBe(0);
    const bad = await runCli(['rescreen', '--full', '--label', 'no spaces please'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--label');
  });

  it('exits 2 on an unknown option', async () => {
    const { code, stderr } = await runCli(['rescreen', '--fast', 'yes'], env);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown option --fast');
  });
});
