/**
 * The security properties of the synthesized stack, with every function wired (stub handlers stand in
 * for the real ones, so this holds before every handler exists). Synthesized once for the file.
 */
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_API_ROUTES, CONSOLE_PAGE_ROUTES } from '../../functions/console/routes.js';
import { SIGN_UP_ROUTE } from '../../infra/constructs/api.js';
import { ANALYSTS_GROUP } from '../../infra/constructs/console-auth.js';
import { LIST_VERSION_ACTIVATED, REFRESH_SUCCEEDED } from '../../infra/constructs/list-refresh.js';
import { ALL_FUNCTIONS, type Json, NO_FUNCTIONS, SYNTH_TIMEOUT_MS, type Synthesized, synthesize } from './synth.js';

/** Where each function's constructs are in the stack. */
const FUNCTIONS = {
  screen: 'Api/Screen',
  console: 'AnalystConsole/Console',
  refresh: 'ListRefresh/Refresh',
  rescreen: 'Rescreening/Rescreen',
} as const;
type FunctionName = keyof typeof FUNCTIONS;
const TABLES = { lists: 'Tables/Lists', screenings: 'Tables/Screenings', customers: 'Tables/Customers', alerts: 'Tables/Alerts' } as const;

let synth: Synthesized;

beforeAll(async () => {
  synth = await synthesize({ functionsDir: ALL_FUNCTIONS });
}, SYNTH_TIMEOUT_MS);

const resource = (constructPath: string): Json => synth.resources[synth.idOf(constructPath)]!;
const props = (constructPath: string): Json => resource(constructPath).Properties;
const arnOf = (constructPath: string) => ({ 'Fn::GetAtt': [synth.idOf(constructPath), 'Arn'] });
const refOf = (constructPath: string) => ({ Ref: synth.idOf(constructPath) });
const ofType = (type: string) => Object.entries(synth.resources).filter(([, r]) => r.Type === type);
const fn = (name: FunctionName) => `${FUNCTIONS[name]}/Function`;

describe('tables', () => {
  const names = Object.keys(TABLES) as (keyof typeof TABLES)[];

  it('are the four tables, on-demand, keyed pk/sk', () => {
    expect(ofType('AWS::DynamoDB::Table')).toHaveLength(4);
    for (const name of names) {
      expect(props(TABLES[name])).toMatchObject({
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
      });
    }
  });

  it.each(names)('%s: encrypted with the customer-managed key, point-in-time recovery on, TTL on expiresAt', (name) => {
    expect(props(TABLES[name])).toMatchObject({
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: arnOf('DataKey') },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
  });

  it('the key is customer-managed, rotated yearly, and kept when the stack goes', () => {
    expect(resource('DataKey')).toMatchObject({ Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true }, DeletionPolicy: 'Retain' });
  });

  it.each(['screenings', 'alerts'] as const)('%s holds audit data: deletion protection on, retained, gsi1 for its second access path', (name) => {
    expect(resource(TABLES[name]).DeletionPolicy).toBe('Retain');
    expect(props(TABLES[name]).DeletionProtectionEnabled).toBe(true);
    expect(props(TABLES[name]).GlobalSecondaryIndexes).toEqual([
      {
        IndexName: 'gsi1',
        KeySchema: [
          { AttributeName: 'gsi1pk', KeyType: 'HASH' },
          { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ]);
  });
});

describe('snapshot bucket', () => {
  it('is encrypted with the key, versioned, never public, access-logged, archived and expired by lifecycle rules', () => {
    expect(resource('Snapshots/Snapshots')).toMatchObject({
      DeletionPolicy: 'Retain',
      Properties: {
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: arnOf('DataKey') } }],
        },
        VersioningConfiguration: { Status: 'Enabled' },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        LifecycleConfiguration: {
          Rules: [
            {
              Status: 'Enabled',
              ExpirationInDays: 3650,
              NoncurrentVersionExpiration: { NoncurrentDays: 30 },
              AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
              Transitions: [{ StorageClass: 'GLACIER_IR', TransitionInDays: 30 }],
            },
          ],
        },
        LoggingConfiguration: { DestinationBucketName: refOf('Snapshots/AccessLogs') },
      },
    });
  });

  it.each(['Snapshots/Snapshots', 'Snapshots/AccessLogs'])('%s refuses requests without TLS', (bucket) => {
    synth.assertions.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: refOf(bucket),
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});

describe('functions', () => {
  const sizes: Record<FunctionName, Json> = {
    screen: { MemorySize: 1769, Timeout: 10 },
    console: { MemorySize: 1024, Timeout: 15 },
    refresh: { MemorySize: 2048, Timeout: 900, ReservedConcurrentExecutions: 1 },
    rescreen: { MemorySize: 2048, Timeout: 900, ReservedConcurrentExecutions: 2 },
  };

  it('one per function folder', () => {
    expect(ofType('AWS::Lambda::Function')).toHaveLength(4);
  });

  it.each(Object.keys(FUNCTIONS) as FunctionName[])('%s: Node 22 on arm64, ESM bundle, sized, own log group, the common environment', (name) => {
    expect(props(fn(name))).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      ...sizes[name],
      Role: arnOf(`${FUNCTIONS[name]}/Role`),
      LoggingConfig: { LogGroup: refOf(`${FUNCTIONS[name]}/Logs`) },
      Environment: {
        Variables: {
          LISTS_TABLE: refOf(TABLES.lists),
          SCREENINGS_TABLE: refOf(TABLES.screenings),
          CUSTOMERS_TABLE: refOf(TABLES.customers),
          ALERTS_TABLE: refOf(TABLES.alerts),
          NODE_OPTIONS: '--enable-source-maps --max-semi-space-size=64',
          LOG_LEVEL: 'INFO',
        },
      },
    });
  });

  it('the refresh gets the list URL, the snapshot bucket, the default bus and the retention settings', () => {
    expect(props(fn('refresh')).Environment.Variables).toMatchObject({
      LIST_URL: 'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.json',
      SNAPSHOT_BUCKET: refOf('Snapshots/Snapshots'),
      EVENT_BUS_NAME: 'default',
      RETENTION_DAYS: '30',
      KEEP_VERSIONS: '3',
    });
  });

  it('re-screening gets the default bus, to hand unfinished work over to its next run', () => {
    expect(props(fn('rescreen')).Environment.Variables).toMatchObject({ EVENT_BUS_NAME: 'default' });
  });

  it('the console is told which group analysts are in and where they sign in; no MATCH_THRESHOLD while it is unset', () => {
    const variables = props(fn('console')).Environment.Variables;
    expect(variables.ANALYSTS_GROUP).toBe(ANALYSTS_GROUP);
    expect(JSON.stringify(variables.CONSOLE_SIGN_IN_URL)).toMatch(/oauth2\/authorize\?response_type=token&scope=openid\+email&client_id=/);
    for (const name of ['screen', 'console', 'rescreen'] as const) expect(props(fn(name)).Environment.Variables).not.toHaveProperty('MATCH_THRESHOLD');
  });

  it.each(['refresh', 'rescreen'] as const)('%s (invoked asynchronously) dead-letters what fails every retry', (name) => {
    const deadLetters = `${FUNCTIONS[name]}/DeadLetters`;
    expect(props(fn(name)).DeadLetterConfig).toEqual({ TargetArn: arnOf(deadLetters) });
    synth.assertions.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: refOf(fn(name)),
      MaximumRetryAttempts: 2,
      MaximumEventAgeInSeconds: 6 * 3600,
    });
    expect(props(deadLetters)).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
  });

  it.each(['screen', 'console'] as const)('%s (invoked synchronously by the API) has no dead-letter queue', (name) => {
    expect(props(fn(name)).DeadLetterConfig).toBeUndefined();
  });
});

describe('IAM', () => {
  type Statement = { Effect: string; Action: string | string[]; Resource: unknown };
  const statements = (): Statement[] =>
    [...ofType('AWS::IAM::Policy'), ...ofType('AWS::IAM::ManagedPolicy')].flatMap(([, r]) => r.Properties.PolicyDocument.Statement);
  const actions = (s: Statement) => [s.Action].flat();
  const resourcesOf = (s: Statement) => [s.Resource].flat() as Json[];
  const policyOf = (name: FunctionName): Statement[] => props(`${FUNCTIONS[name]}/Role/DefaultPolicy`).PolicyDocument.Statement;

  it('has no `*` action and no service-wide wildcard such as dynamodb:*', () => {
    expect(statements().length).toBeGreaterThan(0);
    for (const statement of statements()) {
      for (const action of actions(statement)) {
        expect(action).not.toBe('*');
        expect(action).not.toMatch(/^[\w-]+:\*$/);
      }
    }
  });

  it('never allows an action on every resource', () => {
    for (const statement of statements()) expect(resourcesOf(statement)).not.toContain('*');
  });

  it('DynamoDB statements name the tables (or their indexes), nothing else', () => {
    const tableIds = new Set(Object.values(TABLES).map((table) => synth.idOf(table)));
    const dynamoStatements = statements().filter((s) => actions(s).some((a) => a.startsWith('dynamodb:')));
    expect(dynamoStatements.length).toBeGreaterThan(0);
    for (const statement of dynamoStatements) {
      for (const resource of resourcesOf(statement)) {
        const getAtt = resource['Fn::GetAtt'] ?? resource['Fn::Join']?.[1]?.[0]?.['Fn::GetAtt'];
        expect(getAtt?.[1]).toBe('Arn');
        expect(tableIds).toContain(getAtt?.[0]);
        if (resource['Fn::Join']) expect(resource['Fn::Join'][1][1]).toBe('/index/*');
      }
    }
  });

  it('no role carries an AWS managed policy', () => {
    for (const [, role] of ofType('AWS::IAM::Role')) expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });

  it('each function writes only the tables its job needs', () => {
    const writesTo = (name: FunctionName) =>
      policyOf(name)
        .filter((s) => actions(s).includes('dynamodb:PutItem'))
        .flatMap((s) => resourcesOf(s))
        .flatMap((r) => (r['Fn::GetAtt'] ? [r['Fn::GetAtt'][0]] : []))
        .sort();
    expect(writesTo('screen')).toEqual([synth.idOf(TABLES.alerts), synth.idOf(TABLES.customers), synth.idOf(TABLES.screenings)].sort());
    expect(writesTo('console')).toEqual([synth.idOf(TABLES.alerts)]);
    expect(writesTo('refresh')).toEqual([synth.idOf(TABLES.lists)]);
    expect(writesTo('rescreen')).toEqual([synth.idOf(TABLES.alerts)]);
  });

  it('sign-up screening raises review alerts item by item, and can neither list nor delete alerts', () => {
    const onAlerts = policyOf('screen')
      .filter((s) => resourcesOf(s).some((r) => JSON.stringify(r).includes(synth.idOf(TABLES.alerts))))
      .flatMap(actions)
      .filter((a) => a.startsWith('dynamodb:'));
    expect([...new Set(onAlerts)].sort()).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']);
  });

  it('only the refresh and re-screening may put events, and only on the default bus', () => {
    const putters = ofType('AWS::IAM::Policy')
      .filter(([, p]) => p.Properties.PolicyDocument.Statement.some((s: Statement) => actions(s).includes('events:PutEvents')))
      .flatMap(([, p]) => p.Properties.Roles);
    expect(putters).toEqual(expect.arrayContaining([refOf(`${FUNCTIONS.refresh}/Role`), refOf(`${FUNCTIONS.rescreen}/Role`)]));
    expect(putters).toHaveLength(2);
    for (const name of ['refresh', 'rescreen'] as const) {
      const statement = policyOf(name).find((s) => actions(s).includes('events:PutEvents'))!;
      expect(JSON.stringify(statement.Resource)).toMatch(/:event-bus\/default"/);
    }
  });

  it('the snapshot bucket takes new objects from the refresh alone, which cannot read or delete them', () => {
    const s3 = policyOf('refresh').filter((s) => actions(s).some((a) => a.startsWith('s3:')));
    expect(s3.flatMap(actions).filter((a) => /Get|Delete|List/.test(a))).toEqual([]);
    for (const name of ['screen', 'console', 'rescreen'] as const) {
      expect(policyOf(name).flatMap(actions).filter((a) => a.startsWith('s3:'))).toEqual([]);
    }
  });
});

describe('HTTP API', () => {
  const routes = () => ofType('AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties as Json);
  const jwtAuthorizerId = () => ofType('AWS::ApiGatewayV2::Authorizer').find(([, a]) => a.Properties.AuthorizerType === 'JWT')![0];
  const key = (route: { method: string; path: string }) => `${route.method} ${route.path}`;

  it('serves exactly the sign-up route, the console routes and the console pages', () => {
    expect(routes().map((r) => r.RouteKey).sort()).toEqual([key(SIGN_UP_ROUTE), ...CONSOLE_API_ROUTES, ...CONSOLE_PAGE_ROUTES].sort());
  });

  it('the sign-up route requires IAM (SigV4) authorization', () => {
    expect(routes().find((r) => r.RouteKey === key(SIGN_UP_ROUTE))).toMatchObject({ AuthorizationType: 'AWS_IAM' });
  });

  it.each(CONSOLE_API_ROUTES)('%s requires a Cognito JWT', (routeKey: string) => {
    expect(routes().find((r) => r.RouteKey === routeKey)).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: jwtAuthorizerId() } });
  });

  it('every route has an authorizer, except the static console pages', () => {
    const open = routes().filter((r) => !r.AuthorizationType || r.AuthorizationType === 'NONE').map((r) => r.RouteKey);
    expect(open.sort()).toEqual([...CONSOLE_PAGE_ROUTES].sort());
  });

  it('the JWT authorizer accepts only tokens the analysts pool issued to the console client', () => {
    expect(synth.resources[jwtAuthorizerId()]!.Properties.JwtConfiguration).toEqual({
      Audience: [refOf('ConsoleAuth/Analysts/Console')],
      Issuer: { 'Fn::Join': ['', ['https://cognito-idp.', { Ref: 'AWS::Region' }, '.amazonaws.com/', refOf('ConsoleAuth/Analysts')]] },
    });
  });

  it('the stage is throttled and writes JSON access logs', () => {
    const stage = props('Api/DefaultStage');
    expect(stage.DefaultRouteSettings).toEqual({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 });
    expect(stage.AccessLogSettings.DestinationArn).toEqual(arnOf('Api/AccessLogs'));
    expect(JSON.parse(stage.AccessLogSettings.Format)).toMatchObject({ requestId: '$context.requestId', status: '$context.status' });
  });
});

describe('analyst sign-in', () => {
  it('the pool admits only admin-created users with MFA, and has the analysts group', () => {
    expect(props('ConsoleAuth/Analysts')).toMatchObject({
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      DeletionProtection: 'ACTIVE',
    });
    synth.assertions.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: ANALYSTS_GROUP, UserPoolId: refOf('ConsoleAuth/Analysts') });
  });

  it('the hosted sign-in page returns analysts to the console, and only there, with an ID token; sign-out returns there too', () => {
    expect(props('ConsoleAuth/Analysts/Console')).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['implicit'],
      AllowedOAuthScopes: ['openid', 'email'],
      CallbackURLs: [synth.apiUrl],
      // The console's sign-out also ends the Hosted UI session, which returns here.
      LogoutURLs: [synth.apiUrl],
      SupportedIdentityProviders: ['COGNITO'],
    });
    expect(props('ConsoleAuth/Analysts/SignIn')).toMatchObject({
      Domain: { 'Fn::Join': ['', ['partyscreen-', { Ref: 'AWS::AccountId' }]] },
      UserPoolId: refOf('ConsoleAuth/Analysts'),
    });
  });
});

describe('schedules and events', () => {
  it('the refresh runs on the configured schedule, with retries and a dead-letter queue', () => {
    synth.assertions.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 6 * * ? *)',
      State: 'ENABLED',
      Target: {
        Arn: arnOf(fn('refresh')),
        DeadLetterConfig: { Arn: arnOf(`${FUNCTIONS.refresh}/DeadLetters`) },
        RetryPolicy: { MaximumRetryAttempts: 3 },
      },
    });
  });

  it("re-screening runs on the refresh's success event, and on its own hand-over", () => {
    const rules = ofType('AWS::Events::Rule').map(([, r]) => r.Properties);
    expect(rules.map((r) => r.EventPattern)).toEqual(
      expect.arrayContaining([
        { source: [LIST_VERSION_ACTIVATED.source], 'detail-type': [LIST_VERSION_ACTIVATED.detailType] },
        { source: ['partyscreen.rescreen'], 'detail-type': ['RescreenContinuation'] },
      ]),
    );
    expect(rules).toHaveLength(2);
    for (const rule of rules) {
      expect(rule.Targets).toEqual([
        expect.objectContaining({ Arn: arnOf(fn('rescreen')), DeadLetterConfig: { Arn: arnOf(`${FUNCTIONS.rescreen}/DeadLetters`) } }),
      ]);
    }
  });
});

describe('monitoring', () => {
  const alarm = (name: string): Json => {
    const found = ofType('AWS::CloudWatch::Alarm').find(([, a]) => a.Properties.AlarmName === `Partyscreen-${name}`);
    if (!found) throw new Error(`no alarm ${name}`);
    return found[1].Properties;
  };
  const topic = () => refOf('Monitoring/Alarms');

  it('alarms when the refresh fails', () => {
    expect(alarm('RefreshFailed')).toMatchObject({
      MetricName: 'Errors',
      Namespace: 'AWS/Lambda',
      Dimensions: [{ Name: 'FunctionName', Value: refOf(fn('refresh')) }],
      Threshold: 1,
      AlarmActions: [topic()],
    });
  });

  it('alarms when no refresh succeeded in 36 hours (missing data counts as no success)', () => {
    expect(alarm('RefreshStale')).toMatchObject({
      Namespace: REFRESH_SUCCEEDED.namespace,
      MetricName: REFRESH_SUCCEEDED.metricName,
      Statistic: 'Sum',
      Period: 3600,
      EvaluationPeriods: 36,
      DatapointsToAlarm: 36,
      ComparisonOperator: 'LessThanThreshold',
      Threshold: 1,
      TreatMissingData: 'breaching',
      AlarmActions: [topic()],
    });
    expect(alarm('RefreshStale').Dimensions).toBeUndefined();
  });

  it.each(['screen', 'console', 'rescreen'])('alarms on %s errors', (name) => {
    expect(alarm(`${name}Errors`)).toMatchObject({ MetricName: 'Errors', AlarmActions: [topic()] });
  });

  it.each(['screen', 'console', 'refresh', 'rescreen'])('alarms on %s throttles', (name) => {
    expect(alarm(`${name}Throttles`)).toMatchObject({ MetricName: 'Throttles', AlarmActions: [topic()] });
  });

  it.each(['refresh', 'rescreen'])('alarms on events left in the %s dead-letter queue', (name) => {
    expect(alarm(`${name}DeadLetters`)).toMatchObject({ MetricName: 'ApproximateNumberOfMessagesVisible', Namespace: 'AWS/SQS' });
  });

  it('every alarm notifies the topic, which takes TLS publishers only and has no subscriber while alertEmail is unset', () => {
    for (const [, a] of ofType('AWS::CloudWatch::Alarm')) expect(a.Properties.AlarmActions).toEqual([topic()]);
    synth.assertions.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
    synth.assertions.resourceCountIs('AWS::SNS::Subscription', 0);
  });

  it('has a dashboard', () => {
    synth.assertions.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });
});

it('synthesizes without CDK warnings or errors', () => {
  expect(synth.messages).toEqual([]);
});

describe('configuration reaches the stack', { timeout: SYNTH_TIMEOUT_MS }, () => {
  it('schedule, alert e-mail, match threshold, staleness and sign-in domain come from context', async () => {
    const custom = await synthesize({
      functionsDir: ALL_FUNCTIONS,
      context: {
        refreshSchedule: 'cron(30 2 ? * MON-FRI *)',
        alertEmail: 'compliance@example.com',
        matchThreshold: '0.8',
        stalenessHours: 48,
        authDomainPrefix: 'screening-console',
      },
    });
    custom.assertions.hasResourceProperties('AWS::Scheduler::Schedule', { ScheduleExpression: 'cron(30 2 ? * MON-FRI *)' });
    custom.assertions.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'compliance@example.com' });
    custom.assertions.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmName: 'Partyscreen-RefreshStale', EvaluationPeriods: 48 });
    custom.assertions.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'screening-console' });
    for (const name of ['screen', 'console', 'rescreen'] as const) {
      expect(custom.resources[custom.idOf(fn(name))]!.Properties.Environment.Variables.MATCH_THRESHOLD).toBe('0.8');
    }
  });

  it('without handlers the stack still synthesizes: data, API, sign-in and monitoring, no functions', async () => {
    const bare = await synthesize({ functionsDir: NO_FUNCTIONS });
    bare.assertions.resourceCountIs('AWS::Lambda::Function', 0);
    bare.assertions.resourceCountIs('AWS::ApiGatewayV2::Route', 0);
    bare.assertions.resourceCountIs('AWS::DynamoDB::Table', 4);
    bare.assertions.resourceCountIs('AWS::Scheduler::Schedule', 0);
    bare.assertions.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });
});
