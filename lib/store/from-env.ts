/** Store handles built from the environment, once per container (what handlers use). */
import { createDocumentClient } from './client.js';
import { storeConfig } from './config.js';
import type { ListStore } from './list-versions.js';

export function listStoreFromEnv(): ListStore {
  const config = storeConfig();
  return { client: createDocumentClient(config.endpoint, config.region), table: config.listsTable };
}
