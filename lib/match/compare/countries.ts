/** Country: a shared country supports a match; countries on both sides with none shared count against it. */
import { toCountryCode } from '../../lists/countries.js';
import type { FeatureResult } from '../party.js';
import { TUNING } from '../tuning.js';

/** "RU" or "Russia" vs entry countries ["RU", "UA"] -> +countryMatch; vs ["IR"] -> countryMismatch. */
export function compareCountries(query: string | undefined, listed: string[]): FeatureResult | null {
  const code = toCountryCode(query);
  if (!code || listed.length === 0) return null;
  if (listed.includes(code)) return { feature: 'country', delta: TUNING.attributes.countryMatch, detail: `country ${code} listed` };
  return { feature: 'country', delta: TUNING.attributes.countryMismatch, detail: `country ${code} not among listed ${listed.join(', ')}` };
}
