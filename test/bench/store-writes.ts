/**
 * The store's raw write throughput, as a sign-up writes: the audit record (conditional put, with its
 * customer index) and the customer profile (conditional put), both at once, through the service's own
 * store functions and SDK client, from N concurrent callers for a few seconds.
 *
 * Run by `npm run bench:api` in its own process pinned to the server's (idle) core, so the client's
 * CPU does not compete with the store's:
 *   node --import tsx test/bench/store-writes.ts ENDPOINT [CONCURRENCY,...] [SECONDS] [RATE]
 * Then the same writes at RATE sign-ups/s (default 200, issue #4's), open loop, in the order a
 * sign-up with an Idempotency-Key makes them (the record, then the profile) unless BENCH_IDEMPOTENCY_KEYS=0.
 * The tables must exist (the bench's `lists load` creates them).
 */
import { createDocumentClient } from '../../lib/store/client.js';
import { storeConfigFromEnv } from '../../lib/store/config.js';
import { saveCustomerProfile, saveScreening } from '../../lib/store/screenings.js';
import { percentile } from './percentile.js';

const USAGE = 'usage: store-writes.ts ENDPOINT [CONCURRENCY,...] [SECONDS] [RATE] (positive numbers)';
const [endpoint, concurrencyList = '1,16,64', secondsText = '5', rateText = '200'] = process.argv.slice(2);
const concurrencies = concurrencyList.split(',').map(Number);
const [seconds, rate] = [Number(secondsText), Number(rateText)];
if (!endpoint || ![...concurrencies, seconds, rate].every((n) => Number.isFinite(n) && n > 0)) {
  console.error(USAGE);
  process.exit(2);
}
const config = storeConfigFromEnv({ ...process.env, DYNAMODB_ENDPOINT: endpoint });
const store = { client: createDocumentClient(endpoint, config.region), screeningsTable: config.screeningsTable, customersTable: config.customersTable };
// About the size of a stored sign-up with 3 owners (request and result as JSON text).
const padding = 'x'.repeat(3_000);
const KEYS = process.env.BENCH_IDEMPOTENCY_KEYS !== '0';
let sequence = 0;

/** One sign-up's writes: both at once, or with an Idempotency-Key (`keyed`) the profile once the record is stored. */
async function signupWrites(keyed = false): Promise<void> {
  const n = sequence++;
  const at = new Date().toISOString();
  const screeningId = `scr_storebench_${process.pid}_${n}`;
  const customerId = `storebench-${process.pid}-${n}`;
  const record = () => saveScreening(store, { screeningId, customerId, requestHash: 'h', request: { padding }, result: {}, listVersionId: 'bench', decision: 'clear', screenedAt: at });
  const profile = () => saveCustomerProfile(store, { customerId, request: { padding }, lastScreeningId: screeningId, lastDecision: 'clear', listVersionId: 'bench', updatedAt: at });
  if (keyed) await record().then(profile);
  else await Promise.all([record(), profile()]);
}

async function phase(concurrency: number, durationMs: number): Promise<{ writesPerSecond: number; p50: number; p99: number }> {
  const latencies: number[] = [];
  const started = performance.now();
  const end = started + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        await signupWrites();
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { writesPerSecond: (2 * latencies.length) / elapsed, ...percentiles(latencies) };
}

function percentiles(latencies: number[]): { p50: number; p99: number } {
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) };
}

/**
 * Sign-ups' writes at a fixed rate, open loop (as bench:api sends sign-ups): the store's own latency
 * at that load, a floor under any end-to-end figure at the same rate.
 */
async function atRate(rate: number, durationMs: number): Promise<{ p50: number; p99: number }> {
  const latencies: number[] = [];
  const started = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < (rate * durationMs) / 1000; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inflight.push(signupWrites(KEYS).then(() => void latencies.push(performance.now() - due)));
  }
  await Promise.all(inflight);
  return percentiles(latencies);
}

// DynamoDB Local's JIT needs a few thousand writes before its figures settle.
await phase(16, 5_000);
for (const concurrency of concurrencies) {
  const r = await phase(concurrency, seconds * 1000);
  console.log(`store writes, ${String(concurrency).padStart(2)} concurrent sign-ups (2 conditional puts each): ${r.writesPerSecond.toFixed(0)} writes/s, per sign-up p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms`);
}
const r = await atRate(rate, seconds * 1000);
console.log(`store alone at ${rate} sign-ups/s (${2 * rate} puts/s${KEYS ? ', the profile after the record' : ''}, open loop): per sign-up p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms (no end-to-end p99 at this rate can be lower)`);
process.exit(0);
