/** A request's JSON body, or the HTTP error saying what is wrong with it (size, content type, syntax). */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { HttpError } from './http-errors.js';

export function parseJsonBody(event: APIGatewayProxyEventV2, maxBytes: number): unknown {
  const raw = event.isBase64Encoded && event.body ? Buffer.from(event.body, 'base64').toString('utf8') : (event.body ?? '');
  if (Buffer.byteLength(raw) > maxBytes) throw new HttpError(413, `request body larger than ${maxBytes} bytes`);
  if (!/^application\/json\b/i.test(event.headers?.['content-type'] ?? '')) throw new HttpError(415, 'content-type must be application/json');
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new HttpError(400, `body is not valid JSON (${(error as Error).message})`, { field: '(body)' });
  }
}
