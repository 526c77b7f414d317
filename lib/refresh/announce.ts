/**
 * Tells the re-screening job that a new list version is active: one EventBridge event, source
 * `partyscreen.refresh`, detail-type `ListVersionActivated`. The job loads the version's diff
 * (loadDiff) and re-screens customers against what was added and changed.
 */
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';

export const EVENT_SOURCE = 'partyscreen.refresh';
export const EVENT_DETAIL_TYPE = 'ListVersionActivated';

export interface ActivationNotice {
  versionId: string;
  previousVersionId: string | null;
  entryCount: number;
  contentHash: string;
  activatedAt: string;
  /** Sizes of the stored diff (load it with loadDiff(store, versionId)). */
  diff: { added: number; removed: number; changed: number };
}

/** Delivers a notice or throws; the refresh records whether it got through and retries on its next run. */
export type Announcer = (notice: ActivationNotice) => Promise<void>;

export function eventBridgeAnnouncer(eventBusName: string, client: EventBridgeClient = new EventBridgeClient({})): Announcer {
  return async function announceOnEventBridge(notice) {
    const result = await client.send(
      new PutEventsCommand({
        Entries: [{ EventBusName: eventBusName, Source: EVENT_SOURCE, DetailType: EVENT_DETAIL_TYPE, Detail: JSON.stringify(notice) }],
      }),
    );
    if (result.FailedEntryCount) {
      const entry = result.Entries?.[0];
      throw new Error(`EventBridge refused the event: ${entry?.ErrorCode ?? 'unknown'} ${entry?.ErrorMessage ?? ''}`.trim());
    }
  };
}
