/**
 * The risk policy: which lists block, which raise a red flag, which jurisdictions deny or raise the
 * score, and how strong a match must be. Every default is here, each with why; callers may override
 * any field (`{ ...DEFAULT_POLICY, affiliatesRule: false }`).
 */
import type { SourceCode } from '../lists/model.js';
import { EMBARGOED_COUNTRIES, FOREIGN_ADVERSARIES, REVIEW_COUNTRIES } from './jurisdictions.js';

export interface RiskPolicy {
  /** Lists whose parties a US provider must not serve: a confirmed strong match denies. */
  blockingSources: SourceCode[];
  /** Red-flag lists: any match needs review, never an automatic deny (BIS Unverified List). */
  redFlagSources: SourceCode[];
  /** A blocking-list match at or above this score, confirmed by a secondary attribute, denies. */
  strongMatchScore: number;
  /** Lists whose owners count toward the 50% rule: OFAC's SDN always; EL and MEU under the BIS Affiliates Rule. */
  ofacOwnershipSources: SourceCode[];
  affiliatesRuleSources: SourceCode[];
  /** BIS Affiliates Rule (suspended 10 Nov 2025 - 9 Nov 2026, in force again after): a policy switch. */
  affiliatesRule: boolean;
  embargoedCountries: string[];
  reviewCountries: string[];
  foreignAdversaries: string[];
  /** Added to the risk score when the customer or an owner is in a foreign-adversary jurisdiction. */
  foreignAdversaryScore: number;
}

export const DEFAULT_POLICY: RiskPolicy = {
  blockingSources: ['SDN', 'EL', 'DPL', 'MEU', 'DTC', 'FSE', 'ISN'],
  redFlagSources: ['UVL'],
  strongMatchScore: 0.9,
  ofacOwnershipSources: ['SDN'],
  affiliatesRuleSources: ['EL', 'MEU'],
  affiliatesRule: true,
  embargoedCountries: EMBARGOED_COUNTRIES,
  reviewCountries: REVIEW_COUNTRIES,
  foreignAdversaries: FOREIGN_ADVERSARIES,
  foreignAdversaryScore: 15,
};

/** Scores each kind of reason contributes (the risk score is the highest, plus the adversary bump). */
export const REASON_SCORES = {
  /** 90 + 10 x match score: a confirmed 0.95 match scores 99.5. */
  confirmedMatch: { base: 90, perScore: 10 },
  /** 50 + 30 x match score: a name-only 0.8 match scores 74. */
  reviewMatch: { base: 50, perScore: 30 },
  embargoed: 100,
  ownershipDeny: 95,
  ownershipReview: 60,
  reviewJurisdiction: 60,
} as const;
