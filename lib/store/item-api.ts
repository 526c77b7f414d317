/**
 * Single-item calls (put, get, update) as plain signed HTTP over a kept-alive undici pool: the
 * sign-up's own store calls (two conditional puts, a consistent get) and the alert queue's (an alert,
 * its pair, an analyst's decision). Through the SDK's command stack each call cost 1-2 ms of CPU
 * (middleware resolved per call, schema serde, node:http): raising one review alert, three calls,
 * took 5 ms warm, enough for a review with a few matches to stall a busy function. This path costs
 * about 0.4 ms a call (PutItem against DynamoDB Local; `npm run bench:api` shows it per sign-up).
 * Items hold strings, numbers, string sets and bytes, so marshalling is a four-way switch. Queries, scans
 * and batches use the SDK.
 *
 * Credentials and region come from the SDK client's resolved configuration, so the chain (Lambda's
 * role, a profile, the local stand-in's fixed keys) is the SDK's own; the signing is sigv4.ts.
 */
import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Pool } from 'undici';
import { createSigner } from './sigv4.js';

/** An attribute as this API writes and reads it: DynamoDB's S, N, SS and B. */
export type ItemValue = string | number | ReadonlySet<string> | Uint8Array;
export type Item = Record<string, ItemValue>;

interface Expressions {
  ConditionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Item;
}

export interface PutItemInput extends Expressions {
  TableName: string;
  Item: Item;
}

export interface UpdateItemInput extends Expressions {
  TableName: string;
  Key: Item;
  UpdateExpression: string;
}

export interface GetItemInput {
  TableName: string;
  Key: Item;
  ConsistentRead?: boolean;
}

export interface ItemApi {
  putItem(input: PutItemInput): Promise<void>;
  updateItem(input: UpdateItemInput): Promise<void>;
  getItem(input: GetItemInput): Promise<Item | undefined>;
  close(): Promise<void>;
}

export interface ItemApiOptions {
  /** http(s)://host:port of a local server; DynamoDB's regional endpoint when absent. */
  endpoint?: string;
  region: string;
  /** The SDK client whose credential provider signs the calls. */
  sdk: DynamoDBClient;
  /** As the SDK client is configured (client.ts): bounded waits, so a silent store fails a call. */
  connectTimeoutMs?: number;
  requestTimeoutMs?: number;
  maxAttempts?: number;
}

/** A DynamoDB error other than a failed condition, named by its type ("ThrottlingException"). */
export class DynamoDbError extends Error {
  constructor(name: string, message: string, readonly statusCode: number) {
    super(message);
    this.name = name;
  }
}

/** Worth another attempt: DynamoDB asks to slow down, or failed on its side. */
const RETRYABLE = new Set(['ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded', 'InternalServerError', 'ServiceUnavailable', 'LimitExceededException', 'TransactionConflictException']);
const BACKOFF_MS = 25;

export function createItemApi(options: ItemApiOptions): ItemApi {
  const url = new URL(options.endpoint ?? `https://dynamodb.${options.region}.amazonaws.com`);
  const pool = new Pool(url.origin, {
    connections: 50,
    connectTimeout: options.connectTimeoutMs ?? 1_000,
    headersTimeout: options.requestTimeoutMs ?? 10_000,
    bodyTimeout: options.requestTimeoutMs ?? 10_000,
  });
  const sign = createSigner(options.region, 'dynamodb');
  const credentials = options.sdk.config.credentials;
  const maxAttempts = options.maxAttempts ?? 3;

  async function call(target: string, payload: unknown): Promise<Record<string, unknown>> {
    const body = JSON.stringify(payload);
    for (let attempt = 1; ; attempt++) {
      try {
        const headers = sign(await credentials(), { host: url.host, 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `DynamoDB_20120810.${target}` }, body);
        const response = await pool.request({ path: '/', method: 'POST', headers, body });
        const text = await response.body.text();
        if (response.statusCode === 200) return text ? (JSON.parse(text) as Record<string, unknown>) : {};
        throw responseError(response.statusCode, text);
      } catch (error) {
        if (attempt >= maxAttempts || !retryable(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, BACKOFF_MS * 2 ** (attempt - 1) * (0.5 + Math.random())));
      }
    }
  }

  return {
    async putItem({ Item, ...rest }) {
      await call('PutItem', { Item: toAttributes(Item), ...rest, ...expressions(rest) });
    },
    async updateItem({ Key, ...rest }) {
      await call('UpdateItem', { Key: toAttributes(Key), ...rest, ...expressions(rest) });
    },
    async getItem(input) {
      const output = await call('GetItem', { TableName: input.TableName, Key: toAttributes(input.Key), ConsistentRead: input.ConsistentRead ?? false });
      return output.Item ? fromAttributes(output.Item as Record<string, AttributeValue>) : undefined;
    },
    close: () => pool.close(),
  };
}

/** As the JSON protocol carries them: bytes (B) in base64. */
type AttributeValue = { S: string } | { N: string } | { SS: string[] } | { B: string };

/** The expression values in DynamoDB's wire form; the rest of an input passes as it is. */
function expressions(input: Expressions): { ExpressionAttributeValues?: Record<string, AttributeValue> } {
  return input.ExpressionAttributeValues ? { ExpressionAttributeValues: toAttributes(input.ExpressionAttributeValues) } : {};
}

function toAttributes(item: Item): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(item)) {
    attributes[name] =
      typeof value === 'string' ? { S: value } : typeof value === 'number' ? { N: String(value) } : value instanceof Uint8Array ? { B: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') } : { SS: [...value] };
  }
  return attributes;
}

function fromAttributes(attributes: Record<string, AttributeValue>): Item {
  const item: Item = {};
  for (const [name, value] of Object.entries(attributes)) {
    if ('S' in value) item[name] = value.S;
    else if ('N' in value) item[name] = Number(value.N);
    else if ('SS' in value) item[name] = new Set(value.SS);
    else if ('B' in value) item[name] = Buffer.from(value.B, 'base64');
  }
  return item;
}

/** DynamoDB answers errors as `{"__type": "com.amazonaws.dynamodb.v20120810#Name", "message": ...}`. */
function responseError(statusCode: number, text: string): Error {
  let type = '';
  let message = text.slice(0, 300);
  try {
    const parsed = JSON.parse(text) as { __type?: string; message?: string; Message?: string };
    type = parsed.__type?.split('#').pop() ?? '';
    message = parsed.message ?? parsed.Message ?? message;
  } catch {
    // Not JSON (a proxy's error page): named by its status below.
  }
  if (type === 'ConditionalCheckFailedException') return new ConditionalCheckFailedException({ message, $metadata: { httpStatusCode: statusCode } });
  return new DynamoDbError(type || (statusCode >= 500 ? 'InternalServerError' : 'DynamoDbError'), `${message} (HTTP ${statusCode})`, statusCode);
}

function retryable(error: unknown): boolean {
  if (error instanceof DynamoDbError) return error.statusCode >= 500 || RETRYABLE.has(error.name);
  if (error instanceof ConditionalCheckFailedException) return false;
  // A connection reset or refused: the next attempt may reach a healthy host. Timeouts are not retried: the caller's wait is bounded.
  const code = (error as { code?: string }).code;
  return code === 'ECONNRESET' || code === 'ECONNREFUSED' || code === 'UND_ERR_SOCKET' || code === 'EPIPE';
}
