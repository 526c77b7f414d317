/**
 * `npm run bench:api`: sign-up screenings over loopback against the full May 2022 CSL.
 * The server runs in its own process pinned to one core. The store is AWS's DynamoDB Local in another
 * process (as DynamoDB is another service on AWS), or the embedded dynalite inside the server when
 * Java is missing, which charges the store's CPU to the function's core. This process sends requests
 * at fixed rates (open loop, so a slow answer cannot slow the sender) and prints requests/s and
 * p50/p99 latency for sign-ups with 0, 3 and 20 beneficial owners. First it prints the function's
 * own work per sign-up (no HTTP, no store), the part a Lambda's core spends.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';
import { readListFile } from '../../lib/lists/read.js';
import { buildIndex } from '../../lib/match/index.js';
import { parseSignupRequest } from '../../lib/screening/request.js';
import { screenSignup } from '../../lib/screening/screen-signup.js';
import { startDynamoDbLocal } from '../support/dynamodb-local.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CSL = path.join(ROOT, '../shared/data/lists/csl_consolidated_2022-05.csv.gz');
const NAMES = path.join(ROOT, '../shared/data/eval/visible/negatives.jsonl');
const RATES = (process.env.BENCH_RATES ?? '40,200').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = 3900 + Math.floor(Math.random() * 50);
const TOKEN = 'bench-token-0123456789';

if (!existsSync(CSL)) {
  console.log(`skipped: ${CSL} is absent`);
  process.exit(0);
}

const dataDir = await mkdtemp(path.join(tmpdir(), 'partyscreen-bench-api-'));
const store = await startDynamoDbLocal(PORT + 100);
const env = { ...process.env, PARTYSCREEN_DATA_DIR: dataDir, PARTYSCREEN_API_TOKEN: TOKEN, PORT: String(PORT), DYNAMODB_ENDPOINT: store?.endpoint ?? '' };
const bin = path.join(ROOT, 'lib/cli/bin.js');
execFileSync(process.execPath, [bin, 'lists', 'load', CSL], { env, stdio: 'inherit' });

const pinned = existsSync('/usr/bin/taskset');
const server = spawn(pinned ? 'taskset' : process.execPath, pinned ? ['-c', '0', process.execPath, bin, 'serve'] : [bin, 'serve'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((resolve) => server.stdout!.on('data', (d: Buffer) => d.toString().includes('listening') && resolve()));

const names: string[] = readFileSync(NAMES, 'utf8').trim().split('\n').map((l) => JSON.parse(l).name);
let cursor = 0;
const nextName = () => names[cursor++ % names.length]!;
const body = (owners: number) =>
  JSON.stringify({
    customerId: `bench-${cursor}`,
    customer: { type: 'organization', name: `${nextName()} Cloud Services Ltd`, country: 'DE' },
    beneficialOwners: Array.from({ length: owners }, () => ({ type: 'person', name: nextName(), ownershipPercent: Math.floor(100 / (owners + 1)) })),
  });

const pool = new Pool(`http://127.0.0.1:${PORT}`, { connections: 64 });
const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

const quantile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(2);

/** The function's own work per sign-up (validate, screen every party, apply the policy), without HTTP or store. */
async function engineOnly(): Promise<void> {
  const { entries } = await readListFile(CSL);
  const index = buildIndex(entries);
  const listVersion = { versionId: 'bench', activatedAt: new Date().toISOString(), entryCount: entries.length };
  for (const owners of [0, 3, 20]) {
    const times: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const request = JSON.parse(body(owners));
      const started = performance.now();
      screenSignup(parseSignupRequest(request), { index, listVersion });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(`engine only, ${String(owners).padStart(2)} owners: p50 ${quantile(times, 0.5)} ms, p99 ${quantile(times, 0.99)} ms per sign-up (one core: ${(1000 / (times.reduce((a, b) => a + b, 0) / times.length)).toFixed(0)} sign-ups/s)`);
  }
}

async function run(owners: number, seconds: number, rate: number): Promise<void> {
  const latencies: number[] = [];
  let errors = 0;
  const total = rate * seconds;
  const started = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const payload = body(owners);
    inflight.push(
      pool.request({ path: '/v1/screenings', method: 'POST', headers, body: payload }).then(async (res) => {
        await res.body.text();
        // Latency counts from when the request was due, so queueing delay is not hidden.
        latencies.push(performance.now() - due);
        if (res.statusCode !== 200) errors++;
      }),
    );
  }
  await Promise.all(inflight);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (p: number) => quantile(latencies, p);
  console.log(`${String(owners).padStart(2)} owners: ${(total / elapsed).toFixed(0)} req/s offered ${rate}, p50 ${q(0.5)} ms, p99 ${q(0.99)} ms, max ${q(1)} ms, errors ${errors}/${total}`);
}

try {
  console.log(`server pinned to one core: ${pinned}; store: ${store ? 'DynamoDB Local (own process)' : 'embedded dynalite (in the server process)'}`);
  console.log(`against the full May 2022 CSL; HTTP runs of ${SECONDS} s at ${RATES.join(' and ')} req/s`);
  await engineOnly();
  await run(0, 2, 50); // warm-up
  for (const rate of RATES) for (const owners of [0, 3, 20]) await run(owners, SECONDS, rate);
} finally {
  await pool.close();
  server.kill('SIGINT');
  await new Promise((r) => server.on('exit', r));
  await store?.stop();
  await rm(dataDir, { recursive: true, force: true });
}
