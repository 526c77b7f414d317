/** A real DynamoDB for tests: in-memory dynalite in this process, driven by the real AWS SDK. */

import { randomBytes } from 'node:crypto';
import { createDocumentClient } from '../../lib/store/client.js';
import { startEmbeddedDynamo } from '../../lib/store/embedded.js';
import type { ListStore } from '../../lib/store/list-versions.js';
import { ensureListsTable } from '../../lib/store/tables.js';

export interface TestStore {
  store: ListStore;
  endpoint: string;
  close(): Promise<void>;
}

/** Fresh server and a uniquely named lists table, so tests never see each other's items. */
export async function startTestStore(options: { dir?: string } = {}): Promise<TestStore> {
  const dynamo = await startEmbeddedDynamo(options.dir ? { dir: options.dir } : {});
  const client = createDocumentClient(dynamo.endpoint);
  const table = `lists-test-${randomBytes(4).toString('hex')}`;
  await ensureListsTable(client, table);
  return { store: { client, table }, endpoint: dynamo.endpoint, close: () => dynamo.close() };
}
