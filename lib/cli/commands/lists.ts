/** `partyscreen lists inspect|load|status`: look at a list file, load it as the active version, see what is active. */
import { downloadList } from '../../lists/download.js';
import { readInputFile, readListFile } from '../../lists/read.js';
import { summarize, type ListSummary } from '../../lists/summary.js';
import { ingestList } from '../../refresh/ingest.js';
import { storeConfig } from '../../store/config.js';
import { listStatus } from '../../store/list-status.js';
import { openLocalStore } from '../../store/local.js';
import { allowOnly, parseArgs, UsageError } from '../args.js';

export const summary = 'inspect FILE | load FILE|URL | status: read, load and check the screening lists';

export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  const args = parseArgs(rest, ['skip-bad-rows', 'json']);
  allowOnly(args, ['skip-bad-rows', 'json']);
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
      const content = /^https?:\/\//.test(location) ? await downloadList(location) : await readInputFile(location);
      const local = await openLocalStore(storeConfig());
      try {
        const result = await ingestList(local.lists, { content, sourceUrl: location }, options);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        if (json) print(JSON.stringify(result, null, 2));
        else {
          print(`loaded ${location}: ${describe(result.summary)}`);
          print(`version ${result.versionId} is active (was ${result.previousVersionId ?? 'none'}); ${result.problems.length} problems; ${seconds} s`);
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
        }
        return 0;
      } finally {
        await local.close();
      }
    }
    default:
      throw new UsageError('lists needs a subcommand: inspect FILE, load FILE|URL or status');
  }
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
