/**
 * Re-screens every stored customer when a list version is activated (EventBridge `ListVersionActivated`
 * from the refresh). A run works until a minute before Lambda's timeout, checkpointing every page;
 * with work left it puts a `RescreenContinuation` on the bus (EVENT_BUS_NAME) and the next invocation
 * resumes from the checkpoints. Without a bus, or if the hand-over fails, it throws: Lambda's async
 * retry then resumes the same way, and the failure is visible to the error alarm.
 */
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { eventBridgeContinuer, MAX_CONTINUATIONS, parseRescreenEvent, type RescreenEvent } from '../../lib/rescreen/events.js';
import { type RescreenResult, runRescreen } from '../../lib/rescreen/run.js';
import { createDocumentClient } from '../../lib/store/client.js';
import { storeConfig } from '../../lib/store/config.js';

/** Stop starting pages this long before the timeout: the pages in flight and their checkpoints must fit. */
const STOP_MARGIN_MS = 60_000;

const config = storeConfig();
const client = createDocumentClient(config.endpoint, config.region);
const deps = {
  lists: { client, table: config.listsTable },
  customers: { client, screeningsTable: config.screeningsTable, customersTable: config.customersTable },
  alerts: { client, alertsTable: config.alertsTable },
};
const eventBusName = process.env.EVENT_BUS_NAME?.trim();
const continueLater = eventBusName ? eventBridgeContinuer(eventBusName, new EventBridgeClient({})) : undefined;

export class RescreenIncompleteError extends Error {
  override name = 'RescreenIncompleteError';
  constructor(
    readonly result: RescreenResult,
    why: string,
  ) {
    super(`re-screening ${result.jobId} stopped with ${result.segments.total - result.segments.done} of ${result.segments.total} segments left: ${why}`);
  }
}

export const handler = middy<RescreenEvent, RescreenResult>().handler(async (event, context: Context) => {
  const request = parseRescreenEvent(event);
  const deadline = Date.now() + context.getRemainingTimeInMillis() - STOP_MARGIN_MS;
  const result = await runRescreen(deps, { versionId: request.versionId, mode: request.mode, ...(request.label && { label: request.label }), deadline });
  console.log(JSON.stringify({ level: 'info', message: 'rescreen run', continuation: request.continuation, ...result }));
  if (result.status !== 'incomplete') return result;
  if (request.continuation >= MAX_CONTINUATIONS) throw new RescreenIncompleteError(result, `${MAX_CONTINUATIONS} hand-overs did not finish it`);
  if (!continueLater) throw new RescreenIncompleteError(result, 'no EVENT_BUS_NAME to continue on; the retry resumes it');
  await continueLater({ ...request, continuation: request.continuation + 1 });
  return result;
});
