/**
 * A stand-in for trade.gov's bulk download on 127.0.0.1: serves one body with an ETag and a
 * Last-Modified, answers 304 to a matching If-None-Match, and plays queued faults, one per request.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';

export type Fault =
  /** Answer with this status and a short body. */
  | { status: number; retryAfter?: string }
  /** Announce the full length, send this share of the body, then cut the connection. */
  | { cutAfter: number }
  /** Wait this long before sending headers. */
  | { delayHeadersMs: number }
  /** Send half the body, then stall this long before the rest. */
  | { stallBodyMs: number };

export interface ListServer {
  url: string;
  /** Headers of every request received, in order. */
  requests: IncomingHttpHeaders[];
  /** Played in order, one per request, before normal service resumes. */
  faults: Fault[];
  /** Replaces the served file; a new ETag follows from its content. */
  serve(body: Buffer, options?: { etag?: string | null; lastModified?: string | null; gzip?: boolean }): void;
  /** When false, If-None-Match is ignored (a server without conditional GET). Default true. */
  conditional: boolean;
  close(): Promise<void>;
}

export async function startListServer(initial: Buffer = Buffer.from('{"results":[]}')): Promise<ListServer> {
  let wire = initial;
  let encoding: string | undefined;
  let etag: string | null = etagOf(initial);
  let lastModified: string | null = new Date(Date.UTC(2022, 4, 16)).toUTCString();
  const sockets = new Set<Socket>();

  const state: ListServer = {
    url: '',
    requests: [],
    faults: [],
    conditional: true,
    serve(next, options = {}) {
      encoding = options.gzip ? 'gzip' : undefined;
      wire = options.gzip ? gzipSync(next) : next;
      etag = options.etag === undefined ? etagOf(next) : options.etag;
      lastModified = options.lastModified === undefined ? new Date().toUTCString() : options.lastModified;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const server = createServer((request, response) => {
    state.requests.push(request.headers);
    const fault = state.faults.shift();
    void respond(request.headers, response, fault);
  });

  async function respond(headers: IncomingHttpHeaders, response: ServerResponse, fault: Fault | undefined): Promise<void> {
    if (fault && 'status' in fault) {
      response.writeHead(fault.status, { 'content-type': 'text/plain', ...(fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}) });
      response.end(`fault ${fault.status}`);
      return;
    }
    if (fault && 'delayHeadersMs' in fault) await sleep(fault.delayHeadersMs);
    if (state.conditional && etag && headers['if-none-match'] === etag) {
      response.writeHead(304, { etag });
      response.end();
      return;
    }
    const head = {
      'content-type': 'application/json',
      'content-length': String(wire.length),
      ...(etag ? { etag } : {}),
      ...(lastModified ? { 'last-modified': lastModified } : {}),
      ...(encoding ? { 'content-encoding': encoding } : {}),
    };
    response.writeHead(200, head);
    if (fault && 'cutAfter' in fault) {
      response.write(wire.subarray(0, Math.floor(wire.length * fault.cutAfter)), () => {
        setTimeout(() => response.socket?.destroy(), 20);
      });
      return;
    }
    if (fault && 'stallBodyMs' in fault) {
      const half = Math.floor(wire.length / 2);
      response.write(wire.subarray(0, half));
      await sleep(fault.stallBodyMs);
      if (!response.destroyed) response.end(wire.subarray(half));
      return;
    }
    response.end(wire);
  }

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/downloadable_consolidated_screening_list/v1/consolidated.json`;
  return state;
}

function etagOf(content: Buffer): string {
  return `"${createHash('sha1').update(content).digest('hex')}"`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
