/**
 * The real May 2022 CSL (shipped as the official CSV) in trade.gov's JSON layout, `{"results": [...]}`,
 * as the refresh downloads it: each CSV row is turned into a JSON record the way the parser does
 * (lib/lists/csl-csv.ts), with `id` for `_id` and null for empty values, as the JSON file has them.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { csvRowToRecord } from '../../lib/lists/csl-csv.js';
import type { CslRecord } from '../../lib/lists/csl-record.js';
import { parseCsv } from '../../lib/lists/csv.js';

export async function cslRecordsFromCsv(file: string): Promise<CslRecord[]> {
  let bytes = await readFile(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  let header: string[] | undefined;
  const records: CslRecord[] = [];
  for (const { fields } of parseCsv(bytes.toString('utf8'))) {
    if (!header) {
      header = fields;
      continue;
    }
    const { _id, ...rest } = csvRowToRecord(header, fields) as CslRecord & Record<string, unknown>;
    const record: Record<string, unknown> = { id: _id };
    for (const [key, value] of Object.entries(rest)) record[key] = value === '' ? null : value;
    records.push(record as CslRecord);
  }
  return records;
}

/** The bulk file's bytes. */
export function cslJson(records: readonly CslRecord[]): Buffer {
  return Buffer.from(JSON.stringify({ results: records }));
}
