import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_URL, refreshConfigFromEnv } from '../../lib/refresh/config.js';
import { DEFAULT_RETENTION } from '../../lib/refresh/retention.js';
import { DEFAULT_BOUNDS } from '../../lib/refresh/validate.js';

describe('refreshConfigFromEnv', () => {
  it('defaults to trade.gov and the documented bounds', () => {
    const config = refreshConfigFromEnv({});
    expect(config).toEqual({ url: DEFAULT_LIST_URL, fetch: {}, bounds: DEFAULT_BOUNDS, retention: DEFAULT_RETENTION, skipBadRows: false, force: false });
    expect(DEFAULT_LIST_URL).toBe('https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.json');
  });

  it('reads every variable', () => {
    const config = refreshConfigFromEnv({
      LIST_URL: 'http://127.0.0.1:9/list.json',
      REFRESH_MAX_ENTRY_DROP: '0.1',
      REFRESH_MAX_ENTRY_GROWTH: '3',
      REFRESH_MAX_SOURCE_DROP: '0.3',
      REFRESH_MIN_SOURCE_DROP_ENTRIES: '5',
      REFRESH_MIN_ENTRIES: '20000',
      REFRESH_ALLOW_MISSING_SOURCES: 'cmic, MBS',
      REFRESH_SKIP_BAD_ROWS: 'true',
      REFRESH_MAX_BYTES: '1000000',
      REFRESH_ATTEMPTS: '2',
      REFRESH_TIMEOUT_MS: '5000',
      KEEP_VERSIONS: '5',
      RETENTION_DAYS: '90',
    });
    expect(config).toEqual({
      url: 'http://127.0.0.1:9/list.json',
      fetch: { maxBytes: 1_000_000, attempts: 2, headersTimeoutMs: 5_000, bodyTimeoutMs: 5_000 },
      bounds: { maxEntryDrop: 0.1, maxEntryGrowth: 3, maxSourceDrop: 0.3, minSourceDropEntries: 5, minEntries: 20_000, allowMissingSources: ['CMIC', 'MBS'] },
      retention: { keepVersions: 5, retentionDays: 90, incompleteGraceMinutes: 20 },
      skipBadRows: true,
      force: false,
    });
  });

  it.each([
    [{ LIST_URL: 'file:///etc/passwd' }, /LIST_URL: must be an http or https URL/],
    [{ REFRESH_MAX_ENTRY_DROP: 'lots' }, /REFRESH_MAX_ENTRY_DROP: must be a number from 0 to 1, got "lots"/],
    [{ KEEP_VERSIONS: '0' }, /KEEP_VERSIONS: must be a number from 1/],
    [{ KEEP_VERSIONS: '2.5' }, /KEEP_VERSIONS: must be a whole number/],
    [{ REFRESH_ALLOW_MISSING_SOURCES: 'SDN,XYZ' }, /"XYZ" is not a CSL source code/],
    [{ REFRESH_SKIP_BAD_ROWS: 'maybe' }, /REFRESH_SKIP_BAD_ROWS: must be true or false/],
  ])('refuses %j', (env, message) => {
    expect(() => refreshConfigFromEnv(env)).toThrow(message);
  });
});
