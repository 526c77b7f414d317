/**
 * Synthesizes the partyscreen stack in its own process and writes what the infra tests check as JSON:
 * the template, the logical id of every construct, CDK's messages, and cdk-nag's report. A synth
 * (bundling included) blocks its thread for seconds to a minute on a busy machine; here it cannot
 * starve a vitest worker. Run by synth.ts:
 *
 *   node --import tsx test/infra/synth-child.ts REQUEST.json RESULT.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { App, CfnElement, Stack, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { readDeployConfig } from '../../infra/config.js';
import { REPO_ROOT } from '../../infra/constructs/partyscreen-function.js';
import { PartyscreenStack } from '../../infra/stack.js';
import type { NagAcknowledgment, NagFinding, SynthRequest, SynthResult } from './synth.js';

const [requestFile, resultFile] = process.argv.slice(2);
if (!requestFile || !resultFile) throw new Error('usage: synth-child.ts REQUEST.json RESULT.json');
const request = JSON.parse(readFileSync(requestFile, 'utf8')) as SynthRequest;

const cdkJson = JSON.parse(readFileSync(`${REPO_ROOT}/cdk.json`, 'utf8')) as { context: Record<string, unknown> };
const app = new App({ context: { ...cdkJson.context, ...request.context } });
// An empty environment: PARTYSCREEN_* variables of whoever runs the tests must not leak in.
const config = readDeployConfig((key) => app.node.tryGetContext(key), {});
const stack = new PartyscreenStack(app, 'Partyscreen', { config, functionsDir: request.functionsDir });
const artifact = app.synth().getStackArtifact(stack.artifactId);

const result: SynthResult = {
  template: artifact.template,
  logicalIds: logicalIds(stack),
  apiUrl: stack.resolve(stack.api.url),
  messages: artifact.messages
    .filter((message) => message.level !== 'info')
    .map((message) => ({ level: message.level, path: message.id, text: String(message.entry.data) })),
  ...(request.nag && { nag: nagReport(stack) }),
};
writeFileSync(resultFile, JSON.stringify(result));

/** Construct path below the stack (`Tables/Lists`) to the logical id of its CloudFormation resource. */
function logicalIds(scope: Stack): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const construct of scope.node.findAll()) {
    if (!(construct instanceof CfnElement)) continue;
    const path = construct.node.path.slice(scope.node.path.length + 1).replace(/\/(Resource|Default)$/, '');
    ids[path] = scope.resolve(construct.logicalId);
  }
  return ids;
}

function nagReport(scope: Stack): NonNullable<SynthResult['nag']> {
  const findings = (pack: AwsSolutionsChecks): NagFinding[] =>
    pack.validateScope(scope).violations.map((v) => ({
      rule: v.ruleName,
      severity: v.severity ?? 'error',
      description: v.description,
      paths: v.violatingResources.map((r) => r.constructPath ?? ''),
    }));
  const raw = new AwsSolutionsChecks();
  // isAcknowledged is cdk-nag's private filter (3.0.x); turning it off shows every finding, acknowledged or not.
  (raw as unknown as { isAcknowledged: () => boolean }).isAcknowledged = () => false;
  return {
    findings: findings(new AwsSolutionsChecks(undefined, { verbose: true })),
    rawFindings: findings(raw),
    acknowledgments: acknowledgments(scope),
  };
}

function acknowledgments(scope: IConstruct): NagAcknowledgment[] {
  return scope.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          // CDK files ids without a known plugin prefix under `Annotation::`; cdk-nag strips it too.
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}
