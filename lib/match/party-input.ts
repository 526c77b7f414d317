/** Turns one input record (a JSON line or a CSV row) into a Party, or an InputError naming the field. */
import { InputError } from '../errors.js';
import { toCountryCode } from '../lists/countries.js';
import { BIRTH_DATE_FORMS, parseBirthDate } from '../lists/dates.js';
import { hasNameText, NAME_MAX_LENGTH, PARTY_TYPES, type Party, type PartyIdentifier, type PartyType } from './party.js';

/** CSV cells holding several values join them with "; " as the CSL does. */
const MULTI_VALUE_SEPARATOR = /\s*;\s*/;

function optionalString(value: unknown, field: string, where: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  throw new InputError(`field ${field} must be a string`, where);
}

function parseType(value: unknown, where: string): PartyType | undefined {
  const text = optionalString(value, 'type', where)?.trim().toLowerCase();
  if (!text) return undefined;
  if (!(PARTY_TYPES as readonly string[]).includes(text)) {
    throw new InputError(`field type must be one of ${PARTY_TYPES.join(', ')}, got "${text}"`, where);
  }
  return text as PartyType;
}

/** A name that can be screened (hasNameText, at most NAME_MAX_LENGTH), else an InputError naming the field. */
export function checkName(name: string, field: string, where: string): string {
  if (!hasNameText(name)) throw new InputError(`field ${field} ${name.trim() ? 'has no letter or digit' : 'is empty'}`, where);
  if (name.length > NAME_MAX_LENGTH) throw new InputError(`field ${field} is ${name.length} characters long; a name has at most ${NAME_MAX_LENGTH}`, where);
  return name;
}

function parseAliases(value: unknown, where: string): string[] | undefined {
  // A CSV cell of spaces gives none, as an empty one does.
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  const aliases = typeof value === 'string' ? value.split(MULTI_VALUE_SEPARATOR).filter(Boolean) : value;
  if (!Array.isArray(aliases) || !aliases.every((v) => typeof v === 'string')) throw new InputError('field aliases must be a list of strings', where);
  return aliases.map((alias) => checkName(alias, 'aliases', where));
}

function parseIds(value: unknown, where: string): PartyIdentifier[] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const items: unknown[] = typeof value === 'string' ? value.split(MULTI_VALUE_SEPARATOR).filter(Boolean) : Array.isArray(value) ? value : [value];
  return items.map((item) => {
    if (typeof item === 'string' || typeof item === 'number') return { number: String(item) };
    const number = item && typeof item === 'object' ? (item as { number?: unknown }).number : undefined;
    if (typeof number === 'string' || typeof number === 'number') {
      const { type } = item as { type?: unknown };
      return typeof type === 'string' ? { type, number: String(number) } : { number: String(number) };
    }
    throw new InputError('field ids must hold strings or {"type", "number"} objects', where);
  });
}

/** `{"id", "name", "type"?, "country"?, "dateOfBirth"?, "aliases"?, "ids"?}` -> Party; `where` is e.g. "line 12". */
export function parseParty(record: unknown, where: string): Party {
  if (!record || typeof record !== 'object' || Array.isArray(record)) throw new InputError('expected a JSON object', where);
  const r = record as Record<string, unknown>;
  const name = optionalString(r.name, 'name', where)?.trim();
  if (!name) throw new InputError('field name is missing or empty', where);
  const party: Party = { name: checkName(name, 'name', where) };
  const id = optionalString(r.id, 'id', where);
  if (id !== undefined) party.id = id;
  const type = parseType(r.type, where);
  if (type) party.type = type;
  // A country or birth date the matcher cannot read would be dropped unsaid: refused, as the API refuses them.
  const country = optionalString(r.country, 'country', where)?.trim();
  if (country && !toCountryCode(country)) throw new InputError(`field country: "${country}" is not a country (use an ISO 3166 alpha-2 code or an English name)`, where);
  if (country) party.country = country;
  const dateOfBirth = optionalString(r.dateOfBirth, 'dateOfBirth', where)?.trim();
  const parsed = dateOfBirth ? parseBirthDate(dateOfBirth) : undefined;
  if (parsed && 'error' in parsed) throw new InputError(`field dateOfBirth: ${parsed.error} (${BIRTH_DATE_FORMS})`, where);
  if (dateOfBirth) party.dateOfBirth = dateOfBirth;
  const aliases = parseAliases(r.aliases, where);
  if (aliases) party.aliases = aliases;
  const ids = parseIds(r.ids, where);
  if (ids) party.ids = ids;
  return party;
}
