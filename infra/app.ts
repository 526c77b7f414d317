/**
 * The CDK app (`npx cdk synth`, `npx cdk deploy`): one stack in the account and region of the current
 * AWS credentials, configured from environment and context (infra/config.ts), checked by cdk-nag's
 * AwsSolutions pack, whose unacknowledged findings fail the synth.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ConfigError, type DeployConfig, readDeployConfig } from './config.js';
import { PartyscreenStack } from './stack.js';

const app = new App();
new PartyscreenStack(app, 'Partyscreen', {
  description: 'partyscreen: restricted-party screening (API, list refresh, re-screening, console)',
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  config: configOrExit(app),
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

/** A bad setting ends the synth with the list of problems, not a stack trace. */
function configOrExit(scope: App): DeployConfig {
  try {
    return readDeployConfig((key) => scope.node.tryGetContext(key));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return process.exit(1);
  }
}
