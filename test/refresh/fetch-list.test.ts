import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchList, FetchListError, type FetchListOptions, type RetryNotice } from '../../lib/refresh/fetch-list.js';
import { startListServer, type ListServer } from '../support/list-server.js';

const BODY = Buffer.from(JSON.stringify({ results: [{ id: '1', source: 'SDN', name: 'EXAMPLE TRADING LLC' }] }));
/** Fast retries: tests check the retry logic, not the waiting. */
const FAST: FetchListOptions = { backoffBaseMs: 1, backoffMaxMs: 5, random: () => 0.5 };

let server: ListServer;

beforeAll(async () => {
  server = await startListServer(BODY);
});
afterAll(() => server.close());
beforeEach(() => {
  server.serve(BODY, { lastModified: 'Mon, 16 May 2022 00:00:00 GMT' });
  server.faults.length = 0;
  server.requests.length = 0;
  server.conditional = true;
});

async function failure(promise: Promise<unknown>): Promise<FetchListError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchListError);
  return error as FetchListError;
}

describe('fetchList', () => {
  it('downloads the file with its validators', async () => {
    const result = await fetchList(server.url, FAST);
    expect(result).toMatchObject({ status: 'fetched', attempts: 1, lastModified: 'Mon, 16 May 2022 00:00:00 GMT', etag: expect.stringMatching(/^"/) });
    expect(result.status === 'fetched' && result.content.equals(BODY)).toBe(true);
  });

  it('retries a 500 and then succeeds, telling onRetry', async () => {
    server.faults.push({ status: 500 });
    const retries: RetryNotice[] = [];
    const result = await fetchList(server.url, { ...FAST, onRetry: (retry) => retries.push(retry) });
    expect(result).toMatchObject({ status: 'fetched', attempts: 2 });
    expect(retries).toEqual([{ attempt: 1, reason: 'HTTP 500', delayMs: expect.any(Number) }]);
  });

  it('retries a 429, waiting at least its Retry-After', async () => {
    server.faults.push({ status: 429, retryAfter: '0.2' });
    const retries: RetryNotice[] = [];
    const result = await fetchList(server.url, { ...FAST, backoffMaxMs: 1_000, onRetry: (retry) => retries.push(retry) });
    expect(result).toMatchObject({ status: 'fetched', attempts: 2 });
    expect(retries[0]!.delayMs).toBeGreaterThanOrEqual(200);
  });

  it('does not retry a 404', async () => {
    server.faults.push({ status: 404 });
    const error = await failure(fetchList(server.url, FAST));
    expect(error).toMatchObject({ attempts: 1, retryable: false, statusCode: 404 });
    expect(error.message).toMatch(/consolidated\.json: download failed after 1 attempt: HTTP 404/);
    expect(server.requests).toHaveLength(1);
  });

  it('gives up after the configured attempts', async () => {
    server.faults.push({ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 });
    const error = await failure(fetchList(server.url, { ...FAST, attempts: 3 }));
    expect(error).toMatchObject({ attempts: 3, retryable: true, statusCode: 503 });
    expect(server.requests).toHaveLength(3);
  });

  it('retries a connection cut mid-body and returns the whole file', async () => {
    server.faults.push({ cutAfter: 0.5 });
    const result = await fetchList(server.url, FAST);
    expect(result).toMatchObject({ status: 'fetched', attempts: 2 });
    expect(result.status === 'fetched' && result.content.equals(BODY)).toBe(true);
  });

  // undici runs these timeouts on its coarse timer (about 1 s resolution), hence the long stalls.
  it('times out slow headers and a stalled body, then retries', async () => {
    server.faults.push({ delayHeadersMs: 4_000 }, { stallBodyMs: 4_000 });
    const retries: RetryNotice[] = [];
    const result = await fetchList(server.url, { ...FAST, headersTimeoutMs: 100, bodyTimeoutMs: 100, onRetry: (retry) => retries.push(retry) });
    expect(result).toMatchObject({ status: 'fetched', attempts: 3 });
    expect(retries.map((retry) => retry.reason)).toEqual([expect.stringMatching(/UND_ERR_HEADERS_TIMEOUT/), expect.stringMatching(/UND_ERR_BODY_TIMEOUT/)]);
  });

  it('stops at the overall deadline', async () => {
    server.faults.push(...Array.from({ length: 10 }, () => ({ status: 500 })));
    const error = await failure(fetchList(server.url, { attempts: 10, backoffBaseMs: 200, backoffMaxMs: 200, random: () => 1, totalTimeoutMs: 300 }));
    expect(error.message).toMatch(/overall download deadline/);
    expect(server.requests.length).toBeLessThan(10);
  });

  it('sends If-None-Match and If-Modified-Since, and reports a 304', async () => {
    const first = await fetchList(server.url, FAST);
    if (first.status !== 'fetched') throw new Error('expected a body');
    const second = await fetchList(server.url, { ...FAST, etag: first.etag!, lastModified: first.lastModified! });
    expect(second).toMatchObject({ status: 'not-modified', attempts: 1 });
    expect(server.requests[1]).toMatchObject({ 'if-none-match': first.etag, 'if-modified-since': first.lastModified });
  });

  it('refuses a body over the size cap without retrying', async () => {
    const error = await failure(fetchList(server.url, { ...FAST, maxBytes: 10 }));
    expect(error).toMatchObject({ attempts: 1, retryable: false });
    expect(error.message).toMatch(/over the 10-byte cap/);
  });

  it('undoes gzip Content-Encoding and caps the decoded size too', async () => {
    const big = Buffer.from(JSON.stringify({ results: Array.from({ length: 2_000 }, (_, i) => ({ id: String(i), source: 'SDN', name: 'A'.repeat(50) })) }));
    server.serve(big, { gzip: true });
    const result = await fetchList(server.url, FAST);
    expect(result.status === 'fetched' && result.content.equals(big)).toBe(true);
    expect(result.status === 'fetched' && result.transferBytes).toBeLessThan(big.length / 10);
    expect(server.requests[0]!['accept-encoding']).toMatch(/gzip/);
    const error = await failure(fetchList(server.url, { ...FAST, maxBytes: 50_000 }));
    expect(error.message).toMatch(/decoded body larger than the 50000-byte cap/);
  });

  it('retries a refused connection, then reports it', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure(fetchList(`http://127.0.0.1:${port}/x.json`, { ...FAST, attempts: 2 }));
    expect(error).toMatchObject({ attempts: 2, retryable: true });
    expect(error.message).toMatch(/ECONNREFUSED/);
  });

  it('does not retry a URL it cannot use', async () => {
    const error = await failure(fetchList('ftp://example.invalid/list.json', FAST));
    expect(error).toMatchObject({ attempts: 1, retryable: false });
  });
});
