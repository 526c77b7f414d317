/** The HTTP routes the local server exposes, each backed by the same handler that runs in Lambda. */
import type { Route } from './api-gateway.js';

export async function localRoutes(): Promise<Route[]> {
  // Imported after the server has set DYNAMODB_ENDPOINT, as a Lambda container reads its env at start.
  const consoleApi = (await import('../../functions/console/handler.js')).handler;
  return [{ method: 'GET', path: '/v1/lists/status', handler: consoleApi }];
}
