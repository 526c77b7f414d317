import { describe, expect, it } from 'vitest';
import { buildTextIndex, OTHER_FIELD_WEIGHT, searchText, textWords, withinOneEdit } from '../../lib/lookup/text-index.js';
import { listEntry as entry } from '../support/list-entry.js';

const entries = [
  entry({ entryId: 'kestrel', name: 'KESTREL HOLDINGS LIMITED', addresses: [{ full: '14 Arch. Makariou III Avenue, Limassol, 3030, CY', city: 'Limassol', country: 'CY' }], remarks: '(Linked To: VOLKOV, Arkady Petrovich)', ids: [{ type: 'Registration Number', number: 'HE 412233', country: 'CY' }] }),
  entry({ entryId: 'volkov', name: 'VOLKOV, Arkady Petrovich', type: 'person', aliases: ['ВОЛКОВ, Аркадий'], addresses: [{ full: 'Moscow, RU', city: 'Moscow', country: 'RU' }] }),
  entry({ entryId: 'harbour', name: 'Harbour Logistics', source: 'EL', addresses: [{ full: 'Port Road 1, Limassol, CY', country: 'CY' }], federalRegisterNotice: '89 FR 5698' }),
];
const index = buildTextIndex(entries);
const ids = (query: string, eligible?: (i: number) => boolean) => searchText(index, query, 10, eligible).map((hit) => entries[hit.entryIndex]!.entryId);

describe('textWords', () => {
  it.each([
    ['Rublyovskoye Shosse 48, kv. 12', ['rublyovskoye', 'shosse', '48', 'kv', '12']],
    ['ВОЛКОВ, Аркадий', ['volkov', 'arkadiy']],
    ['Müller-Lüdenscheidt', ['muller', 'ludenscheidt']],
    ['  ', []],
  ])('%s', (text, words) => expect(textWords(text)).toEqual(words));
});

describe('withinOneEdit', () => {
  it.each([
    ['limassol', 'limasol', true],
    ['limassol', 'limassoll', true],
    ['limassol', 'limazsol', true],
    ['limassol', 'lmiassol', true],
    ['limassol', 'limassol', true],
    ['limassol', 'lmasol', false],
    ['limassol', 'nicosia', false],
  ])('%s ~ %s: %s', (a, b, within) => expect(withinOneEdit(a, b)).toBe(within));
});

describe('searchText', () => {
  it('finds whole words in any field, every query word required', () => {
    expect(ids('limassol')).toEqual(['kestrel', 'harbour']);
    expect(ids('limassol port')).toEqual(['harbour']);
    expect(ids('limassol nowhere')).toEqual([]);
  });

  it('takes a query word of three letters or more as the start of a word, scored by the share it covers', () => {
    const [hit] = searchText(index, 'kestr', 10);
    expect(entries[hit!.entryIndex]!.entryId).toBe('kestrel');
    expect(hit!.score).toBeCloseTo(5 / 7, 3);
    expect(ids('ke')).toEqual([]);
  });

  it('falls back to words one edit away only when nothing is found as written', () => {
    const [hit] = searchText(index, 'limasol', 10);
    expect(hit!.score).toBeCloseTo(0.8 * OTHER_FIELD_WEIGHT, 3);
    expect(ids('limasol')).toEqual(['kestrel', 'harbour']);
    expect(ids('moskow')).toEqual(['volkov']);
    expect(ids('HE412283')).toEqual([]);
  });

  it('finds identifiers however they are spaced or punctuated', () => {
    expect(ids('HE 412233')).toEqual(['kestrel']);
    expect(ids('he-412233')).toEqual(['kestrel']);
    expect(ids('HE412233')).toEqual(['kestrel']);
  });

  it('ranks a word in a name above the same word elsewhere, and folds other scripts', () => {
    expect(ids('volkov')).toEqual(['volkov', 'kestrel']);
    expect(searchText(index, 'volkov', 10).map((h) => h.score)).toEqual([1, OTHER_FIELD_WEIGHT]);
    expect(ids('Аркадий')).toEqual(['volkov']);
  });

  it('names the fields and words that matched', () => {
    const [hit] = searchText(index, 'linked volkov', 10, (i) => entries[i]!.entryId === 'kestrel');
    expect(hit!.evidence).toEqual([{ field: 'remarks', value: '(Linked To: VOLKOV, Arkady Petrovich)', words: ['linked', 'volkov'] }]);
    expect(searchText(index, '5698', 10)[0]!.evidence[0]!.field).toBe('federalRegisterNotice');
  });

  it('leaves out entries the filter refuses, before ranking', () => {
    expect(ids('limassol', (i) => entries[i]!.source === 'EL')).toEqual(['harbour']);
  });
});
