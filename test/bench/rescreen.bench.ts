/**
 * `npm run bench:rescreen`: nightly re-screening at scale, pinned to one core (taskset, when present).
 *
 * - A realistic nightly diff from the real May 2022 CSL: 50 entries added, 100 changed (an alias or
 *   an address altered), 10 removed, taken with the refresh's own diffEntries.
 * - 1,000,000 synthetic stored parties, generated in memory a profile at a time (as the job reads
 *   pages, so the heap never holds them all) as sign-up profiles (customers with 0-3
 *   beneficial owners): people from the 50,000 synthetic names of yente's candidate-generation set
 *   (many scripts), companies from common trade words, supplier names and those surnames; countries,
 *   birth dates, registration numbers and e-mails as sign-ups carry them; one in 50,000 named after
 *   an entry of the diff, so the hit path runs too.
 * - Matching alone: every party through screenProfile (what the job runs per profile) against the
 *   diff index, target < 60 s; then a CPU profile of 50,000 more parties says which of the
 *   matcher's steps the time goes to.
 * - Store reads, separately: dynalite writes only ~200 items/s here, so a few thousand profiles are
 *   stored, read back with the job's parallel segmented Scan, and the rate extrapolated to the
 *   profiles holding 1,000,000 parties (labelled as such); plus the whole job end to end on them.
 * - `--full`: parties per second against an index of the whole CSL.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { type Profiler, Session } from 'node:inspector';
import { gunzipSync } from 'node:zlib';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { entryKey, entryNames, type ListEntry } from '../../lib/lists/model.js';
import { readListFile } from '../../lib/lists/read.js';
import { buildIndex } from '../../lib/match/index.js';
import { diffEntries } from '../../lib/refresh/diff.js';
import { diffEntriesToScreen } from '../../lib/rescreen/plan.js';
import { RESCREEN_DEFAULTS, runRescreen } from '../../lib/rescreen/run.js';
import { screenProfile } from '../../lib/rescreen/screen-parties.js';
import type { OwnerInput, PartyInput, SignupRequest } from '../../lib/screening/request.js';
import { createDocumentClient } from '../../lib/store/client.js';
import { scanProfiles } from '../../lib/store/customer-scan.js';
import { packJson } from '../../lib/store/packed-json.js';
import { startEmbeddedDynamo } from '../../lib/store/embedded.js';
import { writeDiff } from '../../lib/store/list-diffs.js';
import { activateVersion, writeVersion } from '../../lib/store/list-versions.js';
import { ensureTable } from '../../lib/store/tables.js';
import { prng } from '../support/synthetic-entries.js';

const SHARED = new URL('../../../shared/data/', import.meta.url);
const CSL = new URL('lists/csl_consolidated_2022-05.csv.gz', SHARED);
const PEOPLE = new URL('eval/yente_candidate_generation/negatives_global.csv.gz', SHARED);
const SUPPLIERS = new URL('eval/company_name_matcher/test_data_2024-12_supplier_names.csv', SHARED);

const PARTIES = Number(process.env.BENCH_PARTIES ?? 1_000_000);
const STORED_PROFILES = Number(process.env.BENCH_STORED_PROFILES ?? 3_000);
const FULL_SECONDS = Number(process.env.BENCH_FULL_SECONDS ?? 20);
const TARGET_SECONDS = 60;
const DIFF = { added: 50, changed: 100, removed: 10 };
const HIT_EVERY = 50_000;
const PROFILED_PARTIES = 50_000;
/** The matcher's steps, by function name (lib/match): normalizing the query, preparing it for alignment, retrieval, alignment. */
const PROFILED_STEPS = ['normalizeName', 'prepareName', 'retrieveCandidates', 'compareNames'];

if (!existsSync(CSL) || !existsSync(PEOPLE)) {
  console.log(`skipped: the shared data (${CSL.pathname}) is absent`);
  process.exit(0);
}
if (existsSync('/usr/bin/taskset') && !process.env.BENCH_PINNED) {
  const pinned = spawnSync('taskset', ['-c', '0', process.execPath, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, BENCH_PINNED: '1' } });
  process.exit(pinned.status ?? 1);
}

const diffRandom = prng(20220516);

// ---------------------------------------------------------------------------------------------
// The diff

const seenKeys = new Set<string>();
const csl = (await readListFile(CSL.pathname)).entries.filter((e) => !seenKeys.has(entryKey(e)) && seenKeys.add(entryKey(e)));
const shuffled = [...csl.keys()].sort(() => diffRandom() - 0.5);
const addedAt = new Set(shuffled.slice(0, DIFF.added));
const changedAt = new Set(shuffled.slice(DIFF.added, DIFF.added + DIFF.changed));
const removedAt = new Set(shuffled.slice(DIFF.added + DIFF.changed, DIFF.added + DIFF.changed + DIFF.removed));

/** What a nightly publication changes: a new spelling among the aliases, or an address added or corrected. */
function alter(entry: ListEntry, i: number): ListEntry {
  if (i % 2 === 0) {
    const words = entry.name.split(/\s+/);
    const variant = words.length > 1 ? [...words.slice(1), words[0]].join(' ') : `${entry.name} Group`;
    return { ...entry, aliases: [...entry.aliases, variant] };
  }
  const cities = ['Dubai', 'Istanbul', 'Hong Kong', 'Minsk', 'Tehran', 'Caracas'];
  const city = cities[Math.floor(diffRandom() * cities.length)]!;
  return { ...entry, addresses: [...entry.addresses.slice(1), { city, full: `${Math.floor(diffRandom() * 200)} Harbour Road, ${city}` }] };
}
const previous = csl.filter((_, i) => !addedAt.has(i));
const next = csl.flatMap((entry, i) => (removedAt.has(i) ? [] : [changedAt.has(i) ? alter(entry, i) : entry]));
const diff = diffEntries(previous, next);
let start = performance.now();
// As the job plans it: the whole new version indexed once, the diff index taking its rarity from it.
const wholeIndex = buildIndex(next);
const wholeMs = performance.now() - start;
start = performance.now();
const diffIndex = buildIndex(diffEntriesToScreen(diff), wholeIndex);
console.log(`diff of the May 2022 CSL (${csl.length} entries): ${diff.added.length} added, ${diff.changed.length} changed, ${diff.removed.length} removed`);
console.log(`  diff index: ${diffIndex.reported} entries and ${diffIndex.entries.length - diffIndex.reported} other listings of their parties, ${diffIndex.entries.reduce((n, e) => n + entryNames(e).length, 0)} names, built in ${(performance.now() - start).toFixed(0)} ms (rarity from the whole version's index, built in ${wholeMs.toFixed(0)} ms)`);

// ---------------------------------------------------------------------------------------------
// The parties

const people = gunzipSync(readFileSync(PEOPLE)).toString('utf8').split('\n').slice(1).filter(Boolean).map((line) => line.split(','));
const firstNames = people.map((p) => p[1]!).filter(Boolean);
const middleNames = people.map((p) => p[2]!).filter(Boolean);
const lastNames = people.map((p) => p[3]!).filter(Boolean);
const birthDates = people.map((p) => p[5]!).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
const suppliers = readFileSync(SUPPLIERS, 'utf8').split('\n').slice(1).map((line) => line.split(',')[0]!.replaceAll('"', '').trim()).filter(Boolean);
const TRADE_WORDS = ['Cloud', 'Data', 'Logistics', 'Trading', 'Software', 'Analytics', 'Consulting', 'Media', 'Energy', 'Holdings', 'Capital', 'Systems', 'Digital', 'Health', 'Foods', 'Textiles', 'Robotics', 'Labs', 'Networks', 'Solutions'];
const LEGAL_FORMS = ['GmbH', 'Ltd', 'LLC', 'Inc.', 'S.A.', 'B.V.', 'AG', 'Pte. Ltd.', 'S.r.l.', 'Oy', 'K.K.', 'Sp. z o.o.', 'SAS', 'A/S', ''];
const COUNTRIES = ['DE', 'FR', 'GB', 'US', 'IN', 'BR', 'JP', 'NL', 'SG', 'AE', 'TR', 'MX', 'NG', 'PL', 'ES', 'IT', 'KR', 'ZA', 'AU', 'CA', 'CN', 'RU', 'EG', 'PK'];
const hitNames = diffIndex.entries.slice(0, diffIndex.reported).map((e) => e.name);

/** The same stored profiles on every call: a seeded stream of sign-ups adding up to `total` parties. */
function* signups(total: number): Generator<SignupRequest> {
  const random = prng(1_000_003);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  let count = 0;
  const person = (): PartyInput => {
    const middle = random() < 0.3 ? ` ${pick(middleNames)}` : '';
    return {
      type: 'person',
      name: `${pick(firstNames)}${middle} ${pick(lastNames)}`,
      nationality: pick(COUNTRIES),
      ...(random() < 0.5 && { dateOfBirth: pick(birthDates) }),
      ...(random() < 0.5 && { email: `user${Math.floor(random() * 1e9)}@example.com` }),
    };
  };
  const organization = (): PartyInput => {
    const r = random();
    const stem = r < 0.2 ? pick(suppliers) : r < 0.6 ? `${pick(lastNames)} ${pick(TRADE_WORDS)}` : `${pick(TRADE_WORDS)} ${pick(TRADE_WORDS)}`;
    return {
      type: 'organization',
      name: `${stem} ${pick(LEGAL_FORMS)}`.trim(),
      country: pick(COUNTRIES),
      ...(random() < 0.5 && { registrationNumber: `HRB ${Math.floor(random() * 1e6)}` }),
      ...(random() < 0.5 && { email: `billing${Math.floor(random() * 1e9)}@example.org` }),
    };
  };
  const party = (kind: 'customer' | 'owner'): PartyInput => {
    count++;
    if (count % HIT_EVERY === 0) return { type: 'organization', name: pick(hitNames), country: pick(COUNTRIES) };
    return (kind === 'customer' ? random() < 0.7 : random() < 0.2) ? organization() : person();
  };
  for (let i = 0; count < total; i++) {
    const customer = party('customer');
    const owners = customer.type === 'organization' ? Math.min(Math.floor(random() * 4), total - count) : 0;
    const beneficialOwners: OwnerInput[] = Array.from({ length: owners }, () => ({ ...party('owner'), ownershipPercent: Math.floor(100 / owners) }));
    yield { customerId: `cust-${i}`, customer, beneficialOwners };
  }
}

// ---------------------------------------------------------------------------------------------
// Matching alone: profiles are generated a page at a time (as the job reads them), only screening is timed

/** Profiles generated, then screened, per batch: the batch size the job reads per page. */
const BATCH = RESCREEN_DEFAULTS.pageSize;
let matchMs = 0;
let matchCpuMs = 0;
let parties = 0;
let profiles = 0;
let hits = 0;
const stored: SignupRequest[] = [];
const stream = signups(PARTIES);
for (let batch = takeBatch(); batch.length > 0; batch = takeBatch()) {
  const startedCpu = process.cpuUsage();
  const started = performance.now();
  for (const request of batch) {
    const screened = screenProfile(diffIndex, request);
    parties += screened.parties;
    hits += screened.hits.length;
  }
  matchMs += performance.now() - started;
  const cpu = process.cpuUsage(startedCpu);
  matchCpuMs += (cpu.user + cpu.system) / 1000;
}

function takeBatch(): SignupRequest[] {
  const batch: SignupRequest[] = [];
  while (batch.length < BATCH) {
    const next = stream.next();
    if (next.done) break;
    batch.push(next.value);
    if (stored.length < STORED_PROFILES) stored.push(next.value);
  }
  profiles += batch.length;
  return batch;
}
const matchSeconds = matchMs / 1000;
const cpuSeconds = matchCpuMs / 1000;
console.log(`matching ${parties.toLocaleString('en')} synthetic parties (${profiles.toLocaleString('en')} profiles) against the diff index, one core: ${matchSeconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU (the CPU time is what a core of its own would take)`);
console.log(`  ${((cpuSeconds * 1e6) / parties).toFixed(1)} us CPU per party, ${Math.round(parties / cpuSeconds).toLocaleString('en')} parties per CPU second, ${hits} matches`);
const millionSeconds = (cpuSeconds / parties) * 1e6;
console.log(`  1,000,000 parties: ${millionSeconds.toFixed(0)} s CPU${parties === 1e6 ? '' : ' (scaled from this run)'}; target < ${TARGET_SECONDS} s: ${millionSeconds < TARGET_SECONDS ? 'met' : 'MISSED'}`);
console.log(`  where screenParty spends it (CPU profile of ${PROFILED_PARTIES.toLocaleString('en')} more parties, inclusive time): ${await profileMatching()}`);

/** Inclusive share of the matcher's main steps while screening a fresh stream of parties. */
async function profileMatching(): Promise<string> {
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object) => new Promise<T>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  let n = 0;
  for (const request of signups(PARTIES + PROFILED_PARTIES)) if (n++ >= profiles) screenProfile(diffIndex, request);
  const { profile } = await post<{ profile: Profiler.Profile }>('Profiler.stop');
  session.disconnect();
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map<string, number>();
  profile.samples!.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = nodes.get(at)!.callFrame.functionName;
      if (!seen.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + profile.timeDeltas![i]!);
      seen.add(name);
    }
  });
  const total = inclusive.get('screenParty') ?? 1;
  return PROFILED_STEPS.map((step) => `${step} ${Math.round((100 * (inclusive.get(step) ?? 0)) / total)}%`).join(', ');
}

// ---------------------------------------------------------------------------------------------
// Store reads (dynalite), and the whole job on the stored profiles

const dynamo = await startEmbeddedDynamo();
try {
  const client = createDocumentClient(dynamo.endpoint);
  const deps = {
    lists: { client, table: 'bench-lists' },
    customers: { client, screeningsTable: 'bench-screenings', customersTable: 'bench-customers' },
    alerts: { client, alertsTable: 'bench-alerts' },
  };
  await Promise.all([ensureTable(client, deps.lists.table), ensureTable(client, deps.customers.customersTable), ensureTable(client, deps.alerts.alertsTable, { gsi1: true })]);
  const before = await writeVersion(deps.lists, previous, { sourceUrl: 'bench', contentHash: 'a', fetchedAt: new Date().toISOString() }, { now: new Date('2026-11-01T00:00:00Z') });
  const after = await writeVersion(deps.lists, next, { sourceUrl: 'bench', contentHash: 'b', fetchedAt: new Date().toISOString() }, { now: new Date('2026-11-02T00:00:00Z') });
  await writeDiff(deps.lists, after.versionId, before.versionId, diff);
  await activateVersion(deps.lists, after.versionId, null);

  const storedParties = stored.reduce((n, s) => n + 1 + s.beneficialOwners.length, 0);
  start = performance.now();
  for (let i = 0; i < stored.length; i += 25) {
    let requests = stored.slice(i, i + 25).map((request) => ({
      PutRequest: {
        Item: {
          pk: `customer#${request.customerId}`, sk: 'profile', updatedAt: '2026-11-01T00:00:00.000Z',
          profile: packJson({ customerId: request.customerId, request, lastScreeningId: 'scr_bench', lastDecision: 'clear', listVersionId: before.versionId, updatedAt: '2026-11-01T00:00:00.000Z' }),
        },
      },
    }));
    while (requests.length > 0) {
      const { UnprocessedItems } = await client.send(new BatchWriteCommand({ RequestItems: { [deps.customers.customersTable]: requests } }));
      requests = (UnprocessedItems?.[deps.customers.customersTable] ?? []) as typeof requests;
    }
  }
  console.log(`store: ${stored.length.toLocaleString('en')} profiles (${storedParties.toLocaleString('en')} parties) written to dynalite in ${((performance.now() - start) / 1000).toFixed(1)} s`);

  start = performance.now();
  let read = 0;
  await Promise.all(
    Array.from({ length: RESCREEN_DEFAULTS.concurrency }, async (_, worker) => {
      for (let segment = worker; segment < RESCREEN_DEFAULTS.totalSegments; segment += RESCREEN_DEFAULTS.concurrency) {
        let startKey: Record<string, unknown> | undefined;
        do {
          const page = await scanProfiles(deps.customers, { segment, totalSegments: RESCREEN_DEFAULTS.totalSegments, limit: RESCREEN_DEFAULTS.pageSize, ...(startKey && { startKey }) });
          read += page.profiles.length;
          startKey = page.next;
        } while (startKey);
      }
    }),
  );
  const readSeconds = (performance.now() - start) / 1000;
  const extrapolated = (readSeconds / read) * profiles;
  console.log(`  read back (${RESCREEN_DEFAULTS.totalSegments} Scan segments, ${RESCREEN_DEFAULTS.concurrency} at a time, JSON parsed): ${read.toLocaleString('en')} profiles in ${readSeconds.toFixed(2)} s = ${Math.round(read / readSeconds).toLocaleString('en')} profiles/s`);
  console.log(`  EXTRAPOLATED, not measured: ${profiles.toLocaleString('en')} profiles (${parties.toLocaleString('en')} parties) would take ~${extrapolated.toFixed(0)} s to read from dynalite at that rate`);

  const job = await runRescreen(deps, { versionId: after.versionId });
  const t = job.timings;
  console.log(`  the whole job on them (diff mode): ${job.status} in ${(t.totalMs / 1000).toFixed(2)} s; plan ${t.planMs.toFixed(0)} ms, reads ${t.readMs.toFixed(0)} ms, matching ${t.matchMs.toFixed(0)} ms, alerts ${t.alertMs.toFixed(0)} ms (summed over workers); ${job.counts.parties} parties, ${job.counts.raised} alerts`);
} finally {
  await dynamo.close();
}

// ---------------------------------------------------------------------------------------------
// --full

const fullIndex = wholeIndex;
const buildMs = wholeMs;
start = performance.now();
const fullCpu = process.cpuUsage();
let fullParties = 0;
for (const request of signups(PARTIES)) {
  fullParties += screenProfile(fullIndex, request).parties;
  if (performance.now() - start > FULL_SECONDS * 1000) break;
}
const fullUsage = process.cpuUsage(fullCpu);
const fullCpuSeconds = (fullUsage.user + fullUsage.system) / 1e6;
const fullRate = fullParties / fullCpuSeconds;
console.log(`--full against the whole May 2022 CSL (${fullIndex.entries.length} entries, index built in ${buildMs.toFixed(0)} ms): ${Math.round(fullRate).toLocaleString('en')} parties per CPU second (${fullParties.toLocaleString('en')} in ${fullCpuSeconds.toFixed(1)} s CPU, ${((performance.now() - start) / 1000).toFixed(1)} s wall); 1,000,000 parties ~${(1e6 / fullRate / 60).toFixed(0)} min of one core`);
