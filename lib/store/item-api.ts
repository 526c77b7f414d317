/**
 * The screenings store's puts and gets (a sign-up's own calls: two conditional puts, a consistent
 * get) as plain signed HTTP over a kept-alive undici pool. Through the SDK's command stack each
 * call cost about 1 ms of CPU (middleware resolved per call, schema serde, node:http), most of a
 * sign-up's own work; this path about 0.4 ms (PutItem against DynamoDB Local; `npm run bench:api`
 * shows it per sign-up). Its items are flat (every attribute a string), so there is nothing to
 * marshal. Everything else uses the SDK.
 *
 * Credentials and region come from the SDK client's resolved configuration, so the chain (Lambda's
 * role, a profile, the local stand-in's fixed keys) is the SDK's own; the signing is sigv4.ts.
 */
import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Pool } from 'undici';
import { createSigner } from './sigv4.js';

export type FlatItem = Record<string, string>;

export interface PutItemInput {
  TableName: string;
  Item: FlatItem;
  ConditionExpression?: string;
  ExpressionAttributeValues?: FlatItem;
}

export interface GetItemInput {
  TableName: string;
  Key: FlatItem;
  ConsistentRead?: boolean;
}

export interface ItemApi {
  putItem(input: PutItemInput): Promise<void>;
  getItem(input: GetItemInput): Promise<FlatItem | undefined>;
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
    async putItem(input) {
      await call('PutItem', {
        TableName: input.TableName,
        Item: toAttributes(input.Item),
        ...(input.ConditionExpression && { ConditionExpression: input.ConditionExpression }),
        ...(input.ExpressionAttributeValues && { ExpressionAttributeValues: toAttributes(input.ExpressionAttributeValues) }),
      });
    },
    async getItem(input) {
      const output = await call('GetItem', { TableName: input.TableName, Key: toAttributes(input.Key), ConsistentRead: input.ConsistentRead ?? false });
      return output.Item ? fromAttributes(output.Item as Record<string, { S?: string }>) : undefined;
    },
    close: () => pool.close(),
  };
}

function toAttributes(item: FlatItem): Record<string, { S: string }> {
  const attributes: Record<string, { S: string }> = {};
  for (const [name, value] of Object.entries(item)) attributes[name] = { S: value };
  return attributes;
}

function fromAttributes(attributes: Record<string, { S?: string }>): FlatItem {
  const item: FlatItem = {};
  for (const [name, value] of Object.entries(attributes)) if (value.S !== undefined) item[name] = value.S;
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
