/**
 * Just enough of two AWS APIs on 127.0.0.1 for the refresh's calls, driven by the real SDK clients:
 * EventBridge PutEvents (JSON 1.1) and S3 PutObject (with If-None-Match) / GetObject, path-style.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PutEventsEntry {
  EventBusName?: string;
  Source?: string;
  DetailType?: string;
  Detail?: string;
}

export interface FakeAws {
  endpoint: string;
  /** Every PutEvents entry received. */
  events: PutEventsEntry[];
  /** When set, PutEvents reports every entry as failed with this code. */
  failEvents?: string;
  /** S3 objects by `bucket/key`. */
  objects: Map<string, { body: Buffer; metadata: Record<string, string> }>;
  close(): Promise<void>;
}

export async function startFakeAws(): Promise<FakeAws> {
  const fake: FakeAws = {
    endpoint: '',
    events: [],
    objects: new Map(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  const server = createServer(async (request, response) => {
    const body = await readBody(request);
    const target = request.headers['x-amz-target'];
    if (target === 'AWSEvents.PutEvents') {
      const { Entries = [] } = JSON.parse(body.toString('utf8')) as { Entries?: PutEventsEntry[] };
      response.setHeader('content-type', 'application/x-amz-json-1.1');
      if (fake.failEvents) {
        response.end(JSON.stringify({ FailedEntryCount: Entries.length, Entries: Entries.map(() => ({ ErrorCode: fake.failEvents, ErrorMessage: 'refused by the fake' })) }));
        return;
      }
      fake.events.push(...Entries);
      response.end(JSON.stringify({ FailedEntryCount: 0, Entries: Entries.map((_, i) => ({ EventId: `event-${fake.events.length + i}` })) }));
      return;
    }
    const key = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname.slice(1));
    if (request.method === 'PUT') {
      if (request.headers['if-none-match'] === '*' && fake.objects.has(key)) return s3Error(response, 412, 'PreconditionFailed');
      const metadata = Object.fromEntries(
        Object.entries(request.headers).flatMap(([name, value]) => (name.startsWith('x-amz-meta-') ? [[name.slice(11), String(value)]] : [])),
      );
      fake.objects.set(key, { body, metadata });
      response.setHeader('etag', '"fake"');
      response.end();
      return;
    }
    if (request.method === 'GET') {
      const object = fake.objects.get(key);
      if (!object) return s3Error(response, 404, 'NoSuchKey');
      response.setHeader('content-length', String(object.body.length));
      response.end(object.body);
      return;
    }
    response.statusCode = 400;
    response.end();
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

function s3Error(response: import('node:http').ServerResponse, status: number, code: string): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/xml');
  response.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`);
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
