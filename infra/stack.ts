/**
 * The whole of partyscreen in one account and region. Composes the constructs; each decides its own
 * details. Functions are wired only for the handlers that exist (see findHandlers).
 */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import type { DeployConfig } from './config.js';
import { AnalystConsole } from './constructs/analyst-console.js';
import { Api } from './constructs/api.js';
import { ConsoleAuth } from './constructs/console-auth.js';
import { ListRefresh } from './constructs/list-refresh.js';
import { Monitoring } from './constructs/monitoring.js';
import { findHandlers, type FunctionName, FUNCTIONS_DIR, type PartyscreenFunction } from './constructs/partyscreen-function.js';
import { Rescreening } from './constructs/rescreening.js';
import { SnapshotBucket } from './constructs/snapshot-bucket.js';
import { Tables } from './constructs/tables.js';

export interface PartyscreenStackProps extends StackProps {
  readonly config: DeployConfig;
  /** Where the `<name>/handler.ts` files are; the repository's functions/ unless a test says otherwise. */
  readonly functionsDir?: string;
}

export class PartyscreenStack extends Stack {
  /** Encrypts the tables and the snapshots. */
  readonly dataKey: Key;
  readonly tables: Tables;
  readonly snapshots: SnapshotBucket;
  readonly api: Api;
  readonly auth: ConsoleAuth;
  readonly analystConsole?: AnalystConsole;
  readonly listRefresh?: ListRefresh;
  readonly rescreening?: Rescreening;
  readonly monitoring: Monitoring;
  /** The functions wired, by folder name. */
  readonly functions: Readonly<Partial<Record<FunctionName, PartyscreenFunction>>>;

  constructor(scope: Construct, id: string, props: PartyscreenStackProps) {
    super(scope, id, props);
    const { config } = props;
    const handlers = findHandlers(props.functionsDir ?? FUNCTIONS_DIR);

    this.dataKey = new Key(this, 'DataKey', { description: 'partyscreen: tables and list snapshots', enableKeyRotation: true });
    this.tables = new Tables(this, 'Tables', { encryptionKey: this.dataKey });
    this.snapshots = new SnapshotBucket(this, 'Snapshots', { encryptionKey: this.dataKey, retentionDays: config.snapshotRetentionDays });
    this.api = new Api(this, 'Api', { tables: this.tables, config, screenEntry: handlers.screen });
    this.auth = new ConsoleAuth(this, 'ConsoleAuth', { consoleUrl: this.api.url, domainPrefix: config.authDomainPrefix });
    if (handlers.console) {
      this.analystConsole = new AnalystConsole(this, 'AnalystConsole', {
        entry: handlers.console,
        api: this.api,
        auth: this.auth,
        tables: this.tables,
        config,
      });
    }
    if (handlers.refresh) {
      this.listRefresh = new ListRefresh(this, 'ListRefresh', { entry: handlers.refresh, tables: this.tables, snapshots: this.snapshots, config });
    }
    if (handlers.rescreen) {
      this.rescreening = new Rescreening(this, 'Rescreening', { entry: handlers.rescreen, tables: this.tables, config });
    }
    this.functions = withoutMissing({
      screen: this.api.screen,
      console: this.analystConsole?.console,
      refresh: this.listRefresh?.refresh,
      rescreen: this.rescreening?.rescreen,
    });
    this.monitoring = new Monitoring(this, 'Monitoring', {
      config,
      tables: this.tables,
      api: this.api,
      functions: this.functions,
      listRefresh: this.listRefresh,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.api.url, description: 'Base URL of the API, and the analyst console' });
    new CfnOutput(this, 'SignUpRouteArn', {
      value: this.api.signUpRouteArn,
      description: 'Grant execute-api:Invoke on this to the role the sign-up service signs requests with',
    });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId, description: 'Cognito pool of the analysts' });
    new CfnOutput(this, 'ConsoleClientId', { value: this.auth.client.userPoolClientId, description: 'App client the console signs in with' });
    new CfnOutput(this, 'ConsoleSignInUrl', { value: this.auth.signInUrl, description: 'Hosted sign-in page of the analyst console' });
    new CfnOutput(this, 'SnapshotBucketName', { value: this.snapshots.bucket.bucketName });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.monitoring.topic.topicArn, description: 'Subscribe here for alarms' });
    new CfnOutput(this, 'DashboardName', { value: this.monitoring.dashboard.dashboardName });
  }
}

function withoutMissing<K extends string, T>(record: Record<K, T | undefined>): Partial<Record<K, T>> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<Record<K, T>>;
}
