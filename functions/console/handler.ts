/**
 * The analyst console: its static pages (no sign-in needed, no data) and its JSON API (an analyst
 * only: a local token, or on AWS a Cognito JWT of the analysts group), routed by `event.routeKey`.
 * The active list and its indexes are loaded once per container, as for sign-up screening.
 */
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { findEntries, parseSearchQuery, searchEntries } from '../../lib/lookup/search.js';
import { actAsAnalyst, alertDetail, alertQueue, parseActionRequest, parseQueueQuery } from '../../lib/review/alerts.js';
import { customerView } from '../../lib/review/customer.js';
import { activeListFromEnv } from '../../lib/screening/active-list.js';
import { runAdhocScreening } from '../../lib/screening/adhoc.js';
import { LIMITS } from '../../lib/screening/request.js';
import { AlertConflictError, AlertNotFoundError } from '../../lib/store/alerts.js';
import { createDocumentClient } from '../../lib/store/client.js';
import { storeConfig } from '../../lib/store/config.js';
import { listStoreFromEnv } from '../../lib/store/from-env.js';
import { listStatus } from '../../lib/store/list-status.js';
import { type Analyst, type AnalystContext, analystIdentity, analystOptionsFromEnv } from '../middlewares/analyst.js';
import { bearerAuth } from '../middlewares/bearer-auth.js';
import { HttpError, httpErrors, json } from '../middlewares/http-errors.js';
import { parseJsonBody } from '../middlewares/json-body.js';
import { servePage } from './pages.js';
import { CONSOLE_PAGE_ROUTES, type ConsoleApiRoute } from './routes.js';

const config = storeConfig();
const client = createDocumentClient(config.endpoint, config.region);
const listStore = listStoreFromEnv();
const lists = activeListFromEnv(listStore);
const stores = {
  alerts: { client, alertsTable: config.alertsTable },
  screenings: { client, screeningsTable: config.screeningsTable, customersTable: config.customersTable },
};
const analysts = analystOptionsFromEnv();

type Route = (event: APIGatewayProxyEventV2, analyst: Analyst) => Promise<unknown>;

/** Typed by the shared list, so a route listed there and not implemented here (or the reverse) does not compile. */
const routes: Record<ConsoleApiRoute, Route> = {
  'GET /v1/lists/status': async () => {
    const status = await listStatus(listStore);
    if (!status) throw new HttpError(503, 'no active list version');
    return status;
  },

  'GET /v1/search': async (event) => {
    const query = parseSearchQuery(event.queryStringParameters ?? {});
    const active = await lists.get();
    const results = searchEntries(active.index, query);
    return { query, listVersion: active.version, count: results.length, results };
  },

  'GET /v1/entries/{entryId}': async (event) => {
    const entryId = event.pathParameters?.entryId ?? '';
    const source = event.queryStringParameters?.source?.trim() || undefined;
    const active = await lists.get();
    const found = findEntries(active.index, entryId, source);
    if (found.length === 0) throw new HttpError(404, `no entry ${entryId}${source ? ` in ${source}` : ''} on the active list`);
    if (found.length > 1) throw new HttpError(409, `entry id ${entryId} is in several lists; add ?source=`, { sources: found.map((e) => e.source) });
    return { entry: found[0], listVersion: active.version };
  },

  'POST /v1/screenings/adhoc': async (event, analyst) => {
    const result = await runAdhocScreening(lists, parseJsonBody(event, LIMITS.bodyBytes), analyst.id);
    // Not stored as a customer screening; the log line records who looked, and the outcome, not the party.
    console.log(JSON.stringify({ level: 'info', message: 'ad hoc screening', analyst: analyst.id, decision: result.decision, parties: result.parties.length, listVersionId: result.listVersion.versionId }));
    return result;
  },

  'GET /v1/alerts': async (event) => alertQueue(stores.alerts, parseQueueQuery(event.queryStringParameters ?? {})),

  'GET /v1/alerts/{alertId}': async (event) => {
    const alertId = event.pathParameters?.alertId ?? '';
    // The entry beside the alert comes from the active list; without one the alert still shows.
    const active = await lists.get().catch(() => undefined);
    const detail = await alertDetail(stores, alertId, active?.index);
    if (!detail) throw new HttpError(404, `no alert ${alertId}`);
    return detail;
  },

  'POST /v1/alerts/{alertId}/actions': async (event, analyst) => {
    const alertId = event.pathParameters?.alertId ?? '';
    const request = parseActionRequest(parseJsonBody(event, LIMITS.bodyBytes));
    try {
      return { alert: await actAsAnalyst(stores.alerts, alertId, request, analyst.id) };
    } catch (error) {
      if (error instanceof AlertNotFoundError) throw new HttpError(404, error.message);
      if (error instanceof AlertConflictError) throw new HttpError(409, error.message);
      throw error;
    }
  },

  'GET /v1/customers/{customerId}': async (event) => {
    const customerId = event.pathParameters?.customerId ?? '';
    const view = await customerView(stores, customerId);
    if (!view) throw new HttpError(404, `no customer ${customerId}`);
    return view;
  },
};

/** Data is for the analyst who asked: never cached, and the response names who that was. */
const api = middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, AnalystContext>()
  .use(httpErrors())
  .use(bearerAuth(analysts.local.map((analyst) => analyst.token)))
  .use(analystIdentity(analysts))
  .handler(async (event, context) => {
    const route: Route | undefined = routes[event.routeKey as ConsoleApiRoute];
    if (!route) throw new HttpError(404, `no route ${event.routeKey}`);
    return json(200, await route(event, context.analyst), { 'cache-control': 'no-store', 'x-partyscreen-analyst': context.analyst.id });
  });

const PAGES = new Set<string>(CONSOLE_PAGE_ROUTES);
const pages = middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>().use(httpErrors()).handler(servePage);

export async function handler(event: APIGatewayProxyEventV2, context: Context): Promise<APIGatewayProxyStructuredResultV2> {
  return PAGES.has(event.routeKey) ? pages(event, context) : api(event, context as AnalystContext);
}
