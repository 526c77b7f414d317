/**
 * The analyst console: one function serving both its JSON API (behind the Cognito JWT authorizer;
 * the function then admits only members of the analysts group) and its static pages, built into the
 * bundle's `console-ui/` folder, on the same origin as the API.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Duration, Validations } from 'aws-cdk-lib';
import { HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { Construct } from 'constructs';
import { CONSOLE_API_ROUTES, CONSOLE_PAGE_ROUTES, type ConsoleRoute, routeParts } from '../../functions/console/routes.js';
import { type DeployConfig, matchingEnvironment } from '../config.js';
import { type Api, INDEX_FUNCTION_MEMORY_MB, type RouteSpec } from './api.js';
import { ANALYSTS_GROUP, type ConsoleAuth } from './console-auth.js';
import { PartyscreenFunction, REPO_ROOT } from './partyscreen-function.js';
import type { Tables } from './tables.js';

/** Where functions/console/pages.ts looks for the pages, beside the bundled handler. */
const PAGES_FOLDER = 'console-ui';

/**
 * Memory: the match index of sign-up screening (api.ts) plus the word index, measured at about 23 MB
 * of heap for the 2022 CSL (`npm run bench:search`), so the same 1024 MB. Time: the first search on
 * a container builds both (2.1 s and 1-3 s measured on the 2022 list, about twice that today); 15 s
 * covers it and stays under API Gateway's 30 s.
 */
const CONSOLE_TIMEOUT = Duration.seconds(15);

export interface AnalystConsoleProps {
  /** functions/console/handler.ts */
  readonly entry: string;
  readonly api: Api;
  readonly auth: ConsoleAuth;
  readonly tables: Tables;
  readonly config: DeployConfig;
}

export class AnalystConsole extends Construct {
  readonly console: PartyscreenFunction;

  constructor(scope: Construct, id: string, props: AnalystConsoleProps) {
    super(scope, id);
    const pagesBuild = path.join(path.dirname(props.entry), 'ui', 'build.ts');
    this.console = new PartyscreenFunction(this, 'Console', {
      entry: props.entry,
      description: 'The analyst console: its pages, list status, search, entries, alerts, customers',
      memorySize: INDEX_FUNCTION_MEMORY_MB,
      timeout: CONSOLE_TIMEOUT,
      tables: props.tables,
      logLevel: props.config.logLevel,
      environment: { ANALYSTS_GROUP, CONSOLE_SIGN_IN_URL: props.auth.signInUrl, ...matchingEnvironment(props.config) },
      // Pages exist once functions/console/ui/build.ts does; until then the function serves the API alone.
      ...(existsSync(pagesBuild) && {
        afterBundling: (inputDir: string, outputDir: string) => [
          `node --import tsx ${quote(path.join(inputDir, path.relative(REPO_ROOT, pagesBuild)))} ${quote(path.join(outputDir, PAGES_FOLDER))}`,
        ],
      }),
    });
    props.tables.grantReadLists(this.console);
    props.tables.grantReadScreenings(this.console);
    props.tables.grantReadCustomers(this.console);
    props.tables.grantManageAlerts(this.console);

    props.api.addRoutes(CONSOLE_API_ROUTES.map(routeSpec), this.console, props.auth.authorizer);
    for (const route of props.api.addRoutes(CONSOLE_PAGE_ROUTES.map(routeSpec), this.console)) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'Static console pages (HTML, script, styles) hold no data and must load before the analyst signs in; every data route they call requires the Cognito JWT.',
      });
    }
  }
}

function routeSpec(route: ConsoleRoute): RouteSpec {
  const { method, path } = routeParts(route);
  return { method: HttpMethod[method], path };
}

function quote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
