/**
 * Alarms, where they go, and one dashboard. Alarms: refresh failed, refresh stale (no successful
 * refresh in `stalenessHours`), each function's errors and throttles, events left in a dead-letter
 * queue, and API server errors. All notify one SNS topic, e-mailed to `alertEmail` when set.
 */
import { Duration, Stack } from 'aws-cdk-lib';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  SingleValueWidget,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { DeployConfig } from '../config.js';
import type { Api } from './api.js';
import type { ListRefresh } from './list-refresh.js';
import type { PartyscreenFunction } from './partyscreen-function.js';
import type { Tables } from './tables.js';

/** Errors, throttles and dead letters are counted over five minutes: one is already worth a look. */
const ALARM_PERIOD = Duration.minutes(5);
/** Staleness is judged hour by hour: an hour with a successful refresh clears it. */
const STALENESS_PERIOD = Duration.hours(1);
/** API Gateway 5xx in five minutes before paging; single ones show on the dashboard. */
const API_SERVER_ERRORS_THRESHOLD = 5;

export interface MonitoringProps {
  readonly config: DeployConfig;
  readonly tables: Tables;
  readonly api: Api;
  /** Every function the stack wired, by name. */
  readonly functions: Readonly<Partial<Record<string, PartyscreenFunction>>>;
  /** Absent until functions/refresh exists. */
  readonly listRefresh?: ListRefresh;
}

export class Monitoring extends Construct {
  /** Where every alarm (and its recovery) is sent. */
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;
  private readonly prefix: string;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.prefix = Stack.of(this).stackName;
    // Alarm notifications name an alarm and a metric value, never customer or list data: SSE would
    // protect nothing, and CloudWatch cannot publish to a topic under the AWS-managed SNS key.
    this.topic = new Topic(this, 'Alarms', { displayName: 'partyscreen alarms', enforceSSL: true });
    if (props.config.alertEmail) this.topic.addSubscription(new EmailSubscription(props.config.alertEmail));

    const { listRefresh } = props;
    if (listRefresh) {
      this.addAlarm('RefreshFailed', 'The list refresh failed (it is retried twice, then dead-lettered).', {
        metric: listRefresh.refresh.function.metricErrors({ period: ALARM_PERIOD, statistic: 'Sum' }),
        threshold: 1,
      });
      this.addAlarm(
        'RefreshStale',
        `No successful list refresh in ${props.config.stalenessHours} hours: screenings run against an old list.`,
        {
          metric: listRefresh.metricSucceeded(STALENESS_PERIOD),
          threshold: 1,
          comparisonOperator: ComparisonOperator.LESS_THAN_THRESHOLD,
          evaluationPeriods: props.config.stalenessHours,
          // No data point in an hour means no success in that hour.
          treatMissingData: TreatMissingData.BREACHING,
        },
      );
    }
    for (const [name, fn] of wired(props.functions)) {
      // The refresh's errors are RefreshFailed above.
      if (fn !== listRefresh?.refresh) {
        this.addAlarm(`${name}Errors`, `The ${name} function failed (uncaught error or timeout).`, {
          metric: fn.function.metricErrors({ period: ALARM_PERIOD, statistic: 'Sum' }),
          threshold: 1,
        });
      }
      this.addAlarm(`${name}Throttles`, `The ${name} function was throttled (concurrency limit reached).`, {
        metric: fn.function.metricThrottles({ period: ALARM_PERIOD, statistic: 'Sum' }),
        threshold: 1,
      });
      if (fn.deadLetterQueue) {
        this.addAlarm(`${name}DeadLetters`, `Events for ${name} failed every attempt; they wait in its dead-letter queue.`, {
          metric: fn.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: ALARM_PERIOD, statistic: 'Maximum' }),
          threshold: 1,
        });
      }
    }
    this.addAlarm('ApiServerErrors', `More than ${API_SERVER_ERRORS_THRESHOLD - 1} API 5xx responses in five minutes.`, {
      metric: props.api.httpApi.metricServerError({ period: ALARM_PERIOD, statistic: 'Sum' }),
      threshold: API_SERVER_ERRORS_THRESHOLD,
    });

    this.dashboard = this.buildDashboard(props);
  }

  private addAlarm(
    id: string,
    description: string,
    options: {
      metric: IMetric;
      threshold: number;
      comparisonOperator?: ComparisonOperator;
      evaluationPeriods?: number;
      treatMissingData?: TreatMissingData;
    },
  ): void {
    const evaluationPeriods = options.evaluationPeriods ?? 1;
    const alarm = new Alarm(this, id, {
      alarmName: `${this.prefix}-${id}`,
      alarmDescription: description,
      metric: options.metric,
      threshold: options.threshold,
      comparisonOperator: options.comparisonOperator ?? ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods,
      datapointsToAlarm: evaluationPeriods,
      treatMissingData: options.treatMissingData ?? TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    alarm.addOkAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }

  private buildDashboard(props: MonitoringProps): Dashboard {
    const fns = wired(props.functions);
    const perFunction = (title: string, metric: (fn: PartyscreenFunction) => IMetric) =>
      new GraphWidget({ title, width: 6, left: fns.map(([, fn]) => metric(fn)) });
    const { httpApi } = props.api;
    const tables = [props.tables.lists, props.tables.screenings, props.tables.customers, props.tables.alerts];
    const queues = fns.flatMap(([, fn]) => (fn.deadLetterQueue ? [fn.deadLetterQueue] : []));

    const dashboard = new Dashboard(this, 'Dashboard', { dashboardName: `${this.prefix}-operations` });
    dashboard.addWidgets(
      new TextWidget({ markdown: '# partyscreen\nSign-up screening, the analyst console, the nightly list refresh and re-screening.', width: 24, height: 2 }),
    );
    dashboard.addWidgets(new AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24, height: 4 }));
    dashboard.addWidgets(
      new GraphWidget({ title: 'API requests', width: 8, left: [httpApi.metricCount({ statistic: 'Sum' })] }),
      new GraphWidget({
        title: 'API errors',
        width: 8,
        left: [httpApi.metricClientError({ statistic: 'Sum' }), httpApi.metricServerError({ statistic: 'Sum' })],
      }),
      new GraphWidget({
        title: 'API latency',
        width: 8,
        left: [httpApi.metricLatency({ statistic: 'p50' }), httpApi.metricLatency({ statistic: 'p99' })],
      }),
    );
    dashboard.addWidgets(
      perFunction('Invocations', (fn) => fn.function.metricInvocations({ statistic: 'Sum', label: fn.node.id })),
      perFunction('Errors', (fn) => fn.function.metricErrors({ statistic: 'Sum', label: fn.node.id })),
      perFunction('Throttles', (fn) => fn.function.metricThrottles({ statistic: 'Sum', label: fn.node.id })),
      perFunction('Duration p99', (fn) => fn.function.metricDuration({ statistic: 'p99', label: fn.node.id })),
    );
    dashboard.addWidgets(
      ...(props.listRefresh
        ? [
            new SingleValueWidget({
              title: 'List refreshes (last 24 h)',
              width: 8,
              metrics: [
                props.listRefresh.metricSucceeded(Duration.days(1)).with({ label: 'succeeded' }),
                props.listRefresh.metricFailed(Duration.days(1)).with({ label: 'failed or refused' }),
              ],
            }),
          ]
        : []),
      new GraphWidget({
        title: 'Dead letters waiting',
        width: 8,
        left: queues.map((queue) => queue.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum' })),
      }),
      new GraphWidget({
        title: 'DynamoDB consumed capacity',
        width: 8,
        left: tables.map((table) => table.metricConsumedReadCapacityUnits({ statistic: 'Sum', label: `${table.node.id} read` })),
        right: tables.map((table) => table.metricConsumedWriteCapacityUnits({ statistic: 'Sum', label: `${table.node.id} write` })),
      }),
    );
    return dashboard;
  }
}

function wired(functions: MonitoringProps['functions']): [string, PartyscreenFunction][] {
  return Object.entries(functions).filter((entry): entry is [string, PartyscreenFunction] => entry[1] !== undefined);
}
