/**
 * `npm run eval:scripts`: names written in their own script against the same parties' Latin names,
 * a measure of cross-script matching on data the matcher was never tuned on: the UN Security Council
 * Consolidated List of 2026-02 (../shared/data/lists/un_consolidated_2026-02.xml.gz), whose entries
 * carry a NAME_ORIGINAL_SCRIPT (366 Arabic, 11 Cyrillic) beside their Latin names.
 *
 * Every entry is indexed by its Latin names only (name parts and aliases); then each original-script
 * name is screened with its entry's type, at the default threshold: found when its own entry is among
 * the matches; a match with another entry is a cross-entity match (mostly another party with a like
 * name: a false alert). Prints both per script.
 */
import type { EntryType } from '../../lib/lists/model.js';
import type { PartyType } from '../../lib/match/party.js';
import { buildIndex } from '../../lib/match/screen.js';
import { ownEntryLine } from './own-entry.js';
import { hasUnList, readUnList, UN_LIST } from './un-list.js';
import { listEntry } from '../support/list-entry.js';

if (!hasUnList) {
  console.log(`skipped: ${UN_LIST} is absent`);
  process.exit(0);
}

const LATIN = /^[\x00-\x7f\u00c0-\u024f]*$/;
const SCRIPTS: [string, RegExp][] = [['Arabic', /\p{Script=Arabic}/u], ['Cyrillic', /\p{Script=Cyrillic}/u]];

const entries = [];
const queries: { entryId: string; type: EntryType & PartyType; name: string; script: string }[] = [];
for (const { dataId: entryId, type, name, aliases, originalScript } of readUnList()) {
  entries.push(listEntry({ entryId, type, name, aliases: aliases.filter((alias) => LATIN.test(alias)) }));
  for (const original of originalScript) {
    const script = SCRIPTS.find(([, pattern]) => pattern.test(original))?.[0];
    if (script) queries.push({ entryId, type, name: original, script });
  }
}
const index = buildIndex(entries);
console.log(`UN consolidated list 2026-02: ${entries.length} entries indexed by their Latin names; original-script names screened at the default threshold`);
for (const [script] of SCRIPTS) console.log(ownEntryLine(index, script.padEnd(9), queries.filter((q) => q.script === script)));
