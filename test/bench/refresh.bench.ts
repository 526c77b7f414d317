/**
 * Refresh benchmark: the full May 2022 CSL (converted to trade.gov's JSON layout) served over local
 * HTTP and refreshed into an on-disk embedded DynamoDB, as `partyscreen lists refresh` does.
 *
 *   node --import tsx test/bench/refresh.bench.ts        (npm run bench:refresh)
 *
 * Runs: 1. the first ingest (target < 60 s); 2. the nightly no-change case (304); 3. the same file
 * from a server that ignores validators (full download, unchanged by content hash); 4. a typical
 * nightly change (a few dozen entries added, removed and changed) activated with its diff.
 * The store, the HTTP server and the job share this one process, so their work all counts.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultRefreshConfig } from '../../lib/refresh/config.js';
import { LocalSnapshotStore } from '../../lib/refresh/raw-snapshots.js';
import { runRefresh } from '../../lib/refresh/refresh.js';
import { destroyDocumentClient, newDocumentClient } from '../../lib/store/client.js';
import { startEmbeddedDynamo } from '../../lib/store/embedded.js';
import type { RefreshRunSummary } from '../../lib/store/refresh-state.js';
import { ensureListsTable } from '../../lib/store/tables.js';
import { cslJson, cslRecordsFromCsv } from '../support/csl-json.js';
import { startListServer } from '../support/list-server.js';
import { CSL_2022 } from '../support/shared-data.js';

const TABLE = 'partyscreen-lists';
const TARGET_MS = 60_000;

function report(label: string, run: RefreshRunSummary): void {
  const steps = Object.entries(run.timings).map(([step, ms]) => `${step} ${ms} ms`).join(', ');
  const what =
    run.outcome === 'activated'
      ? `${run.entries} entries, diff +${run.diff?.added} -${run.diff?.removed} ~${run.diff?.changed}`
      : `${run.outcome}${run.notModified ? ' (304)' : ''}${run.reasons ? `: ${run.reasons.join('; ')}` : ''}${run.error ? `: ${run.error}` : ''}`;
  console.log(`${label.padEnd(28)} ${String(run.durationMs).padStart(6)} ms  ${what}`);
  console.log(`${''.padEnd(28)} ${steps}`);
}

async function main(): Promise<void> {
  if (!existsSync(CSL_2022)) {
    console.log(`skipped: ${CSL_2022} is absent (it ships in ../shared)`);
    return;
  }
  const records = await cslRecordsFromCsv(CSL_2022);
  const body = cslJson(records);
  const server = await startListServer(body);
  const dir = await mkdtemp(path.join(tmpdir(), 'partyscreen-refresh-bench-'));
  const dynamo = await startEmbeddedDynamo({ dir: path.join(dir, 'dynamodb') });
  const client = newDocumentClient(dynamo.endpoint);
  try {
    await ensureListsTable(client, TABLE);
    const deps = {
      store: { client, table: TABLE },
      snapshots: new LocalSnapshotStore(path.join(dir, 'snapshots')),
      config: defaultRefreshConfig({ url: server.url }),
    };
    console.log(`file: ${path.basename(CSL_2022)} as JSON, ${(body.length / 1024 / 1024).toFixed(1)} MB, ${records.length} records; store: dynalite on disk`);

    const first = await runRefresh(deps);
    report('1. first ingest', first);
    if (first.outcome !== 'activated') throw new Error(`first run did not activate: ${first.error ?? first.reasons?.join('; ')}`);

    report('2. nightly, no change (304)', await runRefresh(deps));

    server.conditional = false;
    report('3. no change, no validators', await runRefresh(deps));
    server.conditional = true;

    const changed = structuredClone(records.slice(25)); // 25 removed
    for (const record of changed.slice(0, 30)) record.alt_names = [...(record.alt_names ?? []), 'ADDED ALIAS'];
    changed.push(...records.slice(100, 120).map((record, i) => ({ ...record, id: `bench-${i}`, name: `NEW LISTING ${i}` })));
    server.serve(cslJson(changed));
    report('4. nightly, small change', await runRefresh(deps));

    const verdict = first.durationMs < TARGET_MS ? 'OK' : 'SLOW';
    console.log(`\nfull May 2022 CSL ingested and activated in ${(first.durationMs / 1000).toFixed(1)} s (target < ${TARGET_MS / 1000} s) ${verdict}`);
  } finally {
    destroyDocumentClient(client);
    await dynamo.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
