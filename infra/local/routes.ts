/** The HTTP routes the local server exposes, each backed by the same handler that runs in Lambda. */
import path from 'node:path';
import { buildConsoleUi } from '../../functions/console/ui/build.js';
import { storeConfigFromEnv } from '../../lib/store/config.js';
import type { Route } from './api-gateway.js';

export async function localRoutes(): Promise<Route[]> {
  // The console pages, built fresh into the local data folder (as the Lambda bundle gets them at synth).
  process.env.CONSOLE_ASSETS_DIR = path.join(storeConfigFromEnv().dataDir, 'console-ui');
  await buildConsoleUi(process.env.CONSOLE_ASSETS_DIR);
  // Imported after the server has set DYNAMODB_ENDPOINT, as a Lambda container reads its env at start.
  const consoleApi = (await import('../../functions/console/handler.js')).handler;
  const screen = (await import('../../functions/screen/handler.js')).handler;
  return [
    { method: 'POST', path: '/v1/screenings', handler: screen },
    { method: 'GET', path: '/v1/lists/status', handler: consoleApi },
    { method: 'GET', path: '/v1/search', handler: consoleApi },
    { method: 'GET', path: '/v1/entries/{entryId}', handler: consoleApi },
    { method: 'POST', path: '/v1/screenings/adhoc', handler: consoleApi },
    { method: 'GET', path: '/v1/alerts', handler: consoleApi },
    { method: 'GET', path: '/v1/alerts/{alertId}', handler: consoleApi },
    { method: 'POST', path: '/v1/alerts/{alertId}/actions', handler: consoleApi },
    { method: 'GET', path: '/v1/customers/{customerId}', handler: consoleApi },
    { method: 'GET', path: '/', handler: consoleApi },
    { method: 'GET', path: '/assets/{proxy+}', handler: consoleApi },
  ];
}
