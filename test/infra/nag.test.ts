/**
 * cdk-nag's AwsSolutions pack over the stack with every function wired. cdk-nag 3 is a CDK policy
 * validation plugin: findings are a report (not annotations), and rules are acknowledged with
 * `Validations.of(construct).acknowledge({ id, reason })`, kept as construct metadata.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_FUNCTIONS, type SynthResult, SYNTH_TIMEOUT_MS, synthesize } from './synth.js';

let nag: NonNullable<SynthResult['nag']>;

beforeAll(async () => {
  nag = (await synthesize({ functionsDir: ALL_FUNCTIONS, nag: true })).nag!;
}, SYNTH_TIMEOUT_MS);

describe('cdk-nag AwsSolutions', () => {
  it('reports no unacknowledged finding, error or warning', () => {
    expect(nag.findings.map((f) => `${f.severity} ${f.rule} at ${f.paths.join(', ')}: ${f.description}`)).toEqual([]);
  });

  it('finds problems when they exist (the pack is not vacuous here)', () => {
    const stack = new Stack(new App(), 'Careless');
    new Bucket(stack, 'PlainBucket');
    const rules = new AwsSolutionsChecks().validateScope(stack).violations.map((v) => v.ruleName);
    expect(rules).toEqual(expect.arrayContaining(['AwsSolutions-S1', 'AwsSolutions-S10']));
  });

  it('every acknowledgment is an AwsSolutions rule with a reason of substance', () => {
    expect(nag.acknowledgments.length).toBeGreaterThan(0);
    for (const { id, reason, path } of nag.acknowledgments) {
      expect(id, path).toMatch(/^AwsSolutions-[A-Z]+\d+(\[.+\])?$/);
      // A sentence that says why, not "not needed" or "false positive".
      expect(reason.length, `${id} at ${path}: "${reason}"`).toBeGreaterThanOrEqual(80);
      expect(reason.split(/\s+/).length, `${id} at ${path}`).toBeGreaterThanOrEqual(15);
    }
  });

  it('no acknowledgment is stale: each one silences a finding that would otherwise be reported', () => {
    for (const { id, path } of nag.acknowledgments) {
      const silenced = nag.rawFindings.find((f) => f.rule === id)?.paths.some((p) => p === path || p.startsWith(`${path}/`));
      expect(silenced, `${id} acknowledged at ${path} matches no finding`).toBe(true);
    }
  });

  it('acknowledges only these rules', () => {
    const rules = [...new Set(nag.acknowledgments.map((a) => a.id.replace(/\[.*$/, '')))].sort();
    expect(rules).toEqual(['AwsSolutions-APIG4', 'AwsSolutions-IAM5', 'AwsSolutions-L1']);
  });
});
