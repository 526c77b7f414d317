/**
 * The arithmetic of compareNames' score bound: one name's side of it (tally), the least weight
 * leftovers can have (leftoverFactors) and the best matched / total ratio (bestRatio). scoreBound
 * itself is in names.ts, beside the pair matrix it reads, which compareNames grows.
 */
import type { NameToken } from '../normalize/tokens.js';
import { TUNING } from '../tuning.js';
import { canBeDistinctive, isStrong, isStrongLeft, syllabicNames } from './name-parts.js';

/** One name's side of the bound: strong tokens covered, the rarest word that could be distinctive (organizations only), whether every strong token is covered. */
export function tally(tokens: NameToken[], weights: Float64Array, best: Float64Array, person: boolean, lineage: Uint8Array | undefined) {
  const sums = { strong: 0, rarest: 0, allStrongCovered: true };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (best[i]! < 0) {
      sums.allStrongCovered &&= !isStrongLeft(token, person ? lineage : undefined, i);
      continue;
    }
    if (isStrong(token)) sums.strong++;
    if (!person && canBeDistinctive(token)) sums.rarest = Math.max(sums.rarest, weights[i]!);
  }
  return sums;
}

/**
 * The least an unaligned token of each side weighs per unit of its weight, as compareNames weighs
 * leftovers: exact for Chinese and Korean names, and when both sides keep a strong token no pairing
 * covers (a part replaced, never a name contained in the other); else the lightest weight there is.
 * (The substitution and syllable factors are above 1.)
 */
export function leftoverFactors(query: NameToken[], entry: NameToken[], person: boolean, queryAllStrongCovered: boolean, entryAllStrongCovered: boolean): [number, number] {
  const a = TUNING.alignment;
  if (syllabicNames(query, entry, person)) return [a.unmatchedQuery * a.syllableLeftover, a.unmatchedEntry * a.syllableLeftover];
  if (!queryAllStrongCovered && !entryAllStrongCovered) return [a.unmatchedQuery * a.substitutionFactor, a.unmatchedEntry * a.substitutionFactor];
  const lightest = Math.min(a.unmatchedWhenContained, a.unmatchedQuery, a.unmatchedEntry);
  return [lightest, lightest];
}

/**
 * The highest matched / total weight any choice of covered tokens to align can give, each at its
 * best contribution and every other token left over at its side's factor. A ratio of sums is
 * maximized by Dinkelbach's iteration: align every token that raises the ratio reached so far, until
 * it rises no more (a few rounds). A hair above, for float rounding.
 */
export function bestRatio(queryWeights: Float64Array, queryBest: Float64Array, queryLeftover: number, queryLineage: Uint8Array | undefined, entryWeights: Float64Array, entryBest: Float64Array, entryLeftover: number, entryLineage: Uint8Array | undefined): number {
  let ratio = 0;
  for (;;) {
    ratioSums.matched = ratioSums.total = 0;
    addRatioSums(queryWeights, queryBest, queryLeftover, queryLineage, ratio);
    addRatioSums(entryWeights, entryBest, entryLeftover, entryLineage, ratio);
    const next = ratioSums.total > 0 ? ratioSums.matched / ratioSums.total : 0;
    if (next <= ratio) return ratio + 1e-9;
    ratio = next;
  }
}

const ratioSums = { matched: 0, total: 0 };

/**
 * One side's tokens into ratioSums: aligned when that raises matched - ratio x total more than leaving
 * it over does. Tokens of `lineage` left over weigh lineageWhenContained of the side's factor.
 */
function addRatioSums(weights: Float64Array, best: Float64Array, sideLeftover: number, lineage: Uint8Array | undefined, ratio: number): void {
  for (let i = 0; i < weights.length; i++) {
    const weight = weights[i]!;
    const contribution = best[i]!;
    const leftover = lineage?.[i] ? sideLeftover * TUNING.alignment.lineageWhenContained : sideLeftover;
    if (contribution >= 0 && contribution > ratio * (1 - leftover)) {
      ratioSums.matched += weight * contribution;
      ratioSums.total += weight;
    } else ratioSums.total += weight * leftover;
  }
}
