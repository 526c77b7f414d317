/**
 * `npm run bench:api`: sign-up screenings over loopback against the full May 2022 CSL.
 * On a 2-core machine: CPU 0 runs the server (the function) alone; CPU 1 runs the store (another
 * service on AWS) in its own process, and this load generator. The server is the sign-up function
 * behind the local API Gateway adapter, bundled and minified as Lambda runs it (signup-server.ts,
 * bundled.ts), not the sources through tsx.
 *
 * It prints, in order: the function's own work per sign-up (no HTTP, no store); the store's raw write
 * throughput (measured from CPU 0 before the server starts); then requests/s reached and p50/p99
 * latency end to end for sign-ups with 0, 3 and 20 beneficial owners at fixed rates, and whether the
 * issue #4 target (p99 <= 20 ms at 200 req/s) is met. Requests are sent open loop (a slow answer
 * cannot slow the sender) and latency counts from when a request was due, so queueing is not hidden;
 * the sender's own lateness is printed too, so a figure polluted by the generator shows as such. Under
 * each run, the handler's own p50/p99 (its Server-Timing header: screening, store waits, total) tell
 * time spent handling from time spent queued or on the wire, and each answer's latency less its store
 * waits shows what the function costs with the store stand-in's tail set apart (before the runs, the
 * store alone is measured at the target's rate: its p99 is a floor under the end-to-end one). The
 * server's mark-compacts during each run are counted too: one costs about 100 ms of concurrent marking
 * on the server's core, and a run that meets one shows a p99 of 80-160 ms at 20 owners where a run
 * without one shows 13-20 ms.
 *
 * Each measured run follows a warm-up at its own rate (its p99 is printed too): V8 keeps compiling the
 * hot paths for thousands of requests, and a rate step from the previous run needs seconds to settle
 * (server CPU saturated, p99 up to a second in its first 3 s), which says nothing of a warm function.
 *
 * The store is dynalite on LevelDB (the embedded store of `npm start`, about 3,000 writes/s on the shared core) or,
 * with BENCH_STORE=dynamodb-local, AWS's DynamoDB Local (Java; about 530 writes/s there, so 200
 * sign-ups/s, 400 conditional puts, keep it 75% busy and its queue rather than the function sets the
 * p99). Without Java that choice falls back to dynalite inside the server, sharing the server's core.
 *
 * BENCH_RATES (default 40,200), BENCH_SECONDS (10), BENCH_WARMUP (5), BENCH_OWNERS (0,3,20), BENCH_SERVER_ARGS (extra
 * node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" or "--trace-gc"; with BENCH_NO_MINIFY=1 a profile
 * keeps the functions' names), BENCH_SERVER_LOG (a file
 * for the server's output), BENCH_HTTP_ONLY=1 (HTTP runs only), BENCH_IDEMPOTENCY_KEYS=0 (sign-ups without an
 * Idempotency-Key; with one, as callers send it, the default, the profile waits for the record's conditional write).
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';
import { startDynaliteProcess } from '../support/dynalite-process.js';
import { startDynamoDbLocal } from '../support/dynamodb-local.js';
import { CSL_2022 as CSL, SHARED } from '../support/shared-data.js';
import { NODE_OPTIONS } from '../../infra/node-options.js';
import { bundledMatcher, bundledSignupServer } from './bundled.js';
import { percentile } from './percentile.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NAMES = `${SHARED}eval/visible/negatives.jsonl`;
/** Comma-separated numbers from the environment, each at least `min`; a bad value stops here with one line. */
function numbersFromEnv(name: string, fallback: string, min: number): number[] {
  const text = process.env[name] ?? fallback;
  const values = text.split(',').map((v) => (v.trim() === '' ? Number.NaN : Number(v)));
  if (values.some((v) => !Number.isFinite(v) || v < min)) {
    console.error(`${name} must be comma-separated numbers of at least ${min}, not "${text}"`);
    process.exit(2);
  }
  return values;
}
const RATES = numbersFromEnv('BENCH_RATES', '40,200', 1);
const [SECONDS] = numbersFromEnv('BENCH_SECONDS', '10', 1) as [number];
const [WARMUP] = numbersFromEnv('BENCH_WARMUP', '5', 0) as [number];
const OWNERS = numbersFromEnv('BENCH_OWNERS', '0,3,20', 0);
/** Each sign-up carries its own Idempotency-Key, as a sign-up flow's calls do (the profile is then written after the record, not beside it); BENCH_IDEMPOTENCY_KEYS=0 leaves them out. */
const KEYS = process.env.BENCH_IDEMPOTENCY_KEYS !== '0';
let signups = 0;
/** Skip the engine-only and store-throughput phases (for iterating on the HTTP figures). */
const HTTP_ONLY = process.env.BENCH_HTTP_ONLY === '1';
const STORE = process.env.BENCH_STORE ?? 'dynalite';
if (!['dynalite', 'dynamodb-local'].includes(STORE)) {
  console.error(`BENCH_STORE must be dynalite or dynamodb-local, not "${STORE}"`);
  process.exit(2);
}
const SERVER_ARGS = (process.env.BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);
const PORT = 3900 + Math.floor(Math.random() * 50);
const TOKEN = 'bench-token-0123456789';
/** Issue #4: p99 <= 20 ms end to end at 200 requests/s on one core. */
const TARGET = { rate: 200, p99Ms: 20 };
const SERVER_CPU = '0';
const LOAD_CPU = '1';

if (!existsSync(CSL)) {
  console.log(`skipped: ${CSL} is absent`);
  process.exit(0);
}

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const pinned = existsSync('/usr/bin/taskset');
const pinnedTo = (cpu: string, argv: string[]) => (pinned ? ['taskset', '-c', cpu, ...argv] : argv);
// This process (every thread) shares CPU 1 with the store, leaving CPU 0 to the server alone.
if (pinned) execFileSync('taskset', ['-a', '-p', '-c', LOAD_CPU, String(process.pid)], { stdio: 'ignore' });

const dataDir = await mkdtemp(path.join(tmpdir(), 'partyscreen-bench-api-'));
const store = STORE === 'dynamodb-local' ? await startDynamoDbLocal({ port: PORT + 100, cpus: LOAD_CPU }) : await startDynaliteProcess({ port: PORT + 100, cpus: LOAD_CPU, dir: path.join(dataDir, 'store') });
const env = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', PARTYSCREEN_DATA_DIR: dataDir, PARTYSCREEN_API_TOKEN: TOKEN, PORT: String(PORT), DYNAMODB_ENDPOINT: store?.endpoint ?? '' };
const bin = path.join(ROOT, 'lib/cli/bin.js');
execFileSync(process.execPath, [bin, 'lists', 'load', CSL], { env, stdio: ['ignore', 'ignore', 'inherit'] });

const names: string[] = readFileSync(NAMES, 'utf8').trim().split('\n').map((l) => JSON.parse(l).name);
let cursor = 0;
const nextName = () => names[cursor++ % names.length]!;
const body = (owners: number) =>
  JSON.stringify({
    customerId: `bench-${cursor}`,
    customer: { type: 'organization', name: `${nextName()} Cloud Services Ltd`, country: 'DE' },
    beneficialOwners: Array.from({ length: owners }, () => ({ type: 'person', name: nextName(), ownershipPercent: Math.floor(100 / (owners + 1)) })),
  });

/** CPU time (ms) a process has used so far, from /proc (Linux only; 0 elsewhere). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in USER_HZ (100)
  } catch {
    return 0;
  }
}

/** CPU time (ms) every process on the machine has used so far (all cores), from /proc/stat. */
function machineBusyMs(): number {
  try {
    const [, user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
    return ((user! + nice! + system! + irq! + softirq! + steal!) * 1000) / 100;
  } catch {
    return 0;
  }
}

const ms = (value: number) => `${value.toFixed(value < 100 ? 2 : 0)} ms`;

/** The function's own work per sign-up (validate, screen every party, apply the policy), without HTTP or store, bundled as Lambda runs it. */
async function engineOnly(): Promise<void> {
  const { buildIndex, parseSignupRequest, readListFile, screenSignup } = await bundledMatcher();
  const { entries } = await readListFile(CSL);
  const index = buildIndex(entries);
  const listVersion = { versionId: 'bench', activatedAt: new Date().toISOString(), entryCount: entries.length };
  for (const owners of OWNERS) {
    // Warm, as the HTTP runs are: V8 compiles the hot paths over the first thousand sign-ups of a shape.
    for (let i = 0; i < 1000; i++) screenSignup(parseSignupRequest(JSON.parse(body(owners))), { index, listVersion });
    const times: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const request = JSON.parse(body(owners));
      const started = performance.now();
      screenSignup(parseSignupRequest(request), { index, listVersion });
      times.push(performance.now() - started);
    }
    console.log(`engine only, ${String(owners).padStart(2)} owners: ${p50p99(times)} per sign-up (one core: ${(1000 / (times.reduce((a, b) => a + b, 0) / times.length)).toFixed(0)} sign-ups/s)`);
  }
}

interface RunResult {
  owners: number;
  rate: number;
  reached: number;
  p50: number;
  p99: number;
  met: boolean;
}

/** One open-loop run; prints its figures unless `quiet` (a warm-up), with `warmup`'s p99 when given. */
async function run(pool: Pool, owners: number, seconds: number, rate: number, quiet = false, warmup?: RunResult): Promise<RunResult> {
  const latencies: number[] = [];
  /** Per answer, its latency less the handler's waits on the store: what the function and the wire cost, the store's tail aside. */
  const withoutStore: number[] = [];
  const lateness: number[] = [];
  /** The handler's own figures (Server-Timing), per metric: time in the server against time on the wire and in queues. */
  const serverTimes = new Map<string, number[]>();
  const statuses = new Map<string, number>();
  /** Latencies per decision: a review also reads and raises alerts, more store calls than a clear. */
  const byDecision = new Map<string, number[]>();
  const total = Math.round(rate * seconds);
  const started = performance.now();
  const inflight: Promise<void>[] = [];
  const gcBefore = await serverStats(pool);
  const cpuBefore = { server: cpuMs(server!.pid!), store: store ? cpuMs(store.pid) : 0, self: cpuMs(process.pid), machine: machineBusyMs() };
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    // How late the sender is: time this process (sharing CPU 1 with the store) lost, not the server.
    lateness.push(performance.now() - due);
    inflight.push(
      pool.request({ path: '/v1/screenings', method: 'POST', headers: KEYS ? { ...headers, 'idempotency-key': `signup-${process.pid}-${++signups}` } : headers, body: body(owners) }).then(
        async (res) => {
          const text = await res.body.text();
          // Latency counts from when the request was due, so queueing delay is not hidden.
          const latency = performance.now() - due;
          latencies.push(latency);
          for (const metric of String(res.headers['server-timing'] ?? '').split(', ')) {
            const [name, dur] = metric.split(';dur=');
            if (!name || !dur) continue;
            if (name === 'store') withoutStore.push(latency - Number(dur));
            pushTo(serverTimes, name, Number(dur));
          }
          const key = res.statusCode === 200 ? (JSON.parse(text) as { decision: string }).decision : String(res.statusCode);
          statuses.set(key, (statuses.get(key) ?? 0) + 1);
          pushTo(byDecision, key, latency);
        },
        () => void statuses.set('network error', (statuses.get('network error') ?? 0) + 1),
      ),
    );
  }
  await Promise.all(inflight);
  const elapsed = (performance.now() - started) / 1000;
  const serverCpu = cpuMs(server!.pid!) - cpuBefore.server;
  // CPU 1's share taken by the store and by this sender: a saturated core there would put its queue in the store's waits.
  const storeCpu = store ? cpuMs(store.pid) - cpuBefore.store : 0;
  const senderCpu = cpuMs(process.pid) - cpuBefore.self;
  const ours = serverCpu + storeCpu + senderCpu;
  // Whatever else ran on the machine meanwhile (another benchmark): figures taken beside it are not clean.
  const others = Math.max(0, machineBusyMs() - cpuBefore.machine - ours) / (elapsed * 1000);
  latencies.sort((a, b) => a - b);
  lateness.sort((a, b) => a - b);
  const errors = [...statuses].filter(([k]) => !['clear', 'review', 'deny'].includes(k)).reduce((n, [, v]) => n + v, 0);
  // Answered sign-ups per second of wall time, up to the last answer: below the offered rate when the server falls behind.
  const reached = (total - errors) / elapsed;
  const result = { owners, rate, reached, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), met: false };
  result.met = rate >= TARGET.rate && errors === 0 && reached >= rate * 0.98 && result.p99 <= TARGET.p99Ms;
  if (!quiet) {
    const outcomes = [...statuses].map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(
      `${String(owners).padStart(2)} owners at ${rate} req/s${warmup ? ` (after ${WARMUP} s of warm-up, p99 ${ms(warmup.p99)})` : ''}: reached ${reached.toFixed(0)} req/s, p50 ${ms(result.p50)}, p99 ${ms(result.p99)}, max ${ms(percentile(latencies, 1))}` +
        ` | server CPU ${(serverCpu / total).toFixed(2)} ms/request | sender late p99 ${ms(percentile(lateness, 0.99))} | other processes ${(others * 100).toFixed(0)}% of a core | CPU ${LOAD_CPU}: store ${((100 * storeCpu) / (elapsed * 1000)).toFixed(0)}%, sender ${((100 * senderCpu) / (elapsed * 1000)).toFixed(0)}% | ${outcomes}` +
        (rate === TARGET.rate ? ` | target ${result.met ? 'MET' : 'NOT met'}` : ''),
    );
    const inHandler = [...serverTimes].map(([name, times]) => `${name} ${p50p99(times)}`);
    if (inHandler.length) console.log(`   in the handler (Server-Timing): ${inHandler.join(' | ')}`);
    const decisions = [...byDecision].map(([decision, times]) => `${decision} ${p50p99(times)}`);
    console.log(`   end to end by decision: ${decisions.join(' | ')}`);
    const gcAfter = await serverStats(pool);
    // Each with about 100 ms of concurrent marking on the server's one core: a tail this run's p99 may owe to it.
    console.log(`   server mark-compacts during the run: ${gcAfter.count - gcBefore.count} (pauses ${ms(gcAfter.pauseMs - gcBefore.pauseMs)}); its event loop's delay p99 ${ms(gcAfter.loopDelayP99Ms)}, max ${ms(gcAfter.loopDelayMaxMs)}`);
    if (withoutStore.length) console.log(`   end to end less the store's waits: ${p50p99(withoutStore)} (the function, HTTP and queueing; the store stand-in's tail set apart)`);
  }
  return result;
}

/** Appends `value` to the list under `key`. */
function pushTo(lists: Map<string, number[]>, key: string, value: number): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/** "p50 X ms, p99 Y ms" of `times` (sorted in place). */
function p50p99(times: number[]): string {
  times.sort((a, b) => a - b);
  return `p50 ${ms(percentile(times, 0.5))}, p99 ${ms(percentile(times, 0.99))}`;
}

/** The server's mark-compacts so far and their pauses, and its event loop's delays since the last call (signup-server.ts). */
async function serverStats(pool: Pool): Promise<{ count: number; pauseMs: number; loopDelayP99Ms: number; loopDelayMaxMs: number }> {
  const res = await pool.request({ path: '/_bench/gc', method: 'GET' });
  return (await res.body.json()) as { count: number; pauseMs: number; loopDelayP99Ms: number; loopDelayMaxMs: number };
}

const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
let server: ReturnType<typeof spawn> | undefined;
let pool: Pool | undefined;
try {
  console.log(`server: own process${pinned ? ` pinned to CPU ${SERVER_CPU}` : ' (taskset missing: not pinned)'}; load generator${pinned ? ` pinned to CPU ${LOAD_CPU}` : ''}`);
  console.log(`store: ${store ? store.description : 'embedded dynalite (in the server process, sharing its core)'}`);
  console.log(`against the full May 2022 CSL; HTTP runs of ${SECONDS} s (after ${WARMUP} s of warm-up) at ${RATES.join(' and ')} req/s, ${KEYS ? 'each sign-up with its own Idempotency-Key' : 'without Idempotency-Keys'}; target: p99 <= ${TARGET.p99Ms} ms at ${TARGET.rate} req/s`);
  if (!HTTP_ONLY) await engineOnly();
  if (store && !HTTP_ONLY) {
    // From the server's core, idle until the server starts, so the SDK's CPU does not slow the store's.
    const [command, ...args] = pinnedTo(SERVER_CPU, [process.execPath, '--import', 'tsx', path.join(ROOT, 'test/bench/store-writes.ts'), store.endpoint, '1,16,64', '5', String(TARGET.rate)]);
    execFileSync(command!, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  const [command, ...args] = pinnedTo(SERVER_CPU, [process.execPath, ...SERVER_ARGS, await bundledSignupServer()]);
  // The function's NODE_OPTIONS, as Lambda starts it.
  server = spawn(command!, args, { env: { ...env, NODE_OPTIONS }, stdio: ['ignore', 'pipe', 'inherit'] });
  const serverLog = process.env.BENCH_SERVER_LOG ? createWriteStream(process.env.BENCH_SERVER_LOG) : undefined;
  await new Promise<void>((resolve, reject) => {
    server!.stdout!.on('data', (d: Buffer) => {
      serverLog?.write(d);
      if (d.toString().includes('listening')) resolve();
    });
    // A server that dies at start (its error is on stderr, inherited) must end the bench, not leave it waiting.
    server!.once('exit', (code, signal) => reject(new Error(`the server exited before listening (${signal ?? `exit code ${code}`})`)));
  });
  pool = new Pool(`http://127.0.0.1:${PORT}`, { connections: 64 });
  // The server loaded the list as it started; 200 sign-ups of each shape warm up the JITs of server
  // and store, at a rate even 20 owners can sustain.
  await run(pool, 0, 1, 1, true);
  for (const owners of OWNERS) await run(pool, owners, 4, Math.min(50, ...RATES), true);
  const results: RunResult[] = [];
  for (const rate of RATES) {
    for (const owners of OWNERS) {
      const warmup = WARMUP > 0 ? await run(pool, owners, WARMUP, rate, true) : undefined;
      results.push(await run(pool, owners, SECONDS, rate, false, warmup));
    }
  }
  const atTarget = results.filter((r) => r.rate === TARGET.rate);
  if (atTarget.length) console.log(`target p99 <= ${TARGET.p99Ms} ms at ${TARGET.rate} req/s: ${atTarget.map((r) => `${r.owners} owners ${r.met ? 'MET' : 'NOT met'}`).join(', ')}`);
} finally {
  await pool?.close();
  if (server && server.exitCode === null) {
    server.kill('SIGINT');
    await new Promise((r) => server!.on('exit', r));
  }
  await store?.stop();
  await rm(dataDir, { recursive: true, force: true });
}
