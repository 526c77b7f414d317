/**
 * The sign-up screening request: the customer and its beneficial owners as the IaaS customer
 * identification records name them. Validation reports every bad field at once, and bounds sizes so
 * one request cannot exhaust the function. Unknown fields are refused rather than silently dropped.
 */
import { isIP } from 'node:net';
import { ValidationError } from '../errors.js';
import { toCountryCode } from '../lists/countries.js';
import { BIRTH_DATE_FORMS, parseBirthDate } from '../lists/dates.js';
import { hasNameText, NAME_MAX_LENGTH } from '../match/party.js';
import { compact } from '../objects.js';

export const LIMITS = {
  bodyBytes: 64 * 1024,
  parties: 100,
  ownerDepth: 5,
  nameLength: NAME_MAX_LENGTH,
  aliases: 20,
  identifiers: 20,
  customerIdLength: 128,
} as const;

export interface Address {
  street?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  country?: string;
}

export interface Identifier {
  type?: string;
  number: string;
  country?: string;
}

export interface PartyInput {
  type: 'person' | 'organization';
  name: string;
  aliases?: string[];
  country?: string;
  nationality?: string;
  address?: Address;
  dateOfBirth?: string;
  registrationNumber?: string;
  identifiers?: Identifier[];
  email?: string;
  phone?: string;
  ipAddress?: string;
}

export interface OwnerInput extends PartyInput {
  /** Share of the parent owned, 0-100; absent or null when unknown. */
  ownershipPercent: number | null;
  owners?: OwnerInput[];
}

export interface SignupRequest {
  customerId: string;
  customer: PartyInput;
  beneficialOwners: OwnerInput[];
}

type Errors = { field: string; reason: string }[];

const PARTY_FIELDS = ['type', 'name', 'aliases', 'country', 'nationality', 'address', 'dateOfBirth', 'registrationNumber', 'identifiers', 'email', 'phone', 'ipAddress'];
const OWNER_FIELDS = [...PARTY_FIELDS, 'ownershipPercent', 'owners'];
const ADDRESS_FIELDS = ['street', 'city', 'state', 'postalCode', 'country'];

export function parseSignupRequest(body: unknown): SignupRequest {
  const errors: Errors = [];
  if (!isObject(body)) throw new ValidationError([{ field: '(body)', reason: 'must be a JSON object' }]);
  unknownFields(body, ['customerId', 'customer', 'beneficialOwners'], '', errors);
  const customerId = text(body.customerId, 'customerId', errors, { required: true, max: LIMITS.customerIdLength });
  if (customerId && !/^[\w.:@-]+$/.test(customerId)) errors.push({ field: 'customerId', reason: 'may hold only letters, digits and . _ : @ -' });
  const counter = { parties: 0 };
  const customer = isObject(body.customer) ? party(body.customer, 'customer', PARTY_FIELDS, errors, counter) : undefined;
  if (!isObject(body.customer)) errors.push({ field: 'customer', reason: body.customer === undefined ? 'is required' : 'must be an object' });
  const beneficialOwners = owners(body.beneficialOwners, 'beneficialOwners', 1, errors, counter);
  if (counter.parties > LIMITS.parties) errors.push({ field: 'beneficialOwners', reason: `at most ${LIMITS.parties} parties per request, got ${counter.parties}` });
  if (errors.length) throw new ValidationError(errors);
  return { customerId: customerId!, customer: customer!, beneficialOwners };
}

function owners(value: unknown, path: string, depth: number, errors: Errors, counter: { parties: number }): OwnerInput[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    errors.push({ field: path, reason: 'must be an array' });
    return [];
  }
  if (depth > LIMITS.ownerDepth) {
    errors.push({ field: path, reason: `ownership chains may be at most ${LIMITS.ownerDepth} levels deep` });
    return [];
  }
  const result: OwnerInput[] = [];
  value.forEach((raw, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(raw)) return errors.push({ field: at, reason: 'must be an object' });
    const base = party(raw, at, OWNER_FIELDS, errors, counter);
    const percent = raw.ownershipPercent;
    let ownershipPercent: number | null = null;
    if (percent !== undefined && percent !== null) {
      if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0 || percent > 100) errors.push({ field: `${at}.ownershipPercent`, reason: 'must be a number from 0 to 100, or null when unknown' });
      else ownershipPercent = percent;
    }
    const nested = owners(raw.owners, `${at}.owners`, depth + 1, errors, counter);
    // Not a spread of `base`: see objects.ts.
    if (base) result.push(Object.assign(base, { ownershipPercent }, nested.length ? { owners: nested } : undefined));
  });
  const total = result.reduce((sum, o) => sum + (o.ownershipPercent ?? 0), 0);
  if (total > 100.0001) errors.push({ field: path, reason: `ownership shares add up to ${total}%, more than 100%` });
  return result;
}

function party(raw: Record<string, unknown>, path: string, fields: string[], errors: Errors, counter: { parties: number }): PartyInput | undefined {
  counter.parties++;
  unknownFields(raw, fields, path, errors);
  const before = errors.length;
  const f = (name: string) => `${path}.${name}`;
  const type = raw.type;
  if (type !== 'person' && type !== 'organization') errors.push({ field: f('type'), reason: 'must be "person" or "organization"' });
  const name = nameField(raw.name, f('name'), errors);
  const aliases = list(raw.aliases, f('aliases'), LIMITS.aliases, errors, (v, at) => nameField(v, at, errors));
  const country = countryField(raw.country, f('country'), errors);
  const nationality = countryField(raw.nationality, f('nationality'), errors);
  const address = addressField(raw.address, f('address'), errors);
  const dateOfBirth = text(raw.dateOfBirth, f('dateOfBirth'), errors, { max: 40 });
  if (dateOfBirth !== undefined) {
    if (type === 'organization') errors.push({ field: f('dateOfBirth'), reason: 'is only for people' });
    else {
      const parsed = parseBirthDate(dateOfBirth);
      if ('error' in parsed) errors.push({ field: f('dateOfBirth'), reason: `${parsed.error} (${BIRTH_DATE_FORMS})` });
    }
  }
  const registrationNumber = text(raw.registrationNumber, f('registrationNumber'), errors, { max: 100 });
  const identifiers = list(raw.identifiers, f('identifiers'), LIMITS.identifiers, errors, (v, at) => identifierField(v, at, errors));
  const email = text(raw.email, f('email'), errors, { max: 254 });
  if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.push({ field: f('email'), reason: 'is not an email address' });
  const phone = text(raw.phone, f('phone'), errors, { max: 40 });
  if (phone !== undefined && !/^\+?[\d\s().-]{5,}$/.test(phone)) errors.push({ field: f('phone'), reason: 'is not a phone number' });
  const ipAddress = text(raw.ipAddress, f('ipAddress'), errors, { max: 45 });
  if (ipAddress !== undefined && !isIP(ipAddress)) errors.push({ field: f('ipAddress'), reason: 'is not an IPv4 or IPv6 address' });
  if (errors.length > before) return undefined;
  return compact({ type: type as PartyInput['type'], name: name!, aliases, country, nationality, address, dateOfBirth, registrationNumber, identifiers, email, phone, ipAddress });
}

function text(value: unknown, field: string, errors: Errors, options: { required?: boolean; max: number }): string | undefined {
  if (value === undefined || value === null) {
    if (options.required) errors.push({ field, reason: 'is required' });
    return undefined;
  }
  if (typeof value !== 'string') {
    errors.push({ field, reason: 'must be a string' });
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed === '') {
    if (options.required) errors.push({ field, reason: 'must not be empty' });
    return undefined;
  }
  if (trimmed.length > options.max) {
    errors.push({ field, reason: `must be at most ${options.max} characters, got ${trimmed.length}` });
    return undefined;
  }
  return trimmed;
}

/** A name to screen (hasNameText). */
function nameField(value: unknown, field: string, errors: Errors): string | undefined {
  const name = text(value, field, errors, { required: true, max: LIMITS.nameLength });
  if (name !== undefined && !hasNameText(name)) errors.push({ field, reason: 'must contain a letter or digit' });
  return name;
}

function list<T>(value: unknown, field: string, max: number, errors: Errors, item: (v: unknown, at: string) => T | undefined): T[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    errors.push({ field, reason: 'must be an array' });
    return undefined;
  }
  if (value.length > max) {
    errors.push({ field, reason: `at most ${max} items, got ${value.length}` });
    return undefined;
  }
  const items = value.map((v, i) => item(v, `${field}[${i}]`)).filter((v): v is T => v !== undefined);
  return items.length ? items : undefined;
}

function countryField(value: unknown, field: string, errors: Errors): string | undefined {
  const given = text(value, field, errors, { max: 60 });
  if (given === undefined) return undefined;
  const code = toCountryCode(given);
  if (!code) errors.push({ field, reason: `"${given}" is not a country (use an ISO 3166 alpha-2 code)` });
  return code;
}

function addressField(value: unknown, field: string, errors: Errors): Address | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    errors.push({ field, reason: 'must be an object with street, city, state, postalCode, country' });
    return undefined;
  }
  unknownFields(value, ADDRESS_FIELDS, field, errors);
  const address = compact({
    street: text(value.street, `${field}.street`, errors, { max: 300 }),
    city: text(value.city, `${field}.city`, errors, { max: 100 }),
    state: text(value.state, `${field}.state`, errors, { max: 100 }),
    postalCode: text(value.postalCode, `${field}.postalCode`, errors, { max: 20 }),
    country: countryField(value.country, `${field}.country`, errors),
  });
  return Object.keys(address).length ? address : undefined;
}

function identifierField(value: unknown, field: string, errors: Errors): Identifier | undefined {
  if (!isObject(value)) {
    errors.push({ field, reason: 'must be an object with type, number, country' });
    return undefined;
  }
  unknownFields(value, ['type', 'number', 'country'], field, errors);
  const number = text(value.number, `${field}.number`, errors, { required: true, max: 100 });
  const type = text(value.type, `${field}.type`, errors, { max: 100 });
  const country = countryField(value.country, `${field}.country`, errors);
  return number ? compact({ type, number, country }) : undefined;
}

function unknownFields(value: Record<string, unknown>, known: string[], path: string, errors: Errors): void {
  for (const key of Object.keys(value)) if (!known.includes(key)) errors.push({ field: path ? `${path}.${key}` : key, reason: 'is not a known field' });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
