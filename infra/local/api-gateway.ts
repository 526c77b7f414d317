/**
 * The local stand-in for API Gateway (HTTP API, payload 2.0): turns a Node request into the event a
 * Lambda handler receives and writes its result back, so `npm start` runs the deployed handler code.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';

export type HttpHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

export interface Route {
  method: string;
  /** API Gateway style: `/v1/entries/{entryId}`. */
  path: string;
  handler: HttpHandler;
}

/** Body bytes the local server accepts, as API Gateway's own 10 MB payload cap does. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

export function createRequestListener(routes: Route[]) {
  const compiled = routes.map((route) => ({ route, ...compilePath(route.path) }));
  return async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    let pathParameters: Record<string, string> | undefined;
    const match = compiled.find((c) => {
      if (c.route.method !== method) return false;
      const m = c.pattern.exec(url.pathname);
      if (m) pathParameters = Object.fromEntries(c.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]));
      return Boolean(m);
    });
    if (!match) return send(res, { statusCode: 404, body: JSON.stringify({ error: 'not found', path: url.pathname }) });
    const body = await readBody(req);
    if (body === undefined) return send(res, { statusCode: 413, body: JSON.stringify({ error: 'request body too large' }) });
    const event = toEvent(req, url, method, match.route.path, pathParameters, body);
    try {
      send(res, await match.route.handler(event, lambdaContext()));
    } catch (error) {
      console.error(error);
      send(res, { statusCode: 500, body: JSON.stringify({ error: 'internal error' }) });
    }
  };
}

/** `{name}` matches one path segment; a greedy `{name+}` (API Gateway's `{proxy+}`) the rest of the path. */
function compilePath(path: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  // After escaping, a greedy parameter reads `{proxy\+}`.
  const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)(\\\+)?\}/g, (_, name: string, greedy?: string) => {
    names.push(name);
    return greedy ? '(.+)' : '([^/]+)';
  });
  return { pattern: new RegExp(`^${source}$`), names };
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function toEvent(req: IncomingMessage, url: URL, method: string, routePath: string, pathParameters: Record<string, string> | undefined, body: string): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers[key] = Array.isArray(value) ? value.join(',') : value;
  const query = Object.fromEntries(url.searchParams);
  const now = Date.now();
  return {
    version: '2.0',
    routeKey: `${method} ${routePath}`,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    ...(Object.keys(query).length && { queryStringParameters: query }),
    ...(pathParameters && Object.keys(pathParameters).length && { pathParameters }),
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: { method, path: url.pathname, protocol: `HTTP/${req.httpVersion}`, sourceIp: req.socket.remoteAddress ?? '127.0.0.1', userAgent: headers['user-agent'] ?? '' },
      requestId: randomUUID(),
      routeKey: `${method} ${routePath}`,
      stage: '$default',
      time: new Date(now).toISOString(),
      timeEpoch: now,
    },
    ...(body && { body }),
    isBase64Encoded: false,
  };
}

function lambdaContext(): Context {
  const requestId = randomUUID();
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'local',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:local:000000000000:function:local',
    memoryLimitInMB: '1024',
    awsRequestId: requestId,
    logGroupName: 'local',
    logStreamName: 'local',
    getRemainingTimeInMillis: () => 30_000,
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

function send(res: ServerResponse, result: APIGatewayProxyStructuredResultV2): void {
  const headers = { 'content-type': 'application/json; charset=utf-8', ...result.headers };
  res.writeHead(result.statusCode ?? 200, headers as Record<string, string>);
  res.end(result.body ?? '');
}
