/**
 * One re-screening run for a list version: every stored customer and beneficial owner screened
 * again, and an alert for anything new. Resumable and idempotent:
 *
 * 1. The job (per version and mode) is opened or found; a completed job is not run again.
 * 2. Entry phase: open matches on entries the version changed are re-checked against their new data
 *    (`changed-match`), open matches on removed entries become `match-gone`. Found through the
 *    alerts-by-entry index, so it reads only pairs that ever alerted on those entries.
 * 3. Scan phase: the customers table is read as a parallel Scan of `totalSegments` segments. Workers
 *    lease a segment, read a page of profiles, screen every party of each, raise alerts for new hits
 *    and checkpoint the segment's cursor and counts after each page. A crash loses at most the page
 *    in flight, which the next run reads again.
 *
 * Why parallel Scan segments in one function rather than a Step Functions map: against the diff
 * index the work per party is tens of microseconds, so a run is bound by reading the table, and
 * parallel segments give that read parallelism inside one invocation with nothing more to deploy.
 * The segment leases and per-page checkpoints are what a map would add: a run that nears Lambda's
 * 15 minutes stops at a page boundary and hands over (functions/rescreen), and several invocations
 * for the same job share the work by leasing different segments, so fanning out needs only more
 * invocations, not a state machine with its own item reader, per-batch cold starts and list loads.
 *
 * Alert ids are deterministic (customer, party, entry, kind, version, party data) and every alert
 * write is conditional, so reading a page again, or running the whole job twice, raises nothing twice.
 */
import { randomBytes } from 'node:crypto';
import { entryKey } from '../lists/model.js';
import { screenParty } from '../match/screen.js';
import { toMatchParty } from '../screening/screen-signup.js';
import { type Alert, type AlertStore, createAlert, isActiveMatch, latestAlertsOnEntry, latestPairAlert } from '../store/alerts.js';
import { scanProfiles } from '../store/customer-scan.js';
import type { ListStore } from '../store/list-versions.js';
import {
  addCounts,
  checkpointSegment,
  completeJob,
  jobIdFor,
  LeaseLostError,
  leaseSegment,
  markEntryPhaseDone,
  openJob,
  readJob,
  readSegments,
  releaseSegment,
  type RescreenCounts,
  type RescreenJob,
  type RescreenMode,
  type SegmentState,
  ZERO_COUNTS,
} from '../store/rescreen-jobs.js';
import { type CustomerProfile, getCustomerProfile, type ScreeningStore } from '../store/screenings.js';
import { decideOnMatch } from './decide.js';
import { entryFingerprint, partyFingerprint } from './fingerprints.js';
import { newAlert } from './new-alert.js';
import { partyAt } from './parties.js';
import { planRescreen, type RescreenPlan } from './plan.js';
import { type PartyHit, screenProfile } from './screen-parties.js';

export interface RescreenDeps {
  lists: ListStore;
  customers: ScreeningStore;
  alerts: AlertStore;
}

export interface RescreenOptions {
  versionId: string;
  /** Default `diff`. */
  mode?: RescreenMode;
  /**
   * Makes a run of its own: a version and mode is screened once, so after a matcher or policy change
   * a new label (`--full --label matcher-2026-11`) screens everyone again. Alerts keep their
   * deterministic ids, so what is already raised is not raised twice.
   */
  label?: string;
  /** Epoch ms after which no new page is started; the run stops cleanly with its checkpoints. Default: none. */
  deadline?: number;
  /** Scan segments of a new job (an existing job keeps its own). Default 16. */
  totalSegments?: number;
  /** Segments this process works on at once (their reads overlap; matching shares the one thread). Default 4. */
  concurrency?: number;
  /** Items per Scan page, which is also how often a segment checkpoints. Default 200. */
  pageSize?: number;
  /** How long a segment lease lasts without a checkpoint renewing it. Default 60 s. */
  leaseMs?: number;
  onProgress?: (progress: RescreenProgress) => void;
}

export const RESCREEN_DEFAULTS = { totalSegments: 16, concurrency: 4, pageSize: 200, leaseMs: 60_000 } as const;

export interface RescreenProgress {
  segmentsDone: number;
  totalSegments: number;
  /** Counts of every checkpointed page, earlier runs of the job included. */
  counts: RescreenCounts;
}

export interface RescreenResult {
  jobId: string;
  versionId: string;
  mode: RescreenMode;
  label?: string;
  previousVersionId: string | null;
  /** `incomplete`: stopped at the deadline; `busy`: what is left is leased by another live run. */
  status: 'complete' | 'incomplete' | 'busy';
  counts: RescreenCounts;
  segments: { done: number; total: number };
  /** Alerts raised by the entry phase in this run (absent when an earlier run had done it). */
  entryPhase?: { rechecked: number; raised: number };
  /** Summed over workers: time waiting for Scan pages, matching, and handling hits (alert reads and writes). */
  timings: { planMs: number; entryPhaseMs: number; readMs: number; matchMs: number; alertMs: number; totalMs: number };
}

interface RunContext {
  deps: RescreenDeps;
  plan: RescreenPlan;
  jobId: string;
  totalSegments: number;
  runId: string;
  deadline: number;
  pageSize: number;
  leaseMs: number;
  stopped: boolean;
  deadlineReached: boolean;
  segmentCounts: Map<number, RescreenCounts>;
  segmentsDone: Set<number>;
  timings: RescreenResult['timings'];
  onProgress?: (progress: RescreenProgress) => void;
}

/** How often a worker looks again at segments another run holds, at most. */
const LEASE_POLL_MS = 1_000;

export async function runRescreen(deps: RescreenDeps, options: RescreenOptions): Promise<RescreenResult> {
  const started = performance.now();
  const mode = options.mode ?? 'diff';
  const timings = { planMs: 0, entryPhaseMs: 0, readMs: 0, matchMs: 0, alertMs: 0, totalMs: 0 };

  const jobId = jobIdFor(options.versionId, mode, options.label);
  const result = (job: RescreenJob, status: RescreenResult['status'], counts: RescreenCounts, done: number, entryPhase?: RescreenResult['entryPhase']): RescreenResult => ({
    jobId, versionId: options.versionId, mode, ...(options.label && { label: options.label }), previousVersionId: job.previousVersionId, status, counts,
    segments: { done, total: job.totalSegments }, ...(entryPhase && { entryPhase }), timings: { ...timings, totalMs: performance.now() - started },
  });
  const existing = await readJob(deps.alerts, jobId);
  if (existing?.status === 'complete') return result(existing, 'complete', existing.totals ?? ZERO_COUNTS, existing.totalSegments);

  const plan = await timed(timings, 'planMs', () => planRescreen(deps.lists, options.versionId, mode));
  const job =
    existing ??
    (await openJob(deps.alerts, {
      versionId: options.versionId,
      mode,
      ...(options.label && { label: options.label }),
      previousVersionId: plan.previousVersionId,
      totalSegments: options.totalSegments ?? RESCREEN_DEFAULTS.totalSegments,
    }));

  const context: RunContext = {
    deps, plan, jobId, timings, totalSegments: job.totalSegments,
    runId: randomBytes(4).toString('hex'),
    deadline: options.deadline ?? Number.POSITIVE_INFINITY,
    pageSize: options.pageSize ?? RESCREEN_DEFAULTS.pageSize,
    leaseMs: options.leaseMs ?? RESCREEN_DEFAULTS.leaseMs,
    stopped: false, deadlineReached: false, segmentCounts: new Map(), segmentsDone: new Set(),
    ...(options.onProgress && { onProgress: options.onProgress }),
  };

  let entryPhase: RescreenResult['entryPhase'];
  if (!job.entryPhaseDone) {
    entryPhase = await timed(timings, 'entryPhaseMs', () => recheckChangedAndRemoved(context));
    await markEntryPhaseDone(deps.alerts, jobId);
  }

  const workers = Array.from({ length: Math.min(options.concurrency ?? RESCREEN_DEFAULTS.concurrency, job.totalSegments) }, (_, w) => scanWorker(context, `${context.runId}/${w}`));
  const outcomes = await Promise.allSettled(workers);
  const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failure) throw failure.reason;

  const segments = await readSegments(deps.alerts, jobId);
  const counts = [...segments.values()].reduce((sum, s) => addCounts(sum, s.counts), ZERO_COUNTS);
  const done = [...segments.values()].filter((s) => s.done).length;
  if (done === job.totalSegments) {
    await completeJob(deps.alerts, jobId, counts);
    return result(job, 'complete', counts, done, entryPhase);
  }
  return result(job, context.deadlineReached ? 'incomplete' : 'busy', counts, done, entryPhase);
}

// ---------------------------------------------------------------------------------------------
// Entry phase

/** Open matches on changed entries: asked again on the new data. Open matches on removed entries: gone. */
async function recheckChangedAndRemoved(context: RunContext): Promise<{ rechecked: number; raised: number }> {
  const { deps, plan } = context;
  let rechecked = 0;
  let raised = 0;
  for (const entry of plan.changed) {
    const fingerprint = entryFingerprint(entry);
    for (const latest of await latestAlertsOnEntry(deps.alerts, entry)) {
      if (!isActiveMatch(latest) || latest.fingerprints?.entry === fingerprint) continue;
      const profile = await getCustomerProfile(deps.customers, latest.customerId);
      const party = profile && partyAt(profile.request, latest.partyPath);
      // The customer no longer has this party: there is no match left to re-check.
      if (!party) continue;
      rechecked++;
      const match = screenParty(plan.diffIndex, toMatchParty(party.input), { threshold: 0, limit: plan.diffIndex.entries.length })
        .find((m) => m.source === entry.source && m.entryId === entry.entryId);
      const alert = newAlert(
        {
          origin: 'rescreen', kind: 'changed-match', customerId: latest.customerId, partyPath: latest.partyPath, partyName: party.input.name,
          entryId: entry.entryId, source: entry.source, entryName: entry.name, score: match?.score ?? 0,
          explanation: match ? { matchedName: match.matchedName, ...match.explanation } : { detail: 'no name of the changed entry resembles the party any more' },
          ...versions(plan), fingerprints: { entry: fingerprint, party: partyFingerprint(party.input) },
        },
        new Date(),
      );
      if (await createAlert(deps.alerts, alert)) raised++;
    }
  }
  for (const removed of plan.removed) {
    for (const latest of await latestAlertsOnEntry(deps.alerts, removed)) {
      if (!isActiveMatch(latest)) continue;
      rechecked++;
      const alert = newAlert(
        {
          origin: 'rescreen', kind: 'match-gone', customerId: latest.customerId, partyPath: latest.partyPath, partyName: latest.partyName,
          entryId: removed.entryId, source: removed.source, entryName: removed.name, score: latest.score,
          explanation: { detail: `the entry was removed from the list in ${plan.versionId}`, previousAlertId: latest.alertId },
          ...versions(plan), fingerprints: latest.fingerprints ?? { entry: '', party: '' },
        },
        new Date(),
      );
      if (await createAlert(deps.alerts, alert)) raised++;
    }
  }
  return { rechecked, raised };
}

function versions(plan: RescreenPlan): Pick<Alert, 'listVersionId' | 'previousListVersionId'> {
  return { listVersionId: plan.versionId, ...(plan.previousVersionId && { previousListVersionId: plan.previousVersionId }) };
}

// ---------------------------------------------------------------------------------------------
// Scan phase

/**
 * Leases free segments one after another and works each to its end (or the deadline). Returns when
 * every segment is done or leased by a sibling worker, or when another run's lease is seen renewed
 * (that run is alive and will finish its segment); waits out leases that stop being renewed.
 */
async function scanWorker(context: RunContext, owner: string): Promise<void> {
  const { deps, jobId } = context;
  const seenLeases = new Map<number, number>();
  try {
    while (!context.stopped) {
      if (Date.now() >= context.deadline) {
        context.deadlineReached = true;
        return;
      }
      const segments = await readSegments(deps.alerts, jobId);
      for (const [segment, state] of segments) {
        context.segmentCounts.set(segment, state.counts);
        if (state.done) context.segmentsDone.add(segment);
      }
      const pending = range(context.totalSegments).filter((s) => !segments.get(s)?.done);
      if (pending.length === 0) return;
      let leased: SegmentState | undefined;
      let contested = false;
      for (const segment of pending) {
        const state = segments.get(segment);
        if (state && heldByOther(state, owner, Date.now())) continue;
        leased = await leaseSegment(deps.alerts, jobId, segment, owner, Date.now() + context.leaseMs, Date.now());
        if (leased) break;
        // Taken (or finished) by someone else since we read the segments.
        contested = true;
      }
      if (leased) {
        await workSegment(context, owner, leased);
        continue;
      }
      if (contested) continue;
      const foreign = pending.map((s) => segments.get(s)!).filter((s) => !s.leaseOwner?.startsWith(`${context.runId}/`));
      const renewed = foreign.some((s) => seenLeases.has(s.segment) && s.leaseUntil! > seenLeases.get(s.segment)!);
      if (foreign.length === 0 || renewed) return;
      for (const s of foreign) seenLeases.set(s.segment, s.leaseUntil!);
      await sleep(Math.min(LEASE_POLL_MS, Math.max(1, Math.min(...foreign.map((s) => s.leaseUntil!)) - Date.now() + 1)));
    }
  } catch (error) {
    context.stopped = true;
    throw error;
  }
}

function heldByOther(state: SegmentState, owner: string, now: number): boolean {
  return state.leaseOwner !== undefined && state.leaseOwner !== owner && (state.leaseUntil ?? 0) >= now;
}

async function workSegment(context: RunContext, owner: string, state: SegmentState): Promise<void> {
  const { deps, jobId } = context;
  let { cursor, counts } = state;
  try {
    for (;;) {
      if (context.stopped || Date.now() >= context.deadline) {
        if (!context.stopped) context.deadlineReached = true;
        await releaseSegment(deps.alerts, jobId, state.segment, owner);
        return;
      }
      const page = await timed(context.timings, 'readMs', () =>
        scanProfiles(deps.customers, { segment: state.segment, totalSegments: context.totalSegments, limit: context.pageSize, ...(cursor && { startKey: cursor }) }),
      );
      counts = addCounts(counts, await screenPage(context, page.profiles));
      const done = page.next === undefined;
      await checkpointSegment(deps.alerts, jobId, owner, { segment: state.segment, ...(page.next && { cursor: page.next }), done, counts, leaseUntil: Date.now() + context.leaseMs });
      cursor = page.next;
      context.segmentCounts.set(state.segment, counts);
      if (done) context.segmentsDone.add(state.segment);
      context.onProgress?.({ segmentsDone: context.segmentsDone.size, totalSegments: context.totalSegments, counts: [...context.segmentCounts.values()].reduce(addCounts, ZERO_COUNTS) });
      if (done) return;
    }
  } catch (error) {
    // Another worker took the segment over after our lease ran out: it carries on from our last checkpoint.
    if (error instanceof LeaseLostError) return;
    throw error;
  }
}

/** Screens one page of profiles (CPU only), then settles each hit against the pair's alerts. */
async function screenPage(context: RunContext, profiles: CustomerProfile[]): Promise<RescreenCounts> {
  const { plan } = context;
  const counts = { ...ZERO_COUNTS };
  const hits: { profile: CustomerProfile; hit: PartyHit }[] = [];
  const start = performance.now();
  for (const profile of profiles) {
    counts.customers++;
    // Screened at sign-up against this version or a later one: its matches are already known.
    if (plan.mode === 'diff' && screenedAtOrAfter(profile.listVersionId, plan.versionId)) {
      counts.upToDate++;
      continue;
    }
    const screened = screenProfile(plan.scanIndex, profile.request);
    counts.parties += screened.parties;
    for (const hit of screened.hits) hits.push({ profile, hit });
  }
  context.timings.matchMs += performance.now() - start;
  counts.hits = hits.length;
  await timed(context.timings, 'alertMs', async () => {
    for (const { profile, hit } of hits) counts[await settleHit(context, profile, hit)]++;
  });
  return counts;
}

async function settleHit(context: RunContext, profile: CustomerProfile, { party, match }: PartyHit): Promise<'raised' | 'known' | 'suppressed'> {
  const { deps, plan } = context;
  const entry = plan.entries.get(entryKey(match))!;
  const fingerprints = { entry: entryFingerprint(entry), party: partyFingerprint(party.input) };
  const latest = await latestPairAlert(deps.alerts, { customerId: profile.customerId, partyPath: party.path, source: match.source, entryId: match.entryId });
  const decision = decideOnMatch(latest, fingerprints);
  if (decision.outcome !== 'raise') return decision.outcome;
  const alert = newAlert(
    {
      origin: 'rescreen', kind: decision.kind, customerId: profile.customerId, partyPath: party.path, partyName: party.input.name,
      entryId: match.entryId, source: match.source, entryName: entry.name, score: match.score,
      explanation: { matchedName: match.matchedName, ...match.explanation }, ...versions(plan), fingerprints,
    },
    new Date(),
  );
  await createAlert(deps.alerts, alert);
  return 'raised';
}

/**
 * The same version, or one created in a later second (ids start with their creation time,
 * `v20261126T001500Z-a1b2c3`); two versions of the same second count as not later, so screened.
 */
function screenedAtOrAfter(screenedWith: string, versionId: string): boolean {
  return screenedWith === versionId || versionStamp(screenedWith) > versionStamp(versionId);
}

function versionStamp(versionId: string): string {
  return versionId.split('-')[0]!;
}

// ---------------------------------------------------------------------------------------------

async function timed<T, K extends keyof RescreenResult['timings']>(timings: RescreenResult['timings'], key: K, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    timings[key] += performance.now() - start;
  }
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
