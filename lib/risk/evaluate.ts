/**
 * Applies the policy to a screened customer and its beneficial owners: each rule is a small function
 * that reads the parties and returns reasons; the decision is the most severe reason's, and the risk
 * score the highest reason score plus the foreign-adversary bump.
 */
import type { Match } from '../match/party.js';
import { embargoedRegion } from './jurisdictions.js';
import { blockedOwnership, type OwnershipNode } from './ownership.js';
import { DEFAULT_POLICY, REASON_SCORES, type RiskPolicy } from './policy.js';

export type Decision = 'clear' | 'review' | 'deny';

export interface ScreenedParty {
  /** `customer`, `customer.beneficialOwners[0]`, ... */
  path: string;
  name: string;
  type: 'person' | 'organization';
  /** ISO codes from the party's country, address and nationality. */
  countries: string[];
  addressText?: string;
  /** Share of its parent; null when unknown, and for the customer itself. */
  ownershipPercent: number | null;
  matches: Match[];
  owners: ScreenedParty[];
}

export interface Reason {
  rule: string;
  /** `score` reasons raise the risk score without changing the decision. */
  effect: Decision | 'score';
  score: number;
  party: string;
  detail: string;
}

export interface RiskResult {
  decision: Decision;
  riskScore: number;
  reasons: Reason[];
}

type Rule = (customer: ScreenedParty, parties: ScreenedParty[], policy: RiskPolicy) => Reason[];

/** A match is confirmed when a secondary attribute (birth date, identifier, country) agreed. */
export function isConfirmed(match: Match): boolean {
  return match.explanation.features.some((f) => f.feature !== 'type' && f.delta > 0);
}

function isStrongBlockingMatch(match: Match, policy: RiskPolicy): boolean {
  return policy.blockingSources.includes(match.source as never) && match.score >= policy.strongMatchScore && isConfirmed(match);
}

const matchScore = (kind: { base: number; perScore: number }, match: Match) => kind.base + kind.perScore * match.score;
const describeMatch = (m: Match) => `${m.source} entry ${m.entryId} "${m.name}" (matched "${m.matchedName}", score ${m.score.toFixed(2)})`;

/** The customer itself on a blocking list, confirmed -> deny; any other blocking-list match -> review. */
const blockingListMatch: Rule = (customer, parties, policy) =>
  parties.flatMap((party) =>
    party.matches
      .filter((m) => policy.blockingSources.includes(m.source as never))
      .map((m): Reason => {
        const confirmed = isStrongBlockingMatch(m, policy);
        if (confirmed && party === customer) {
          return { rule: 'blocking-list-match', effect: 'deny', score: matchScore(REASON_SCORES.confirmedMatch, m), party: party.path, detail: `strong match confirmed by ${confirmations(m)}: ${describeMatch(m)}` };
        }
        const why = party === customer ? 'name match without a confirming attribute' : confirmed ? 'beneficial owner is a confirmed match' : 'beneficial owner name match';
        return { rule: 'blocking-list-match', effect: 'review', score: matchScore(REASON_SCORES.reviewMatch, m), party: party.path, detail: `${why}: ${describeMatch(m)}` };
      }),
  );

/** Red-flag lists (UVL) and the non-blocking OFAC lists (SSI, CMIC, MBS, PLC, CAP) need review. */
const otherListMatch: Rule = (_customer, parties, policy) =>
  parties.flatMap((party) =>
    party.matches
      .filter((m) => !policy.blockingSources.includes(m.source as never))
      .map((m): Reason => ({
        rule: policy.redFlagSources.includes(m.source as never) ? 'red-flag-list-match' : 'restricted-list-match',
        effect: 'review',
        score: matchScore(REASON_SCORES.reviewMatch, m),
        party: party.path,
        detail: describeMatch(m),
      })),
  );

/** An address or nationality in an embargoed jurisdiction: deny for the customer, review for an owner. */
const embargoedJurisdiction: Rule = (customer, parties, policy) =>
  parties.flatMap((party) => {
    const effect = party === customer ? 'deny' : 'review';
    const places = [
      ...party.countries.filter((c) => policy.embargoedCountries.includes(c)).map((c) => `country ${c}`),
      ...[embargoedRegion(party.addressText ?? '', party.countries[0])].filter(Boolean).map((r) => `address in ${r}`),
    ];
    const reasons: Reason[] = places.map((place) => ({ rule: 'embargoed-jurisdiction', effect, score: REASON_SCORES.embargoed, party: party.path, detail: `${place} is comprehensively embargoed` }));
    for (const c of party.countries.filter((c) => policy.reviewCountries.includes(c))) {
      reasons.push({ rule: 'sanctioned-jurisdiction', effect: 'review', score: REASON_SCORES.reviewJurisdiction, party: party.path, detail: `country ${c} is under sanctions that need review` });
    }
    return reasons;
  });

/** Foreign-adversary jurisdictions (15 CFR 7.4) raise the score, once per party. */
const foreignAdversary: Rule = (_customer, parties, policy) =>
  parties.flatMap((party) => {
    const hits = party.countries.filter((c) => policy.foreignAdversaries.includes(c));
    return hits.length ? [{ rule: 'foreign-adversary-jurisdiction', effect: 'score' as const, score: policy.foreignAdversaryScore, party: party.path, detail: `country ${hits.join(', ')} is a foreign adversary jurisdiction` }] : [];
  });

/** OFAC 50% rule (and the BIS Affiliates Rule when on): >= 50% blocked ownership denies. */
const ownershipRule: Rule = (customer, _parties, policy) => {
  const sources = [...policy.ofacOwnershipSources, ...(policy.affiliatesRule ? policy.affiliatesRuleSources : [])];
  const toNode = (party: ScreenedParty): OwnershipNode => ({
    path: party.path,
    name: party.name,
    listed: party.matches.some((m) => sources.includes(m.source as never) && isStrongBlockingMatch(m, policy)),
    ownershipPercent: party.ownershipPercent,
    owners: party.owners.map(toNode),
  });
  const finding = blockedOwnership(toNode(customer));
  const reasons: Reason[] = [];
  const owners = finding.blockedOwners.map((o) => `${o.name} ${o.percent}% (${o.via})`).join(', ');
  if (finding.blockedPercent >= 50) {
    reasons.push({ rule: 'ownership-50-percent', effect: 'deny', score: REASON_SCORES.ownershipDeny, party: customer.path, detail: `owned ${finding.blockedPercent}% in aggregate by blocked persons: ${owners}` });
  } else if (finding.blockedPercent > 0) {
    reasons.push({ rule: 'ownership-50-percent', effect: 'review', score: REASON_SCORES.ownershipReview, party: customer.path, detail: `blocked persons own ${finding.blockedPercent}% (under 50%): ${owners}` });
  }
  for (const o of finding.unknownShareOwners) {
    reasons.push({ rule: 'ownership-unknown-share', effect: 'review', score: REASON_SCORES.ownershipReview, party: o.path, detail: `blocked owner ${o.name} holds an unknown share` });
  }
  return reasons;
};

export const RULES: Record<string, Rule> = { blockingListMatch, otherListMatch, embargoedJurisdiction, foreignAdversary, ownershipRule };

const SEVERITY: Record<Decision, number> = { clear: 0, review: 1, deny: 2 };

export function evaluateRisk(customer: ScreenedParty, policy: RiskPolicy = DEFAULT_POLICY): RiskResult {
  const parties = flatten(customer);
  const reasons = Object.values(RULES).flatMap((rule) => rule(customer, parties, policy));
  let decision: Decision = 'clear';
  let base = 0;
  let bump = 0;
  for (const reason of reasons) {
    if (reason.effect === 'score') bump = Math.max(bump, reason.score);
    else {
      if (SEVERITY[reason.effect] > SEVERITY[decision]) decision = reason.effect;
      base = Math.max(base, reason.score);
    }
  }
  reasons.sort((a, b) => SEVERITY[b.effect === 'score' ? 'clear' : b.effect] - SEVERITY[a.effect === 'score' ? 'clear' : a.effect] || b.score - a.score);
  return { decision, riskScore: Math.round(Math.min(100, base + bump)), reasons };
}

function flatten(party: ScreenedParty): ScreenedParty[] {
  return [party, ...party.owners.flatMap(flatten)];
}

function confirmations(match: Match): string {
  return match.explanation.features.filter((f) => f.feature !== 'type' && f.delta > 0).map((f) => f.detail).join('; ');
}
