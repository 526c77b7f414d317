/**
 * The HTTP API (API Gateway v2) and sign-up screening behind it. One `$default` stage, throttled and
 * access-logged as JSON. The sign-up route takes only SigV4-signed requests (IAM authorization); the
 * analyst console adds its own routes (analyst-console.ts).
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, type HttpRoute, HttpStage, type IHttpRouteAuthorizer, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { type DeployConfig, matchingEnvironment } from '../config.js';
import { PartyscreenFunction } from './partyscreen-function.js';
import type { Tables } from './tables.js';

export interface RouteSpec {
  readonly method: HttpMethod;
  readonly path: string;
}

/** What the sign-up service calls. */
export const SIGN_UP_ROUTE: RouteSpec = { method: HttpMethod.POST, path: '/v1/screenings' };

/**
 * Sized for sign-up traffic, which is bursty but small: a steady 50 requests/s with bursts of 100 is
 * far above expected peaks, yet caps what a leaked credential or a runaway client can cost.
 */
const THROTTLE = { rateLimit: 50, burstLimit: 100 };

/** Access logs are who-called-what evidence; keep them a year. */
const ACCESS_LOG_RETENTION = RetentionDays.ONE_YEAR;

/**
 * Measured: building the match index from the 2022 CSL (14,160 entries) takes 108 MB of heap
 * (246 MB RSS) and 2.1 s on one core; today's list (~25,800 rows) projects to about 200 MB heap and
 * 450 MB RSS. 1024 MB leaves twice that (the console's lookups); sign-up screening takes more, for CPU.
 */
export const INDEX_FUNCTION_MEMORY_MB = 1024;
/**
 * Lambda gives a function CPU in proportion to its memory, one full vCPU at 1,769 MB; at 1,024 MB the
 * sign-up call would get 58% of a core, and take 1.7 times the single-core figures of `npm run bench`
 * and `bench:api` (and of the index build at a cold start). The caller waits on this one.
 */
const SCREEN_MEMORY_MB = 1769;
const SCREEN_TIMEOUT = Duration.seconds(10);

export interface ApiProps {
  readonly tables: Tables;
  readonly config: DeployConfig;
  /** functions/screen/handler.ts when it exists. */
  readonly screenEntry?: string;
}

export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;
  readonly screen?: PartyscreenFunction;
  /** One integration per function, however many routes lead to it. */
  private readonly integrations = new Map<PartyscreenFunction, HttpLambdaIntegration>();

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'partyscreen: sign-up screening and the analyst console',
      // Created below with throttling and access logs, which the default stage cannot take.
      createDefaultStage: false,
    });
    this.accessLogs = new LogGroup(this, 'AccessLogs', { retention: ACCESS_LOG_RETENTION, removalPolicy: RemovalPolicy.RETAIN });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: THROTTLE,
      accessLogSettings: { destination: new LogGroupLogDestination(this.accessLogs), format: accessLogFormat() },
    });

    if (props.screenEntry) {
      this.screen = new PartyscreenFunction(this, 'Screen', {
        entry: props.screenEntry,
        description: 'Screens a signing-up customer and its owners against the active list version',
        memorySize: SCREEN_MEMORY_MB,
        timeout: SCREEN_TIMEOUT,
        tables: props.tables,
        logLevel: props.config.logLevel,
        environment: matchingEnvironment(props.config),
      });
      props.tables.grantReadLists(this.screen);
      props.tables.grantRecordScreenings(this.screen);
      // A review decision puts its matches in the analysts' queue (lib/screening/service.ts).
      props.tables.grantRaiseAlerts(this.screen);
      this.addRoutes([SIGN_UP_ROUTE], this.screen, new HttpIamAuthorizer());
    }
  }

  /** The API's address, `https://{api-id}.execute-api.{region}.amazonaws.com/`; the console's too. */
  get url(): string {
    return this.stage.url;
  }

  /** The execute-api ARN a caller needs `execute-api:Invoke` on to call the sign-up route. */
  get signUpRouteArn(): string {
    return this.httpApi.arnForExecuteApi(SIGN_UP_ROUTE.method, SIGN_UP_ROUTE.path, this.stage.stageName);
  }

  /** Routes to one function; without an authorizer they are open to anyone, so say why where you do that. */
  addRoutes(routes: readonly RouteSpec[], target: PartyscreenFunction, authorizer?: IHttpRouteAuthorizer): HttpRoute[] {
    const integration = this.integrationFor(target);
    return routes.flatMap((route) =>
      this.httpApi.addRoutes({ path: route.path, methods: [route.method], integration, ...(authorizer && { authorizer }) }),
    );
  }

  private integrationFor(target: PartyscreenFunction): HttpLambdaIntegration {
    let integration = this.integrations.get(target);
    if (!integration) {
      integration = new HttpLambdaIntegration(`${target.node.id}Integration`, target.function);
      this.integrations.set(target, integration);
    }
    return integration;
  }
}

/** One JSON object per request, with the caller as each authorizer knows it. */
function accessLogFormat(): AccessLogFormat {
  return AccessLogFormat.custom(
    JSON.stringify({
      requestId: '$context.requestId',
      requestTime: '$context.requestTime',
      ip: '$context.identity.sourceIp',
      userAgent: '$context.identity.userAgent',
      routeKey: '$context.routeKey',
      status: '$context.status',
      responseLength: '$context.responseLength',
      latencyMs: '$context.responseLatency',
      integrationLatencyMs: '$context.integrationLatency',
      iamCaller: '$context.identity.userArn',
      analyst: '$context.authorizer.claims.sub',
      authorizerError: '$context.authorizer.error',
      integrationError: '$context.integrationErrorMessage',
    }),
  );
}
