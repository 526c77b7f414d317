/** Comparing two names directly (the `pairs` command): no list, so no rarity weights. */
import { compareNames, type NameComparison } from './compare/names.js';
import { prepareName } from './compare/prepared-name.js';
import { nameReadings } from './normalize/readings.js';
import { normalizeName } from './normalize/pipeline.js';
import { TUNING } from './tuning.js';

/** FollowTheMoney schemas the pairs file may name; Person selects person-name handling. */
export const SCHEMAS = ['person', 'company', 'organization', 'legalentity', 'vessel', 'aircraft'] as const;
export type Schema = (typeof SCHEMAS)[number];

export function parseSchema(value: string | undefined): Schema | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const lower = value.trim().toLowerCase();
  return (SCHEMAS as readonly string[]).includes(lower) ? (lower as Schema) : undefined;
}

export interface PairResult extends NameComparison {
  match: boolean;
}

/** "Olaf Schulze" vs "Olaf Scholz" (person) -> score 0.80, match true. */
export function comparePair(name1: string, name2: string, schema?: Schema): PairResult {
  const kind = schema === 'person' ? 'person' : 'other';
  // Without a schema either name may be a person's, and person-name rules are the cautious ones.
  const person = schema === undefined || schema === 'person';
  // A person's name is compared in its other readings too (nameReadings: Chinese characters as Japanese,
  // Korean and Cantonese read them, Greek as a foreign name, Thai as spelt in English): the best reading counts.
  const preparedNames = (name: string) => (person ? [name, ...nameReadings(name).map((r) => r.reading)] : [name]).map((n) => prepareName(normalizeName(n, kind).tokens));
  const others = preparedNames(name2);
  let best: NameComparison | undefined;
  for (const a of preparedNames(name1)) {
    for (const b of others) {
      const comparison = compareNames(a, b, { person, exact: schema === 'aircraft', vessel: schema === 'vessel' });
      if (!best || comparison.score > best.score) best = comparison;
    }
  }
  return { match: best!.score >= TUNING.threshold, ...best! };
}
