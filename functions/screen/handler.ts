/** POST /v1/screenings: the sign-up flow's synchronous screening of a customer and its beneficial owners. */
import { setFlagsFromString } from 'node:v8';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { IdempotencyConflictError } from '../../lib/store/screenings.js';
import { activeListFromEnv } from '../../lib/screening/active-list.js';
import { LIMITS } from '../../lib/screening/request.js';
import { runSignupScreening } from '../../lib/screening/service.js';
import { createDocumentClient } from '../../lib/store/client.js';
import { storeConfig } from '../../lib/store/config.js';
import { listStoreFromEnv } from '../../lib/store/from-env.js';
import { bearerAuth } from '../middlewares/bearer-auth.js';
import { HttpError, httpErrors, json } from '../middlewares/http-errors.js';
import { parseJsonBody } from '../middlewares/json-body.js';

// V8 allocates straight into old space from code whose objects mostly survive. A list name's prepared
// form survives (the index keeps it) and a party's, made by the same code, does not, so every sign-up's
// went to old space too: at 200 sign-ups/s old space grew 3 MB/s and a mark-compact of about 100 ms
// stalled answers every 35 s. Without pretenuring it grows 1 MB/s (the bounded caches), and the server
// spends less CPU per request (bench:api). NODE_OPTIONS does not take this flag; it is read at each GC.
setFlagsFromString('--no-allocation-site-pretenuring');
const config = storeConfig();
const lists = activeListFromEnv(listStoreFromEnv());
// Loaded as the container starts, not by its first request (see preload).
await lists.preload();
const client = createDocumentClient(config.endpoint, config.region);
const store = { client, screeningsTable: config.screeningsTable, customersTable: config.customersTable };
const alerts = { client, alertsTable: config.alertsTable };
const threshold = matchThresholdFromEnv(process.env.MATCH_THRESHOLD);

export const handler = middy<APIGatewayProxyEventV2>()
  .use(httpErrors())
  .use(bearerAuth())
  .handler(async (event) => {
    const started = performance.now();
    const body = parseJsonBody(event, LIMITS.bodyBytes);
    try {
      const { response, replayed, timings } = await runSignupScreening({ lists, store, alerts, threshold }, body, event.headers?.['idempotency-key']);
      // Where the time went (W3C Server-Timing): the caller's own latency figures, and `bench:api`, split on it.
      const serverTiming = `screen;dur=${timings.screenMs.toFixed(2)}, store;dur=${timings.storeMs.toFixed(2)}, total;dur=${(performance.now() - started).toFixed(2)}`;
      return json(200, response, { 'server-timing': serverTiming, ...(replayed && { 'idempotent-replayed': 'true' }) });
    } catch (error) {
      if (error instanceof IdempotencyConflictError) throw new HttpError(422, error.message, { field: 'Idempotency-Key' });
      throw error;
    }
  });

/** MATCH_THRESHOLD (0-1) overrides the matcher's thresholds; a bad value stops the container at start, not later. */
function matchThresholdFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const threshold = Number(value);
  if (!(threshold > 0 && threshold <= 1)) throw new Error(`MATCH_THRESHOLD must be a number in (0, 1], got "${value}"`);
  return threshold;
}
