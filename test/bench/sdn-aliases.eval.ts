/**
 * `npm run eval:sdn`: the matcher against OFAC's own aliases, a second measure of quality beside
 * `npm run eval`, on data it was never tuned on (the SDN list of 2026-08-20: primary names, aliases,
 * types; ../shared/data/lists/ofac_sdn_2026-08-20.json.gz).
 *
 * Every SDN entry is indexed by its primary name only; then, at the default threshold:
 * - each alias is screened (with its entry's type): found when its own entry is among the matches.
 *   OFAC lists an alias because it names the same party, so every one is a true match; some are
 *   other names altogether ("Abu Ali"), which no name matcher should find.
 * - each primary name is screened: a match with another entry is a cross-entity match. Most are
 *   different parties whose names look alike (false alerts); a few are one party listed twice.
 * Prints both per type (individuals, entities, vessels, aircraft), with the rates.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { EntryType } from '../../lib/lists/model.js';
import type { PartyType } from '../../lib/match/party.js';
import { buildIndex, screenParty } from '../../lib/match/screen.js';
import { listEntry } from '../support/list-entry.js';
import { SHARED } from '../support/shared-data.js';

const SDN = `${SHARED}lists/ofac_sdn_2026-08-20.json.gz`;
if (!existsSync(SDN)) {
  console.log(`skipped: ${SDN} is absent`);
  process.exit(0);
}

interface SdnEntry {
  uid: number;
  name: string;
  type: 'individual' | 'entity' | 'vessel' | 'aircraft';
  alternateNames?: string[];
}

const TYPES: Record<SdnEntry['type'], { entry: EntryType; party: PartyType }> = {
  individual: { entry: 'person', party: 'person' },
  entity: { entry: 'organization', party: 'organization' },
  vessel: { entry: 'vessel', party: 'vessel' },
  aircraft: { entry: 'aircraft', party: 'aircraft' },
};

const sdn = (JSON.parse(gunzipSync(readFileSync(SDN)).toString()) as { entries: SdnEntry[] }).entries;
const index = buildIndex(sdn.map((e) => listEntry({ entryId: String(e.uid), type: TYPES[e.type].entry, name: e.name })));
console.log(`OFAC SDN 2026-08-20: ${sdn.length} entries indexed by their primary names; matches at the default threshold`);
for (const type of Object.keys(TYPES) as SdnEntry['type'][]) {
  const entries = sdn.filter((e) => e.type === type);
  const party = TYPES[type].party;
  let aliases = 0;
  let found = 0;
  let cross = 0;
  let withCross = 0;
  for (const e of entries) {
    const id = String(e.uid);
    for (const alias of e.alternateNames ?? []) {
      aliases++;
      if (screenParty(index, { name: alias, type: party }).some((m) => m.entryId === id)) found++;
    }
    const others = screenParty(index, { name: e.name, type: party }).filter((m) => m.entryId !== id).length;
    cross += others;
    if (others) withCross++;
  }
  const share = (n: number, of: number) => `${n} of ${of} (${((100 * n) / Math.max(1, of)).toFixed(1)}%)`;
  console.log(`  ${type.padEnd(10)} aliases found ${share(found, aliases)}; primary names matching another entry ${share(withCross, entries.length)}, ${cross} such matches`);
}
