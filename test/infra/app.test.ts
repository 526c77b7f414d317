/**
 * The real app as a deployer runs it: `npx cdk synth` offline (no AWS credentials or network), on the
 * handlers that exist in functions/ today, with cdk-nag's AwsSolutions pack as part of the synth.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findHandlers, FUNCTION_NAMES, FUNCTIONS_DIR, REPO_ROOT } from '../../infra/constructs/partyscreen-function.js';

/** Bundling the real handlers and the checks: 40-115 s measured on a 2-core machine busy with the rest of the suite. */
const CLI_TIMEOUT_MS = 360_000;

const handlers = findHandlers();
const CONSOLE_PAGES_BUILD = path.join(FUNCTIONS_DIR, 'console', 'ui', 'build.ts');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Asynchronous on purpose: a blocking spawnSync would starve the vitest worker's own messaging for a minute. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env, timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs as a deployer would, minus everything that would reach the network. */
const offlineEnv = {
  ...process.env,
  CDK_VALIDATION: 'true',
  CDK_DISABLE_VERSION_CHECK: '1',
  CDK_DISABLE_CLI_TELEMETRY: 'true',
  AWS_EC2_METADATA_DISABLED: 'true',
};

describe('the handlers in functions/', () => {
  it('every folder with a handler.ts is a function the stack knows how to wire', () => {
    const folders = readdirSync(FUNCTIONS_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(path.join(FUNCTIONS_DIR, entry.name, 'handler.ts')))
      .map((entry) => entry.name);
    expect(FUNCTION_NAMES).toEqual(expect.arrayContaining(folders));
  });
});

describe('npx cdk synth', () => {
  let outdir: string;
  let result: Run;
  let seconds: number;
  let template: { Resources: Record<string, { Type: string; Properties: Record<string, unknown>; Metadata?: Record<string, unknown> }> };

  beforeAll(async () => {
    outdir = mkdtempSync(path.join(tmpdir(), 'partyscreen-cdk-'));
    const started = performance.now();
    result = await run(path.join(REPO_ROOT, 'node_modules/.bin/cdk'), ['synth', '--no-notices', '--quiet', '--output', outdir], offlineEnv, CLI_TIMEOUT_MS);
    seconds = (performance.now() - started) / 1000;
    const file = path.join(outdir, 'Partyscreen.template.json');
    if (existsSync(file)) template = JSON.parse(readFileSync(file, 'utf8'));
  }, CLI_TIMEOUT_MS + 10_000);

  afterAll(() => {
    if (outdir) rmSync(outdir, { recursive: true, force: true });
  });

  it('succeeds offline, with the CloudFormation schema check and cdk-nag', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(template).toBeDefined();
    console.info(`cdk synth: ${seconds.toFixed(1)} s, ${Object.keys(template.Resources).length} resources, functions: ${Object.keys(handlers).join(', ')}`);
  });

  it.for(FUNCTION_NAMES)('wires functions/%s when its handler exists', (name, ctx) => {
    const functionPath = new RegExp(`/${name[0]!.toUpperCase()}${name.slice(1)}/Function/Resource$`);
    const wired = Object.values(template.Resources).filter(
      (r) => r.Type === 'AWS::Lambda::Function' && functionPath.test(String(r.Metadata?.['aws:cdk:path'])),
    );
    expect(wired).toHaveLength(handlers[name] ? 1 : 0);
    ctx.skip(!handlers[name], `functions/${name}/handler.ts is not written yet, so the stack leaves it out (stack.test.ts checks its wiring with a stub)`);
    expect(wired[0]!.Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], Handler: 'index.handler' });
  });

  it('bundles each handler as one ESM file with its source map and the require banner', () => {
    const assets = readdirSync(outdir).filter((name) => name.startsWith('asset.'));
    expect(assets.length).toBe(Object.keys(handlers).length);
    for (const asset of assets) {
      expect(readdirSync(path.join(outdir, asset))).toEqual(expect.arrayContaining(['index.mjs', 'index.mjs.map']));
      const code = readFileSync(path.join(outdir, asset, 'index.mjs'), 'utf8');
      expect(code.startsWith("import { createRequire } from 'module'; const require = createRequire(import.meta.url);")).toBe(true);
      // The SDK is the runtime's: a bundled copy would be megabytes.
      expect(code).not.toMatch(/@aws-sdk\/client-dynamodb\/dist/);
    }
  });

  it('the console bundle carries the console pages', (ctx) => {
    ctx.skip(!existsSync(CONSOLE_PAGES_BUILD), 'functions/console/ui/build.ts is not written yet, so there are no pages to bundle');
    const withPages = readdirSync(outdir)
      .filter((name) => name.startsWith('asset.') && existsSync(path.join(outdir, name, 'console-ui')))
      .map((name) => readdirSync(path.join(outdir, name, 'console-ui')).sort());
    expect(withPages).toEqual([expect.arrayContaining(['app.css', 'app.js', 'index.html'])]);
  });
});

describe('bad configuration', () => {
  it('fails the synth with one message naming every bad setting', { timeout: 120_000 }, async () => {
    const context = { refreshSchedule: 'cron(0 6 * *)', retentionDays: -1 };
    const result = await run(process.execPath, ['--import', 'tsx', 'infra/app.ts'], { ...offlineEnv, CDK_CONTEXT_JSON: JSON.stringify(context) }, 60_000);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/invalid deployment configuration:/);
    expect(result.stderr).toMatch(/refreshSchedule \(context key refreshSchedule\) = "cron\(0 6 \* \*\)": cron needs 6 fields/);
    expect(result.stderr).toMatch(/retentionDays \(context key retentionDays\) = "-1": must be a whole number greater than 0/);
  });
});
