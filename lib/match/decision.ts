/** From matches to a screening decision; a later risk-policy module refines this mapping. */
import type { Match } from './party.js';

export type Decision = 'clear' | 'review';

export interface ScreeningOutcome {
  decision: Decision;
  /** 0..100: round(100 x best score), 0 without matches. */
  riskScore: number;
}

/** No match at/above the threshold -> clear; any -> review. */
export function decide(matches: Match[]): ScreeningOutcome {
  const best = matches.reduce((max, m) => Math.max(max, m.score), 0);
  return { decision: matches.length ? 'review' : 'clear', riskScore: Math.round(100 * best) };
}
