import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient, itemApiFor } from '../../lib/store/client.js';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../lib/store/embedded.js';
import { createItemApi, DynamoDbError, type ItemApi } from '../../lib/store/item-api.js';
import { ensureTable } from '../../lib/store/tables.js';

describe('item API against a real local DynamoDB (dynalite)', () => {
  let dynamo: EmbeddedDynamo;
  let items: ItemApi;
  const TableName = 'item-api-test';

  beforeAll(async () => {
    dynamo = await startEmbeddedDynamo();
    const client = createDocumentClient(dynamo.endpoint);
    await ensureTable(client, TableName);
    items = itemApiFor(client);
  });
  afterAll(async () => {
    await dynamo?.close();
  });

  it('puts and gets a flat item; a missing one is undefined', async () => {
    await items.putItem({ TableName, Item: { pk: 'a', sk: 'b', text: 'Ünïcode "quoted" {json}' } });
    expect(await items.getItem({ TableName, Key: { pk: 'a', sk: 'b' }, ConsistentRead: true })).toEqual({ pk: 'a', sk: 'b', text: 'Ünïcode "quoted" {json}' });
    expect(await items.getItem({ TableName, Key: { pk: 'a', sk: 'none' } })).toBeUndefined();
  });

  it('numbers and string sets round-trip, and read the same through the SDK', async () => {
    await items.putItem({ TableName, Item: { pk: 'n', sk: 's', revision: 3, ratio: 0.125, ids: new Set(['a', 'b']) } });
    expect(await items.getItem({ TableName, Key: { pk: 'n', sk: 's' } })).toEqual({ pk: 'n', sk: 's', revision: 3, ratio: 0.125, ids: new Set(['a', 'b']) });
    const { Item } = await createDocumentClient(dynamo.endpoint).send(new GetCommand({ TableName, Key: { pk: 'n', sk: 's' } }));
    expect(Item).toEqual({ pk: 'n', sk: 's', revision: 3, ratio: 0.125, ids: new Set(['a', 'b']) });
  });

  it('bytes round-trip, and read the same through the SDK', async () => {
    const bytes = Buffer.from([0, 1, 2, 250, 255]);
    await items.putItem({ TableName, Item: { pk: 'b', sk: 'y', bytes: bytes.subarray(1, 4) } });
    expect(await items.getItem({ TableName, Key: { pk: 'b', sk: 'y' } })).toEqual({ pk: 'b', sk: 'y', bytes: Buffer.from([1, 2, 250]) });
    const { Item } = await createDocumentClient(dynamo.endpoint).send(new GetCommand({ TableName, Key: { pk: 'b', sk: 'y' } }));
    expect(Buffer.from(Item!.bytes as Uint8Array)).toEqual(Buffer.from([1, 2, 250]));
  });

  it('updates: SET through attribute names, ADD to a set, and a condition on a number', async () => {
    const Key = { pk: 'u', sk: 'v' };
    const update = (id: string, revision: number) =>
      items.updateItem({
        TableName, Key,
        UpdateExpression: 'SET #latest = :id, revision = :next ADD ids :ids',
        ConditionExpression: 'attribute_not_exists(revision) OR revision = :revision',
        ExpressionAttributeNames: { '#latest': 'latest' },
        ExpressionAttributeValues: { ':id': id, ':ids': new Set([id]), ':revision': revision, ':next': revision + 1 },
      });
    await update('a1', 0);
    await update('a2', 1);
    await expect(update('a3', 0)).rejects.toBeInstanceOf(ConditionalCheckFailedException);
    expect(await items.getItem({ TableName, Key, ConsistentRead: true })).toEqual({ ...Key, latest: 'a2', revision: 2, ids: new Set(['a1', 'a2']) });
  });

  it('a failed condition is the SDK\'s ConditionalCheckFailedException, and nothing is written', async () => {
    await items.putItem({ TableName, Item: { pk: 'c', sk: 'd', v: '1' }, ConditionExpression: 'attribute_not_exists(pk)' });
    const second = items.putItem({ TableName, Item: { pk: 'c', sk: 'd', v: '2' }, ConditionExpression: 'attribute_not_exists(pk) OR v <= :v', ExpressionAttributeValues: { ':v': '0' } });
    await expect(second).rejects.toBeInstanceOf(ConditionalCheckFailedException);
    expect((await items.getItem({ TableName, Key: { pk: 'c', sk: 'd' } }))?.v).toBe('1');
  });
});

describe('item API faults (a stand-in store answering as DynamoDB does)', () => {
  let server: Server;
  let endpoint: string;
  let answers: ((headers: IncomingHttpHeaders) => [number, string] | 'hang')[] = [];
  let seen: IncomingHttpHeaders[] = [];
  const sdk = new DynamoDBClient({ region: 'eu-west-1', credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' } });
  const created: ItemApi[] = [];
  const api = (options: { maxAttempts?: number; requestTimeoutMs?: number } = {}) => {
    const items = createItemApi({ endpoint, region: 'eu-west-1', sdk, ...options });
    created.push(items);
    return items;
  };
  const error = (type: string, message: string) => JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message });

  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        seen.push(request.headers);
        const answer = answers.shift() ?? (() => [200, '{}'] as [number, string]);
        const result = answer(request.headers);
        if (result === 'hang') return;
        response.writeHead(result[0], { 'content-type': 'application/x-amz-json-1.0' }).end(result[1]);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await Promise.all(created.map((items) => items.close().catch(() => undefined)));
    await new Promise((resolve) => server.close(resolve));
  });

  it('signs each call with SigV4 for dynamodb and names the operation', async () => {
    seen = [];
    await api().putItem({ TableName: 't', Item: { pk: 'x' } });
    expect(seen[0]!['x-amz-target']).toBe('DynamoDB_20120810.PutItem');
    expect(seen[0]!.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/eu-west-1\/dynamodb\/aws4_request, SignedHeaders=[^,]*host[^,]*x-amz-date[^,]*x-amz-target/);
  });

  it('retries a server error and throttling, then succeeds', async () => {
    seen = [];
    answers = [() => [500, error('InternalServerError', 'oops')], () => [400, error('ThrottlingException', 'slow down')]];
    await api().putItem({ TableName: 't', Item: { pk: 'x' } });
    expect(seen).toHaveLength(3);
  });

  it('gives up after its attempts with the error DynamoDB named', async () => {
    seen = [];
    answers = Array.from({ length: 3 }, () => () => [400, error('ProvisionedThroughputExceededException', 'too fast')] as [number, string]);
    await expect(api({ maxAttempts: 3 }).putItem({ TableName: 't', Item: { pk: 'x' } })).rejects.toMatchObject({ name: 'ProvisionedThroughputExceededException' });
    expect(seen).toHaveLength(3);
  });

  it('does not retry a request DynamoDB refuses as invalid', async () => {
    seen = [];
    answers = [() => [400, error('ValidationException', 'One or more parameter values were invalid')]];
    const call = api().getItem({ TableName: 't', Key: { pk: 'x' } });
    await expect(call).rejects.toBeInstanceOf(DynamoDbError);
    await expect(call).rejects.toMatchObject({ name: 'ValidationException', message: expect.stringContaining('parameter values were invalid') });
    expect(seen).toHaveLength(1);
  });

  it('a store that never answers fails the call after its timeout instead of hanging', async () => {
    answers = [() => 'hang'];
    const started = Date.now();
    await expect(api({ requestTimeoutMs: 300, maxAttempts: 1 }).getItem({ TableName: 't', Key: { pk: 'x' } })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
