/**
 * Local authentication: when PARTYSCREEN_API_TOKEN is set (always, under `npm start`), every request
 * must carry `Authorization: Bearer <token>`. On AWS the variable is unset and API Gateway's IAM or
 * JWT authorizer has already admitted the caller before the function runs.
 */
import { timingSafeEqual } from 'node:crypto';
import type middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { HttpError } from './http-errors.js';

export function bearerAuth(token = process.env.PARTYSCREEN_API_TOKEN): middy.MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> {
  return {
    before: async function bearerAuthBefore(request) {
      if (!token) return;
      const given = /^Bearer (.+)$/i.exec(request.event.headers?.authorization ?? '')?.[1] ?? '';
      if (!sameSecret(given, token)) throw new HttpError(401, 'missing or invalid bearer token');
    },
  };
}

function sameSecret(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
}
