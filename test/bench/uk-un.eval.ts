/**
 * `npm run eval:uk`: one party's names as two lists write them, a third measure of quality on data
 * the matcher was never tuned on. The UK Sanctions List of 2026-05 gives, for the parties it lists
 * after the UN Security Council, the UN reference number beside its own names and aliases
 * (../shared/data/lists/uk_sanctions_list_2026-05/); the UN Consolidated List of 2026-02 gives its
 * names under that number (un_consolidated_2026-02.xml.gz).
 *
 * Every UN entry is indexed by its primary name only (its name parts joined); each Latin name the UK
 * gives such a party is screened with the entry's type, at the default threshold: found when the
 * party's UN entry is among the matches. Many UK aliases are other names altogether ("Mudir",
 * "Naib Imam"), which no name matcher should find. A match with another UN entry is a cross-entity
 * match (mostly another party with a like name). Prints both per type.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { ListEntry } from '../../lib/lists/model.js';
import { parseCsv } from '../../lib/lists/csv.js';
import { buildIndex } from '../../lib/match/screen.js';
import { ownEntryLine } from './own-entry.js';
import { hasUnList, readUnList, UN_LIST } from './un-list.js';
import { listEntry } from '../support/list-entry.js';
import { SHARED } from '../support/shared-data.js';

const UK = `${SHARED}lists/uk_sanctions_list_2026-05/`;
if (!hasUnList || !existsSync(UK)) {
  console.log(`skipped: ${UN_LIST} or ${UK} is absent`);
  process.exit(0);
}

const byReference = new Map<string, ListEntry>();
for (const { reference, type, name } of readUnList()) byReference.set(reference, listEntry({ entryId: reference, type, name }));
const index = buildIndex([...byReference.values()]);

/** A CSV file's rows as objects keyed by its header. */
function rows(file: string): Record<string, string>[] {
  const [header, ...rest] = [...parseCsv(readFileSync(file, 'utf8'))].map((row) => row.fields);
  return rest.map((fields) => Object.fromEntries(header!.map((key, i) => [key, fields[i] ?? ''])));
}
const reference = new Map(rows(`${UK}subjects.csv`).map((s) => [s.unique_id!, s.un_reference_number!]));
const LATIN = /^[\x00-\x7f\u00c0-\u024f\u2018\u2019]*$/;
const names = rows(`${UK}subject_names.csv`).flatMap((row) => {
  const entry = byReference.get(reference.get(row.unique_id!) ?? '');
  return entry && LATIN.test(row.full_name!) ? [{ entry, name: row.full_name! }] : [];
});

console.log(`UN consolidated list 2026-02: ${byReference.size} entries indexed by their primary names; the UK Sanctions List's ${names.length} Latin names of them screened at the default threshold`);
for (const type of ['person', 'organization'] as const) {
  console.log(ownEntryLine(index, type.padEnd(12), names.filter((n) => n.entry.type === type).map(({ entry, name }) => ({ name, type, entryId: entry.entryId }))));
}
