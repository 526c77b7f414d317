import { describe, expect, it } from 'vitest';
import type { ListEntry, SourceCode } from '../../lib/lists/model.js';
import { countBySource, DEFAULT_BOUNDS, validateList, type ActiveCounts } from '../../lib/refresh/validate.js';
import { syntheticEntries } from '../support/synthetic-entries.js';

const BOUNDS = { ...DEFAULT_BOUNDS, minEntries: 100 };

/** `n` entries of each given source. */
function entries(counts: Partial<Record<SourceCode, number>>): ListEntry[] {
  const template = syntheticEntries(1)[0]!;
  return Object.entries(counts).flatMap(([source, n]) =>
    Array.from({ length: n }, (_, i) => ({ ...template, source: source as SourceCode, entryId: `${source}-${i}` })),
  );
}

function active(counts: Partial<Record<SourceCode, number>>): ActiveCounts {
  const list = entries(counts);
  return { versionId: 'v20220516T000000Z-abcdef', entryCount: list.length, countsBySource: countBySource(list) };
}

const BASE = { SDN: 1000, EL: 200, DTC: 70, FSE: 3 };

describe('validateList', () => {
  it.each([
    ['the same counts', BASE, []],
    ['a small drop', { ...BASE, SDN: 900 }, []],
    ['growth', { ...BASE, SDN: 1500, CMIC: 60 }, []],
    ['a tiny source losing one of three', { ...BASE, FSE: 2 }, []],
    ['a drop just under the bound (-18.9%)', { SDN: 760, EL: 200, DTC: 70, FSE: 3 }, []],
    ['a 25% drop overall', { SDN: 682, EL: 200, DTC: 70, FSE: 3 }, [/entries fell from 1273 to 955 \(-25%\) against active v20220516T000000Z-abcdef; the limit is a -20% drop/]],
    ['a whole source missing', { SDN: 1000, EL: 200, FSE: 3 }, [/source DTC is missing \(it had 70 entries/]],
    ['a source halved', { ...BASE, EL: 100 }, [/source EL fell from 200 to 100 entries \(-50%\)/]],
    ['a doubled file', { SDN: 2000, EL: 400, DTC: 140, FSE: 6 }, [/entries grew from 1273 to 2546 \(\+100%\)/]],
  ] as const)('%s', (_label, counts, expected) => {
    const result = validateList(entries(counts), active(BASE), BOUNDS);
    expect(result.reasons).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(result.reasons[i]).toMatch(pattern));
    expect(result.ok).toBe(expected.length === 0);
  });

  it('refuses a drop of exactly the bound', () => {
    const result = validateList(entries({ SDN: 80 }), active({ SDN: 100 }), { ...BOUNDS, minEntries: 0 });
    expect(result.reasons).toEqual([expect.stringMatching(/entries fell from 100 to 80 \(-20%\)/)]);
  });

  it('allows configured sources to vanish and honours the minimum size', () => {
    expect(validateList(entries({ SDN: 1000, EL: 200, FSE: 3 }), active(BASE), { ...BOUNDS, allowMissingSources: ['DTC'] }).ok).toBe(true);
    expect(validateList(entries({ SDN: 50 }), null, BOUNDS).reasons).toEqual(['only 50 entries, fewer than the minimum of 100']);
    expect(validateList(entries({ SDN: 150 }), null, BOUNDS).ok).toBe(true);
  });

  it('requires entryId, source, name and type on every entry', () => {
    const list = entries({ SDN: 200 });
    list[3] = { ...list[3]!, name: '' };
    list[9] = { ...list[9]!, entryId: undefined as unknown as string };
    list[11] = { ...list[11]!, source: 'XYZ' as SourceCode };
    expect(validateList(list, null, BOUNDS).reasons).toEqual([
      '1 entries lack entryId (first: SDN:?)',
      '1 entries lack name (first: SDN:SDN-3)',
      '1 entries have an unknown source (first: "XYZ")',
    ]);
  });
});
