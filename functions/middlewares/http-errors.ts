/**
 * Turns errors into HTTP answers, as middy's http-error-handler does: messages are shown only for
 * client errors (< 500); anything unexpected becomes a plain 500 and is logged.
 */
import type middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { InputError, UnavailableError, ValidationError } from '../../lib/errors.js';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export function httpErrors(): middy.MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> {
  return {
    onError: async function httpErrorsOnError(request) {
      const error = request.error;
      if (error instanceof HttpError && error.statusCode < 500) {
        request.response = json(error.statusCode, { error: error.message, ...error.details });
      } else if (error instanceof ValidationError) {
        request.response = json(400, { error: 'invalid request', errors: error.errors });
      } else if (error instanceof InputError) {
        request.response = json(400, { error: error.message, ...(error.where && { field: error.where }) });
      } else if (error instanceof UnavailableError) {
        // Fail closed, and say why: the caller must not treat this as a "clear".
        console.error(JSON.stringify({ level: 'error', message: 'dependency unavailable', error: error.message }));
        request.response = json(503, { error: 'service unavailable', reason: error.message }, { 'retry-after': '5' });
      } else if (error instanceof HttpError) {
        request.response = json(error.statusCode, { error: error.message, ...error.details });
      } else {
        console.error(JSON.stringify({ level: 'error', message: 'unhandled error', error: String(error), stack: (error as Error)?.stack }));
        request.response = json(500, { error: 'internal error' });
      }
    },
  };
}

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(body) };
}
