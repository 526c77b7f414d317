/**
 * The nightly list refresh (EventBridge Scheduler). Logs the run summary and its metrics first,
 * then throws for a refused or failed run, or an activation that could not be announced, so the
 * Lambda's error metric (and its alarm) and the async retries see it. The previous version stays
 * active in every one of those cases.
 */
import middy from '@middy/core';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { eventBridgeAnnouncer } from '../../lib/refresh/announce.js';
import { refreshConfigFromEnv } from '../../lib/refresh/config.js';
import { snapshotStoreFromEnv } from '../../lib/refresh/raw-snapshots.js';
import { runRefresh } from '../../lib/refresh/refresh.js';
import { emitRunSummary } from '../../lib/refresh/run-summary.js';
import { storeConfig } from '../../lib/store/config.js';
import { listStoreFromEnv } from '../../lib/store/from-env.js';
import type { RefreshRunSummary } from '../../lib/store/refresh-state.js';

/** Stop downloading this long before the Lambda's own timeout, so the run can still log why. */
const DEADLINE_MARGIN_MS = 60_000;

// Read once per container: a bad variable fails the cold start with its name in the message.
const config = refreshConfigFromEnv();
const eventBusName = process.env.EVENT_BUS_NAME?.trim();
const announce = eventBusName ? eventBridgeAnnouncer(eventBusName, new EventBridgeClient({})) : undefined;
if (process.env.AWS_LAMBDA_FUNCTION_NAME && !process.env.SNAPSHOT_BUCKET?.trim()) {
  throw new Error('SNAPSHOT_BUCKET must be set in Lambda: the raw list files are kept there');
}
const snapshots = snapshotStoreFromEnv(process.env, storeConfig().dataDir);

export class RefreshError extends Error {
  override name = 'RefreshError';
  constructor(readonly summary: RefreshRunSummary) {
    super(
      summary.outcome === 'refused'
        ? `list refresh refused the file: ${summary.reasons?.join('; ')}`
        : summary.outcome === 'failed'
          ? `list refresh failed: ${summary.error}`
          : `list refresh ${summary.outcome} ${summary.versionId ?? summary.activeVersionId}, but: ${summary.notes?.join('; ')}`,
    );
  }
}

export const handler = middy<ScheduledEvent, RefreshRunSummary>().handler(async (_event, context: Context) => {
  const remainingMs = context.getRemainingTimeInMillis?.() ?? 0;
  const signal = remainingMs > DEADLINE_MARGIN_MS * 2 ? AbortSignal.timeout(remainingMs - DEADLINE_MARGIN_MS) : undefined;
  const summary = await runRefresh({
    store: listStoreFromEnv(),
    snapshots,
    config,
    ...(announce ? { announce } : {}),
    ...(signal ? { signal } : {}),
  });
  emitRunSummary(summary);
  if (summary.outcome === 'refused' || summary.outcome === 'failed' || summary.announced === false) throw new RefreshError(summary);
  return summary;
});
