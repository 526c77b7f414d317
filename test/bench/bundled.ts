/**
 * Code as Lambda runs it, for benchmarks: bundled and minified by esbuild, as
 * infra/constructs/partyscreen-function.ts bundles the functions. Benchmarks importing lib/ through
 * tsx measure other code: tsx keeps every function's name by wrapping each closure as it is made,
 * which changes how V8 optimizes the hot paths (the same index build took about a quarter longer).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** What the matcher benchmarks use (npm run bench, bench:api's engine-only figures), from one bundle: one copy of each module and its caches. */
const MATCHER = `
export { readListFile } from './lib/lists/read.ts';
export { entryNames } from './lib/lists/model.ts';
export { parseParty } from './lib/match/party-input.ts';
export { buildIndex, screenParty } from './lib/match/screen.ts';
export { parseSignupRequest } from './lib/screening/request.ts';
export { screenSignup } from './lib/screening/screen-signup.ts';
`;

/** The same functions' types, from the sources (type queries load nothing). */
export interface BundledMatcher {
  readListFile: typeof import('../../lib/lists/read.js').readListFile;
  entryNames: typeof import('../../lib/lists/model.js').entryNames;
  parseParty: typeof import('../../lib/match/party-input.js').parseParty;
  buildIndex: typeof import('../../lib/match/screen.js').buildIndex;
  screenParty: typeof import('../../lib/match/screen.js').screenParty;
  parseSignupRequest: typeof import('../../lib/screening/request.js').parseSignupRequest;
  screenSignup: typeof import('../../lib/screening/screen-signup.js').screenSignup;
}

/** Bundles the matcher and imports it. */
export async function bundledMatcher(): Promise<BundledMatcher> {
  const file = await bundle('matcher', { stdin: { contents: MATCHER, resolveDir: ROOT, loader: 'ts', sourcefile: 'matcher.ts' } });
  return (await import(pathToFileURL(file).href)) as BundledMatcher;
}

/** bench:api's server (signup-server.ts), bundled: the file to run with node. */
export function bundledSignupServer(): Promise<string> {
  return bundle('signup-server', { entryPoints: [path.join(ROOT, 'test/bench/signup-server.ts')] });
}

/** Minified ESM (BENCH_NO_MINIFY=1 keeps the names, for profiles) into node_modules/.cache, where its packages resolve; returns the file. */
async function bundle(name: string, entry: Pick<BuildOptions, 'entryPoints' | 'stdin'>): Promise<string> {
  const outfile = path.join(ROOT, `node_modules/.cache/partyscreen/${name}.mjs`);
  mkdirSync(path.dirname(outfile), { recursive: true });
  await build({ ...entry, bundle: true, platform: 'node', format: 'esm', target: `node${process.versions.node.split('.')[0]}`, minify: !process.env.BENCH_NO_MINIFY, packages: 'external', outfile, logLevel: 'warning' });
  return outfile;
}
