/** Alerts for the console tests, stored the way re-screening and sign-up store them. */
import { newAlert } from '../../lib/rescreen/new-alert.js';
import { type Alert, type AlertStore, createAlert } from '../../lib/store/alerts.js';
import { createDocumentClient } from '../../lib/store/client.js';
import { storeConfigFromEnv } from '../../lib/store/config.js';
import { writeRefreshState } from '../../lib/store/refresh-state.js';

/** The alerts table of the running test service (its DYNAMODB_ENDPOINT). */
export function alertStore(): AlertStore {
  const config = storeConfigFromEnv();
  return { client: createDocumentClient(config.endpoint, config.region), alertsTable: config.alertsTable };
}

let count = 0;

export async function seedAlert(fields: Partial<Alert> & Pick<Alert, 'customerId' | 'entryId' | 'source' | 'entryName'>, when = new Date()): Promise<Alert> {
  count++;
  const alert = newAlert(
    {
      origin: 'rescreen',
      kind: 'new-match',
      partyPath: 'customer',
      partyName: 'Arkady Volkov',
      score: 0.9,
      explanation: { queryName: 'Arkady Volkov', nameScore: 0.9, nameAlignment: [{ query: 'arkady', entry: 'arkady', similarity: 1 }, { query: 'volkov', entry: 'volkov', similarity: 1 }], unmatchedQuery: [], unmatchedEntry: ['petrovich'], nameDetail: 'every query word aligned', features: [] },
      listVersionId: 'v-test',
      fingerprints: { entry: `e${count}`, party: `p${count}` },
      ...fields,
    },
    when,
  );
  await createAlert(alertStore(), alert);
  return alert;
}

/** A last refresh run as the nightly job records it, so the status page has one to show. */
export async function seedRefreshRun(activeVersionId: string): Promise<void> {
  const config = storeConfigFromEnv();
  await writeRefreshState({ client: createDocumentClient(config.endpoint, config.region), table: config.listsTable }, {
    lastRun: {
      outcome: 'activated', url: 'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.json', startedAt: new Date().toISOString(), durationMs: 4200,
      activeVersionId, versionId: activeVersionId, entries: 64, diff: { added: 12, removed: 3, changed: 5 }, warnings: 2, timings: {},
    },
  });
}
