/**
 * A refresh run's summary as two stdout lines: a structured log line, and a CloudWatch Embedded
 * Metric Format line that CloudWatch Logs turns into metrics (namespace Partyscreen) without any
 * SDK call. The metrics carry no dimensions: the staleness alarm in infra/ watches the plain
 * Partyscreen/RefreshSucceeded. Both lines go straight to stdout, not console.log, because in
 * Lambda console.log prefixes a timestamp and request id, and EMF needs the line to be bare JSON.
 */
import type { RefreshRunSummary } from '../store/refresh-state.js';

export const METRICS_NAMESPACE = 'Partyscreen';

export type LineWriter = (line: string) => void;

const stdoutWriter: LineWriter = (line) => {
  process.stdout.write(`${line}\n`);
};

export function emitRunSummary(summary: RefreshRunSummary, write: LineWriter = stdoutWriter, now: Date = new Date()): void {
  write(summaryLogLine(summary));
  write(summaryMetricsLine(summary, now));
}

export function summaryLogLine(summary: RefreshRunSummary): string {
  const level = summary.outcome === 'refused' || summary.outcome === 'failed' ? 'error' : 'info';
  return JSON.stringify({ level, message: 'list refresh', ...summary });
}

/** https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html */
export function summaryMetricsLine(summary: RefreshRunSummary, now: Date = new Date()): string {
  const succeeded = summary.outcome === 'activated' || summary.outcome === 'unchanged';
  const values: Record<string, number> = {
    RefreshSucceeded: succeeded ? 1 : 0,
    RefreshFailed: succeeded ? 0 : 1,
    DurationMs: Math.round(summary.durationMs),
    ...(summary.entries !== undefined ? { EntriesTotal: summary.entries } : {}),
    ...(summary.diff
      ? { EntriesAdded: summary.diff.added, EntriesRemoved: summary.diff.removed, EntriesChanged: summary.diff.changed }
      : {}),
  };
  const units: Record<string, string> = { DurationMs: 'Milliseconds' };
  return JSON.stringify({
    _aws: {
      Timestamp: now.getTime(),
      CloudWatchMetrics: [
        {
          Namespace: METRICS_NAMESPACE,
          Dimensions: [[]],
          Metrics: Object.keys(values).map((name) => ({ Name: name, Unit: units[name] ?? 'Count' })),
        },
      ],
    },
    Outcome: summary.outcome,
    ...values,
  });
}
