import { describe, expect, it } from 'vitest';
import { toCountryCode } from '../../lib/lists/countries.js';
import { parsePartialDate } from '../../lib/lists/dates.js';
import { fixQuestionMarks, sourceCode } from '../../lib/lists/csl-record.js';
import { parseCsv } from '../../lib/lists/csv.js';

describe('countries', () => {
  it.each([
    ['china (prc)', 'CN'], ['north korea (dprk)', 'KP'], ['Burma', 'MM'], ['ir', 'IR'], ['Côte d’Ivoire', 'CI'],
    ['France', 'FR'], ['RS', 'RS'], ['Iran', 'IR'], ['Russia', 'RU'], ['Hong Kong', 'HK'], ['Atlantis', undefined], ['XX', undefined],
    // Retired codes (DY Dahomey, HV Upper Volta, UK) must not take over their successors' names.
    ['BJ', 'BJ'], ['Benin', 'BJ'], ['BF', 'BF'], ['Burkina Faso', 'BF'], ['United Kingdom', 'GB'], ['UK', 'GB'], ['DY', undefined],
    ['Gaza Strip', 'PS'],
  ])('%s -> %s', (value, code) => expect(toCountryCode(value)).toBe(code));

  it('maps the English name of every current code back to that code', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    const codes = Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)));
    const current = codes.filter((code) => toCountryCode(code) === code);
    expect(current.length).toBeGreaterThan(240);
    expect(current.filter((code) => toCountryCode(names.of(code)!) !== code)).toEqual([]);
  });
});

describe('partial dates', () => {
  it.each([
    ['1965-03-12', { year: 1965, month: 3, day: 12 }],
    ['1971', { year: 1971, yearFrom: 1971, yearTo: 1971 }],
    ['circa 1958', { year: 1958, circa: true, yearFrom: 1957, yearTo: 1959 }],
    ['1960 to 1962', { yearFrom: 1960, yearTo: 1962 }],
    ['12 Mar 1965', { year: 1965, month: 3, day: 12 }],
  ])('%s', (text, expected) => expect(parsePartialDate(text)).toMatchObject(expected));

  it.each(['3033-01-17', '97-01-01', '1965-13-01', 'unknown', '1970 to 1960'])('rejects %s', (text) => {
    expect(parsePartialDate(text)).toHaveProperty('error');
  });
});

describe('source names', () => {
  it.each([
    ['Entity List (EL) - Bureau of Industry and Security', 'EL'],
    ['Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department', 'MBS'],
    ['Military End User (MEU) List - Bureau of Industry and Security', 'MEU'],
    ['Capta List (CAP) - Treasury Department', 'CAP'],
    ['sdn', 'SDN'],
    ['Something (XYZ)', undefined],
  ])('%s -> %s', (name, code) => expect(sourceCode(name)).toBe(code));
});

describe('BIS question marks', () => {
  it.each([
    ['Donetsk People?s Republic', "Donetsk People's Republic"],
    ['AO ?Institute Giprostroymost?', 'AO "Institute Giprostroymost"'],
  ])('%s', (raw, fixed) => expect(fixQuestionMarks(raw)).toBe(fixed));
});

describe('CSV', () => {
  it('handles quotes, doubled quotes, CRLF, blank lines and a BOM', () => {
    const rows = [...parseCsv('\ufeffa,b\r\n"x, ""y""","line1\nline2"\r\n\r\nlast,\n')];
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, "y"', 'line1\nline2'] },
      { line: 5, fields: ['last', ''] },
    ]);
  });
});
