/** The HTTP routes the local server exposes, each backed by the same handler that runs in Lambda. */
import path from 'node:path';
import { CONSOLE_API_ROUTES, CONSOLE_PAGE_ROUTES, routeParts } from '../../functions/console/routes.js';
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
    ...[...CONSOLE_API_ROUTES, ...CONSOLE_PAGE_ROUTES].map((route) => ({ ...routeParts(route), handler: consoleApi })),
  ];
}
