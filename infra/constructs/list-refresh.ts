/**
 * The nightly list refresh: an EventBridge Scheduler schedule invokes the refresh function, which
 * downloads the list, stores the raw snapshot, writes and activates a new version, and announces it
 * on the default event bus. One run at a time; failed runs end in a dead-letter queue.
 */
import { Duration, Stack } from 'aws-cdk-lib';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { Schedule, ScheduleExpression, TimeWindow } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import { EVENT_DETAIL_TYPE, EVENT_SOURCE } from '../../lib/refresh/announce.js';
import { METRICS_NAMESPACE } from '../../lib/refresh/run-summary.js';
import type { DeployConfig } from '../config.js';
import { acknowledgeFunctionVersions } from './grant-findings.js';
import { PartyscreenFunction } from './partyscreen-function.js';
import type { SnapshotBucket } from './snapshot-bucket.js';
import type { Tables } from './tables.js';

/** The event a successful refresh puts on the default bus when it activates a new version (lib/refresh/announce.ts). */
export const LIST_VERSION_ACTIVATED = { source: EVENT_SOURCE, detailType: EVENT_DETAIL_TYPE } as const;

/**
 * What the refresh logs in CloudWatch embedded metric format after every run (lib/refresh/run-summary.ts):
 * no dimensions, 1 for a run that activated a version or found the list unchanged, else 0.
 * The staleness alarm watches it.
 */
export const REFRESH_SUCCEEDED = { namespace: METRICS_NAMESPACE, metricName: 'RefreshSucceeded' } as const;
export const REFRESH_FAILED = { namespace: METRICS_NAMESPACE, metricName: 'RefreshFailed' } as const;

/** The refresh announces on, and re-screening listens to, the account's default bus. */
export const EVENT_BUS_NAME = 'default';

/**
 * Measured: parsing the 2022 CSL (14,160 entries) and encoding its version chunks peaks at 254 MB RSS
 * and takes 8 s on a busy core; today's list (~25,800 entries, as JSON) projects to well under 1 GB.
 * 2048 MB is for the CPU that comes with it (more than one vCPU); 15 minutes, Lambda's maximum, leaves
 * room for a slow trade.gov and the download retries.
 */
const REFRESH_SIZE = { memorySize: 2048, timeout: Duration.minutes(15) };

export interface ListRefreshProps {
  /** functions/refresh/handler.ts */
  readonly entry: string;
  readonly tables: Tables;
  readonly snapshots: SnapshotBucket;
  readonly config: DeployConfig;
}

export class ListRefresh extends Construct {
  readonly refresh: PartyscreenFunction;
  readonly schedule: Schedule;

  constructor(scope: Construct, id: string, props: ListRefreshProps) {
    super(scope, id);
    this.refresh = new PartyscreenFunction(this, 'Refresh', {
      entry: props.entry,
      description: 'Nightly: downloads the screening list, stores a new version and activates it',
      ...REFRESH_SIZE,
      // Two refreshes at once would race to activate their versions; the second waits in Lambda's queue.
      reservedConcurrentExecutions: 1,
      asyncInvocation: { retryAttempts: 2, maxEventAge: Duration.hours(6) },
      tables: props.tables,
      logLevel: props.config.logLevel,
      environment: {
        LIST_URL: props.config.listUrl,
        SNAPSHOT_BUCKET: props.snapshots.bucket.bucketName,
        EVENT_BUS_NAME,
        RETENTION_DAYS: String(props.config.retentionDays),
        KEEP_VERSIONS: String(props.config.keepVersions),
      },
    });
    props.tables.grantPublishLists(this.refresh);
    props.snapshots.grantWriteSnapshots(this.refresh);
    EventBus.fromEventBusName(this, 'DefaultBus', EVENT_BUS_NAME).grantPutEventsTo(this.refresh);

    const schedulerRole = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
      description: 'Lets EventBridge Scheduler start the partyscreen list refresh',
    });
    this.schedule = new Schedule(this, 'Nightly', {
      description: 'Starts the partyscreen list refresh',
      schedule: ScheduleExpression.expression(props.config.refreshSchedule),
      timeWindow: TimeWindow.off(),
      target: new LambdaInvoke(this.refresh.function, {
        role: schedulerRole,
        // Delivery failures (the function missing or throttled for an hour) land with the function's own failures.
        deadLetterQueue: this.refresh.deadLetterQueue,
        retryAttempts: 3,
        maxEventAge: Duration.hours(1),
      }),
    });
    acknowledgeFunctionVersions(schedulerRole, this.refresh.function.node.defaultChild as CfnFunction);
  }

  /** Successful runs; no data at all when the refresh did not run. */
  metricSucceeded(period: Duration): Metric {
    return new Metric({ ...REFRESH_SUCCEEDED, statistic: 'Sum', period });
  }

  /** Runs that failed or refused the downloaded file. */
  metricFailed(period: Duration): Metric {
    return new Metric({ ...REFRESH_FAILED, statistic: 'Sum', period });
  }
}
