/**
 * Threshold calibration on labelled parties: parties known to be a list entry (a confirmed alert, an
 * alias) and parties on no list (cleared alerts, a sample of customers), screened as `screen` screens
 * them. Per threshold, how many of the first are found as their entry and how many of the second
 * alert; at the default threshold, the ones each way that an analyst reviews ("below the line" and
 * "above the line" testing, as a screening programme's validation samples them).
 */
import type { MatchIndex } from './index.js';
import type { Match, Party } from './party.js';
import { screenParty } from './screen.js';
import { thresholdFor, TUNING } from './tuning.js';
import type { SourceCode } from '../lists/model.js';

export interface LabelledParty {
  party: Party;
  /** The id of the entry the party is; undefined for a party on no list. */
  expect?: string;
}

export interface ThresholdRow {
  threshold: number;
  /** Parties with an expected entry that find it at or above the threshold. */
  found: number;
  /** Parties on no list with a match at or above the threshold. */
  alerting: number;
}

/** A labelled party's outcome: the expected entry's match (a party on a list) or the best match (one on no list); null when none is among the best `limit`. */
export interface Outcome {
  party: Party;
  expect?: string;
  match: Match | null;
}

export interface Calibration {
  /** How many parties have an expected entry, and how many are on no list. */
  positives: number;
  negatives: number;
  rows: ThresholdRow[];
  /** As `screen` decides with no --threshold: the default and per-source thresholds. */
  atDefault: { found: number; alerting: number };
  /** Parties whose expected entry scored below its threshold, or was not among the best `limit` (match null). */
  belowTheLine: Outcome[];
  /** Parties on no list that alert at the default thresholds. */
  aboveTheLine: Outcome[];
}

export interface CalibrateOptions {
  /** The thresholds tabled; CALIBRATION_THRESHOLDS unless given. */
  thresholds?: readonly number[];
  /** Matches kept per party, as `screen --limit`. */
  limit?: number;
  /** Called after each party is screened, with how many are (a progress bar's). */
  screened?: (done: number) => void;
}

/** Thresholds 0.50, 0.52 ... 1.00: a table's worth, with the default (0.76) among them. */
export const CALIBRATION_THRESHOLDS = Array.from({ length: 26 }, (_, k) => (50 + 2 * k) / 100);

/**
 * Screens each party once at threshold 0 and reads every threshold off its scores: the matches at or
 * above a threshold are a prefix of those sorted by score, so the best `limit` at 0 hold the best
 * `limit` at any threshold, as `screen --threshold T --limit N` returns them.
 */
export function calibrate(index: MatchIndex, parties: LabelledParty[], options: CalibrateOptions = {}): Calibration {
  const { thresholds = CALIBRATION_THRESHOLDS, limit = TUNING.screen.limit, screened } = options;
  const outcomes: Outcome[] = parties.map(({ party, expect }, i) => {
    const matches = screenParty(index, party, { threshold: 0, limit });
    screened?.(i + 1);
    const match = expect === undefined ? matches[0] : matches.find((m) => m.entryId === expect);
    return { party, ...(expect !== undefined && { expect }), match: match ?? null };
  });
  const positives = outcomes.filter((o) => o.expect !== undefined);
  const negatives = outcomes.filter((o) => o.expect === undefined);
  const reaches = (o: Outcome, threshold?: number) => o.match !== null && o.match.score >= thresholdFor(o.match.source as SourceCode, threshold);
  const count = (list: Outcome[], threshold?: number) => list.filter((o) => reaches(o, threshold)).length;
  return {
    positives: positives.length,
    negatives: negatives.length,
    rows: thresholds.map((threshold) => ({ threshold, found: count(positives, threshold), alerting: count(negatives, threshold) })),
    atDefault: { found: count(positives), alerting: count(negatives) },
    belowTheLine: positives.filter((o) => !reaches(o)).sort(byScore),
    aboveTheLine: negatives.filter((o) => reaches(o)).sort(byScore),
  };
}

/** Highest score first, none last. */
function byScore(a: Outcome, b: Outcome): number {
  return (b.match?.score ?? -1) - (a.match?.score ?? -1);
}
