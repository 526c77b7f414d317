/**
 * The store for local runs (CLI, `npm start`): DYNAMODB_ENDPOINT when set; else the embedded store a
 * running `npm start` advertises in <dataDir>/endpoint; else an embedded store started here, on disk.
 * Only one process can hold the on-disk store, so commands share the server's instead of fighting for it.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createDocumentClient } from './client.js';
import type { StoreConfig } from './config.js';
import { startEmbeddedDynamo } from './embedded.js';
import { ensureTable } from './tables.js';
import type { ListStore } from './list-versions.js';

export interface LocalStore {
  endpoint: string;
  lists: ListStore;
  /** Where the endpoint came from, for the start-up line. */
  origin: 'configured' | 'shared' | 'embedded';
  close(): Promise<void>;
}

export interface OpenLocalOptions {
  /** Advertise this store for other local commands (what `npm start` does). */
  share?: boolean;
  port?: number;
}

export async function openLocalStore(config: StoreConfig, options: OpenLocalOptions = {}): Promise<LocalStore> {
  const endpointFile = path.join(config.dataDir, 'endpoint');
  let endpoint = config.endpoint;
  let origin: LocalStore['origin'] = 'configured';
  let close = async () => {};
  if (!endpoint) {
    const shared = await readFile(endpointFile, 'utf8').catch(() => undefined);
    if (shared && (await answers(shared.trim(), config.region))) {
      endpoint = shared.trim();
      origin = 'shared';
    } else {
      const embedded = await startEmbeddedDynamo({ dir: path.join(config.dataDir, 'dynamodb'), port: options.port ?? 0 });
      endpoint = embedded.endpoint;
      origin = 'embedded';
      if (options.share) await writeFile(endpointFile, endpoint);
      close = async () => {
        if (options.share) await rm(endpointFile, { force: true });
        await embedded.close();
      };
    }
  }
  const client = createDocumentClient(endpoint, config.region);
  await ensureLocalTables(client, config);
  return { endpoint, origin, lists: { client, table: config.listsTable }, close };
}

async function answers(endpoint: string, region: string): Promise<boolean> {
  try {
    await createDocumentClient(endpoint, region).send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

/** Locally the tables are made on first use; on AWS the CDK app creates them. */
export async function ensureLocalTables(client: ReturnType<typeof createDocumentClient>, config: StoreConfig): Promise<void> {
  await Promise.all([
    ensureTable(client, config.listsTable),
    ensureTable(client, config.screeningsTable, { gsi1: true }),
    ensureTable(client, config.customersTable),
    ensureTable(client, config.alertsTable, { gsi1: true }),
  ]);
}
