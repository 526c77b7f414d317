import { describe, expect, it } from 'vitest';
import { CONFIG_SETTINGS, ConfigError, DEFAULT_LIST_URL, readDeployConfig } from '../../infra/config.js';
import { cdkJson } from './synth.js';

const fromContext = (context: Record<string, unknown>) => (key: string) => context[key];
const read = (context: Record<string, unknown>, env: NodeJS.ProcessEnv = {}) => readDeployConfig(fromContext(context), env);

function problemsOf(context: Record<string, unknown>, env: NodeJS.ProcessEnv = {}): string {
  try {
    read(context, env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('deployment configuration', () => {
  it('has working defaults: nothing configured is a valid configuration', () => {
    expect(read({})).toEqual({
      listUrl: DEFAULT_LIST_URL,
      refreshSchedule: 'cron(0 6 * * ? *)',
      retentionDays: 30,
      keepVersions: 3,
      snapshotRetentionDays: 3650,
      stalenessHours: 36,
      logLevel: 'INFO',
    });
  });

  it('cdk.json states the same defaults as the code, and leaves alertEmail and matchThreshold unset', () => {
    const context = cdkJson().context;
    expect(read(context)).toEqual(read({}));
    expect(context).not.toHaveProperty('alertEmail');
    expect(context).not.toHaveProperty('matchThreshold');
    expect(context).not.toHaveProperty('authDomainPrefix');
    expect(cdkJson().app).toBe('npx tsx infra/app.ts');
  });

  it('takes context values as cdk.json types or as the strings `-c key=value` gives', () => {
    const config = read({
      retentionDays: '7',
      keepVersions: 5,
      matchThreshold: '0.8',
      alertEmail: 'compliance@example.com',
      logLevel: 'debug',
      authDomainPrefix: 'screening-console',
    });
    expect(config).toMatchObject({
      retentionDays: 7,
      keepVersions: 5,
      matchThreshold: 0.8,
      alertEmail: 'compliance@example.com',
      logLevel: 'DEBUG',
      authDomainPrefix: 'screening-console',
    });
  });

  it('lets an environment variable override the context', () => {
    const config = read({ refreshSchedule: 'cron(0 6 * * ? *)', retentionDays: 30 }, {
      PARTYSCREEN_REFRESH_SCHEDULE: 'rate(12 hours)',
      PARTYSCREEN_RETENTION_DAYS: '14',
    });
    expect(config).toMatchObject({ refreshSchedule: 'rate(12 hours)', retentionDays: 14 });
  });

  it('treats empty values as unset', () => {
    expect(read({ alertEmail: '', matchThreshold: null }, { PARTYSCREEN_LIST_URL: ' ' })).toEqual(read({}));
  });

  it('names every setting with its context key and environment variable', () => {
    expect(CONFIG_SETTINGS.map((s) => s.key).sort()).toEqual(
      [
        'alertEmail',
        'authDomainPrefix',
        'keepVersions',
        'listUrl',
        'logLevel',
        'matchThreshold',
        'refreshSchedule',
        'retentionDays',
        'snapshotRetentionDays',
        'stalenessHours',
      ],
    );
    for (const setting of CONFIG_SETTINGS) expect(setting.env).toMatch(/^PARTYSCREEN_[A-Z_]+$/);
  });

  describe('rejects bad values with a message naming the setting, where it came from, and what is wrong', () => {
    it.each([
      [{ retentionDays: -1 }, /retentionDays \(context key retentionDays\) = "-1": must be a whole number greater than 0/],
      [{ retentionDays: '0' }, /retentionDays .*must be a whole number greater than 0/],
      [{ keepVersions: 1.5 }, /keepVersions .*must be a whole number greater than 0/],
      [{ snapshotRetentionDays: 'forever' }, /snapshotRetentionDays .*must be a whole number/],
      [{ stalenessHours: 200 }, /stalenessHours .*at most 168/],
      [{ listUrl: 'http://data.trade.gov/consolidated.json' }, /listUrl .*must use https/],
      [{ listUrl: 'consolidated.json' }, /listUrl .*must be an absolute URL/],
      [{ alertEmail: 'compliance' }, /alertEmail .*must be an e-mail address/],
      [{ matchThreshold: 1.5 }, /matchThreshold .*greater than 0 and at most 1/],
      [{ matchThreshold: 0 }, /matchThreshold .*greater than 0 and at most 1/],
      [{ logLevel: 'VERBOSE' }, /logLevel .*must be one of DEBUG, INFO, WARN, ERROR/],
      [{ authDomainPrefix: 'Partyscreen' }, /authDomainPrefix .*lowercase letters, digits and inner hyphens/],
      [{ authDomainPrefix: 'partyscreen-' }, /authDomainPrefix .*lowercase letters, digits and inner hyphens/],
      [{ authDomainPrefix: 'partyscreen-aws' }, /authDomainPrefix .*must not contain "aws", "amazon" or "cognito"/],
    ])('%j', (context, message) => {
      expect(problemsOf(context)).toMatch(message);
    });

    it('names the environment variable when the bad value came from it', () => {
      expect(problemsOf({}, { PARTYSCREEN_RETENTION_DAYS: '-3' })).toMatch(/retentionDays \(environment variable PARTYSCREEN_RETENTION_DAYS\) = "-3"/);
    });

    it('reports every problem at once', () => {
      const message = problemsOf({ refreshSchedule: 'cron(0 6 * *)', retentionDays: -1 });
      expect(message).toMatch(/^invalid deployment configuration:\n/);
      expect(message).toMatch(/refreshSchedule .*cron needs 6 fields/);
      expect(message).toMatch(/retentionDays .*greater than 0/);
    });
  });

  describe('schedule expressions (EventBridge Scheduler syntax)', () => {
    it.each([
      'cron(0 6 * * ? *)',
      'cron(30 2 ? * MON-FRI *)',
      'cron(0/15 * * * ? *)',
      'cron(0 6 1,15 * ? *)',
      'cron(0 6 L * ? 2026-2030)',
      'cron(0 6 ? JAN-DEC 2#1 *)',
      'cron(0 6 ? * 6L *)',
      'cron(0 6 15W * ? *)',
      'rate(1 day)',
      'rate(12 hours)',
      'rate(30 minutes)',
    ])('accepts %s', (schedule) => {
      expect(read({ refreshSchedule: schedule }).refreshSchedule).toBe(schedule);
    });

    it.each([
      ['cron(0 6 * *)', /cron needs 6 fields .* got 4/],
      ['cron(0 6 * * * *)', /"\?" in exactly one of day-of-month and day-of-week/],
      ['cron(0 6 ? * ? *)', /"\?" in exactly one of day-of-month and day-of-week/],
      ['cron(60 6 * * ? *)', /minutes field "60" is not valid \(allowed 0-59\)/],
      ['cron(0 24 * * ? *)', /hours field "24"/],
      ['cron(0 6 32 * ? *)', /day-of-month field "32"/],
      ['cron(0 6 * 13 ? *)', /month field "13"/],
      ['cron(0 6 ? * 8 *)', /day-of-week field "8"/],
      ['cron(0 6 ? * FUNDAY *)', /day-of-week field "FUNDAY"/],
      ['0 6 * * *', /must be cron\(minutes hours day-of-month month day-of-week year\) or rate\(value unit\)/],
      ['rate(1 days)', /rate unit must be singular for 1/],
      ['rate(2 day)', /rate unit must be plural for 2/],
      ['rate(0 minutes)', /rate value must be at least 1/],
      ['rate(1 week)', /unit minute\(s\), hour\(s\) or day\(s\)/],
    ])('rejects %s', (schedule, message) => {
      expect(problemsOf({ refreshSchedule: schedule })).toMatch(message);
    });
  });
});
