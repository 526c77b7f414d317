/**
 * Re-screening: when the refresh activates a new list version, an EventBridge rule invokes the
 * rescreen function, which screens the known customers against it and raises alerts for new matches.
 * A run that reaches its time budget with work left puts a continuation event on the same bus, and a
 * second rule starts the next run (functions/rescreen/handler.ts).
 */
import { Duration } from 'aws-cdk-lib';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Construct } from 'constructs';
import { CONTINUATION } from '../../lib/rescreen/events.js';
import { type DeployConfig, matchingEnvironment } from '../config.js';
import { EVENT_BUS_NAME, LIST_VERSION_ACTIVATED } from './list-refresh.js';
import { PartyscreenFunction } from './partyscreen-function.js';
import type { Tables } from './tables.js';

/**
 * The match index (about 450 MB RSS for today's list, see api.ts) plus pages of customer profiles;
 * screening every customer is CPU-bound, and 2048 MB brings more than one vCPU. Each run works up to
 * a minute before Lambda's 15-minute maximum, then hands the rest over.
 */
const RESCREEN_SIZE = { memorySize: 2048, timeout: Duration.minutes(15) };

/** Versions activate at most a few times a day; two runs cover an overlap without starving the API. */
const RESCREEN_CONCURRENCY = 2;

export interface RescreeningProps {
  /** functions/rescreen/handler.ts */
  readonly entry: string;
  readonly tables: Tables;
  readonly config: DeployConfig;
}

export class Rescreening extends Construct {
  readonly rescreen: PartyscreenFunction;
  /** Starts a run for each new list version. */
  readonly onListVersion: Rule;
  /** Starts the next run of an unfinished one. */
  readonly onContinuation: Rule;

  constructor(scope: Construct, id: string, props: RescreeningProps) {
    super(scope, id);
    this.rescreen = new PartyscreenFunction(this, 'Rescreen', {
      entry: props.entry,
      description: 'Re-screens every customer when a new list version is activated',
      ...RESCREEN_SIZE,
      reservedConcurrentExecutions: RESCREEN_CONCURRENCY,
      asyncInvocation: { retryAttempts: 2, maxEventAge: Duration.hours(6) },
      tables: props.tables,
      logLevel: props.config.logLevel,
      environment: { EVENT_BUS_NAME, ...matchingEnvironment(props.config) },
    });
    props.tables.grantReadLists(this.rescreen);
    props.tables.grantReadCustomers(this.rescreen);
    // Alerts, and the job's checkpoints, which live in the alerts table.
    props.tables.grantManageAlerts(this.rescreen);
    EventBus.fromEventBusName(this, 'DefaultBus', EVENT_BUS_NAME).grantPutEventsTo(this.rescreen);

    this.onListVersion = this.startOn('OnListVersionActivated', 'A new partyscreen list version is active: re-screen the customers', LIST_VERSION_ACTIVATED);
    this.onContinuation = this.startOn('OnContinuation', 'A partyscreen re-screening stopped at its time budget: go on', CONTINUATION);
  }

  private startOn(id: string, description: string, event: { source: string; detailType: string }): Rule {
    return new Rule(this, id, {
      description,
      eventPattern: { source: [event.source], detailType: [event.detailType] },
      targets: [
        new LambdaFunction(this.rescreen.function, {
          // Events EventBridge could not deliver land with the function's own failures.
          deadLetterQueue: this.rescreen.deadLetterQueue,
          retryAttempts: 3,
          maxEventAge: Duration.hours(1),
        }),
      ],
    });
  }
}
