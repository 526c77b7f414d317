/**
 * `npm start`: the whole service on this machine. An embedded DynamoDB on disk (or DYNAMODB_ENDPOINT),
 * the sample list loaded when nothing is active yet, and the Lambda handlers behind a local HTTP server.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../lib/errors.js';
import { readInputFile } from '../../lib/lists/read.js';
import { ingestList } from '../../lib/refresh/ingest.js';
import { storeConfigFromEnv } from '../../lib/store/config.js';
import { getActivePointer } from '../../lib/store/list-versions.js';
import { type LocalStore, openLocalStore } from '../../lib/store/local.js';
import { createRequestListener } from './api-gateway.js';
import { localRoutes } from './routes.js';

export const SAMPLE_LIST = fileURLToPath(new URL('../../data/sample-csl.json', import.meta.url));

export interface LocalService {
  url: string;
  token: string;
  store: LocalStore;
  close(): Promise<void>;
}

export interface LocalServiceOptions {
  port?: number;
  host?: string;
  log?: (line: string) => void;
}

export async function startLocalService(options: LocalServiceOptions = {}): Promise<LocalService> {
  const log = options.log ?? (() => {});
  // Read fresh, not the cached config: the handlers must first see the endpoint chosen here.
  const store = await openLocalStore(storeConfigFromEnv(), { share: true });
  process.env.DYNAMODB_ENDPOINT = store.endpoint;
  log(`store: ${store.endpoint} (${store.origin})`);
  if (!(await getActivePointer(store.lists))) {
    const result = await ingestList(store.lists, { content: await readInputFile(SAMPLE_LIST), sourceUrl: 'data/sample-csl.json' });
    log(`loaded the sample list: ${result.summary.entries} entries, version ${result.versionId}`);
  }
  const token = (process.env.PARTYSCREEN_API_TOKEN ||= randomBytes(18).toString('base64url'));
  const server = createServer(createRequestListener(await localRoutes()));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 3000, options.host ?? '127.0.0.1', resolve);
    });
  } catch (error) {
    await store.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') throw new InputError(`cannot listen on port ${options.port ?? 3000} (${code}); set PORT to another one`);
    throw error;
  }
  const address = server.address() as { port: number };
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${address.port}`,
    token,
    store,
    close: async () => {
      await closeServer(server);
      await store.close();
    },
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
