/**
 * Synthesizes the partyscreen stack the way `cdk synth` does (the context of cdk.json plus overrides,
 * a handlers folder of the test's choosing), in a child process (synth-child.ts) so the vitest worker
 * stays responsive however long bundling takes.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Template } from 'aws-cdk-lib/assertions';
import { REPO_ROOT } from '../../infra/constructs/partyscreen-function.js';

/** Stub handlers for all four functions: every part of the stack is wired, and bundling takes milliseconds. */
export const ALL_FUNCTIONS = fileURLToPath(new URL('./fixtures/functions', import.meta.url));
/** No handlers at all: nothing to bundle, for tests of configuration-only parts. */
export const NO_FUNCTIONS = fileURLToPath(new URL('./fixtures/no-functions', import.meta.url));

/** A synth takes 10-20 s, a minute or more on a machine busy with the rest of the suite. */
export const SYNTH_TIMEOUT_MS = 240_000;

const CHILD = fileURLToPath(new URL('./synth-child.ts', import.meta.url));

export interface SynthRequest {
  readonly functionsDir: string;
  /** Context on top of cdk.json's, as `-c key=value` would give. */
  readonly context?: Record<string, unknown>;
  /** Also run cdk-nag's AwsSolutions pack over the stack. */
  readonly nag?: boolean;
}

export interface NagFinding {
  rule: string;
  severity: string;
  description: string;
  /** Construct paths of the resources it concerns. */
  paths: string[];
}

export interface NagAcknowledgment {
  /** The construct path it was made on; it covers that construct and everything under it. */
  path: string;
  id: string;
  reason: string;
}

/** A CloudFormation fragment: loosely typed on purpose, the assertions check its shape. */
export type Json = Record<string, any>;

export interface SynthResult {
  template: { Resources: Record<string, Json>; Outputs?: Record<string, Json> };
  /** Construct path below the stack (`Tables/Lists`) to its resource's logical id. */
  logicalIds: Record<string, string>;
  /** The API's URL as it appears in the template (a CloudFormation expression). */
  apiUrl: unknown;
  /** CDK's warnings and errors. */
  messages: { level: string; path: string; text: string }[];
  nag?: { findings: NagFinding[]; rawFindings: NagFinding[]; acknowledgments: NagAcknowledgment[] };
}

export interface Synthesized extends SynthResult {
  readonly assertions: Template;
  readonly resources: Record<string, Json>;
  /** The logical id of the resource at a construct path below the stack; throws if there is none. */
  idOf(constructPath: string): string;
}

export async function synthesize(request: SynthRequest): Promise<Synthesized> {
  const dir = await mkdtemp(path.join(tmpdir(), 'partyscreen-synth-'));
  try {
    const [requestFile, resultFile] = [path.join(dir, 'request.json'), path.join(dir, 'result.json')];
    await writeFile(requestFile, JSON.stringify(request));
    await runChild([requestFile, resultFile]);
    const result = JSON.parse(await readFile(resultFile, 'utf8')) as SynthResult;
    return {
      ...result,
      assertions: Template.fromJSON(result.template),
      resources: result.template.Resources,
      idOf(constructPath) {
        const id = result.logicalIds[constructPath];
        if (!id) throw new Error(`no resource at ${constructPath}`);
        return id;
      },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function runChild(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    // CDK's CloudFormation schema check is three quarters of a synth's CPU; app.test.ts's real `cdk synth` runs it.
    const env = { ...process.env, CDK_VALIDATION: 'false' };
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: REPO_ROOT, env, timeout: SYNTH_TIMEOUT_MS });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) =>
      status === 0 ? resolve() : reject(new Error(`synth failed (exit ${status}):\n${stderr.replace(/^Bundling asset .*\n/gm, '')}`)),
    );
  });
}

export function cdkJson(): { app: string; context: Record<string, unknown> } {
  return JSON.parse(readFileSync(path.join(REPO_ROOT, 'cdk.json'), 'utf8'));
}
