/**
 * What a match found by re-screening means for the alert queue, given the pair's latest alert: a new
 * question (raise), a question already open (known), or a false positive an analyst cleared for the
 * very same entry and party data (suppressed). Pure, so sign-up and re-screening decide alike.
 */
import { type Alert, isActiveMatch } from '../store/alerts.js';

export interface Fingerprints {
  entry: string;
  party: string;
}

export type MatchDecision =
  /** No alert on the pair, or its match went away: a new question. */
  | { outcome: 'raise'; kind: 'new-match' }
  /** The entry data changed since the pair's latest alert (open or cleared): ask again. */
  | { outcome: 'raise'; kind: 'changed-match' }
  /** An alert on this entry data is open, escalated or confirmed: nothing new to ask. */
  | { outcome: 'known' }
  /** Cleared as a false positive for this entry data and this party data. */
  | { outcome: 'suppressed' };

export function decideOnMatch(latest: Alert | undefined, current: Fingerprints): MatchDecision {
  if (!latest || latest.kind === 'match-gone') return { outcome: 'raise', kind: 'new-match' };
  const entryChanged = latest.fingerprints?.entry !== current.entry;
  if (isActiveMatch(latest)) return entryChanged ? { outcome: 'raise', kind: 'changed-match' } : { outcome: 'known' };
  if (!entryChanged && latest.fingerprints?.party === current.party) return { outcome: 'suppressed' };
  return entryChanged ? { outcome: 'raise', kind: 'changed-match' } : { outcome: 'raise', kind: 'new-match' };
}
