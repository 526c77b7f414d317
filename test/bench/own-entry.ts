/** What the eval scripts print per group of names screened for their own entries. */
import type { PartyType } from '../../lib/match/party.js';
import { screenParty, type MatchIndex } from '../../lib/match/screen.js';

export interface OwnEntryQuery {
  name: string;
  /** Undefined where the list gives no type: the name is screened against every entry. */
  type: PartyType | undefined;
  /** The entry the name is one of. */
  entryId: string;
}

/**
 * Screens each name at the default threshold: found when its own entry is among the matches; a
 * match with another entry is a cross-entity match (mostly another party with a like name). One line.
 */
export function ownEntryLine(index: MatchIndex, label: string, queries: OwnEntryQuery[]): string {
  let found = 0;
  let cross = 0;
  let withCross = 0;
  for (const q of queries) {
    const matches = screenParty(index, { name: q.name, type: q.type });
    if (matches.some((m) => m.entryId === q.entryId)) found++;
    const others = matches.filter((m) => m.entryId !== q.entryId).length;
    cross += others;
    if (others) withCross++;
  }
  const share = (n: number) => `${n} of ${queries.length} (${((100 * n) / Math.max(1, queries.length)).toFixed(1)}%)`;
  return `  ${label} own entry found ${share(found)}; names matching another entry ${share(withCross)}, ${cross} such matches`;
}
