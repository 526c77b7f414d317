/** The console's API: list status now; lookup, alerts and customers join it as they land. */
import middy from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { listStatus } from '../../lib/store/list-status.js';
import { listStoreFromEnv } from '../../lib/store/from-env.js';
import { bearerAuth } from '../middlewares/bearer-auth.js';
import { HttpError, httpErrors, json } from '../middlewares/http-errors.js';

const routes: Record<string, (event: APIGatewayProxyEventV2) => Promise<unknown>> = {
  'GET /v1/lists/status': async () => {
    const status = await listStatus(listStoreFromEnv());
    if (!status) throw new HttpError(503, 'no active list version');
    return status;
  },
};

export const handler = middy<APIGatewayProxyEventV2>()
  .use(httpErrors())
  .use(bearerAuth())
  .handler(async (event) => {
    const route = routes[event.routeKey];
    if (!route) throw new HttpError(404, `no route ${event.routeKey}`);
    return json(200, await route(event));
  });
