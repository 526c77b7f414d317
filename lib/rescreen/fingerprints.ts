/**
 * Fingerprints of what an analyst judged: the entry data and the party data an alert was raised on.
 * A cleared pair stays quiet while both are unchanged (lib/rescreen/decide.ts). Both are order-blind
 * (the CSL reorders aliases and addresses between publications without meaning anything).
 */
import { createHash } from 'node:crypto';
import type { ListEntry } from '../lists/model.js';
import { canonical } from '../refresh/diff.js';
import type { OwnerInput, PartyInput } from '../screening/request.js';

/**
 * Entry fields that do not describe the listed party: a change to them alone (a moved web page, a
 * renamed source) does not reopen a cleared pair. Every other field does, remarks and programs included.
 */
const ENTRY_BOOKKEEPING_FIELDS = new Set(['sourceName', 'sourceListUrl', 'sourceInformationUrl']);

/**
 * Party fields that are not the party's identity: its owners are parties of their own, and the share
 * it holds in its parent does not make a name match any more or less the same person.
 */
const PARTY_STRUCTURE_FIELDS = new Set(['owners', 'ownershipPercent']);

const FINGERPRINT_HEX = 16;

export function entryFingerprint(entry: ListEntry): string {
  return digest(withoutFields(entry, ENTRY_BOOKKEEPING_FIELDS));
}

export function partyFingerprint(party: PartyInput | OwnerInput): string {
  return digest(withoutFields(party, PARTY_STRUCTURE_FIELDS));
}

function withoutFields(value: object, fields: Set<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !fields.has(key)));
}

function digest(value: unknown): string {
  return createHash('sha256').update(canonical(value)).digest('hex').slice(0, FINGERPRINT_HEX);
}
