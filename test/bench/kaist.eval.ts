/**
 * `npm run eval:kaist`: organizations' names in their own script against their English names, on data
 * the matcher was never tuned on: KAIST's restricted-parties database of 2026-08-18
 * (../shared/data/lists/kaist_restricted_parties_2026-08-18.json.gz), 4,940 records gathered from many
 * countries' lists, 1,496 with a name in its native script (Chinese, Russian, Persian and Arabic,
 * Korean ...).
 *
 * Every record is indexed by its English name and Latin aliases; each native name that names one
 * record only is screened (no type: the database gives none) for its own record at the default
 * threshold, and for others. Many
 * native names are a full legal name where the English one is a translation or a brand
 * ("中国人民解放军军事科学院", Academy of Military Science): a name matcher cannot find those, so the
 * figure measures what it reads across scripts, transliterated names and the generic words it knows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { buildIndex } from '../../lib/match/screen.js';
import { ownEntryLine, type OwnEntryQuery } from './own-entry.js';
import { listEntry } from '../support/list-entry.js';
import { SHARED } from '../support/shared-data.js';

const KAIST = `${SHARED}lists/kaist_restricted_parties_2026-08-18.json.gz`;
if (!existsSync(KAIST)) {
  console.log(`skipped: ${KAIST} is absent`);
  process.exit(0);
}

interface KaistRecord { id: string; name?: { english?: string; native?: string }; aliases?: string[] }
const records = (JSON.parse(gunzipSync(readFileSync(KAIST)).toString()) as KaistRecord[]).filter((r) => r.name?.english);
const LATIN = /^[\x00-\u024f\u2018-\u201d\s]*$/;
const SCRIPTS: [string, RegExp][] = [
  ['Chinese', /\p{Script=Han}/u], ['Korean', /\p{Script=Hangul}/u], ['Cyrillic', /\p{Script=Cyrillic}/u], ['Arabic', /\p{Script=Arabic}/u],
];

const index = buildIndex(records.map((r) => listEntry({ entryId: r.id, type: 'organization', name: r.name!.english!, aliases: (r.aliases ?? []).filter((alias) => LATIN.test(alias)) })));
// A native name several records share is mostly a parent's, given for its subsidiaries too: left out.
const recordsPerNativeName = new Map<string, number>();
for (const r of records) if (r.name!.native) recordsPerNativeName.set(r.name!.native, (recordsPerNativeName.get(r.name!.native) ?? 0) + 1);
const queries = new Map<string, OwnEntryQuery[]>(SCRIPTS.map(([script]) => [script, []]));
for (const r of records) {
  const native = r.name!.native;
  const script = native && recordsPerNativeName.get(native) === 1 && SCRIPTS.find(([, pattern]) => pattern.test(native))?.[0];
  if (script) queries.get(script)!.push({ entryId: r.id, type: undefined, name: native! });
}
console.log(`KAIST restricted parties 2026-08: ${records.length} records indexed by their English names; native-script names of one record each screened at the default threshold`);
for (const [script, group] of queries) console.log(ownEntryLine(index, script.padEnd(9), group));
