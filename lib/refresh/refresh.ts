/**
 * The list refresh, end to end: what the nightly Lambda and `partyscreen lists refresh` both run.
 *
 *   fetch (conditional) -> 304 or same content hash as the active version? unchanged, done
 *   -> keep the raw file -> parse (any bad row refuses the file by default) -> validate against the
 *   active version's counts -> write the version (or reuse one an earlier run wrote but did not get
 *   to activate) -> store its diff against the active version -> activate with one conditional write
 *   on the pointer seen at the start -> announce -> retention -> remember validators and the summary.
 *
 * Readers only ever follow the pointer, and the pointer moves only in the activation step, so no
 * failure anywhere else can change what screenings use: the previous version stays active. The
 * diff is stored before activation, so an active version always has its diff.
 */
import { parseList, ListParseError, type ParsedList } from '../lists/read.js';
import { readDiffHeader } from '../store/list-diffs.js';
import {
  activateVersion,
  getActivePointer,
  listVersions,
  loadVersion,
  writeVersion,
  type ActivePointer,
  type ListStore,
  type VersionInfo,
} from '../store/list-versions.js';
import { readRefreshState, writeRefreshState, type RefreshRunSummary, type RefreshState } from '../store/refresh-state.js';
import type { Announcer } from './announce.js';
import type { RefreshConfig } from './config.js';
import { recordDiff } from './record-diff.js';
import { fetchList, FetchListError, type FetchListOptions } from './fetch-list.js';
import { contentHash } from './ingest.js';
import type { SnapshotStore } from './raw-snapshots.js';
import { applyRetention, byCreation } from './retention.js';
import { countBySource, validateList } from './validate.js';

export interface RefreshDeps {
  store: ListStore;
  snapshots: SnapshotStore;
  config: RefreshConfig;
  /** Tells the re-screening job about an activation; absent locally. */
  announce?: Announcer;
  /** The activation step; tests replace it to crash between writing a version and activating it. */
  activate?: typeof activateVersion;
  /** Aborts the download (e.g. shortly before the Lambda's own timeout). */
  signal?: AbortSignal;
  onRetry?: FetchListOptions['onRetry'];
  now?: () => Date;
}

type Step = keyof RefreshRunSummary['timings'];

/** Never throws for a bad file or a failed step: the outcome says what happened. */
export async function runRefresh(deps: RefreshDeps): Promise<RefreshRunSummary> {
  const now = deps.now ?? (() => new Date());
  const startedAt = now();
  const startedMs = performance.now();
  const summary: RefreshRunSummary = {
    outcome: 'failed',
    url: deps.config.url,
    startedAt: startedAt.toISOString(),
    durationMs: 0,
    activeVersionId: null,
    timings: {},
  };
  let state: RefreshState = {};
  let nextState: RefreshState | undefined;
  try {
    const [storedState, pointer] = await Promise.all([readRefreshState(deps.store), getActivePointer(deps.store)]);
    state = storedState;
    summary.activeVersionId = pointer?.versionId ?? null;
    nextState = await refresh(deps, summary, state, pointer, now);
  } catch (error) {
    summary.outcome = 'failed';
    summary.error = describe(error);
    if (error instanceof FetchListError) summary.attempts = error.attempts;
  }
  summary.durationMs = Math.round(performance.now() - startedMs);
  try {
    await writeRefreshState(deps.store, { ...state, ...nextState, lastRun: summary, updatedAt: now().toISOString() });
  } catch (error) {
    (summary.notes ??= []).push(`could not record the run: ${describe(error)}`);
  }
  return summary;
}

/** The run proper; returns the state to remember (validators, announcement), or throws for a failed run. */
async function refresh(
  deps: RefreshDeps,
  summary: RefreshRunSummary,
  state: RefreshState,
  pointer: ActivePointer | null,
  now: () => Date,
): Promise<RefreshState> {
  const { store, config } = deps;
  const timed = timer(summary);

  // Validators are worth sending only when they describe the file behind the active version.
  const conditional =
    !config.force && pointer && state.url === config.url && state.contentHash === pointer.contentHash
      ? { ...(state.etag ? { etag: state.etag } : {}), ...(state.lastModified ? { lastModified: state.lastModified } : {}) }
      : {};
  const fetched = await timed('fetch', () =>
    fetchList(config.url, {
      ...config.fetch,
      ...conditional,
      ...(deps.signal ? { signal: deps.signal } : {}),
      ...(deps.onRetry ? { onRetry: deps.onRetry } : {}),
    }),
  );
  summary.attempts = fetched.attempts;

  if (fetched.status === 'not-modified') {
    summary.outcome = 'unchanged';
    summary.notModified = true;
    return finishUnchanged(deps, summary, state, pointer, now, {});
  }

  const hash = contentHash(fetched.content);
  summary.contentHash = hash;
  summary.bytes = fetched.content.length;
  // Explicit undefineds: validators the server no longer sends must not linger from an older state.
  const validators: RefreshState = { url: config.url, contentHash: hash, etag: fetched.etag, lastModified: fetched.lastModified };
  if (!config.force && pointer && pointer.contentHash === hash) {
    summary.outcome = 'unchanged';
    return finishUnchanged(deps, summary, state, pointer, now, validators);
  }

  // The raw file is kept whatever happens next, refusals included: they are what an auditor asks about.
  const meta = {
    contentHash: hash,
    sourceUrl: config.url,
    fetchedAt: fetched.fetchedAt,
    ...(fetched.etag !== undefined ? { etag: fetched.etag } : {}),
    ...(fetched.lastModified !== undefined ? { lastModified: fetched.lastModified } : {}),
  };
  const snapshotting = settle(timed('snapshot', () => deps.snapshots.put(fetched.content, meta)));

  let parsed: ParsedList;
  try {
    parsed = await timed('parse', async () => parseList(fetched.content, config.url, { skipBadRows: config.skipBadRows }));
  } catch (error) {
    if (!(error instanceof ListParseError)) throw error;
    summary.snapshot = unwrap(await snapshotting).location;
    return refuse(deps, summary, [`the file does not parse: ${error.message}`], now);
  }
  summary.snapshot = unwrap(await snapshotting).location;
  summary.entries = parsed.entries.length;
  summary.countsBySource = countBySource(parsed.entries);
  summary.warnings = parsed.problems.filter((problem) => problem.severity === 'warning').length;
  if (config.skipBadRows) summary.skippedRows = parsed.skipped;

  const validation = await timed('validate', async () => validateList(parsed.entries, pointer, config.bounds));
  if (!validation.ok) return refuse(deps, summary, validation.reasons, now);

  const previousId = pointer?.versionId ?? null;
  const loadingPrevious = settle(pointer ? loadVersion(store, pointer.versionId) : Promise.resolve(null));
  const version = await timed('write', () => writeOrReuse(store, parsed, meta, pointer, summary));

  await timed('diff', async () => {
    const previous = await loadingPrevious;
    if (!previous.ok) (summary.notes ??= []).push(`previous version ${previousId} unreadable, diff taken against nothing: ${describe(previous.error)}`);
    const previousEntries = previous.ok ? (previous.value?.entries ?? []) : [];
    summary.diff = await recordDiff(store, version.versionId, { versionId: previousId, entries: previousEntries }, parsed.entries, now());
  });

  const activate = deps.activate ?? activateVersion;
  const activation = await timed('activate', () => activate(store, version.versionId, previousId));
  summary.outcome = 'activated';
  summary.versionId = version.versionId;
  summary.previousVersionId = previousId;
  summary.activeVersionId = version.versionId;

  const next: RefreshState = { ...validators };
  if (deps.announce) {
    const delivered = await announceSafely(deps.announce, summary, {
      versionId: version.versionId,
      previousVersionId: previousId,
      entryCount: version.entryCount,
      contentHash: version.contentHash,
      activatedAt: activation.activatedAt,
      diff: summary.diff!,
    });
    if (delivered) next.announcedVersionId = version.versionId;
  }
  await retain(deps, summary, now);
  return next;
}

/** Nothing new to activate; still retries a lost announcement and applies retention (it cleans up crashed runs). */
async function finishUnchanged(
  deps: RefreshDeps,
  summary: RefreshRunSummary,
  state: RefreshState,
  pointer: ActivePointer | null,
  now: () => Date,
  validators: RefreshState,
): Promise<RefreshState> {
  const next: RefreshState = { ...validators };
  if (deps.announce && pointer && state.announcedVersionId !== pointer.versionId) {
    const counts = (await readDiffHeader(deps.store, pointer.versionId))?.counts ?? { added: 0, removed: 0, changed: 0 };
    const delivered = await announceSafely(deps.announce, summary, {
      versionId: pointer.versionId,
      previousVersionId: pointer.previousVersionId ?? null,
      entryCount: pointer.entryCount,
      contentHash: pointer.contentHash,
      activatedAt: pointer.activatedAt,
      diff: counts,
    });
    if (delivered) next.announcedVersionId = pointer.versionId;
  }
  await retain(deps, summary, now);
  return next;
}

/** A refused file leaves the stored validators alone, so the next run downloads and judges it again. */
async function refuse(deps: RefreshDeps, summary: RefreshRunSummary, reasons: string[], now: () => Date): Promise<RefreshState> {
  summary.outcome = 'refused';
  summary.reasons = reasons;
  await retain(deps, summary, now);
  return {};
}

async function writeOrReuse(
  store: ListStore,
  parsed: ParsedList,
  meta: Parameters<typeof writeVersion>[2],
  pointer: ActivePointer | null,
  summary: RefreshRunSummary,
): Promise<VersionInfo> {
  // A run that wrote this very file but crashed before activating left it complete, unexpired and
  // newer than the active version.
  const versions = (await listVersions(store)).sort(byCreation);
  const active = versions.find((version) => version.versionId === pointer?.versionId);
  const reusable = versions
    .filter((version): version is VersionInfo => version.status === 'written')
    .filter((version) => version.contentHash === meta.contentHash && version.expiresAt === undefined)
    .filter((version) => version.versionId !== pointer?.versionId && (!active || byCreation(version, active) > 0))
    .at(-1);
  if (reusable) {
    summary.reusedVersion = true;
    return reusable;
  }
  return writeVersion(store, parsed.entries, meta);
}

async function announceSafely(
  announce: Announcer,
  summary: RefreshRunSummary,
  notice: Parameters<Announcer>[0],
): Promise<boolean> {
  try {
    await timer(summary)('announce', () => announce(notice));
    summary.announced = true;
    return true;
  } catch (error) {
    summary.announced = false;
    (summary.notes ??= []).push(`announcing ${notice.versionId} failed (retried next run): ${describe(error)}`);
    return false;
  }
}

/** Retention trouble is noted, never fatal: the run's own work is done by then. */
async function retain(deps: RefreshDeps, summary: RefreshRunSummary, now: () => Date): Promise<void> {
  try {
    const result = await timer(summary)('retention', () => applyRetention(deps.store, deps.config.retention, now()));
    summary.retention = {
      expiring: result.expiring.length,
      unexpired: result.unexpired.length,
      deletedIncomplete: result.deletedIncomplete.length,
    };
  } catch (error) {
    (summary.notes ??= []).push(`retention failed: ${describe(error)}`);
  }
}

function timer(summary: RefreshRunSummary) {
  return async function timed<T>(step: Step, fn: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      summary.timings[step] = Math.round((summary.timings[step] ?? 0) + performance.now() - start);
    }
  };
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Holds a promise's outcome without an unhandled rejection while other work runs. */
function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

function unwrap<T>(settled: Settled<T>): T {
  if (!settled.ok) throw settled.error;
  return settled.value;
}

function describe(error: unknown): string {
  if (error instanceof FetchListError) return error.message;
  if (error instanceof Error) return `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`;
  return String(error);
}
