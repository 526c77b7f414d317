/** A hand-made list entry for tests: the fields a test cares about, empty defaults for the rest. */
import { type ListEntry, SOURCE_NAMES } from '../../lib/lists/model.js';

export function listEntry(fields: Partial<ListEntry> & Pick<ListEntry, 'entryId'>): ListEntry {
  const source = fields.source ?? 'SDN';
  return {
    source, sourceName: SOURCE_NAMES[source], type: 'organization', name: `ENTITY ${fields.entryId}`, aliases: [], addresses: [], countries: [],
    nationalities: [], citizenships: [], datesOfBirth: [], placesOfBirth: [], ids: [], facts: [], programs: [], ...fields,
  };
}
