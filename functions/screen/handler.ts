/** POST /v1/screenings: the sign-up flow's synchronous screening of a customer and its beneficial owners. */
import middy from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { IdempotencyConflictError } from '../../lib/store/screenings.js';
import { ActiveListCache } from '../../lib/screening/active-list.js';
import { LIMITS } from '../../lib/screening/request.js';
import { runSignupScreening } from '../../lib/screening/service.js';
import { createDocumentClient } from '../../lib/store/client.js';
import { storeConfig } from '../../lib/store/config.js';
import { listStoreFromEnv } from '../../lib/store/from-env.js';
import { bearerAuth } from '../middlewares/bearer-auth.js';
import { HttpError, httpErrors, json } from '../middlewares/http-errors.js';

const config = storeConfig();
/** Loaded once per container; the pointer is re-checked at most every LIST_CHECK_SECONDS (default 60). */
const lists = new ActiveListCache(listStoreFromEnv(), Number(process.env.LIST_CHECK_SECONDS ?? 60) * 1000);
const client = createDocumentClient(config.endpoint, config.region);
const store = { client, screeningsTable: config.screeningsTable, customersTable: config.customersTable };
const alerts = { client, alertsTable: config.alertsTable };

export const handler = middy<APIGatewayProxyEventV2>()
  .use(httpErrors())
  .use(bearerAuth())
  .handler(async (event) => {
    const body = parseBody(event);
    try {
      const { response, replayed } = await runSignupScreening({ lists, store, alerts }, body, event.headers?.['idempotency-key']);
      return json(200, response, replayed ? { 'idempotent-replayed': 'true' } : {});
    } catch (error) {
      if (error instanceof IdempotencyConflictError) throw new HttpError(422, error.message, { field: 'Idempotency-Key' });
      throw error;
    }
  });

function parseBody(event: APIGatewayProxyEventV2): unknown {
  const raw = event.isBase64Encoded && event.body ? Buffer.from(event.body, 'base64').toString('utf8') : (event.body ?? '');
  if (Buffer.byteLength(raw) > LIMITS.bodyBytes) throw new HttpError(413, `request body larger than ${LIMITS.bodyBytes} bytes`);
  if (!/^application\/json\b/i.test(event.headers?.['content-type'] ?? '')) throw new HttpError(415, 'content-type must be application/json');
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new HttpError(400, `body is not valid JSON (${(error as Error).message})`, { field: '(body)' });
  }
}
