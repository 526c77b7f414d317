/**
 * A DynamoDB endpoint whose process "dies" mid-run: an HTTP proxy to a real store that forwards calls
 * until `limit` calls matching `counts` went through, then answers every call (SDK or item API alike)
 * with an error named SimulatedCrash, which neither client retries.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';

/** A call as DynamoDB receives it: the operation ("PutItem") and its JSON body in wire form. */
export type StoreCall = { operation: string; input: Record<string, unknown> };

export interface CrashingStore {
  endpoint: string;
  close(): Promise<void>;
}

export async function crashingStore(target: string, counts: (call: StoreCall) => boolean, limit: number): Promise<CrashingStore> {
  let seen = 0;
  let crashed = false;
  const server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const operation = String(incoming.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
    const input = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    if (crashed || (counts({ operation, input }) && ++seen > limit)) {
      crashed = true;
      outgoing.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
      outgoing.end(JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#SimulatedCrash', message: 'simulated crash' }));
      return;
    }
    const headers = Object.fromEntries(Object.entries(incoming.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>;
    const answer = await request(`${target}/`, { method: 'POST', headers, body });
    outgoing.writeHead(answer.statusCode, { 'content-type': String(answer.headers['content-type'] ?? 'application/x-amz-json-1.0') });
    outgoing.end(await answer.body.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
