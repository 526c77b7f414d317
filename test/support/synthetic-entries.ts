/**
 * Deterministic, realistic-looking ListEntry objects for storage tests and benchmarks: sizes and
 * source mix close to the Consolidated Screening List (mostly SDN, then EL, ...), seeded so runs repeat.
 */

import { SOURCE_NAMES, type EntryType, type ListEntry, type SourceCode } from '../../lib/lists/model.js';

/** Rough CSL shares by source. */
const SOURCE_WEIGHTS: [SourceCode, number][] = [
  ['SDN', 0.68], ['EL', 0.16], ['MBS', 0.03], ['SSI', 0.025], ['DTC', 0.03], ['ISN', 0.02], ['MEU', 0.008],
  ['DPL', 0.012], ['UVL', 0.012], ['CMIC', 0.005], ['FSE', 0.003], ['PLC', 0.004], ['CAP', 0.001],
];
const GIVEN = ['Ali', 'Mohammad', 'Ivan', 'Sergei', 'Wei', 'Hassan', 'Olga', 'Kim', 'Jose', 'Abdul', 'Yusuf', 'Elena', 'Dmitri', 'Fatima', 'Li'];
const FAMILY = ['Hassan', 'Petrov', 'Zhang', 'Al-Rashid', 'Ivanov', 'Kim', 'Gonzalez', 'Rahman', 'Sokolov', 'Chen', 'Haddad', 'Karimi', 'Novak'];
const ORG_WORDS = ['Trading', 'Shipping', 'Industrial', 'Technology', 'Electronics', 'Petroleum', 'Aviation', 'Machinery', 'Import Export', 'Investment'];
const ORG_SUFFIX = ['Co., Ltd.', 'LLC', 'JSC', 'GmbH', 'FZE', 'S.A.', 'Limited', 'Company'];
const PLACES: [string, string][] = [['Tehran', 'IR'], ['Moscow', 'RU'], ['Shenzhen', 'CN'], ['Dubai', 'AE'], ['Pyongyang', 'KP'], ['Damascus', 'SY'], ['Caracas', 'VE'], ['Minsk', 'BY'], ['Hong Kong', 'HK'], ['Istanbul', 'TR']];
const PROGRAMS = ['SDGT', 'IRAN', 'RUSSIA-EO14024', 'UKRAINE-EO13662', 'NPWMD', 'DPRK3', 'SYRIA', 'VENEZUELA-EO13850', 'CYBER2', 'GLOMAG'];

/** mulberry32: tiny seeded PRNG, so every run generates the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticEntries(count: number, seed = 42): ListEntry[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const upTo = (n: number) => Math.floor(random() * (n + 1));
  const pickSource = (): SourceCode => {
    let r = random();
    for (const [code, weight] of SOURCE_WEIGHTS) if ((r -= weight) < 0) return code;
    return 'SDN';
  };

  return Array.from({ length: count }, (_, i): ListEntry => {
    const source = pickSource();
    const type: EntryType = random() < 0.45 ? 'person' : random() < 0.9 ? 'organization' : 'vessel';
    const name = type === 'person' ? `${pick(FAMILY)}, ${pick(GIVEN)} ${pick(GIVEN)}` : `${pick(GIVEN)} ${pick(ORG_WORDS)} ${pick(ORG_SUFFIX)}`;
    const places = Array.from({ length: 1 + upTo(2) }, () => pick(PLACES));
    const countries = [...new Set(places.map(([, country]) => country))];
    return {
      entryId: `${source}-${100000 + i}`,
      source,
      sourceName: SOURCE_NAMES[source],
      type,
      name,
      aliases: Array.from({ length: upTo(5) }, (_, k) => `${name.split(' ')[0]} ${pick(ORG_WORDS)} ${k + 1}`),
      addresses: places.map(([city, country], k) => ({
        street: `${10 + k * 7} ${pick(FAMILY)} Street, Building ${upTo(40)}`,
        city,
        postalCode: String(10000 + upTo(89999)),
        country,
        full: `${10 + k * 7} ${pick(FAMILY)} Street, ${city}, ${country}`,
      })),
      countries,
      nationalities: type === 'person' ? countries.slice(0, 1) : [],
      citizenships: type === 'person' && random() < 0.5 ? countries.slice(0, 1) : [],
      datesOfBirth: type === 'person' ? [{ text: `${1950 + upTo(50)}`, year: 1950 + upTo(50) }] : [],
      placesOfBirth: type === 'person' ? [`${pick(PLACES)[0]}, ${pick(PLACES)[1]}`] : [],
      ids: Array.from({ length: upTo(3) }, () => ({ type: pick(['Passport', 'National ID No.', 'Registration Number', 'Tax ID No.']), number: String(Math.floor(random() * 1e10)), country: pick(countries) })),
      facts: type === 'person' && random() < 0.6 ? [{ type: 'Gender', value: random() < 0.8 ? 'Male' : 'Female' }] : [],
      programs: Array.from({ length: 1 + upTo(1) }, () => pick(PROGRAMS)),
      ...(random() < 0.4 ? { remarks: `Linked To: ${pick(GIVEN)} ${pick(ORG_WORDS)} ${pick(ORG_SUFFIX)}; additional sanctions information - subject to secondary sanctions.` } : {}),
      ...(source === 'EL' ? { federalRegisterNotice: `${80 + upTo(10)} FR ${10000 + upTo(60000)}`, startDate: `20${10 + upTo(15)}-0${1 + upTo(8)}-1${upTo(9)}`, licenseRequirement: 'For all items subject to the EAR.', licensePolicy: 'Presumption of denial.' } : {}),
      ...(type === 'vessel' ? { vessel: { callSign: `9B${upTo(9999)}`, vesselType: 'Crude Oil Tanker', grossTonnage: String(upTo(300000)), flag: 'Iran', owner: `${pick(GIVEN)} Shipping Co.` } } : {}),
      sourceListUrl: 'https://sanctionslist.ofac.treas.gov/Home/SdnList',
    };
  });
}
