/**
 * Queue items for a sign-up the policy sent to review: one `signup-review` alert per match of each
 * party (the analyst decides match by match), or, when the review comes from the policy alone (a
 * jurisdiction, an ownership structure) with no match, one per review reason under source `policy`.
 *
 * `alertsForSignup` is pure; `raiseSignupAlerts` stores them, skipping what the queue already holds
 * for the same entry data and what an analyst cleared for the same entry and party data, on the
 * pairs' latest alerts as `readLatestOnPairs` read them.
 */
import { createHash } from 'node:crypto';
import { entryKey } from '../lists/model.js';
import { entriesByKey, type MatchIndex } from '../match/index.js';
import type { Reason } from '../risk/evaluate.js';
import type { SignupRequest } from '../screening/request.js';
import type { PartyResult } from '../screening/screen-signup.js';
import { type Alert, type AlertStore, createAlert, latestPairAlert } from '../store/alerts.js';
import { decideOnMatch } from './decide.js';
import { entryFingerprint, partyFingerprint } from './fingerprints.js';
import { newAlert } from './new-alert.js';
import { partyAt } from './parties.js';

/** What the sign-up screening returned (a ScreeningResponse has all of it). */
export interface SignupOutcome {
  customerId: string;
  decision: 'clear' | 'review' | 'deny';
  reasons: Reason[];
  parties: PartyResult[];
  listVersion: { versionId: string };
  screenedAt: string;
}

/** Source of the alerts that stand for a policy reason rather than a list entry. */
export const POLICY_SOURCE = 'policy';

/** The alerts a `review` sign-up puts in the queue; none for `clear` or `deny` (a deny needs no analyst to refuse it). */
export function alertsForSignup(request: SignupRequest, outcome: SignupOutcome, index: MatchIndex): Alert[] {
  if (outcome.decision !== 'review') return [];
  const now = new Date(outcome.screenedAt);
  const entries = entriesByKey(index);
  const base = { origin: 'signup' as const, kind: 'signup-review' as const, customerId: outcome.customerId, listVersionId: outcome.listVersion.versionId };
  const alerts: Alert[] = [];
  for (const result of outcome.parties) {
    const party = partyAt(request, result.path);
    if (!party) continue;
    const reasons = outcome.reasons.filter((r) => r.party === result.path);
    for (const match of result.matches) {
      const entry = entries.get(entryKey(match));
      alerts.push(
        newAlert(
          {
            partyPath: result.path, ...base, partyName: result.name, entryId: match.entryId, source: match.source, entryName: match.name, score: match.score,
            explanation: { matchedName: match.matchedName, ...match.explanation, reasons },
            fingerprints: { entry: entry ? entryFingerprint(entry) : digest(match), party: partyFingerprint(party.input) },
          },
          now,
        ),
      );
    }
  }
  if (alerts.length > 0) return alerts;
  for (const reason of outcome.reasons.filter((r) => r.effect === 'review')) {
    const party = partyAt(request, reason.party);
    if (!party) continue;
    alerts.push(
      newAlert(
        {
          partyPath: reason.party, ...base, partyName: party.input.name, entryId: reason.rule, source: POLICY_SOURCE, entryName: reason.detail, score: reason.score,
          explanation: { reasons: [reason] }, fingerprints: { entry: digest(reason), party: partyFingerprint(party.input) },
        },
        now,
      ),
    );
  }
  return alerts;
}

/**
 * Starts reading the latest alert of each pair the alerts are on. Read-only, so the sign-up runs it
 * beside its own writes and `raiseSignupAlerts` then only writes: a review waits one round trip less.
 */
export function readLatestOnPairs(store: AlertStore, alerts: Alert[]): Promise<Map<string, Alert | undefined>> {
  const pairs = new Map(alerts.map((alert) => [pairOf(alert), alert]));
  return Promise.all([...pairs].map(async ([pair, alert]) => [pair, await latestPairAlert(store, alert)] as const)).then((read) => new Map(read));
}

/**
 * Stores sign-up alerts as re-screening would: a pair with an open question on the same entry data,
 * or cleared for the same entry and party data, gets no second alert. Returns what happened to each.
 * `latest` is what readLatestOnPairs read for these alerts, when the caller started it earlier.
 */
export async function raiseSignupAlerts(store: AlertStore, alerts: Alert[], latest = readLatestOnPairs(store, alerts)): Promise<{ raised: number; known: number; suppressed: number }> {
  const counts = { raised: 0, known: 0, suppressed: 0 };
  // Pairs (party x entry) at once, a pair's alerts in turn: the second alert on a pair is decided on
  // what the first left. One after another, a review with three matches waited for nine round trips.
  const byPair = new Map<string, Alert[]>();
  for (const alert of alerts) {
    const pair = pairOf(alert);
    byPair.set(pair, [...(byPair.get(pair) ?? []), alert]);
  }
  const read = await latest;
  await Promise.all([...byPair].map(async ([pair, pairAlerts]) => {
    for (const [i, alert] of pairAlerts.entries()) {
      const decision = decideOnMatch(i === 0 ? read.get(pair) : await latestPairAlert(store, alert), alert.fingerprints!);
      if (decision.outcome === 'raise') await createAlert(store, alert);
      counts[decision.outcome === 'raise' ? 'raised' : decision.outcome]++;
    }
  }));
  return counts;
}

const pairOf = (alert: Alert) => `${alert.partyPath}\n${entryKey(alert)}`;

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}
