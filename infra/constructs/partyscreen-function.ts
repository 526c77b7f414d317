/**
 * The Lambda defaults every partyscreen function shares: Node 22 on arm64, an ESM bundle built by the
 * local esbuild with the AWS SDK left to the runtime, its own log group and a role that starts with
 * nothing but writing to that log group. Functions invoked asynchronously also get a dead-letter queue.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { type IGrantable, type IPrincipal, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogLevel as BundlingLogLevel, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { LogLevel } from '../config.js';
import { NODE_OPTIONS } from '../node-options.js';
import type { Tables } from './tables.js';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FUNCTIONS_DIR = path.join(REPO_ROOT, 'functions');

/** The folders of functions/ that are Lambda functions (middlewares/ is shared code, not one). */
export const FUNCTION_NAMES = ['screen', 'console', 'refresh', 'rescreen'] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/** The handler file of each function that exists; the stack wires only these. */
export type HandlerEntries = Partial<Record<FunctionName, string>>;

export function findHandlers(functionsDir: string = FUNCTIONS_DIR): HandlerEntries {
  const entries: HandlerEntries = {};
  for (const name of FUNCTION_NAMES) {
    const file = path.join(functionsDir, name, 'handler.ts');
    // Handlers land one at a time while others write them: wiring only those present keeps synth working at every commit.
    if (existsSync(file)) entries[name] = file;
  }
  return entries;
}

/** Lets CommonJS dependencies `require` Node built-ins from inside the ESM bundle. */
const ESM_REQUIRE_BANNER = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/** Lambda logs carry errors and timings, not the record of decisions (that is DynamoDB): a quarter is enough. */
const LOG_RETENTION = RetentionDays.THREE_MONTHS;

/** SQS's longest retention: two weeks to notice the alarm and replay a failed event. */
const DEAD_LETTER_RETENTION = Duration.days(14);

export interface AsyncInvocationOptions {
  /** Retries Lambda makes after a failed asynchronous invocation (0-2). */
  readonly retryAttempts: number;
  /** How long an event may wait in Lambda's queue (throttled or retrying) before it is dead-lettered. */
  readonly maxEventAge: Duration;
}

export interface PartyscreenFunctionProps {
  /** The handler file; it must export `handler`. */
  readonly entry: string;
  readonly description: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  /** Every function gets the four table names; grants are given separately. */
  readonly tables: Tables;
  readonly logLevel: LogLevel;
  /** Variables beyond the common ones. */
  readonly environment?: Record<string, string>;
  readonly reservedConcurrentExecutions?: number;
  /** Set for functions invoked asynchronously (schedules, rules): adds the retries and a dead-letter queue. */
  readonly asyncInvocation?: AsyncInvocationOptions;
  /** Shell commands that add files to the bundle once esbuild is done (run in the repository root). */
  readonly afterBundling?: (inputDir: string, outputDir: string) => string[];
}

export class PartyscreenFunction extends Construct implements IGrantable {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly role: Role;
  /** Events that failed every attempt; only for functions invoked asynchronously. */
  readonly deadLetterQueue?: Queue;

  constructor(scope: Construct, id: string, props: PartyscreenFunctionProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, 'Logs', { retention: LOG_RETENTION, removalPolicy: RemovalPolicy.RETAIN });
    // Our own role instead of the default one: the AWS managed basic-execution policy writes to any log group.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.description} (partyscreen)`,
    });
    this.logGroup.grantWrite(this.role);
    if (props.asyncInvocation) {
      this.deadLetterQueue = new Queue(this, 'DeadLetters', {
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        retentionPeriod: DEAD_LETTER_RETENTION,
      });
    }

    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      environment: {
        ...props.tables.environment,
        NODE_OPTIONS,
        LOG_LEVEL: props.logLevel,
        ...props.environment,
      },
      projectRoot: REPO_ROOT,
      depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        externalModules: ['@aws-sdk/*'],
        minify: true,
        sourceMap: true,
        banner: ESM_REQUIRE_BANNER,
        logLevel: BundlingLogLevel.WARNING,
        ...(props.afterBundling && {
          commandHooks: { beforeBundling: () => [], beforeInstall: () => [], afterBundling: props.afterBundling },
        }),
      },
      ...(props.asyncInvocation && {
        deadLetterQueue: this.deadLetterQueue,
        retryAttempts: props.asyncInvocation.retryAttempts,
        maxEventAge: props.asyncInvocation.maxEventAge,
      }),
    });
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 is pinned on purpose: the bundle targets node22 and the code is tested on Node 20/22; Lambda supports Node 22 into 2027, and moving to 24 is a deliberate upgrade of runtime, target and CI together.',
    });
  }

  get grantPrincipal(): IPrincipal {
    return this.function.grantPrincipal;
  }
}
