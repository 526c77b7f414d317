/** Partial dates as lists give them: "1965-03-12", "1965-03", "1965", "circa 1965", "1965 to 1967". */
import type { PartialDate } from './model.js';

const EARLIEST_YEAR = 1850;

/** A person's date of birth: a partial date no later than this year. */
export function parseBirthDate(text: string): PartialDate | { error: string } {
  return parsePartialDate(text, new Date().getUTCFullYear());
}

/** The forms of a date of birth a party's input may take, as its errors say. */
export const BIRTH_DATE_FORMS = 'use YYYY-MM-DD, YYYY-MM or YYYY';

/** A parsed date, or a reason it is not one (bogus years like 3033 included). */
export function parsePartialDate(text: string, latestYear = new Date().getUTCFullYear() + 50): PartialDate | { error: string } {
  const value = text.trim();
  const plausible = (year: number) => year >= EARLIEST_YEAR && year <= latestYear;
  let m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined];
    if (!plausible(year)) return { error: `year ${year} is not plausible` };
    if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return { error: `"${value}" is not a calendar date` };
    return { text: value, year, month, ...(day !== undefined && { day }), yearFrom: year, yearTo: year };
  }
  m = /^(circa|c\.|approximately|about)?\s*(\d{4})$/i.exec(value);
  if (m) {
    const year = Number(m[2]);
    if (!plausible(year)) return { error: `year ${year} is not plausible` };
    return m[1] ? { text: value, year, circa: true, yearFrom: year - 1, yearTo: year + 1 } : { text: value, year, yearFrom: year, yearTo: year };
  }
  m = /^(\d{4})\s*(?:to|-|–)\s*(\d{4})$/i.exec(value);
  if (m) {
    const [from, to] = [Number(m[1]), Number(m[2])];
    if (!plausible(from) || !plausible(to) || to < from) return { error: `"${value}" is not a plausible year range` };
    return { text: value, yearFrom: from, yearTo: to };
  }
  m = /^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})$/.exec(value);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    const year = Number(m[3]);
    if (month > 0 && plausible(year)) return { text: value, year, month, day: Number(m[1]), yearFrom: year, yearTo: year };
  }
  return { error: `"${value}" is not a date` };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
