/**
 * The one download path for list files (`lists load URL`, `lists refresh`, the nightly job): undici
 * with header and body timeouts, an overall deadline, a size cap, bounded retries with exponential
 * backoff and full jitter, and a conditional request (If-None-Match / If-Modified-Since) so an
 * unchanged file costs a 304 and no body.
 *
 * Retried: network errors (refused, reset, cut mid-body, timeouts), 5xx, 408 and 429 (honouring a
 * short Retry-After). Not retried: other 4xx, a body over the cap, the caller's abort.
 */
import { promisify } from 'node:util';
import { brotliDecompress as brotliCallback, gunzip as gunzipCallback, inflate as inflateCallback } from 'node:zlib';
import { Agent, interceptors, request } from 'undici';
import { InputError } from '../errors.js';

const gunzip = promisify(gunzipCallback);
const inflate = promisify(inflateCallback);
const brotliDecompress = promisify(brotliCallback);

export interface FetchListOptions {
  /** ETag of the copy we already hold; sent as If-None-Match. */
  etag?: string;
  /** Last-Modified of the copy we already hold; sent as If-Modified-Since. */
  lastModified?: string;
  /** Longest wait for the response headers, per attempt. Default 30 s. */
  headersTimeoutMs?: number;
  /** Longest silence between two body chunks, per attempt. Default 30 s. */
  bodyTimeoutMs?: number;
  /** Deadline for the whole fetch, retries and backoff included. Default 5 min. */
  totalTimeoutMs?: number;
  /** Largest accepted body, after decompression. Default 200 MiB (the 2022 CSL is ~12 MB as JSON). */
  maxBytes?: number;
  /** Attempts in all, the first included. Default 4. */
  attempts?: number;
  /** First backoff ceiling; doubles per retry (full jitter: a random wait up to the ceiling). Default 1 s. */
  backoffBaseMs?: number;
  /** Cap on one backoff wait, Retry-After included. Default 20 s. */
  backoffMaxMs?: number;
  /** Aborts the fetch (e.g. the Lambda is about to time out). */
  signal?: AbortSignal;
  /** Source of jitter in [0, 1); tests pass a constant. */
  random?: () => number;
  /** Told before each backoff wait, for logs. */
  onRetry?: (retry: RetryNotice) => void;
}

export interface RetryNotice {
  /** The attempt that failed, 1-based. */
  attempt: number;
  reason: string;
  delayMs: number;
}

export interface FetchedList {
  status: 'fetched';
  url: string;
  /** The decoded body (Content-Encoding undone): what is hashed, stored and parsed. */
  content: Buffer;
  etag?: string;
  lastModified?: string;
  fetchedAt: string;
  attempts: number;
  /** Bytes received on the wire for the successful attempt (compressed when the server compressed). */
  transferBytes: number;
}

export interface NotModified {
  status: 'not-modified';
  url: string;
  fetchedAt: string;
  attempts: number;
}

export type FetchListResult = FetchedList | NotModified;

type FetchSettings = Required<
  Pick<FetchListOptions, 'headersTimeoutMs' | 'bodyTimeoutMs' | 'totalTimeoutMs' | 'maxBytes' | 'attempts' | 'backoffBaseMs' | 'backoffMaxMs'>
>;

export const DEFAULT_FETCH: Readonly<FetchSettings> = {
  headersTimeoutMs: 30_000,
  bodyTimeoutMs: 30_000,
  totalTimeoutMs: 5 * 60_000,
  maxBytes: 200 * 1024 * 1024,
  attempts: 4,
  backoffBaseMs: 1_000,
  backoffMaxMs: 20_000,
};

const MAX_REDIRECTS = 3;

/** A download that did not produce the file; `where` is the URL. An InputError so the CLI exits 2 with one line. */
export class FetchListError extends InputError {
  override name = 'FetchListError';
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly attempts: number,
    readonly retryable: boolean,
    readonly statusCode?: number,
  ) {
    super(`download failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${reason}`, url);
  }
}

/** trade.gov answers the bulk file through redirects; follow a few, never loop. One agent per container. */
const dispatcher = new Agent().compose(interceptors.redirect({ maxRedirections: MAX_REDIRECTS }));

/** An attempt's failure, and whether another attempt could succeed. */
class AttemptError extends Error {
  constructor(
    readonly reason: string,
    readonly retryable: boolean,
    readonly statusCode?: number,
    readonly retryAfterMs?: number,
  ) {
    super(reason);
  }
}

export async function fetchList(url: string, options: FetchListOptions = {}): Promise<FetchListResult> {
  const settings = fetchSettings(options);
  const random = options.random ?? Math.random;
  const deadline = AbortSignal.timeout(settings.totalTimeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;

  for (let attempt = 1; ; attempt++) {
    try {
      return { ...(await attemptFetch(url, options, settings, signal)), attempts: attempt };
    } catch (error) {
      const failure = toAttemptError(error, signal);
      if (!failure.retryable || attempt >= settings.attempts) {
        throw new FetchListError(url, failure.reason, attempt, failure.retryable, failure.statusCode);
      }
      const ceiling = Math.min(settings.backoffMaxMs, settings.backoffBaseMs * 2 ** (attempt - 1));
      const delayMs = Math.round(Math.min(settings.backoffMaxMs, Math.max(failure.retryAfterMs ?? 0, random() * ceiling)));
      options.onRetry?.({ attempt, reason: failure.reason, delayMs });
      try {
        await sleep(delayMs, signal);
      } catch {
        throw new FetchListError(url, `${failure.reason}; gave up: ${abortReason(signal)}`, attempt, true, failure.statusCode);
      }
    }
  }
}

function fetchSettings(options: FetchListOptions): FetchSettings {
  const settings = { ...DEFAULT_FETCH };
  for (const key of Object.keys(DEFAULT_FETCH) as (keyof FetchSettings)[]) {
    const value = options[key];
    if (value !== undefined) settings[key] = value;
  }
  if (!(settings.attempts >= 1)) throw new RangeError(`attempts must be at least 1, got ${settings.attempts}`);
  return settings;
}

async function attemptFetch(
  url: string,
  options: FetchListOptions,
  settings: FetchSettings,
  signal: AbortSignal,
): Promise<Omit<FetchedList, 'attempts'> | Omit<NotModified, 'attempts'>> {
  const headers: Record<string, string> = { accept: 'application/json, text/csv;q=0.9, */*;q=0.5', 'accept-encoding': 'gzip, br, deflate' };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;

  const response = await request(url, {
    dispatcher,
    headers,
    signal,
    headersTimeout: settings.headersTimeoutMs,
    bodyTimeout: settings.bodyTimeoutMs,
  });
  const fetchedAt = new Date().toISOString();
  const { statusCode } = response;

  if (statusCode === 304) {
    await response.body.dump();
    return { status: 'not-modified', url, fetchedAt };
  }
  if (statusCode !== 200) {
    await response.body.dump().catch(() => {});
    const retryable = statusCode >= 500 || statusCode === 408 || statusCode === 429;
    throw new AttemptError(`HTTP ${statusCode}`, retryable, statusCode, retryAfterMs(header(response.headers, 'retry-after')));
  }

  const declared = Number(header(response.headers, 'content-length'));
  const encoding = (header(response.headers, 'content-encoding') ?? 'identity').trim().toLowerCase();
  if (Number.isFinite(declared) && declared > settings.maxBytes) {
    await response.body.dump().catch(() => {});
    throw new AttemptError(`the server announces ${declared} bytes, over the ${settings.maxBytes}-byte cap`, false);
  }

  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of response.body as AsyncIterable<Buffer>) {
    received += chunk.length;
    if (received > settings.maxBytes) {
      response.body.destroy();
      throw new AttemptError(`body larger than the ${settings.maxBytes}-byte cap`, false);
    }
    chunks.push(chunk);
  }
  const content = await decodeBody(Buffer.concat(chunks), encoding, settings.maxBytes);
  const etag = header(response.headers, 'etag');
  const lastModified = header(response.headers, 'last-modified');
  return {
    status: 'fetched',
    url,
    content,
    ...(etag !== undefined ? { etag } : {}),
    ...(lastModified !== undefined ? { lastModified } : {}),
    fetchedAt,
    transferBytes: received,
  };
}

/** Undoes Content-Encoding, with the size cap applied to the decoded bytes too (a small gzip can hold a lot). */
async function decodeBody(body: Buffer, encoding: string, maxBytes: number): Promise<Buffer> {
  const limit = { maxOutputLength: maxBytes };
  try {
    switch (encoding) {
      case 'identity':
      case '':
        return body;
      case 'gzip':
      case 'x-gzip':
        return await gunzip(body, limit);
      case 'br':
        return await brotliDecompress(body, limit);
      case 'deflate':
        return await inflate(body, limit);
      default:
        throw new AttemptError(`unsupported Content-Encoding "${encoding}"`, false);
    }
  } catch (error) {
    if (error instanceof AttemptError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new AttemptError(`decoded body larger than the ${maxBytes}-byte cap`, false);
    }
    // A body cut short in transit fails to decode; another attempt may get all of it.
    throw new AttemptError(`${encoding} body does not decode (${(error as Error).message})`, true);
  }
}

function toAttemptError(error: unknown, signal: AbortSignal): AttemptError {
  if (error instanceof AttemptError) return error;
  if (signal.aborted) return new AttemptError(abortReason(signal), false);
  const code = (error as { code?: string }).code;
  const message = (error as Error).message ?? String(error);
  // A malformed URL or option is our bug, not the network's: retrying cannot help.
  if (code === 'UND_ERR_INVALID_ARG' || code === 'ERR_INVALID_URL' || error instanceof TypeError) {
    return new AttemptError(message, false);
  }
  return new AttemptError(code ? `${message} (${code})` : message, true);
}

function abortReason(signal: AbortSignal): string {
  const reason = signal.reason as Error | undefined;
  return reason?.name === 'TimeoutError' ? 'the overall download deadline passed' : `aborted (${reason?.message ?? 'no reason'})`;
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
