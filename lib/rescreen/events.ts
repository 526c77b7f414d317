/**
 * What starts a re-screening run on AWS: the refresh's `ListVersionActivated` event, or the run's
 * own `RescreenContinuation` when it stopped at its time budget with work left. A continuation
 * carries the same version and mode; the job's checkpoints say where to go on.
 */
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { InputError } from '../errors.js';
import { EVENT_DETAIL_TYPE, EVENT_SOURCE } from '../refresh/announce.js';
import { isRunLabel, type RescreenMode } from '../store/rescreen-jobs.js';

export const CONTINUATION = { source: 'partyscreen.rescreen', detailType: 'RescreenContinuation' } as const;

/**
 * Hand-overs one job may take before it fails instead: a run that keeps stopping without finishing
 * (a table far larger than planned, a stuck segment) must reach the alarm, not loop for ever.
 */
export const MAX_CONTINUATIONS = 24;

export interface RescreenRequest {
  versionId: string;
  mode: RescreenMode;
  /** The run's label, if it has one (see RescreenOptions.label). */
  label?: string;
  /** How many hand-overs led here (0 for the refresh's event). */
  continuation: number;
}

export interface RescreenEvent {
  source?: string;
  'detail-type'?: string;
  detail?: Record<string, unknown>;
}

const VERSION_ID = /^v\d{8}T\d{6}Z-[0-9a-f]{6}$/;

/** Version ids end up inside keys: anything else is refused before it reaches the store. */
export function isVersionId(value: unknown): value is string {
  return typeof value === 'string' && VERSION_ID.test(value);
}

export function parseRescreenEvent(event: RescreenEvent): RescreenRequest {
  const type = `${event.source}/${event['detail-type']}`;
  const detail = event.detail ?? {};
  const versionId = detail.versionId;
  if (!isVersionId(versionId)) throw new InputError(`not a version id: ${JSON.stringify(versionId)}`, 'detail.versionId');
  if (type === `${EVENT_SOURCE}/${EVENT_DETAIL_TYPE}`) return { versionId, mode: 'diff', continuation: 0 };
  if (type === `${CONTINUATION.source}/${CONTINUATION.detailType}`) {
    const mode = detail.mode === 'full' ? 'full' : 'diff';
    const continuation = typeof detail.continuation === 'number' && Number.isInteger(detail.continuation) ? detail.continuation : 1;
    if (detail.label !== undefined && !isRunLabel(detail.label)) throw new InputError(`not a run label: ${JSON.stringify(detail.label)}`, 'detail.label');
    return { versionId, mode, ...(detail.label !== undefined && { label: detail.label }), continuation };
  }
  throw new InputError(`not an event the rescreen function handles: ${type}`, 'detail-type');
}

export type Continuer = (request: RescreenRequest) => Promise<void>;

/** Puts the continuation on the bus; throws when EventBridge refuses it (the caller then fails, and Lambda retries). */
export function eventBridgeContinuer(eventBusName: string, client: EventBridgeClient = new EventBridgeClient({})): Continuer {
  return async function continueOnEventBridge(request) {
    const result = await client.send(
      new PutEventsCommand({
        Entries: [{ EventBusName: eventBusName, Source: CONTINUATION.source, DetailType: CONTINUATION.detailType, Detail: JSON.stringify(request) }],
      }),
    );
    if (result.FailedEntryCount) {
      const entry = result.Entries?.[0];
      throw new Error(`EventBridge refused the continuation: ${entry?.ErrorCode ?? 'unknown'} ${entry?.ErrorMessage ?? ''}`.trim());
    }
  };
}
