/**
 * One sign-up screening, end to end: validate, screen against the active list, apply the policy,
 * store the audit record (or, for a repeated Idempotency-Key, find and return the stored answer),
 * then the customer profile and a review's alerts.
 * Fails closed: without a list or a store there is no answer, only UnavailableError.
 */
import { InputError, UnavailableError } from '../errors.js';
import { alertsForSignup, raiseSignupAlerts, readLatestOnPairs } from '../rescreen/signup-alerts.js';
import type { RiskPolicy } from '../risk/policy.js';
import type { AlertStore } from '../store/alerts.js';
import { IdempotencyConflictError, requestHash, saveCustomerProfile, saveScreening, type ScreeningRecord, type ScreeningStore, screeningIdFor } from '../store/screenings.js';
import type { ActiveListCache } from './active-list.js';
import { parseSignupRequest, type SignupRequest } from './request.js';
import { screenSignup, type SignupScreening } from './screen-signup.js';

export interface ScreeningServiceDeps {
  lists: ActiveListCache;
  store: ScreeningStore;
  /** Where a `review` sign-up puts its questions for the analysts' queue. */
  alerts: AlertStore;
  policy?: RiskPolicy;
  threshold?: number;
  now?: () => Date;
}

export interface ScreeningResponse extends SignupScreening {
  screeningId: string;
  customerId: string;
  screenedAt: string;
}

export interface ScreeningOutcome {
  response: ScreeningResponse;
  /** True when the answer is the stored one for a repeated Idempotency-Key. */
  replayed: boolean;
  /** Wall time spent screening (the matcher and the policy) and waiting on the store, in ms: where a slow answer went. */
  timings: { screenMs: number; storeMs: number };
}

export async function runSignupScreening(deps: ScreeningServiceDeps, body: unknown, idempotencyKey?: string): Promise<ScreeningOutcome> {
  if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,255}$/.test(idempotencyKey)) {
    throw new InputError('must be 1-255 printable ASCII characters without spaces', 'Idempotency-Key');
  }
  const request = parseSignupRequest(body);
  const screeningId = screeningIdFor(request.customerId, idempotencyKey);
  const hash = requestHash(request);
  const timings = { screenMs: 0, storeMs: 0 };
  const store = async <T>(operation: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await guardStore(operation);
    } finally {
      timings.storeMs += performance.now() - started;
    }
  };
  const active = await deps.lists.get();
  const screenedAt = (deps.now?.() ?? new Date()).toISOString();
  const screeningStarted = performance.now();
  const response: ScreeningResponse = {
    screeningId,
    customerId: request.customerId,
    screenedAt,
    ...screenSignup(request, { index: active.index, listVersion: active.version, ...(deps.policy && { policy: deps.policy }), ...(deps.threshold !== undefined && { threshold: deps.threshold }) }),
  };
  timings.screenMs = performance.now() - screeningStarted;
  const record: ScreeningRecord<SignupRequest, ScreeningResponse> = {
    screeningId,
    customerId: request.customerId,
    requestHash: hash,
    ...(idempotencyKey && { idempotencyKey }),
    request,
    result: response,
    listVersionId: active.version.versionId,
    decision: response.decision,
    screenedAt,
  };
  // A review's alert pairs are read beside the record's write (reads only, so a replay loses nothing).
  const alerts = alertsForSignup(request, response, active.index);
  const latest = alerts.length > 0 ? readLatestOnPairs(deps.alerts, alerts) : undefined;
  // A key is checked by the record's conditional write itself, not by a read first: one store call
  // less per sign-up, and a replay (rare) screens again for nothing. The profile then waits for that
  // write, so a replay or a reused key (422) never touches it; without a key the record is new and
  // the profile is written at once.
  const profile = profileOf(request, response);
  const [stored] = await store(() => Promise.all([saveScreening(deps.store, record), idempotencyKey ? undefined : saveCustomerProfile(deps.store, profile), latest]));
  if (stored.screenedAt !== screenedAt) {
    // The first attempt may have stored its answer and failed before the profile or the alerts (and
    // answered 503): the retry finishes both, idempotently, so no customer drops out of re-screening.
    await store(() => Promise.all([
      saveCustomerProfile(deps.store, profileOf(request, stored.result)),
      raiseSignupAlerts(deps.alerts, alertsForSignup(request, stored.result, active.index)),
    ]));
    return { response: stored.result, replayed: true, timings };
  }
  await store(() => Promise.all([idempotencyKey ? saveCustomerProfile(deps.store, profile) : undefined, latest && raiseSignupAlerts(deps.alerts, alerts, latest)]));
  return { response, replayed: false, timings };
}

/** The customer's latest profile for nightly re-screening; never overwrites a later one (see saveCustomerProfile). */
function profileOf(request: SignupRequest, response: ScreeningResponse) {
  return {
    customerId: request.customerId, request, lastScreeningId: response.screeningId, lastDecision: response.decision,
    listVersionId: response.listVersion.versionId, updatedAt: response.screenedAt,
  };
}

/** Store failures (unreachable, throttled, timed out) become UnavailableError; domain errors pass through. */
async function guardStore<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof InputError || error instanceof IdempotencyConflictError) throw error;
    throw new UnavailableError(`the screening store is unavailable (${(error as Error).name}: ${(error as Error).message})`);
  }
}
