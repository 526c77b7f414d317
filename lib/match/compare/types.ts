/** Party type: a person never matches a vessel, aircraft or organization (OFAC FAQ 5); unknown fits all. */
import type { EntryType } from '../../lists/model.js';
import type { FeatureResult, PartyType } from '../party.js';
import { TUNING } from '../tuning.js';

export type TypeFit = { compatible: false; detail: string } | { compatible: true; result: FeatureResult | null };

/** person vs vessel -> incompatible; organization vs vessel -> compatible with a penalty; unknown -> compatible. */
export function compareTypes(query: PartyType | undefined, listed: EntryType): TypeFit {
  if (!query || listed === 'unknown' || query === listed) return { compatible: true, result: null };
  if (!typesCompatible(query, listed)) return { compatible: false, detail: `a ${query} is not a ${listed}` };
  return { compatible: true, result: { feature: 'type', delta: TUNING.attributes.typeSoftMismatch, detail: `${query} vs listed ${listed}` } };
}

/** Allocation-free form of compareTypes(...).compatible, for filtering many candidates. */
export function typesCompatible(query: PartyType | undefined, listed: EntryType): boolean {
  if (!query || listed === 'unknown' || query === listed) return true;
  return query !== 'person' && listed !== 'person';
}
