/** The one normalized shape every list entry takes, whatever file it came from. */

export type EntryType = 'person' | 'organization' | 'vessel' | 'aircraft' | 'unknown';

export const SOURCE_CODES = ['EL', 'SDN', 'DPL', 'UVL', 'MEU', 'ISN', 'FSE', 'SSI', 'PLC', 'CAP', 'CMIC', 'MBS', 'DTC'] as const;
export type SourceCode = (typeof SOURCE_CODES)[number];

export interface Address {
  street?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  /** ISO-3166 alpha-2, upper case, when the country could be recognised. */
  country?: string;
  /** The address as the list printed it, kept whole for display and audit. */
  full: string;
}

/**
 * A date of birth as precise as the list gives it. `from`/`to` bound the possible days
 * ("1965" -> 1965-01-01..1965-12-31; "1965 to 1967" -> 1965-01-01..1967-12-31).
 */
export interface PartialDate {
  text: string;
  year?: number;
  month?: number;
  day?: number;
  /** Year range for "Y1 to Y2" and "circa Y" (circa widens by a year each side). */
  yearFrom?: number;
  yearTo?: number;
  circa?: boolean;
}

export interface Identifier {
  type: string;
  number: string;
  country?: string;
  issueDate?: string;
  expirationDate?: string;
}

export interface VesselInfo {
  callSign?: string;
  vesselType?: string;
  grossTonnage?: string;
  grossRegisteredTonnage?: string;
  flag?: string;
  owner?: string;
}

export interface ListEntry {
  entryId: string;
  source: SourceCode;
  sourceName: string;
  type: EntryType;
  name: string;
  aliases: string[];
  addresses: Address[];
  /** ISO alpha-2 codes from addresses, nationalities and citizenships, deduplicated. */
  countries: string[];
  nationalities: string[];
  citizenships: string[];
  datesOfBirth: PartialDate[];
  placesOfBirth: string[];
  ids: Identifier[];
  /** Facts OFAC files under `ids` that are not identifiers (gender, secondary sanctions notes ...). */
  facts: { type: string; value: string }[];
  programs: string[];
  title?: string;
  remarks?: string;
  federalRegisterNotice?: string;
  startDate?: string;
  endDate?: string;
  entityNumber?: string;
  standardOrder?: string;
  licenseRequirement?: string;
  licensePolicy?: string;
  sourceListUrl?: string;
  sourceInformationUrl?: string;
  vessel?: VesselInfo;
}

/** Full CSL source names keyed by code; parsing also accepts the variants the files use. */
export const SOURCE_NAMES: Record<SourceCode, string> = {
  EL: 'Entity List (EL) - Bureau of Industry and Security',
  SDN: 'Specially Designated Nationals (SDN) - Treasury Department',
  DPL: 'Denied Persons List (DPL) - Bureau of Industry and Security',
  UVL: 'Unverified List (UVL) - Bureau of Industry and Security',
  MEU: 'Military End User (MEU) List - Bureau of Industry and Security',
  ISN: 'Nonproliferation Sanctions (ISN) - State Department',
  FSE: 'Foreign Sanctions Evaders (FSE) - Treasury Department',
  SSI: 'Sectoral Sanctions Identifications List (SSI) - Treasury Department',
  PLC: 'Palestinian Legislative Council List (PLC) - Treasury Department',
  CAP: 'Capta List (CAP) - Treasury Department',
  CMIC: 'Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department',
  MBS: 'Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department',
  DTC: 'ITAR Debarred (DTC) - State Department',
};

/**
 * All names of an entry, primary first. concat rather than a spread: an empty aliases array is
 * another kind of array than a filled one, and optimized code spreading one type deopts on the other.
 */
export function entryNames(entry: ListEntry): string[] {
  return [entry.name].concat(entry.aliases);
}

/** An entry's key across lists: `SDN:12345` (one id can stand on several lists, CSL's `_id` repeats). */
export function entryKey(entry: { source: string; entryId: string }): string {
  return `${entry.source}:${entry.entryId}`;
}
