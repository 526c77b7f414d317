/** Date of birth: same day, overlapping years, or years that cannot be the same person. */
import { parsePartialDate } from '../../lists/dates.js';
import type { PartialDate } from '../../lists/model.js';
import type { FeatureResult } from '../party.js';
import { TUNING } from '../tuning.js';

function yearRange(date: PartialDate): [number, number] | undefined {
  const from = date.yearFrom ?? date.year;
  const to = date.yearTo ?? date.year;
  return from === undefined || to === undefined ? undefined : [from, to];
}

function yearsOverlap([from, to]: [number, number], [otherFrom, otherTo]: [number, number]): boolean {
  return from <= otherTo && otherFrom <= to;
}

/** Two entries' birth dates could be one person's: some years overlap, or a side gives none. */
export function birthYearsOverlap(a: PartialDate[], b: PartialDate[]): boolean {
  const ra = a.map(yearRange).filter((r) => r !== undefined);
  const rb = b.map(yearRange).filter((r) => r !== undefined);
  return ra.length === 0 || rb.length === 0 || ra.some((r) => rb.some((other) => yearsOverlap(r, other)));
}

/** "1965-03-12" vs list "1965-03-12" -> +dobDayMatch; vs "1971" -> dobYearMismatch; no date on a side -> null. */
export function compareBirthDates(query: string | undefined, listed: PartialDate[]): FeatureResult | null {
  if (!query || listed.length === 0) return null;
  const parsed = parsePartialDate(query);
  if ('error' in parsed) return null;
  const range = yearRange(parsed);
  if (!range) return null;
  const t = TUNING.attributes;
  let best: FeatureResult | null = null;
  for (const date of listed) {
    const other = yearRange(date);
    if (!other) continue;
    let result: FeatureResult;
    if (!yearsOverlap(range, other)) {
      result = { feature: 'dateOfBirth', delta: t.dobYearMismatch, detail: `birth years differ: ${parsed.text} vs ${date.text}` };
    } else if (parsed.day !== undefined && date.day !== undefined && parsed.year === date.year) {
      result = parsed.month === date.month && parsed.day === date.day
        ? { feature: 'dateOfBirth', delta: t.dobDayMatch, detail: `same birth date ${date.text}` }
        : { feature: 'dateOfBirth', delta: t.dobDayMismatch, detail: `same birth year, different day: ${parsed.text} vs ${date.text}` };
    } else {
      result = { feature: 'dateOfBirth', delta: t.dobYearMatch, detail: `birth years agree: ${parsed.text} vs ${date.text}` };
    }
    if (!best || result.delta > best.delta) best = result;
  }
  return best;
}
