/**
 * An HTTP proxy in front of a real DynamoDB-compatible store, through which both clients (the SDK and
 * the item API) go: a test sees every call in order, and can hold a call back or answer it in the
 * store's place, as a store that dies mid-run or answers late would.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';

/** A call as DynamoDB receives it: the operation ("PutItem") and its JSON body in wire form. */
export interface StoreCall {
  operation: string;
  input: Record<string, unknown>;
}

/** An answer given in the store's place: DynamoDB's error form, named `type`. */
export interface StoreError {
  status: number;
  type: string;
  message: string;
}

/** Decides each call before it is forwarded: nothing (forward it), or an error to answer with instead. */
export type Intercept = (call: StoreCall) => StoreError | void | Promise<StoreError | void>;

export interface StoreProxy {
  endpoint: string;
  /** Every call so far, in the order they arrived. */
  calls: StoreCall[];
  close(): Promise<void>;
}

export async function startStoreProxy(target: string, intercept: Intercept = () => undefined): Promise<StoreProxy> {
  const calls: StoreCall[] = [];
  const server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const call = { operation: String(incoming.headers['x-amz-target'] ?? '').split('.').pop() ?? '', input: body ? (JSON.parse(body) as Record<string, unknown>) : {} };
    calls.push(call);
    const refusal = await intercept(call);
    if (refusal) {
      outgoing.writeHead(refusal.status, { 'content-type': 'application/x-amz-json-1.0' });
      outgoing.end(JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${refusal.type}`, message: refusal.message }));
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
    calls,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** The process "dies" once `limit` calls matching `counts` went through: every later call fails, and neither client retries it. */
export function crashAfter(counts: (call: StoreCall) => boolean, limit: number): Intercept {
  let seen = 0;
  let crashed = false;
  return (call) => {
    if (crashed || (counts(call) && ++seen > limit)) {
      crashed = true;
      return { status: 400, type: 'SimulatedCrash', message: 'simulated crash' };
    }
  };
}
