/**
 * The refresh's settings, read from the environment (the Lambda's and the CLI's alike). Every
 * variable is optional; a malformed value is an InputError naming the variable, raised at start.
 *
 * | variable | default | meaning |
 * |---|---|---|
 * | LIST_URL | trade.gov's consolidated.json | the CSL bulk file |
 * | REFRESH_MAX_ENTRY_DROP | 0.2 | refuse a file this fraction (or more) smaller than the active version |
 * | REFRESH_MAX_ENTRY_GROWTH | 1 | refuse a file this fraction (or more) larger |
 * | REFRESH_MAX_SOURCE_DROP | 0.5 | refuse when one source shrinks by this fraction ... |
 * | REFRESH_MIN_SOURCE_DROP_ENTRIES | 10 | ... and by at least this many entries |
 * | REFRESH_MIN_ENTRIES | 1000 | refuse a file with fewer entries |
 * | REFRESH_ALLOW_MISSING_SOURCES | (none) | comma-separated source codes allowed to vanish |
 * | REFRESH_SKIP_BAD_ROWS | false | skip (and report) bad rows instead of refusing the file |
 * | REFRESH_MAX_BYTES | 200 MiB | largest accepted download |
 * | REFRESH_ATTEMPTS | 4 | download attempts |
 * | REFRESH_TIMEOUT_MS | 30000 | header and between-chunk timeout per attempt |
 * | KEEP_VERSIONS | 3 | newest versions never expired |
 * | RETENTION_DAYS | 30 | older versions expire this long after creation |
 */
import { InputError } from '../errors.js';
import { SOURCE_CODES, type SourceCode } from '../lists/model.js';
import type { FetchListOptions } from './fetch-list.js';
import { DEFAULT_RETENTION, type RetentionPolicy } from './retention.js';
import { DEFAULT_BOUNDS, type ValidationBounds } from './validate.js';

export const DEFAULT_LIST_URL = 'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.json';

export interface RefreshConfig {
  url: string;
  fetch: Pick<FetchListOptions, 'maxBytes' | 'attempts' | 'headersTimeoutMs' | 'bodyTimeoutMs' | 'totalTimeoutMs' | 'backoffBaseMs' | 'backoffMaxMs'>;
  bounds: ValidationBounds;
  retention: RetentionPolicy;
  /** Skip and report bad rows instead of refusing the whole file. Default false. */
  skipBadRows: boolean;
  /** Ignore the stored validators and the content hash: download, write and activate even an unchanged file. */
  force: boolean;
}

export function defaultRefreshConfig(overrides: Partial<RefreshConfig> = {}): RefreshConfig {
  return {
    url: DEFAULT_LIST_URL,
    fetch: {},
    bounds: { ...DEFAULT_BOUNDS, allowMissingSources: [...DEFAULT_BOUNDS.allowMissingSources] },
    retention: { ...DEFAULT_RETENTION },
    skipBadRows: false,
    force: false,
    ...overrides,
  };
}

export function refreshConfigFromEnv(env: NodeJS.ProcessEnv = process.env): RefreshConfig {
  const config = defaultRefreshConfig();
  const url = text(env.LIST_URL);
  if (url) config.url = httpUrl(url, 'LIST_URL');

  const bounds = config.bounds;
  bounds.maxEntryDrop = fraction(env, 'REFRESH_MAX_ENTRY_DROP') ?? bounds.maxEntryDrop;
  bounds.maxEntryGrowth = number(env, 'REFRESH_MAX_ENTRY_GROWTH', 0, 1_000) ?? bounds.maxEntryGrowth;
  bounds.maxSourceDrop = fraction(env, 'REFRESH_MAX_SOURCE_DROP') ?? bounds.maxSourceDrop;
  bounds.minSourceDropEntries = integer(env, 'REFRESH_MIN_SOURCE_DROP_ENTRIES', 0) ?? bounds.minSourceDropEntries;
  bounds.minEntries = integer(env, 'REFRESH_MIN_ENTRIES', 0) ?? bounds.minEntries;
  const allowed = text(env.REFRESH_ALLOW_MISSING_SOURCES);
  if (allowed) bounds.allowMissingSources = sourceCodes(allowed, 'REFRESH_ALLOW_MISSING_SOURCES');

  const skip = text(env.REFRESH_SKIP_BAD_ROWS);
  if (skip) config.skipBadRows = boolean(skip, 'REFRESH_SKIP_BAD_ROWS');

  const maxBytes = integer(env, 'REFRESH_MAX_BYTES', 1);
  const attempts = integer(env, 'REFRESH_ATTEMPTS', 1, 10);
  const timeoutMs = integer(env, 'REFRESH_TIMEOUT_MS', 1);
  config.fetch = {
    ...(maxBytes !== undefined ? { maxBytes } : {}),
    ...(attempts !== undefined ? { attempts } : {}),
    ...(timeoutMs !== undefined ? { headersTimeoutMs: timeoutMs, bodyTimeoutMs: timeoutMs } : {}),
  };

  config.retention.keepVersions = integer(env, 'KEEP_VERSIONS', 1) ?? config.retention.keepVersions;
  config.retention.retentionDays = number(env, 'RETENTION_DAYS', 0, 36_500) ?? config.retention.retentionDays;
  return config;
}

/** Throws an InputError unless the value is an http(s) URL. */
export function httpUrl(value: string, where: string): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new InputError(`not a URL: "${value}"`, where);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new InputError(`must be an http or https URL, got "${value}"`, where);
  return value;
}

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function number(env: NodeJS.ProcessEnv, name: string, min: number, max: number): number | undefined {
  const value = text(env[name]);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) throw new InputError(`must be a number from ${min} to ${max}, got "${value}"`, name);
  return n;
}

function fraction(env: NodeJS.ProcessEnv, name: string): number | undefined {
  return number(env, name, 0, 1);
}

function integer(env: NodeJS.ProcessEnv, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const n = number(env, name, min, max);
  if (n !== undefined && !Number.isInteger(n)) throw new InputError(`must be a whole number, got "${env[name]}"`, name);
  return n;
}

function boolean(value: string, name: string): boolean {
  if (/^(1|true|yes)$/i.test(value)) return true;
  if (/^(0|false|no)$/i.test(value)) return false;
  throw new InputError(`must be true or false, got "${value}"`, name);
}

function sourceCodes(value: string, name: string): SourceCode[] {
  return value.split(',').map((part) => {
    const code = part.trim().toUpperCase();
    if (!(SOURCE_CODES as readonly string[]).includes(code)) throw new InputError(`"${part.trim()}" is not a CSL source code (${SOURCE_CODES.join(', ')})`, name);
    return code as SourceCode;
  });
}
