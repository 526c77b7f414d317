/** The official 29-column CSL CSV: multi-values joined by "; ", addresses and ids flattened into text. */
import { toCountryCode } from './countries.js';
import type { CslRecord } from './csl-record.js';

export const CSL_CSV_COLUMNS = [
  '_id', 'source', 'entity_number', 'type', 'programs', 'name', 'title', 'addresses', 'federal_register_notice',
  'start_date', 'end_date', 'standard_order', 'license_requirement', 'license_policy', 'call_sign', 'vessel_type',
  'gross_tonnage', 'gross_registered_tonnage', 'vessel_flag', 'vessel_owner', 'remarks', 'source_list_url',
  'alt_names', 'citizenships', 'dates_of_birth', 'nationalities', 'places_of_birth', 'source_information_url', 'ids',
] as const;

const MULTI = ['programs', 'alt_names', 'citizenships', 'dates_of_birth', 'nationalities', 'places_of_birth'] as const;

/** Header columns the file lacks (empty when it is the official layout; `id` may stand for `_id`). */
export function missingColumns(header: string[]): string[] {
  const have = new Set(header.map((h) => h.trim()));
  if (have.has('id')) have.add('_id');
  return CSL_CSV_COLUMNS.filter((c) => !have.has(c));
}

export function csvRowToRecord(header: string[], fields: string[]): CslRecord {
  const row: Record<string, string> = {};
  header.forEach((column, i) => (row[column.trim() === 'id' ? '_id' : column.trim()] = fields[i] ?? ''));
  const record: Record<string, unknown> = { ...row };
  for (const column of MULTI) record[column] = splitMulti(row[column]);
  record.addresses = splitMulti(row.addresses).map(csvAddress);
  record.ids = splitMulti(row.ids).map(csvIdentifier);
  return record as CslRecord;
}

function splitMulti(value: string | undefined): string[] {
  return value ? value.split('; ').map((v) => v.trim()).filter(Boolean) : [];
}

/** "street, city, postal, CC": the last part is the country when it is one; the rest stays whole. */
function csvAddress(value: string): NonNullable<CslRecord['addresses']>[number] {
  const parts = value.split(', ');
  const last = parts.at(-1)!;
  if (toCountryCode(last)) return { address: parts.slice(0, -1).join(', ') || null, country: last };
  return { address: value };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "CC, [expiry, ][issued, ]NUMBER, TYPE" or "NUMBER, TYPE". */
function csvIdentifier(value: string): NonNullable<CslRecord['ids']>[number] {
  const parts = value.split(', ');
  const type = parts.length > 1 ? parts.pop()! : null;
  const country = parts.length > 1 && /^[A-Z]{2}$/.test(parts[0]!) && toCountryCode(parts[0]) ? parts.shift()! : null;
  const dates: string[] = [];
  while (parts.length > 1 && ISO_DAY.test(parts[0]!)) dates.push(parts.shift()!);
  const [expiration_date, issue_date] = dates.length === 2 ? dates : [null, dates[0] ?? null];
  return { type, number: parts.join(', '), country, issue_date, expiration_date };
}
