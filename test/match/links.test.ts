import { describe, expect, it } from 'vitest';
import { buildIndex, screenParty } from '../../lib/match/screen.js';
import { dob, entry } from './entries.js';

const ids = (name: string, type?: 'person' | 'organization') => screenParty(index, { name, type }).map((m) => m.entryId).sort();

const index = buildIndex([
  // One company on SDN and the Entity List; only SDN gives its second name.
  entry('sdn-alex', 'organization', 'ALEXSONG PTE LTD', { aliases: ['CHAMPION WAY PTE LTD'], countries: ['SG'] }),
  entry('el-alex', 'unknown', 'Alexsong PTE LTD', { countries: ['SG'] }, 'EL'),
  // Branches sharing the organization's name, in different countries.
  entry('haramain-ke', 'organization', 'AL-HARAMAIN KENYA BRANCH', { aliases: ['AL HARAMAIN FOUNDATION'], countries: ['KE'] }),
  entry('haramain-pk', 'organization', 'AL-HARAMAIN PAKISTAN BRANCH', { aliases: ['AL HARAMAIN FOUNDATION', 'MASJID AL-HARAMAIN ISLAMABAD'], countries: ['PK'] }),
  // Twins: one alias, one country, one birth year, two people.
  entry('twin-1', 'person', 'MEJIA MUNERA, Miguel Angel', { aliases: ['LOS MELLIZOS'], countries: ['CO'], datesOfBirth: [dob('1959')] }),
  entry('twin-2', 'person', 'MEJIA MUNERA, Victor Manuel', { aliases: ['LOS MELLIZOS', 'EL CUCHILLO'], countries: ['CO'], datesOfBirth: [dob('1959')] }),
  // One person on SDN and the Denied Persons List; namesakes born years apart stay apart.
  entry('sdn-tavan', 'person', 'TAVAN, Resit', { aliases: ['KARADENIZ, Mehmet'], countries: ['TR'], datesOfBirth: [dob('1977')] }),
  entry('dpl-tavan', 'unknown', 'RESIT TAVAN', { countries: ['TR'] }, 'DPL'),
  entry('sdn-kriv-1', 'person', 'KRIVORUCHKO, Aleksey', { aliases: ['ZOLOTAREV, Boris'], countries: ['RU'], datesOfBirth: [dob('1975')] }),
  entry('sdn-kriv-2', 'person', 'KRIVORUCHKO, Aleksey', { countries: ['RU'], datesOfBirth: [dob('1977')] }),
  // An equal identifier links entries whatever their countries say.
  entry('ssi-bank', 'organization', 'SETELEM BANK LLC', { aliases: ['SETELEM FINANCE'], ids: [{ type: 'Registration Number', number: '1027739664260' }] }, 'SSI'),
  entry('cap-bank', 'organization', 'SETELEM BANK LIMITED LIABILITY COMPANY', { aliases: ['SETELEM BANK LLC'], ids: [{ type: 'Registration Number', number: '1027739664260' }] }, 'CAP'),
  // ISN lists SDN's Iranian firm with no address; two shared names say it is the same firm.
  entry('sdn-mandegar', 'organization', 'MANDEGAR BASPAR KIMIYA COMPANY', { aliases: ['MANDEGAR BASPAR FAJR ASIA'], countries: ['IR'] }),
  entry('isn-mandegar', 'unknown', 'Mandegar Baspar Kimiya Co.', { aliases: ['Mandegar Baspar Fajr Asia', 'Javid Bardiya Tejarat'] }, 'ISN'),
  entry('sdn-one-name', 'organization', 'GOLDEN STAR TRADING', { countries: ['AE'] }),
  entry('isn-one-name', 'unknown', 'Golden Star Trading', { aliases: ['Golden Star Shipping Services'] }, 'ISN'),
  // A foundation's branches, one per country, each listed with all of the foundation's names.
  entry('aqsa-se', 'organization', 'AL-AQSA FOUNDATION', { aliases: ['AL-AQSA CHARITABLE FOUNDATION', 'AQSSA SOCIETY'], countries: ['SE'] }),
  entry('aqsa-nl', 'organization', 'STICHTING AL-AQSA', { aliases: ['AL-AQSA FOUNDATION', 'AL-AQSA CHARITABLE FOUNDATION', 'AQSSA SOCIETY', 'AL-AQSA SINABIL ESTABLISHMENT'], countries: ['NL'] }),
  // Distinct groups in different countries that share a slogan's spellings and little else.
  entry('ansar-ly', 'organization', "ANSAR AL-SHARI'A IN BENGHAZI", { aliases: ['ANSAR AL-SHARIA', 'ANSAR AL-SHARIAH', 'KATIBAT ANSAR AL-SHARIA IN BENGHAZI', 'AL-RAYA ESTABLISHMENT FOR MEDIA PRODUCTION'], countries: ['LY'] }),
  entry('ansar-tn', 'organization', "ANSAR AL-SHARI'A IN TUNISIA", { aliases: ['ANSAR AL-SHARIA', 'ANSAR AL-SHARIAH', 'AL-QAYRAWAN MEDIA FOUNDATION', "ANSAR AL-SHARI'AH IN TUNISIA"], countries: ['TN'] }),
]);

describe('the same party listed twice', () => {
  it('a name one listing carries finds the other, which says whose name it is', () => {
    expect(ids('Champion Way Pte Ltd')).toEqual(['el-alex', 'sdn-alex']);
    const el = screenParty(index, { name: 'Champion Way Pte Ltd' }).find((m) => m.entryId === 'el-alex')!;
    expect(el).toMatchObject({ matchedName: 'CHAMPION WAY PTE LTD', score: 1 });
    expect(el.explanation.sameParty).toEqual({ entryId: 'sdn-alex', source: 'SDN', name: 'ALEXSONG PTE LTD' });
    expect(screenParty(index, { name: 'Alexsong' }).find((m) => m.entryId === 'sdn-alex')?.explanation.sameParty).toBeUndefined();
  });

  it('a person listed under the same primary name in the same country, birth years not disagreeing', () => {
    expect(ids('Mehmet Karadeniz', 'person')).toEqual(['dpl-tavan', 'sdn-tavan']);
  });

  it('an equal identifier number links entries that give no country', () => {
    expect(ids('Setelem Finance')).toEqual(['cap-bank', 'ssi-bank']);
  });

  it('a listing with no address that shares two names with a placed listing is that party; one shared name is not enough', () => {
    expect(ids('Javid Bardiya Tejarat')).toEqual(['isn-mandegar', 'sdn-mandegar']);
    expect(ids('Golden Star Shipping Services')).toEqual(['isn-one-name']);
  });

  it("branches in other countries that share most of their names are one foundation; groups sharing a slogan's spellings stay apart", () => {
    expect(ids('Al-Aqsa Sinabil Establishment')).toEqual(['aqsa-nl', 'aqsa-se']);
    expect(ids('Al-Qayrawan Media Foundation')).toEqual(['ansar-tn']);
  });

  it('branches in other countries, twins sharing an alias and namesakes born apart stay apart', () => {
    expect(ids('Masjid Al-Haramain Islamabad')).toEqual(['haramain-pk']);
    expect(ids('El Cuchillo', 'person')).toEqual(['twin-2']);
    expect(ids('Boris Zolotarev', 'person')).toEqual(['sdn-kriv-1']);
  });

  it('an index of part of the list (a nightly diff) finds a new listing by a name only its unchanged twin carries, and returns the part only', () => {
    const part = buildIndex([index.entries.find((e) => e.entryId === 'el-alex')!], index);
    const matches = screenParty(part, { name: 'Champion Way Pte Ltd' });
    expect(matches.map((m) => m.entryId)).toEqual(['el-alex']);
    expect(matches[0]!.explanation.sameParty).toEqual({ entryId: 'sdn-alex', source: 'SDN', name: 'ALEXSONG PTE LTD' });
    expect(screenParty(part, { name: 'Alexsong Pte Ltd' }).map((m) => m.entryId)).toEqual(['el-alex']);
  });

  it('a chain of more listings than one party has is no party: each stays apart', () => {
    // Entry k shares a name with entry k + 1, all in one country.
    const chain = (length: number) => buildIndex(Array.from({ length }, (_, k) => entry(`c${k}`, 'organization', `CHAIN LINK ${k} TRADING`, { aliases: [`CHAIN LINK ${k + 1} TRADING`], countries: ['AE'] })));
    expect(chain(3).sameParty.size).toBe(3);
    expect(chain(3).sameParty.get(0)).toEqual([0, 1, 2]);
    expect(chain(20).sameParty.size).toBe(0);
  });
});
