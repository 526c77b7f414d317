/** Country strings as lists write them ("china (prc)", "Burma", "IR") -> ISO-3166 alpha-2. */

const ALIASES: Record<string, string> = {
  'china (prc)': 'CN', prc: 'CN', "people's republic of china": 'CN', 'mainland china': 'CN',
  'north korea (dprk)': 'KP', 'north korea': 'KP', 'korea, north': 'KP', dprk: 'KP',
  "korea, democratic people's republic of": 'KP', "democratic people's republic of korea": 'KP',
  'south korea': 'KR', 'korea, south': 'KR', 'republic of korea': 'KR', korea: 'KR',
  russia: 'RU', 'russian federation': 'RU', iran: 'IR', 'iran, islamic republic of': 'IR', syria: 'SY',
  'syrian arab republic': 'SY', burma: 'MM', turkey: 'TR', 'czech republic': 'CZ', vietnam: 'VN',
  laos: 'LA', 'the bahamas': 'BS', 'ivory coast': 'CI', "cote d'ivoire": 'CI', macau: 'MO', macao: 'MO',
  'hong kong': 'HK', taiwan: 'TW', 'united states': 'US', usa: 'US', 'united kingdom': 'GB', uk: 'GB',
  'great britain': 'GB', uae: 'AE', 'the netherlands': 'NL', 'west bank': 'PS', gaza: 'PS', 'gaza strip': 'PS',
  'palestinian territories': 'PS', 'congo, democratic republic of the': 'CD', 'democratic republic of the congo': 'CD',
  'republic of the congo': 'CG', 'the gambia': 'GM', 'bosnia-herzegovina': 'BA', 'kyrgyzstan': 'KG',
  'moldova': 'MD', 'macedonia': 'MK', 'tanzania': 'TZ', 'venezuela': 'VE', 'bolivia': 'BO',
  crimea: 'UA', 'crimea region of ukraine': 'UA',
};

/** Codes Intl names that are not current countries: deprecated (FX, CS, YU ...), regions and private use. */
const NOT_COUNTRIES = /^(?:AN|BU|CS|DD|FX|NT|SU|TP|YD|YU|ZR|EU|EZ|UN|ZZ|Q[M-Z]|X[A-JL-Z])$/;

let byName: Map<string, string> | undefined;

function nameTable(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = display.of(code);
      // Retired codes share their successor's name (DY "Benin", UK "United Kingdom"): only the current code counts.
      if (name && name !== code && !NOT_COUNTRIES.test(code) && canonicalRegion(code) === code) byName.set(normalizeCountryName(name), code);
    }
  }
  for (const [name, code] of Object.entries(ALIASES)) byName.set(name, code);
  return byName;
}

function canonicalRegion(code: string): string | undefined {
  try {
    return new Intl.Locale(`und-${code}`).region;
  } catch {
    return undefined;
  }
}

function normalizeCountryName(value: string): string {
  return value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

let isoCodes: Set<string> | undefined;

/** True for an assigned ISO alpha-2 code (upper case). */
export function isIsoCountry(code: string): boolean {
  isoCodes ??= new Set(nameTable().values());
  return isoCodes.has(code);
}

/** ISO alpha-2 for a code or a country name, or undefined when it is not recognisably a country. */
export function toCountryCode(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && isIsoCountry(trimmed.toUpperCase())) return trimmed.toUpperCase();
  // Also two-letter names such as "UK".
  return nameTable().get(normalizeCountryName(trimmed));
}
