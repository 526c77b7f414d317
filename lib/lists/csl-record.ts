/**
 * One CSL record (JSON layout; CSV rows are first turned into this shape) -> ListEntry.
 * Handles the quirks of the real files: BIS `?` for apostrophes, non-ID facts in OFAC `ids`,
 * country names in place of codes, partial and bogus dates, empty `type`.
 */
import { toCountryCode } from './countries.js';
import { CSL_CSV_COLUMNS } from './csl-csv.js';
import { parseBirthDate, parsePartialDate } from './dates.js';
import type { Address, EntryType, Identifier, ListEntry, PartialDate, SourceCode } from './model.js';
import { SOURCE_CODES, SOURCE_NAMES } from './model.js';
import { compact } from '../objects.js';

export interface CslRecord {
  id?: string | number | null;
  _id?: string | number | null;
  source?: string | null;
  entity_number?: string | number | null;
  type?: string | null;
  programs?: string[] | null;
  name?: string | null;
  title?: string | null;
  addresses?: { address?: string | null; city?: string | null; state?: string | null; postal_code?: string | null; country?: string | null }[] | null;
  federal_register_notice?: string | null;
  start_date?: string | null;
  end_date?: string | null;
  standard_order?: string | null;
  license_requirement?: string | null;
  license_policy?: string | null;
  call_sign?: string | null;
  vessel_type?: string | null;
  gross_tonnage?: string | number | null;
  gross_registered_tonnage?: string | number | null;
  vessel_flag?: string | null;
  vessel_owner?: string | null;
  remarks?: string | null;
  source_list_url?: string | null;
  alt_names?: string[] | null;
  citizenships?: string[] | null;
  dates_of_birth?: (string | null)[] | null;
  nationalities?: string[] | null;
  places_of_birth?: string[] | null;
  source_information_url?: string | null;
  ids?: { type?: string | null; number?: string | null; country?: string | null; issue_date?: string | null; expiration_date?: string | null }[] | null;
}

/** A problem with one field of one record. Errors make the record unusable; warnings drop only the bad value. */
export interface RecordProblem {
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

export class RecordError extends Error {
  constructor(readonly problem: RecordProblem) {
    super(`field ${problem.field}: ${problem.message}`);
  }
}

const TYPES: Record<string, EntryType> = { individual: 'person', entity: 'organization', vessel: 'vessel', aircraft: 'aircraft', '': 'unknown' };

/** Sources that print `?` where an apostrophe or quotation mark belongs. */
const QUESTION_MARK_SOURCES = new Set<SourceCode>(['EL', 'DPL', 'UVL', 'MEU']);

/** `ids` types that are facts about the party, not identifiers one could match a number against. */
const FACT_TYPE = /gender|sanctions information|secondary sanctions|transactions prohibited|executive order|directive|organization (type|established)|target type|aircraft (model|operator|manufacture date)|former vessel flag|issuer name|caatsa|listing date|effective date|purchase\/sales|vessel year of build|ifca determination|nationality of registration|[:-]$/i;

export function sourceCode(source: string): SourceCode | undefined {
  const trimmed = source.trim();
  if ((SOURCE_CODES as readonly string[]).includes(trimmed.toUpperCase())) return trimmed.toUpperCase() as SourceCode;
  const m = /\((?:NS-)?([A-Z]+)(?: List)?\)/.exec(trimmed);
  const code = m?.[1] === 'CAPTA' ? 'CAP' : m?.[1];
  return code && (SOURCE_CODES as readonly string[]).includes(code) ? (code as SourceCode) : undefined;
}

export function toListEntry(record: CslRecord, problems: RecordProblem[] = []): ListEntry {
  const fail = (field: string, message: string): never => {
    throw new RecordError({ field, message, severity: 'error' });
  };
  const warn = (field: string, message: string) => problems.push({ field, message, severity: 'warning' });

  checkShapes(record);
  const entryId = text(record.id ?? record._id) ?? fail('id', 'missing');
  const sourceName = text(record.source) ?? fail('source', 'missing');
  const source = sourceCode(sourceName) ?? fail('source', `"${sourceName}" is not one of the CSL lists`);
  const rawType = (text(record.type) ?? '').toLowerCase();
  const type = TYPES[rawType] ?? fail('type', `"${record.type}" is not Individual, Entity, Vessel, Aircraft or empty`);
  const fixName = (value: string) => (QUESTION_MARK_SOURCES.has(source) ? fixQuestionMarks(value) : value);
  const name = fixName(text(record.name) ?? fail('name', 'missing'));
  const aliases = (record.alt_names ?? []).flatMap((alias) => text(alias) ?? []).map(fixName);

  const addresses = (record.addresses ?? []).flatMap((raw, i) => {
    const address = toAddress(raw ?? {});
    if (!address) return [];
    if (raw?.country && !address.country) warn(`addresses[${i}].country`, `"${raw.country}" is not a recognised country`);
    return [address];
  });
  const countryList = (field: string, values: string[]) =>
    unique(
      values.flatMap((value) => {
        const code = toCountryCode(value);
        if (!code) warn(field, `"${value}" is not a recognised country`);
        return code ? [code] : [];
      }),
    );
  const nationalities = countryList('nationalities', list(record.nationalities));
  const citizenships = countryList('citizenships', list(record.citizenships));

  const datesOfBirth: PartialDate[] = [];
  for (const value of list(record.dates_of_birth)) {
    const parsed = parseBirthDate(value);
    if ('error' in parsed) warn('dates_of_birth', parsed.error);
    else datesOfBirth.push(parsed);
  }

  const ids: Identifier[] = [];
  const facts: { type: string; value: string }[] = [];
  for (const raw of record.ids ?? []) {
    const idType = text(raw?.type);
    const number = text(raw?.number);
    if (!idType && !number) continue;
    if (!idType || !number || FACT_TYPE.test(idType)) {
      facts.push({ type: idType ?? '', value: number ?? '' });
      continue;
    }
    ids.push(compact({ type: idType, number, country: toCountryCode(raw?.country), issueDate: text(raw?.issue_date), expirationDate: text(raw?.expiration_date) }));
  }

  const day = (field: 'start_date' | 'end_date') => {
    const value = text(record[field]);
    if (!value) return undefined;
    const parsed = parsePartialDate(value);
    if ('error' in parsed) {
      warn(field, parsed.error);
      return undefined;
    }
    return value;
  };

  const vessel = compact({
    callSign: text(record.call_sign),
    vesselType: text(record.vessel_type),
    grossTonnage: text(record.gross_tonnage),
    grossRegisteredTonnage: text(record.gross_registered_tonnage),
    flag: text(record.vessel_flag),
    owner: text(record.vessel_owner),
  });

  return compact({
    entryId,
    source,
    sourceName: SOURCE_NAMES[source] === sourceName ? SOURCE_NAMES[source] : sourceName,
    type,
    name,
    aliases,
    addresses,
    countries: unique([...addresses.flatMap((a) => (a.country ? [a.country] : [])), ...nationalities, ...citizenships]),
    nationalities,
    citizenships,
    datesOfBirth,
    placesOfBirth: list(record.places_of_birth),
    ids,
    facts,
    programs: list(record.programs),
    title: text(record.title),
    remarks: text(record.remarks),
    federalRegisterNotice: text(record.federal_register_notice),
    startDate: day('start_date'),
    endDate: day('end_date'),
    entityNumber: text(record.entity_number),
    standardOrder: text(record.standard_order),
    licenseRequirement: text(record.license_requirement),
    licensePolicy: text(record.license_policy),
    sourceListUrl: text(record.source_list_url),
    sourceInformationUrl: text(record.source_information_url),
    vessel: Object.keys(vessel).length ? vessel : undefined,
  }) as ListEntry;
}

const TEXT_LISTS = new Set(['programs', 'alt_names', 'citizenships', 'dates_of_birth', 'nationalities', 'places_of_birth']);
const OBJECT_LISTS = new Set(['addresses', 'ids']);
const TEXT_FIELDS = new Set<string>(['id', ...CSL_CSV_COLUMNS.filter((c) => !TEXT_LISTS.has(c) && !OBJECT_LISTS.has(c))]);

/** The JSON layout's shapes (lists of text, lists of objects, else one value); any other shape refuses the record. Unknown fields are ignored. */
function checkShapes(record: CslRecord): void {
  const bad = (field: string, expected: string, value: unknown): never => {
    throw new RecordError({ field, message: `expected ${expected}, got ${kind(value)}`, severity: 'error' });
  };
  for (const [field, value] of Object.entries(record)) {
    if (value === null || value === undefined) continue;
    if (TEXT_LISTS.has(field)) {
      if (!Array.isArray(value)) bad(field, 'a list', value);
      (value as unknown[]).forEach((item, i) => isScalar(item) || bad(`${field}[${i}]`, 'text', item));
    } else if (OBJECT_LISTS.has(field)) {
      if (!Array.isArray(value)) bad(field, 'a list of objects', value);
      (value as unknown[]).forEach((item, i) => {
        if (item === null) return;
        if (typeof item !== 'object' || Array.isArray(item)) bad(`${field}[${i}]`, 'an object', item);
        for (const [key, part] of Object.entries(item as object)) if (!isScalar(part)) bad(`${field}[${i}].${key}`, 'text', part);
      });
    } else if (TEXT_FIELDS.has(field) && !isScalar(value)) bad(field, 'text', value);
  }
}

function isScalar(value: unknown): boolean {
  return value === null || value === undefined || typeof value === 'string' || typeof value === 'number';
}

function kind(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  return typeof value === 'object' ? 'an object' : `${typeof value === 'number' ? 'a number' : 'a boolean'} (${String(value)})`;
}

/** "People?s" -> "People's"; "?Giprostroymost?" -> "\"Giprostroymost\"". */
export function fixQuestionMarks(value: string): string {
  return value.replace(/(\p{L})\?(\p{L})/gu, "$1'$2").replace(/\?/g, '"');
}

function toAddress(raw: NonNullable<CslRecord['addresses']>[number]): Address | undefined {
  const parts = [raw.address, raw.city, raw.state, raw.postal_code, raw.country].map(text);
  if (parts.every((p) => !p)) return undefined;
  const [street, city, state, postalCode, country] = parts;
  return compact({ street, city, state, postalCode, country: toCountryCode(country), full: parts.filter(Boolean).join(', ') });
}

function text(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const s = String(value).replace(/\s+/g, ' ').trim();
  return s === '' ? undefined : s;
}

function list(values: (string | null | undefined)[] | null | undefined): string[] {
  return unique((values ?? []).flatMap((v) => text(v) ?? []));
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
