/** Where list snapshots live, read from the environment once per container. */

import path from 'node:path';

export interface StoreConfig {
  /** A DynamoDB endpoint to talk to instead of AWS (dynalite, DynamoDB Local); unset in AWS. */
  endpoint?: string;
  region: string;
  /** List versions, the active pointer, diffs and refresh state. */
  listsTable: string;
  /** The audit record of every sign-up screening (also its idempotency record). */
  screeningsTable: string;
  /** The latest profile of every customer, for nightly re-screening. */
  customersTable: string;
  /** Alerts from re-screening and their review history. */
  alertsTable: string;
  /** Local working folder (embedded DynamoDB files, downloads); absolute. */
  dataDir: string;
}

export const DEFAULT_REGION = 'us-east-1';
export const DEFAULT_LISTS_TABLE = 'partyscreen-lists';
export const DEFAULT_SCREENINGS_TABLE = 'partyscreen-screenings';
export const DEFAULT_CUSTOMERS_TABLE = 'partyscreen-customers';
export const DEFAULT_ALERTS_TABLE = 'partyscreen-alerts';
export const DEFAULT_DATA_DIR_NAME = '.partyscreen';

/** Pure: builds the config from any env-like record, so tests can pass their own. */
export function storeConfigFromEnv(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): StoreConfig {
  const endpoint = nonEmpty(env.DYNAMODB_ENDPOINT);
  return {
    region: nonEmpty(env.AWS_REGION) ?? DEFAULT_REGION,
    ...(endpoint ? { endpoint } : {}),
    listsTable: nonEmpty(env.LISTS_TABLE) ?? DEFAULT_LISTS_TABLE,
    screeningsTable: nonEmpty(env.SCREENINGS_TABLE) ?? DEFAULT_SCREENINGS_TABLE,
    customersTable: nonEmpty(env.CUSTOMERS_TABLE) ?? DEFAULT_CUSTOMERS_TABLE,
    alertsTable: nonEmpty(env.ALERTS_TABLE) ?? DEFAULT_ALERTS_TABLE,
    dataDir: path.resolve(cwd, nonEmpty(env.PARTYSCREEN_DATA_DIR) ?? DEFAULT_DATA_DIR_NAME),
  };
}

let cached: StoreConfig | undefined;

/** The process-wide config: env is read on first use only, as Lambda env never changes in a container. */
export function storeConfig(): StoreConfig {
  cached ??= storeConfigFromEnv();
  return cached;
}

/** An empty variable (`LISTS_TABLE=`) means "not set", not "use the empty name". */
function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
