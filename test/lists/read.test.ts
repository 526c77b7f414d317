import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CSL_CSV_COLUMNS } from '../../lib/lists/csl-csv.js';
import { parseList, readListFile } from '../../lib/lists/read.js';
import { summarize } from '../../lib/lists/summary.js';
import { SOURCE_CODES } from '../../lib/lists/model.js';
import { CSL_2022, CSL_SAMPLE_2025, hasShared, SAMPLE_LIST } from '../support/shared-data.js';

const header = CSL_CSV_COLUMNS.join(',');
const csvRow = (values: Partial<Record<(typeof CSL_CSV_COLUMNS)[number], string>>) =>
  CSL_CSV_COLUMNS.map((c) => {
    const v = values[c] ?? '';
    return /[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
  }).join(',');

describe.skipIf(!hasShared)('the real May 2022 CSL', () => {
  it('parses completely with every count right', async () => {
    const parsed = await readListFile(CSL_2022);
    const summary = summarize(parsed.entries);
    expect(summary.entries).toBe(14_160);
    expect(summary.names).toBe(34_169);
    expect(summary.bySource).toEqual({
      SDN: 10_026, EL: 2_001, DTC: 727, DPL: 462, SSI: 290, UVL: 201, ISN: 163, PLC: 78, MEU: 71, CMIC: 68, CAP: 53, MBS: 17, FSE: 3,
    });
    expect(summary.byType).toEqual({ person: 5_286, organization: 4_533, unknown: 3_625, vessel: 433, aircraft: 283 });
    expect(parsed.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('turns OFAC ids into identifiers and facts, and keeps partial dates', async () => {
    const { entries } = await readListFile(CSL_2022);
    const person = entries.find((e) => e.entryId === '23703')!;
    expect(person.type).toBe('person');
    expect(person.ids).toContainEqual({ type: 'Passport', number: 'EC6530802', country: 'PH', issueDate: '2021-01-19' });
    expect(person.facts).toContainEqual({ type: 'Gender', value: 'Male' });
    expect(person.countries).toEqual(expect.arrayContaining(['PH', 'SA']));
    const circa = entries.flatMap((e) => e.datesOfBirth).find((d) => d.circa);
    expect(circa).toMatchObject({ circa: true });
    expect(circa!.yearTo! - circa!.yearFrom!).toBe(2);
    const range = entries.flatMap((e) => e.datesOfBirth).find((d) => / to /.test(d.text))!;
    expect(range.yearFrom).toBeLessThan(range.yearTo!);
    expect(range.year).toBeUndefined();
    // BIS writes "?" for apostrophes: "Donetsk People?s Republic".
    expect(entries.some((e) => e.name.includes('?') && ['EL', 'DPL', 'UVL', 'MEU'].includes(e.source))).toBe(false);
    expect(entries.some((e) => e.name === "Donetsk People's Republic")).toBe(true);
  });

  it('reads the 2025 sample with the same header', async () => {
    const parsed = await readListFile(CSL_SAMPLE_2025);
    expect(parsed.entries).toHaveLength(13);
    expect(parsed.problems).toEqual([]);
  });
});

describe('the sample list we ship', () => {
  it('covers every source code and type', async () => {
    const { entries, format } = await readListFile(SAMPLE_LIST);
    const summary = summarize(entries);
    expect(format).toBe('json');
    expect(Object.keys(summary.bySource).sort()).toEqual([...SOURCE_CODES].sort());
    expect(Object.keys(summary.byType).sort()).toEqual(['aircraft', 'organization', 'person', 'unknown', 'vessel']);
  });

  it('covers every alias, address, identifier and date shape', async () => {
    const { entries, problems } = await readListFile(SAMPLE_LIST);
    // The one bogus date (a DPL end date of 3033-01-17, as in the real file) is dropped with a warning.
    expect(problems).toEqual([expect.objectContaining({ field: 'end_date', severity: 'warning', message: 'year 3033 is not plausible' })]);
    expect(entries.some((e) => e.aliases.length > 1)).toBe(true);
    expect(entries.some((e) => e.addresses.length > 1)).toBe(true);
    expect(entries.flatMap((e) => e.addresses)).toContainEqual(expect.objectContaining({ street: expect.any(String), city: expect.any(String), postalCode: expect.any(String), country: expect.any(String) }));
    // "china (prc)" in the file becomes CN.
    expect(entries.some((e) => e.addresses.some((a) => a.full.endsWith('china (prc)') && a.country === 'CN'))).toBe(true);
    expect(entries.flatMap((e) => e.ids)).toContainEqual(expect.objectContaining({ country: expect.any(String), issueDate: expect.any(String), expirationDate: expect.any(String) }));
    expect(entries.flatMap((e) => e.facts.map((f) => f.type))).toEqual(expect.arrayContaining(['Gender', 'Secondary sanctions risk:']));
    const dates = entries.flatMap((e) => e.datesOfBirth);
    expect(dates.some((d) => d.day !== undefined)).toBe(true);
    expect(dates.some((d) => d.month === undefined && !d.circa && d.year !== undefined)).toBe(true);
    expect(dates.some((d) => d.circa)).toBe(true);
    expect(dates.some((d) => d.year === undefined && d.yearFrom! < d.yearTo!)).toBe(true);
    expect(entries.some((e) => e.vessel?.callSign && e.vessel.flag)).toBe(true);
    expect(entries.every((e) => !e.name.includes('?'))).toBe(true);
  });
});

describe('CSV and JSON layouts', () => {
  const row = {
    _id: '42', source: 'Specially Designated Nationals (SDN) - Treasury Department', entity_number: '42', type: 'Individual',
    name: 'DOE, John', alt_names: 'DOE, Johnny; Дое Джон', addresses: '1 Main St, Tehran, IR; Damascus, Syria',
    dates_of_birth: '1965; circa 1970; 1960 to 1962; 3033-01-17', ids: 'IR, 2024-01-01, 2019-01-01, A123, Passport; Male, Gender',
    nationalities: 'IR', remarks: 'multi\nline',
  };

  it('parses quoted multi-line fields and "; "-joined values', () => {
    const parsed = parseList(`${header}\n${csvRow(row)}\n`, 'test.csv');
    const [entry] = parsed.entries;
    expect(entry).toMatchObject({ entryId: '42', source: 'SDN', type: 'person', name: 'DOE, John', aliases: ['DOE, Johnny', 'Дое Джон'], remarks: 'multi line' });
    expect(entry!.addresses.map((a) => a.country)).toEqual(['IR', 'SY']);
    expect(entry!.ids).toEqual([{ type: 'Passport', number: 'A123', country: 'IR', issueDate: '2019-01-01', expirationDate: '2024-01-01' }]);
    expect(entry!.datesOfBirth.map((d) => [d.yearFrom, d.yearTo])).toEqual([[1965, 1965], [1969, 1971], [1960, 1962]]);
    // The bogus date is reported, not kept and not fatal.
    expect(parsed.problems).toEqual([expect.objectContaining({ row: 1, line: 2, field: 'dates_of_birth', severity: 'warning' })]);
  });

  it('reads the JSON layout wrapped in results or bare, and gzip', () => {
    const record = { id: 'abc', source: 'Entity List (EL) - Bureau of Industry and Security', type: '', name: 'Academy?s Institute', addresses: [{ address: 'x', city: 'Beijing', country: 'china (prc)' }] };
    const wrapped = parseList(JSON.stringify({ results: [record] }), 'a.json');
    const bare = parseList(gzipSync(JSON.stringify([record])), 'a.json.gz');
    expect(bare.entries).toEqual(wrapped.entries);
    expect(wrapped.entries[0]).toMatchObject({ type: 'unknown', name: "Academy's Institute", countries: ['CN'] });
  });

  it('fails the whole file on a bad row, naming the row and field', () => {
    const bad = csvRow({ ...row, _id: '43', source: 'Some Other List' });
    expect(() => parseList(`${header}\n${csvRow(row)}\n${bad}\n`, 'f.csv')).toThrow(/f\.csv: row 2 \(line 4\), field source: "Some Other List" is not one of the CSL lists/);
    expect(() => parseList(`${header}\n${csvRow({ ...row, name: '' })}\n`, 'f.csv')).toThrow(/row 1 \(line 2\), field name: missing/);
    expect(() => parseList(`${header}\n${csvRow({ ...row, type: 'Robot' })}\n`, 'f.csv')).toThrow(/field type/);
  });

  it('skips and reports bad rows only when asked', () => {
    const bad = csvRow({ ...row, _id: '43', type: 'Robot' });
    const parsed = parseList(`${header}\n${bad}\n${csvRow(row)}\n`, 'f.csv', { skipBadRows: true });
    expect(parsed.entries.map((e) => e.entryId)).toEqual(['42']);
    expect(parsed.skipped).toBe(1);
    expect(parsed.problems).toContainEqual(expect.objectContaining({ row: 1, field: 'type', severity: 'error' }));
  });

  it('refuses a JSON record whose fields have the wrong shape, naming the row and field', () => {
    const ok = { id: '1', source: 'SDN', type: 'Entity', name: 'ACME' };
    const shapes: [Record<string, unknown>, RegExp][] = [
      [{ alt_names: 'ACME LTD' }, /row 2, field alt_names: expected a list, got text "ACME LTD"/],
      [{ ids: 'P123' }, /row 2, field ids: expected a list of objects, got text/],
      [{ ids: [5] }, /row 2, field ids\[0\]: expected an object, got a number/],
      [{ addresses: [{ city: ['Tehran'] }] }, /row 2, field addresses\[0\]\.city: expected text, got a list/],
      [{ name: { en: 'ACME' } }, /row 2, field name: expected text, got an object/],
      [{ programs: 5 }, /row 2, field programs: expected a list, got a number/],
    ];
    for (const [fields, message] of shapes) {
      const file = JSON.stringify({ results: [ok, { ...ok, id: '2', ...fields }] });
      expect(() => parseList(file, 'x.json')).toThrow(message);
      expect(parseList(file, 'x.json', { skipBadRows: true })).toMatchObject({ entries: [{ entryId: '1' }], skipped: 1 });
    }
    // Nulls, numbers and fields the CSL does not define are fine.
    const lenient = parseList(JSON.stringify([{ ...ok, id: 3, addresses: [null], alt_names: [7], extra: { any: 1 } }]), 'x.json');
    expect(lenient.entries[0]).toMatchObject({ entryId: '3', aliases: ['7'], addresses: [] });
  });

  it('rejects files that are not a CSL', () => {
    expect(() => parseList('a,b\n1,2\n', 'x.csv')).toThrow(/not a CSL CSV header: missing columns/);
    expect(() => parseList(`${header}\n"unclosed,`, 'x.csv')).toThrow(/quoted field never closed/);
    expect(() => parseList(`${header}\n1,2,3\n`, 'x.csv')).toThrow(/row 1 \(line 2\), field \(row\): has 3 fields where the header has 29/);
    expect(() => parseList('{"results": [', 'x.json')).toThrow(/not valid JSON/);
    expect(() => parseList('{"data": []}', 'x.json')).toThrow(/expected \{"results": \[\.\.\.\]\}/);
    expect(() => parseList('[]', 'x.json')).toThrow(/holds no list entries/);
    expect(() => parseList(Buffer.from([0x1f, 0x8b, 1, 2, 3]), 'x.gz')).toThrow(/gzip data is truncated or corrupt/);
    expect(() => parseList('[42]', 'x.json')).toThrow(/row 1, field \(record\): is not an object/);
  });
});
