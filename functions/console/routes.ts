/**
 * The console function's routes, as API Gateway route keys: the one list that its handler implements
 * (checked by the type of its route table), the CDK stack routes to it and the local server serves.
 * It imports nothing, so the stack reads it at synth without loading the handler's runtime.
 */

type Method = 'GET' | 'POST';
type RouteKey = `${Method} /${string}`;

/** The console's data, for analysts only (the Cognito JWT authorizer on AWS). New console routes are added here. */
export const CONSOLE_API_ROUTES = [
  'GET /v1/lists/status',
  'GET /v1/search',
  'GET /v1/entries/{entryId}',
  'GET /v1/alerts',
  'GET /v1/alerts/{alertId}',
  'POST /v1/alerts/{alertId}/actions',
  'GET /v1/customers/{customerId}',
  'POST /v1/screenings/adhoc',
] as const satisfies readonly RouteKey[];

/** The console's static pages (HTML, script, styles): no data, and they must load before sign-in. */
export const CONSOLE_PAGE_ROUTES = ['GET /', 'GET /assets/{proxy+}'] as const satisfies readonly RouteKey[];

export type ConsoleApiRoute = (typeof CONSOLE_API_ROUTES)[number];
export type ConsoleRoute = ConsoleApiRoute | (typeof CONSOLE_PAGE_ROUTES)[number];

/** `GET /v1/search` as `{ method: 'GET', path: '/v1/search' }`. */
export function routeParts(route: ConsoleRoute): { method: Method; path: string } {
  const space = route.indexOf(' ');
  return { method: route.slice(0, space) as Method, path: route.slice(space + 1) };
}
