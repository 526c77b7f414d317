/**
 * Storage benchmark: write one list version into an on-disk embedded DynamoDB, activate it, restart
 * the server (cold LevelDB) and time loadActiveVersion through a fresh client, as a cold Lambda would.
 *
 *   npm run bench:store          (node --expose-gc, for steadier heap figures)
 *
 * Uses the May 2022 CSL when ../shared has it, else ~14,000 synthetic entries.
 * dynalite runs in this same process, so its server-side work counts against the load time too.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ListEntry } from '../../lib/lists/model.js';
import { readListFile } from '../../lib/lists/read.js';
import { destroyDocumentClient, newDocumentClient } from '../../lib/store/client.js';
import { startEmbeddedDynamo } from '../../lib/store/embedded.js';
import { activateVersion, loadActiveVersion, planVersion, writeVersion, type ListStore } from '../../lib/store/list-versions.js';
import { ensureListsTable } from '../../lib/store/tables.js';
import { CSL_2022, hasShared } from '../support/shared-data.js';
import { syntheticEntries } from '../support/synthetic-entries.js';

const TABLE = 'partyscreen-lists';
const WARM_RUNS = 5;

interface Source {
  label: string;
  entries: ListEntry[];
}

async function loadEntries(): Promise<Source> {
  if (!hasShared) return { label: 'synthetic', entries: syntheticEntries(14_000) };
  return { label: path.basename(CSL_2022), entries: (await readListFile(CSL_2022)).entries };
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (millis: number) => `${millis.toFixed(0)} ms`;
const gc = (globalThis as { gc?: () => void }).gc;

async function main(): Promise<void> {
  const source = await loadEntries();
  const rawBytes = source.entries.reduce((sum, e) => sum + Buffer.byteLength(JSON.stringify(e)), 0);
  const plan = await planVersion(source.entries, { sourceUrl: 'bench', contentHash: 'bench', fetchedAt: new Date().toISOString() });
  const compressedBytes = plan.chunks.reduce((sum, c) => sum + c.data.length, 0);
  const largestChunk = Math.max(0, ...plan.chunks.map((c) => c.data.length));

  const dir = await mkdtemp(path.join(tmpdir(), 'partyscreen-bench-'));
  const dbDir = path.join(dir, 'dynamodb');
  try {
    // Write and activate.
    let server = await startEmbeddedDynamo({ dir: dbDir });
    const writer: ListStore = { client: newDocumentClient(server.endpoint), table: TABLE };
    await ensureListsTable(writer.client, TABLE);
    const meta = { sourceUrl: `file://${CSL_2022}`, contentHash: 'sha256:bench', fetchedAt: new Date().toISOString() };
    const [info, writeMs] = await timed(() => writeVersion(writer, source.entries, meta));
    await activateVersion(writer, info.versionId, null);
    destroyDocumentClient(writer.client);
    await server.close();

    // Cold: restarted server on the same files, brand-new client (new sockets, no SDK caches).
    server = await startEmbeddedDynamo({ dir: dbDir });
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const coldClient = newDocumentClient(server.endpoint);
    const [loaded, coldMs] = await timed(() => loadActiveVersion({ client: coldClient, table: TABLE }));
    gc?.();
    const heapAfter = process.memoryUsage().heapUsed;
    if (loaded?.entries.length !== source.entries.length) throw new Error('loaded entry count differs from written');

    // Warm: same client, as a warm Lambda re-reading after a pointer change.
    const warm: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) warm.push((await timed(() => loadActiveVersion({ client: coldClient, table: TABLE })))[1]);
    warm.sort((a, b) => a - b);
    destroyDocumentClient(coldClient);
    await server.close();

    console.log(`source:            ${source.label}`);
    console.log(`entries:           ${info.entryCount}  (${Object.entries(info.countsBySource).map(([k, v]) => `${k} ${v}`).join(', ')})`);
    console.log(`raw JSON:          ${mb(rawBytes)}; gzip chunks ${mb(compressedBytes)} in ${info.chunkCount} chunks over ${info.shardCount} shards (largest ${(largestChunk / 1024).toFixed(0)} KiB)`);
    console.log(`write version:     ${ms(writeMs)}`);
    console.log(`load active, cold: ${ms(coldMs)}  (target < 2000 ms) ${coldMs < 2000 ? 'OK' : 'SLOW'}`);
    console.log(`load active, warm: median ${ms(warm[Math.floor(warm.length / 2)] ?? 0)} of ${WARM_RUNS}`);
    console.log(`heap used:         ${mb(heapAfter)} after cold load (+${mb(heapAfter - heapBefore)} for the loaded version${gc ? '' : ', no --expose-gc'}); rss ${mb(process.memoryUsage().rss)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
