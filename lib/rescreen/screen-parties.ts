/** The matching step of re-screening, with no storage: a profile's parties against an index. */
import type { MatchIndex } from '../match/index.js';
import type { Match } from '../match/party.js';
import { screenParty, type ScreenOptions } from '../match/screen.js';
import { toMatchParty } from '../screening/screen-signup.js';
import { profileParties, type StoredParty } from './parties.js';

export interface PartyHit {
  party: StoredParty;
  match: Match;
}

/** Every match of every party of a stored sign-up request; `parties` counts those screened. */
export function screenProfile(index: MatchIndex, request: unknown, options: ScreenOptions = {}): { parties: number; hits: PartyHit[] } {
  const parties = profileParties(request);
  const hits: PartyHit[] = [];
  for (const party of parties) {
    for (const match of screenParty(index, toMatchParty(party.input), options)) hits.push({ party, match });
  }
  return { parties: parties.length, hits };
}
