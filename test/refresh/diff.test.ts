import { describe, expect, it } from 'vitest';
import { canonical, diffCounts, diffEntries } from '../../lib/refresh/diff.js';
import { entryKey } from '../../lib/lists/model.js';
import { syntheticEntries } from '../support/synthetic-entries.js';
import { listEntry } from '../support/list-entry.js';

const entry = (fields: Parameters<typeof listEntry>[0]) => listEntry({ programs: ['SDGT'], ...fields });

describe('diffEntries', () => {
  it('finds added, removed and changed entries, naming the changed fields and their old values', () => {
    const before = [
      entry({ entryId: '1', name: 'KUNLUN BANK', aliases: ['A'] }),
      entry({ entryId: '2' }),
      entry({ entryId: '3', programs: ['IRAN'] }),
      entry({ entryId: '4', addresses: [{ city: 'Tehran', country: 'IR', full: 'Tehran, IR' }], ids: [{ type: 'Passport', number: 'X1' }] }),
    ];
    const after = [
      entry({ entryId: '1', name: 'BANK OF KUNLUN', aliases: ['A', 'B'] }),
      entry({ entryId: '3', programs: ['IRAN', 'SDGT'], remarks: 'new remark' }),
      entry({ entryId: '4', addresses: [{ city: 'Dubai', country: 'AE', full: 'Dubai, AE' }], ids: [{ type: 'Passport', number: 'X2' }] }),
      entry({ entryId: '5', source: 'EL' }),
    ];
    const diff = diffEntries(before, after);
    expect(diff.added.map(entryKey)).toEqual(['EL:5']);
    expect(diff.removed).toEqual([{ key: 'SDN:2', source: 'SDN', entryId: '2', name: 'ENTITY 2' }]);
    expect(diff.changed.map(({ key, fields }) => [key, fields])).toEqual([
      ['SDN:1', ['name', 'aliases']],
      ['SDN:3', ['programs', 'remarks']],
      ['SDN:4', ['addresses', 'ids']],
    ]);
    expect(diff.changed[0]!.before).toEqual({ name: 'KUNLUN BANK', aliases: ['A'] });
    expect(diff.changed[0]!.entry.name).toBe('BANK OF KUNLUN');
    // A field that did not exist before has no old value.
    expect(diff.changed[1]!.before).toEqual({ programs: ['IRAN'] });
    expect(diffCounts(diff)).toEqual({ added: 1, removed: 1, changed: 3 });
  });

  it('ignores order: aliases, addresses and object keys reordered are no change', () => {
    const a = entry({ entryId: '1', aliases: ['X', 'Y'], addresses: [{ full: 'a', city: 'A' }, { full: 'b', country: 'IR' }] });
    const b = entry({ entryId: '1', aliases: ['Y', 'X'], addresses: [{ country: 'IR', full: 'b' }, { city: 'A', full: 'a' }] });
    expect(diffEntries([a], [b])).toEqual({ added: [], removed: [], changed: [] });
    expect(canonical({ b: 1, a: [2, 1] })).toBe(canonical({ a: [1, 2], b: 1 }));
    expect(canonical({ a: undefined })).toBe(canonical({}));
  });

  it('keys by source and id: the same id in two sources is two entries', () => {
    const diff = diffEntries([entry({ entryId: '7', source: 'SDN' })], [entry({ entryId: '7', source: 'SDN' }), entry({ entryId: '7', source: 'SSI' })]);
    expect(diff.added.map(entryKey)).toEqual(['SSI:7']);
    expect(diff.changed).toEqual([]);
  });

  it('compares a repeated key as a group (the CSL repeats CAP 15268)', () => {
    const copy = entry({ entryId: '15268', source: 'CAP', name: 'BANK OF KUNLUN CO LTD' });
    const withUrl = { ...copy, sourceListUrl: 'https://example.gov/cap' };
    // Both files repeat the key with the same two copies, in any order: nothing changed.
    expect(diffEntries([copy, withUrl], [withUrl, copy]).changed).toEqual([]);
    // Dropping one of two identical copies is no change either.
    expect(diffEntries([copy, copy], [copy]).changed).toEqual([]);
    // A copy that differs: the key changed once, in the field whose values differ.
    const diff = diffEntries([copy, withUrl], [copy, { ...withUrl, aliases: ['KUNLUN'] }]);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]).toMatchObject({ key: 'CAP:15268', fields: ['aliases'], copies: 2 });
    // A new repeated key: both copies are added, a removed one is listed once.
    expect(diffEntries([], [copy, withUrl]).added).toHaveLength(2);
    expect(diffEntries([copy, withUrl], []).removed).toEqual([{ key: 'CAP:15268', source: 'CAP', entryId: '15268', name: 'BANK OF KUNLUN CO LTD' }]);
  });

  it('is pure and handles a realistic list', () => {
    const before = syntheticEntries(15_000, 1);
    const after = before.slice(100).map((e, i) => (i % 500 === 0 ? { ...e, aliases: [...e.aliases, 'NEW ALIAS'] } : e));
    after.push(...syntheticEntries(50, 2).map((e) => ({ ...e, entryId: `new-${e.entryId}` })));
    const frozen = JSON.stringify(before);
    const diff = diffEntries(before, after);
    expect(diffCounts(diff)).toEqual({ added: 50, removed: 100, changed: 30 });
    expect(diff.changed.every((c) => c.fields.join() === 'aliases')).toBe(true);
    expect(JSON.stringify(before)).toBe(frozen);
  });
});
