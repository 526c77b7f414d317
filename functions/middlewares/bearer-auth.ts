/**
 * Local authentication: when PARTYSCREEN_API_TOKEN is set (always, under `npm start`), every request
 * must carry `Authorization: Bearer <token>`. On AWS the variable is unset and API Gateway's IAM or
 * JWT authorizer has already admitted the caller before the function runs. A function may accept
 * several tokens (the console: one per analyst); none configured means no check here.
 */
import { timingSafeEqual } from 'node:crypto';
import type middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { HttpError } from './http-errors.js';

export function bearerAuth(accepted: string | readonly string[] | undefined = process.env.PARTYSCREEN_API_TOKEN): middy.MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> {
  const tokens = (typeof accepted === 'string' ? [accepted] : (accepted ?? [])).filter(Boolean);
  return {
    before: async function bearerAuthBefore(request) {
      if (tokens.length === 0) return;
      const given = bearerToken(request.event);
      // Every token compared, so the time taken does not tell which one came close.
      const matches = tokens.map((token) => sameSecret(given, token));
      if (!matches.includes(true)) throw new HttpError(401, 'missing or invalid bearer token');
    },
  };
}

/** The token of an `Authorization: Bearer <token>` header, or '' without one. */
export function bearerToken(event: APIGatewayProxyEventV2): string {
  return /^Bearer (.+)$/i.exec(event.headers?.authorization ?? '')?.[1] ?? '';
}

export function sameSecret(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
}
