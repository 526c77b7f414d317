/** `partyscreen lists inspect|load|status|refresh`: look at a list file, load it, see what is active, run the nightly refresh. */
import { InputError } from '../../errors.js';
import { readInputFile, readListFile } from '../../lists/read.js';
import { summarize, type ListSummary } from '../../lists/summary.js';
import { httpUrl, refreshConfigFromEnv } from '../../refresh/config.js';
import { fetchList } from '../../refresh/fetch-list.js';
import { ingestList } from '../../refresh/ingest.js';
import { snapshotStoreFromEnv } from '../../refresh/raw-snapshots.js';
import { runRefresh } from '../../refresh/refresh.js';
import { storeConfig } from '../../store/config.js';
import { listStatus } from '../../store/list-status.js';
import { openLocalStore } from '../../store/local.js';
import type { RefreshRunSummary } from '../../store/refresh-state.js';
import { flag, parseArgs, UsageError } from '../args.js';

export const summary = 'inspect FILE | load FILE|URL | status | refresh [--url URL] [--force]: read, load and check the screening lists';

export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  const args = parseArgs(rest, sub === 'refresh' ? { values: ['url'], switches: ['skip-bad-rows', 'json', 'force'] } : { switches: ['skip-bad-rows', 'json'] });
  const options = { skipBadRows: args.switches.has('skip-bad-rows') };
  const json = args.switches.has('json');
  switch (sub) {
    case 'inspect': {
      const file = only(args.positional, 'inspect FILE');
      const parsed = await readListFile(file, options);
      const report = { file, format: parsed.format, ...summarize(parsed.entries), skipped: parsed.skipped, problems: parsed.problems };
      if (json) print(JSON.stringify(report, null, 2));
      else {
        print(`${file}: ${parsed.format.toUpperCase()}, ${describe(report)}`);
        print(`problems: ${parsed.problems.length}${parsed.skipped ? ` (${parsed.skipped} rows skipped)` : ''}`);
        for (const p of parsed.problems) print(`  row ${p.row}${p.line ? ` (line ${p.line})` : ''}${p.entryId ? ` id ${p.entryId}` : ''}: ${p.severity} in ${p.field}: ${p.message}`);
      }
      return 0;
    }
    case 'load': {
      const location = only(args.positional, 'load FILE|URL');
      const started = performance.now();
      // Anything with a scheme is a URL, so `ftp://...` is refused as one rather than read as a missing file.
      const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(location)?.[1]?.toLowerCase();
      if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') throw new InputError('only http and https URLs (or a file path) can be loaded', location);
      const source = scheme ? await download(location) : { content: await readInputFile(location), sourceUrl: location };
      const local = await openLocalStore(storeConfig());
      try {
        const result = await ingestList(local.lists, source, options);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        if (json) print(JSON.stringify(result, null, 2));
        else {
          print(`loaded ${location}: ${describe(result.summary)}`);
          print(`version ${result.versionId} is active (was ${result.previousVersionId ?? 'none'}); ${result.problems.length} problems; ${seconds} s`);
          print(`changes: ${result.diff.added} added, ${result.diff.removed} removed, ${result.diff.changed} changed (recorded for \`partyscreen rescreen\`)`);
        }
      } finally {
        await local.close();
      }
      return 0;
    }
    case 'status': {
      const local = await openLocalStore(storeConfig());
      try {
        const pointer = await listStatus(local.lists);
        if (!pointer) {
          print('no active list version: load one with `partyscreen lists load FILE|URL`');
          return 1;
        }
        if (json) print(JSON.stringify(pointer, null, 2));
        else {
          print(`active version ${pointer.versionId}, activated ${pointer.activatedAt} (${pointer.ageHours} h ago)`);
          print(`source ${pointer.sourceUrl}, fetched ${pointer.fetchedAt}, ${pointer.contentHash}`);
          print(`${pointer.entryCount} entries: ${bySource(pointer.countsBySource)}`);
          if (pointer.lastRefresh) print(`last refresh ${pointer.lastRefresh.startedAt}: ${pointer.lastRefresh.outcome}${pointer.lastRefresh.reasons ? ` (${pointer.lastRefresh.reasons.join('; ')})` : ''}${pointer.lastRefresh.error ? ` (${pointer.lastRefresh.error})` : ''}`);
        }
        return 0;
      } finally {
        await local.close();
      }
    }
    case 'refresh': {
      if (args.positional.length > 0) throw new UsageError('usage: partyscreen lists refresh [--url URL] [--force] [--skip-bad-rows] [--json]');
      const config = refreshConfigFromEnv();
      const url = flag(args, 'url');
      if (url !== undefined) config.url = httpUrl(url, '--url');
      config.force = args.switches.has('force');
      if (args.switches.has('skip-bad-rows')) config.skipBadRows = true;
      const local = await openLocalStore(storeConfig());
      try {
        const result = await runRefresh({
          store: local.lists,
          snapshots: snapshotStoreFromEnv(process.env, storeConfig().dataDir),
          config,
          onRetry: (retry) => process.stderr.write(`attempt ${retry.attempt} failed (${retry.reason}); retrying in ${(retry.delayMs / 1000).toFixed(1)} s\n`),
        });
        if (json) print(JSON.stringify(result, null, 2));
        else printRefresh(result);
        return result.outcome === 'activated' || result.outcome === 'unchanged' ? 0 : 1;
      } finally {
        await local.close();
      }
    }
    default:
      throw new UsageError('lists needs a subcommand: inspect FILE, load FILE|URL, status or refresh');
  }
}

async function download(url: string): Promise<{ content: Buffer; sourceUrl: string; fetchedAt: string; etag?: string; lastModified?: string }> {
  const fetched = await fetchList(url);
  // No validators were sent, so the server cannot answer 304.
  if (fetched.status !== 'fetched') throw new Error(`unexpected 304 from ${url}`);
  return {
    content: fetched.content,
    sourceUrl: url,
    fetchedAt: fetched.fetchedAt,
    ...(fetched.etag !== undefined ? { etag: fetched.etag } : {}),
    ...(fetched.lastModified !== undefined ? { lastModified: fetched.lastModified } : {}),
  };
}

function printRefresh(run: RefreshRunSummary): void {
  const seconds = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(1);
  switch (run.outcome) {
    case 'activated':
      print(`activated ${run.versionId} (was ${run.previousVersionId ?? 'none'})${run.reusedVersion ? ', written by an earlier run that did not activate it' : ''}`);
      print(`  ${run.entries} entries: ${bySource(run.countsBySource ?? {})}`);
      print(`  diff: ${run.diff?.added} added, ${run.diff?.removed} removed, ${run.diff?.changed} changed`);
      break;
    case 'unchanged':
      print(`unchanged: ${run.notModified ? 'the server answered 304 Not Modified' : 'same content as the active version'}; ${run.activeVersionId} stays active`);
      break;
    case 'refused':
      print(`refused: ${run.activeVersionId ?? 'no version'} stays active`);
      for (const reason of run.reasons ?? []) print(`  - ${reason}`);
      break;
    case 'failed':
      print(`failed: ${run.error}; ${run.activeVersionId ?? 'no version'} stays active`);
      break;
  }
  print(`  source ${run.url}${run.bytes !== undefined ? `, ${run.bytes} bytes, ${run.contentHash}` : ''}`);
  if (run.snapshot) print(`  raw file kept at ${run.snapshot}`);
  if (run.retention) print(`  retention: ${run.retention.expiring} versions set to expire, ${run.retention.deletedIncomplete} incomplete deleted`);
  for (const note of run.notes ?? []) print(`  note: ${note}`);
  const steps = Object.entries(run.timings).map(([step, ms]) => `${step} ${seconds(ms)}`).join(', ');
  print(`  took ${seconds(run.durationMs)} s (${steps})`);
}

function only(positional: string[], usage: string): string {
  if (positional.length !== 1) throw new UsageError(`usage: partyscreen lists ${usage}`);
  return positional[0]!;
}

function describe(s: ListSummary): string {
  const types = Object.entries(s.byType).map(([t, n]) => `${t} ${n}`).join(', ');
  return `${s.entries} entries, ${s.names} names\n  by source: ${bySource(s.bySource)}\n  by type: ${types}`;
}

function bySource(counts: Record<string, number | undefined>): string {
  return Object.entries(counts).sort((a, b) => b[1]! - a[1]!).map(([k, n]) => `${k} ${n}`).join(', ');
}

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}
