/**
 * compareNames skips the alignment when a cheap upper bound on the score is below the caller's
 * floor. Screening stays exact only if the bound never undercuts the real score: checked on every
 * labelled pair of the visible evaluation sets (when ../shared is present) and on list-style names.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/lists/csv.js';
import { entryNames } from '../../lib/lists/model.js';
import { compareNames } from '../../lib/match/compare/names.js';
import { prepareName, rowOrder, type PreparedName } from '../../lib/match/compare/prepared-name.js';
import { buildIndex, screenParty } from '../../lib/match/screen.js';
import { normalizeName } from '../../lib/match/normalize/pipeline.js';
import { TUNING } from '../../lib/match/tuning.js';
import { hasShared, SHARED } from '../support/shared-data.js';
import { ENTRIES, entry } from './entries.js';

const index = buildIndex(ENTRIES);
const prepared = (name: string, person: boolean) => prepareName(normalizeName(name, person ? 'person' : 'other').tokens, index.rarity);

/** The real score, and what compareNames answers when told nothing below 2 matters (the bound itself). */
function scoreAndBound(a: PreparedName, b: PreparedName, person: boolean): [number, number] {
  return [compareNames(a, b, { explain: false, person }).score, compareNames(a, b, { explain: false, person, floor: 2 }).score];
}

const LIST_NAMES = ENTRIES.flatMap(entryNames);
const QUERIES = [
  ...LIST_NAMES, 'Vladimir Putin', 'JSCARGUMENT', 'IRGC QF', 'Hikmicro', 'Trading Co', 'Khalid Mohammed', 'Putin Vladimir V',
  'Shanghai Juan Chem Co Ltd', 'Ernest', 'E Chornoletskyy', 'Bashar al Assad', 'Mahan Airlines', 'Belle Tech Corporation',
  'Michael Stanton', 'Ali Bashar Hassan',
];

describe('the score bound of compareNames', () => {
  it('is never below the score, on list-style names read as people and as organizations', () => {
    for (const person of [true, false]) {
      for (const query of QUERIES) {
        for (const listed of LIST_NAMES) {
          const [score, bound] = scoreAndBound(prepared(query, person), prepared(listed, person), person);
          expect(bound, `${query} ~ ${listed}`).toBeGreaterThanOrEqual(score - 1e-12);
        }
      }
    }
  });

  it.skipIf(!hasShared)('is never below the score on the labelled evaluation pairs', () => {
    let pairs = 0;
    let dismissed = 0;
    for (const set of ['name_bench', 'company_pairs', 'cross_script_pairs']) {
      const [header, ...rows] = [...parseCsv(readFileSync(`${SHARED}eval/visible/${set}.csv`, 'utf8'))].map((r) => r.fields);
      const [n1, n2] = [header!.indexOf('name1'), header!.indexOf('name2')];
      for (const row of rows) {
        for (const person of [true, false]) {
          const [score, bound] = scoreAndBound(prepared(row[n1]!, person), prepared(row[n2]!, person), person);
          expect(bound, `${set}: ${row[n1]} ~ ${row[n2]}`).toBeGreaterThanOrEqual(score - 1e-12);
          pairs++;
          if (bound < 0.6) dismissed++;
        }
      }
    }
    // Not vacuous: the bound dismisses a good share of these pairs (many are non-matches).
    expect(dismissed / pairs).toBeGreaterThan(0.1);
  });

  it('dismisses names that share words but leave a strong word over on each side, without aligning', () => {
    // Two words of three shared, a third replaced on each side: a substitution, whatever the shared words' similarity.
    const [score, bound] = scoreAndBound(prepared('John Michael Smith', true), prepared('John Smith Walker', true), true);
    expect(bound).toBeGreaterThanOrEqual(score);
    expect(bound).toBeLessThan(TUNING.threshold);
    // A run of the other name's words glued is compared before the bound, not assumed to pair ("naveenkurian" is no "nicholas").
    const [, oneWord] = scoreAndBound(prepared('Nicholas Naveen Kurian', true), prepared('Nicholas Rostov', true), true);
    expect(oneWord).toBeLessThanOrEqual(TUNING.alignment.singlePartCap);
  });

  it('fills a person\'s rows rarest word first, and dismisses a name whose words cannot pair two parts', () => {
    // Forty names: four Michaels, one Stanton and others, so that rarity tells the two apart.
    const others = Array.from({ length: 35 }, (_, i) => `${'BCDFGHKLMNPRST'[i % 14]}${'aeiou'[i % 5]}lbert ${'DFGKLMNPRSTVZ'[i % 13]}orvath${i}`);
    const names = ['Michael Brown', 'Michael Green', 'Michael White', 'Michael Black', 'Paul Stanton', ...others];
    const michaels = buildIndex(names.map((name, i) => entry(`m${i}`, 'person', name)));
    const person = (name: string) => prepareName(normalizeName(name, 'person').tokens, michaels.rarity);
    const query = person('Michael Stanton Jr');
    // Strong words first, the rarer first ("stanton" is in one name of the list, "michael" in four); the suffix last.
    expect([...rowOrder(query)].map((i) => query.tokens[i]!.text)).toEqual(['stanton', 'michael', 'jr']);
    // Only the common given name pairs: one part of several, however floor-bound the comparison.
    const floor = { explain: false, person: true, floor: TUNING.threshold };
    expect(compareNames(query, person('Michael Brown'), floor).score).toBeLessThanOrEqual(TUNING.alignment.singlePartCap);
    expect(compareNames(query, person('Paul Stanton'), floor).score).toBeLessThanOrEqual(TUNING.alignment.singlePartCap);
    // Two parts pairing pass on to the alignment and score as without a floor.
    const kept = compareNames(query, person('STANTON, Michael'), floor);
    expect(kept.score).toBe(compareNames(query, person('STANTON, Michael'), { explain: false, person: true }).score);
    expect(kept.score).toBeGreaterThanOrEqual(TUNING.threshold);
  });

  it('leaves screening results unchanged', () => {
    for (const query of QUERIES) {
      for (const type of ['person', 'organization', undefined] as const) {
        const all = screenParty(index, { name: query, type }, { threshold: 0 });
        const kept = screenParty(index, { name: query, type });
        expect(kept, query).toEqual(all.filter((m) => m.score >= TUNING.threshold));
      }
    }
  });
});
