/** Identifier numbers (passport, registration, tax, IMO ...): an equal number is strong evidence. */
import type { Identifier } from '../../lists/model.js';
import type { FeatureResult, PartyIdentifier } from '../party.js';
import { TUNING } from '../tuning.js';

/** Shortest normalized number treated as identifying ("12" is not an identifier). */
const MIN_IDENTIFIER_LENGTH = 5;

/** "AB-123 456" -> "AB123456": case, spaces and punctuation do not matter. */
export function normalizeIdentifier(number: string): string {
  return number.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** An equal number raises the score to at least `identifierMatch`; no equal number -> null (absence proves nothing). */
export function compareIdentifiers(query: PartyIdentifier[] | undefined, listed: Identifier[]): FeatureResult | null {
  if (!query?.length || listed.length === 0) return null;
  for (const id of query) {
    const number = normalizeIdentifier(id.number);
    if (number.length < MIN_IDENTIFIER_LENGTH) continue;
    const hit = listed.find((entryId) => normalizeIdentifier(entryId.number) === number);
    if (hit) return { feature: 'identifier', delta: TUNING.attributes.identifierMatch, detail: `same ${hit.type || 'identifier'} number ${hit.number}` };
  }
  return null;
}
