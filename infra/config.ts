/**
 * Deployment settings: each from its environment variable when set, else from CDK context (`cdk.json`
 * or `-c key=value`), else its default. Everything is validated before any construct is built, and all
 * problems are reported together, so a bad value fails `cdk synth` with one clear message.
 */

import { DEFAULT_LIST_URL } from '../lib/refresh/config.js';

/** Lambda log levels in the Powertools spelling, passed to every function as LOG_LEVEL. */
export const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface DeployConfig {
  /** The CSL bulk file the nightly refresh downloads (https only). */
  readonly listUrl: string;
  /** EventBridge Scheduler expression of the refresh, in UTC: `cron(...)` (6 fields) or `rate(...)`. */
  readonly refreshSchedule: string;
  /** Days an inactive list version is kept before its items expire (refresh RETENTION_DAYS). */
  readonly retentionDays: number;
  /** List versions the refresh always keeps, however old (refresh KEEP_VERSIONS). */
  readonly keepVersions: number;
  /** Days a raw list snapshot is kept in S3: the evidence of what a past screening was checked against. */
  readonly snapshotRetentionDays: number;
  /** Hours without a successful refresh before the staleness alarm fires. */
  readonly stalenessHours: number;
  /** Where alarms are e-mailed; unset means alarms only go to the SNS topic. */
  readonly alertEmail?: string;
  /** Overrides the matcher's default threshold (0..1); unset keeps the one in lib/match/tuning.ts. */
  readonly matchThreshold?: number;
  /**
   * The analysts' sign-in page is `https://<prefix>.auth.<region>.amazoncognito.com`; the prefix must be
   * unique in the region. Unset: `partyscreen-<account id>`.
   */
  readonly authDomainPrefix?: string;
  readonly logLevel: LogLevel;
}

interface Setting<K extends keyof DeployConfig> {
  /** The context key (`cdk.json`, `-c`). */
  readonly key: K;
  /** The environment variable that overrides the context. */
  readonly env: string;
  /** undefined: optional, unset unless given. */
  readonly fallback: DeployConfig[K];
  /** Turns the raw value into the setting, or returns the reason it is unusable. */
  readonly parse: (raw: string) => DeployConfig[K] | Problem;
}

class Problem {
  constructor(readonly reason: string) {}
}

/** Thrown when the deployment configuration is unusable; its message lists every problem. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid deployment configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The trade.gov bulk download, updated about daily: the refresh's own default. */
export { DEFAULT_LIST_URL };

/** OFAC's recordkeeping period has been 10 years since 2025; a snapshot is the record of the list used. */
const TEN_YEARS_IN_DAYS = 3650;

const SETTINGS: { [K in keyof DeployConfig]-?: Setting<K> } = {
  listUrl: { key: 'listUrl', env: 'PARTYSCREEN_LIST_URL', fallback: DEFAULT_LIST_URL, parse: parseHttpsUrl },
  refreshSchedule: { key: 'refreshSchedule', env: 'PARTYSCREEN_REFRESH_SCHEDULE', fallback: 'cron(0 6 * * ? *)', parse: parseScheduleExpression },
  retentionDays: { key: 'retentionDays', env: 'PARTYSCREEN_RETENTION_DAYS', fallback: 30, parse: positiveInteger },
  keepVersions: { key: 'keepVersions', env: 'PARTYSCREEN_KEEP_VERSIONS', fallback: 3, parse: positiveInteger },
  snapshotRetentionDays: { key: 'snapshotRetentionDays', env: 'PARTYSCREEN_SNAPSHOT_RETENTION_DAYS', fallback: TEN_YEARS_IN_DAYS, parse: positiveInteger },
  stalenessHours: { key: 'stalenessHours', env: 'PARTYSCREEN_STALENESS_HOURS', fallback: 36, parse: stalenessHours },
  alertEmail: { key: 'alertEmail', env: 'PARTYSCREEN_ALERT_EMAIL', fallback: undefined, parse: parseEmail },
  matchThreshold: { key: 'matchThreshold', env: 'PARTYSCREEN_MATCH_THRESHOLD', fallback: undefined, parse: parseThreshold },
  logLevel: { key: 'logLevel', env: 'PARTYSCREEN_LOG_LEVEL', fallback: 'INFO', parse: parseLogLevel },
  authDomainPrefix: { key: 'authDomainPrefix', env: 'PARTYSCREEN_AUTH_DOMAIN_PREFIX', fallback: undefined, parse: parseDomainPrefix },
};

/** MATCH_THRESHOLD for the functions that match names, only when the threshold is overridden. */
export function matchingEnvironment(config: DeployConfig): Record<string, string> {
  return config.matchThreshold === undefined ? {} : { MATCH_THRESHOLD: String(config.matchThreshold) };
}

/** Every setting with its context key, environment variable and default, for documentation and tests. */
export const CONFIG_SETTINGS = Object.values(SETTINGS).map(({ key, env, fallback }) => ({ key, env, fallback }));

/**
 * Pure: `context` looks a key up in CDK context (`scope.node.tryGetContext`), `env` is the process
 * environment. An empty or null value counts as unset.
 */
export function readDeployConfig(context: (key: string) => unknown, env: NodeJS.ProcessEnv = process.env): DeployConfig {
  const problems: string[] = [];
  const config: Record<string, unknown> = {};
  for (const setting of Object.values(SETTINGS) as Setting<keyof DeployConfig>[]) {
    const fromEnv = present(env[setting.env]);
    const raw = fromEnv ?? present(context(setting.key));
    if (raw === undefined) {
      if (setting.fallback !== undefined) config[setting.key] = setting.fallback;
      continue;
    }
    const parsed = setting.parse(raw);
    if (parsed instanceof Problem) {
      const origin = fromEnv !== undefined ? `environment variable ${setting.env}` : `context key ${setting.key}`;
      problems.push(`${setting.key} (${origin}) = ${JSON.stringify(raw)}: ${parsed.reason}`);
    } else {
      config[setting.key] = parsed;
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config as unknown as DeployConfig;
}

/** Context values from cdk.json keep their JSON type, values from `-c` are strings: compare as strings. */
function present(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

function parseHttpsUrl(raw: string): string | Problem {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return new Problem('must be an absolute URL');
  }
  return url.protocol === 'https:' ? raw : new Problem('must use https, so the list cannot be altered in transit');
}

function positiveInteger(raw: string): number | Problem {
  const value = Number(raw);
  return Number.isSafeInteger(value) && value > 0 ? value : new Problem('must be a whole number greater than 0');
}

function stalenessHours(raw: string): number | Problem {
  const value = positiveInteger(raw);
  // The alarm evaluates one-hour periods and CloudWatch caps an alarm's evaluation range at 7 days.
  if (typeof value === 'number' && value > 168) return new Problem('must be at most 168 (7 days, the longest alarm range)');
  return value;
}

function parseThreshold(raw: string): number | Problem {
  const value = Number(raw);
  return Number.isFinite(value) && value > 0 && value <= 1 ? value : new Problem('must be a number greater than 0 and at most 1');
}

function parseEmail(raw: string): string | Problem {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw) ? raw : new Problem('must be an e-mail address');
}

/** Cognito's rules for a hosted domain prefix. */
function parseDomainPrefix(raw: string): string | Problem {
  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(raw)) return new Problem('must be 1-63 lowercase letters, digits and inner hyphens');
  if (/aws|amazon|cognito/.test(raw)) return new Problem('must not contain "aws", "amazon" or "cognito" (Cognito reserves them)');
  return raw;
}

function parseLogLevel(raw: string): LogLevel | Problem {
  const level = raw.toUpperCase();
  return (LOG_LEVELS as readonly string[]).includes(level) ? (level as LogLevel) : new Problem(`must be one of ${LOG_LEVELS.join(', ')}`);
}

/**
 * EventBridge Scheduler's recurring forms: `rate(value unit)` and
 * `cron(minutes hours day-of-month month day-of-week year)`.
 */
export function parseScheduleExpression(raw: string): string | Problem {
  const rate = /^rate\((.*)\)$/.exec(raw);
  if (rate) return checkRate(rate[1]!.trim()) ?? raw;
  const cron = /^cron\((.*)\)$/.exec(raw);
  if (cron) return checkCron(cron[1]!.trim()) ?? raw;
  return new Problem('must be cron(minutes hours day-of-month month day-of-week year) or rate(value unit), e.g. cron(0 6 * * ? *)');
}

function checkRate(body: string): Problem | undefined {
  const match = /^(\d+) (minute|minutes|hour|hours|day|days)$/.exec(body);
  if (!match) return new Problem('rate must be rate(value unit) with unit minute(s), hour(s) or day(s), e.g. rate(1 day)');
  const value = Number(match[1]);
  if (value < 1) return new Problem('rate value must be at least 1');
  if ((value === 1) !== !match[2]!.endsWith('s')) return new Problem(`rate unit must be ${value === 1 ? 'singular' : 'plural'} for ${value}`);
  return undefined;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface CronField {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: readonly string[];
  /** Tokens beyond numbers, ranges, lists and steps: `?`, `L`, `W`, `#`. */
  readonly special?: RegExp;
}

const CRON_FIELDS: readonly CronField[] = [
  { name: 'minutes', min: 0, max: 59 },
  { name: 'hours', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31, special: /^(\?|L|LW|([1-9]|[12]\d|3[01])W)$/ },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day-of-week', min: 1, max: 7, names: WEEKDAYS, special: /^(\?|L|[1-7]L|[1-7]#[1-5])$/ },
  { name: 'year', min: 1970, max: 2199 },
];

function checkCron(body: string): Problem | undefined {
  const fields = body.split(/\s+/);
  if (fields.length !== CRON_FIELDS.length) {
    return new Problem(`cron needs 6 fields (minutes hours day-of-month month day-of-week year), got ${fields.length}`);
  }
  for (const [i, spec] of CRON_FIELDS.entries()) {
    const field = fields[i]!;
    if (!validCronField(field, spec)) return new Problem(`cron ${spec.name} field "${field}" is not valid (allowed ${spec.min}-${spec.max})`);
  }
  const [dayOfMonth, dayOfWeek] = [fields[2], fields[4]];
  if ((dayOfMonth === '?') === (dayOfWeek === '?')) {
    return new Problem('cron needs "?" in exactly one of day-of-month and day-of-week, e.g. cron(0 6 * * ? *)');
  }
  return undefined;
}

function validCronField(field: string, spec: CronField): boolean {
  if (spec.special?.test(field)) return true;
  return field.split(',').every((part) => {
    const [range, step, ...rest] = part.split('/');
    if (rest.length > 0 || (step !== undefined && !/^\d+$/.test(step))) return false;
    if (range === '*') return true;
    const bounds = range!.split('-');
    return bounds.length <= 2 && bounds.every((bound) => cronValue(bound, spec) !== undefined);
  });
}

function cronValue(token: string, spec: CronField): number | undefined {
  const byName = spec.names?.indexOf(token.toUpperCase()) ?? -1;
  if (byName >= 0) return byName + 1;
  if (!/^\d+$/.test(token)) return undefined;
  const value = Number(token);
  return value >= spec.min && value <= spec.max ? value : undefined;
}
