import { describe, expect, it } from 'vitest';
import type { FeatureResult, Match } from '../../lib/match/party.js';
import { evaluateRisk, type ScreenedParty } from '../../lib/risk/evaluate.js';
import { DEFAULT_POLICY } from '../../lib/risk/policy.js';

function match(source: string, score: number, features: FeatureResult[] = []): Match {
  return {
    entryId: `${source}-1`, source, name: 'LISTED NAME', matchedName: 'LISTED NAME', score,
    explanation: { queryName: 'q', nameScore: score, nameAlignment: [], unmatchedQuery: [], unmatchedEntry: [], nameDetail: '', features },
  };
}
const dobAgrees: FeatureResult = { feature: 'dateOfBirth', delta: 0.05, detail: 'same birth date 1962-07-14' };
const dobDiffers: FeatureResult = { feature: 'dateOfBirth', delta: -0.15, detail: 'birth years differ' };

function party(overrides: Partial<ScreenedParty> = {}): ScreenedParty {
  return { path: 'customer', name: 'Customer', type: 'organization', countries: [], ownershipPercent: null, matches: [], owners: [], ...overrides };
}
const owner = (i: number, overrides: Partial<ScreenedParty>) => party({ path: `beneficialOwners[${i}]`, name: `Owner ${i}`, ...overrides });

describe('the risk policy table', () => {
  it.each([
    ['no matches, no risky place', party(), 'clear', []],
    ['strong SDN match confirmed by birth date', party({ matches: [match('SDN', 0.95, [dobAgrees])] }), 'deny', ['blocking-list-match']],
    ['strong EL match with only the name', party({ matches: [match('EL', 0.97)] }), 'review', ['blocking-list-match']],
    ['a weaker confirmed SDN match', party({ matches: [match('SDN', 0.85, [dobAgrees])] }), 'review', ['blocking-list-match']],
    ['confirmation that disagrees does not confirm', party({ matches: [match('SDN', 0.95, [dobDiffers])] }), 'review', ['blocking-list-match']],
    ['Unverified List match is a red flag', party({ matches: [match('UVL', 1, [dobAgrees])] }), 'review', ['red-flag-list-match']],
    ['a non-blocking OFAC list (SSI)', party({ matches: [match('SSI', 0.9)] }), 'review', ['restricted-list-match']],
    ['customer in Iran', party({ countries: ['IR'] }), 'deny', ['embargoed-jurisdiction', 'foreign-adversary-jurisdiction']],
    ['customer address in Crimea', party({ countries: ['UA'], addressText: '5 Lenina St, Sevastopol' }), 'deny', ['embargoed-jurisdiction']],
    ['customer in Kyiv is fine', party({ countries: ['UA'], addressText: '1 Khreshchatyk, Kyiv' }), 'clear', []],
    ['customer in Syria needs review', party({ countries: ['SY'] }), 'review', ['sanctioned-jurisdiction']],
    ['customer in China: higher score, same decision', party({ countries: ['CN'] }), 'clear', ['foreign-adversary-jurisdiction']],
    ['an owner in North Korea', party({ owners: [owner(0, { countries: ['KP'], ownershipPercent: 10 })] }), 'review', ['embargoed-jurisdiction', 'foreign-adversary-jurisdiction']],
    ['owners confirmed on the SDN list with 30% + 25%', party({ owners: [owner(0, { ownershipPercent: 30, matches: [match('SDN', 0.95, [dobAgrees])] }), owner(1, { ownershipPercent: 25, matches: [match('SDN', 0.92, [dobAgrees])] })] }), 'deny', ['ownership-50-percent', 'blocking-list-match', 'blocking-list-match']],
    ['a confirmed SDN owner with 20%', party({ owners: [owner(0, { ownershipPercent: 20, matches: [match('SDN', 0.95, [dobAgrees])] })] }), 'review', ['blocking-list-match', 'ownership-50-percent']],
    ['a confirmed SDN owner with an unknown share', party({ owners: [owner(0, { ownershipPercent: null, matches: [match('SDN', 0.95, [dobAgrees])] })] }), 'review', ['blocking-list-match', 'ownership-unknown-share']],
    ['an Entity List parent owning 60% (Affiliates Rule)', party({ owners: [owner(0, { ownershipPercent: 60, matches: [match('EL', 0.95, [{ feature: 'country', delta: 0.05, detail: 'country CN listed' }])] })] }), 'deny', ['ownership-50-percent', 'blocking-list-match']],
  ])('%s', (_name, customer, decision, rules) => {
    const result = evaluateRisk(customer);
    expect(result.decision).toBe(decision);
    expect(result.reasons.map((r) => r.rule).sort()).toEqual([...rules].sort());
    for (const reason of result.reasons) expect(reason.detail.length).toBeGreaterThan(10);
  });

  it('the Affiliates Rule is a policy switch', () => {
    const customer = party({ owners: [owner(0, { ownershipPercent: 60, matches: [match('EL', 0.95, [dobAgrees])] })] });
    expect(evaluateRisk(customer).decision).toBe('deny');
    expect(evaluateRisk(customer, { ...DEFAULT_POLICY, affiliatesRule: false }).decision).toBe('review');
  });

  it('scores: deny outranks review, the adversary bump adds, 100 caps', () => {
    expect(evaluateRisk(party()).riskScore).toBe(0);
    expect(evaluateRisk(party({ countries: ['RU'] })).riskScore).toBe(15);
    const review = evaluateRisk(party({ matches: [match('SDN', 0.8)] })).riskScore;
    expect(review).toBe(74);
    expect(evaluateRisk(party({ matches: [match('SDN', 0.8)], countries: ['RU'] })).riskScore).toBe(89);
    expect(evaluateRisk(party({ matches: [match('SDN', 1, [dobAgrees])], countries: ['IR'] })).riskScore).toBe(100);
    expect(evaluateRisk(party({ matches: [match('SDN', 0.95, [dobAgrees])] })).riskScore).toBeGreaterThan(review);
  });

  it('lists the most severe reasons first', () => {
    const result = evaluateRisk(party({ countries: ['CN'], matches: [match('UVL', 0.9)], owners: [owner(0, { countries: ['IR'], ownershipPercent: 5 })] }));
    expect(result.reasons.map((r) => r.effect)).toEqual(['review', 'review', 'score', 'score']);
  });
});
