import { describe, expect, it } from 'vitest';
import { buildIndex, screenParty, type MatchIndex } from '../../lib/match/screen.js';
import { retrieveCandidates } from '../../lib/match/retrieve.js';
import { normalizeName } from '../../lib/match/normalize/pipeline.js';
import { decide } from '../../lib/match/decision.js';
import { TUNING } from '../../lib/match/tuning.js';
import type { Party } from '../../lib/match/party.js';
import type { EntryType } from '../../lib/lists/model.js';
import { ENTRIES, entry } from './entries.js';

const index = buildIndex(ENTRIES);
const top = (party: Party) => screenParty(index, party)[0];

/** A made-up word per number (AAAQ, BAAQ ...), and names of two such words, distinct from the list's: to make a list as large as a real one. */
const madeUpWord = (i: number) => `${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}${String.fromCharCode(65 + Math.floor(i / 676))}Q`;
const madeUpNames = (count: number, type: EntryType) => Array.from({ length: count }, (_, i) => entry(`made-up-${i}`, type, `${madeUpWord(i + 100)} ${madeUpWord(i + 5000)}`));

describe('screenParty', () => {
  it.each([
    [{ name: 'Vladimir Putin', type: 'person' }, '1'],
    [{ name: 'Владимир Путин', type: 'person' }, '1'],
    // Latvian and Lithuanian spellings: retrieval looks "putinas" up as "putin".
    [{ name: 'Vladimirs Putins', type: 'person' }, '1'],
    [{ name: 'Vladimiras Putinas', type: 'person' }, '1'],
    // Russian ё written "yo" where the list writes "e": retrieval looks "semyonov" up as "semenov" too.
    [{ name: 'Artyom Semyonov', type: 'person' }, '14'],
    [{ name: 'Bashar Assad', type: 'person' }, '2'],
    [{ name: 'Islamic Revolutionary Guard Corps Quds Force' }, '3'],
    [{ name: 'JSCARGUMENT' }, '5'],
    [{ name: 'Khalid Mohammed', type: 'person' }, '7'],
    [{ name: 'Shanghai Juan Chemical Co., Ltd.' }, '9'],
  ] as [Party, string][])('%j finds entry %s', (party, entryId) => {
    expect(top(party)?.entryId).toBe(entryId);
  });

  it.each([
    [{ name: 'George Bush', type: 'person' }],
    [{ name: '11420 CORP', type: 'organization' }],
    [{ name: 'EMMA LLC', type: 'organization' }],
  ] as [Party][])('%j finds nothing', (party) => {
    expect(screenParty(index, party)).toEqual([]);
  });

  it('a name the list writes in parentheses within another is a name of the entry, shown as the listed name', () => {
    const listed = buildIndex([
      entry('n1', 'organization', 'National University of Defense Technology (NUDT)'),
      entry('n2', 'organization', 'ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)'),
      entry('n3', 'organization', 'China State Shipbuilding Corporation, Limited (CSSC) 750th Test Center'),
      entry('n4', 'organization', 'Gazprom Sotsinvest, OOO (f.k.a., Gazprominvestarena OOO)'),
      entry('n5', 'organization', 'GULF TRADING (LONDON) LTD'),
      entry('n6', 'organization', 'Huawei Device (Shenzhen) Co., Ltd.'),
      entry('n7', 'organization', 'SPECIAL INDUSTRIES GROUP (SIG)'),
    ]);
    const found = (name: string) => screenParty(listed, { name, type: 'organization' });
    expect(found('NUDT')[0]).toMatchObject({ entryId: 'n1', score: 1, matchedName: 'National University of Defense Technology (NUDT)' });
    expect(found('IRGC')[0]).toMatchObject({ entryId: 'n2', score: 1 });
    expect(found('Gazprominvestarena OOO')[0]).toMatchObject({ entryId: 'n4', score: 1 });
    // An acronym before more words is a part's, and a place in parentheses says where, not who.
    expect(found('CSSC').find((m) => m.entryId === 'n3')?.score ?? 0).toBeLessThan(1);
    expect(found('London Limited').map((m) => m.entryId)).not.toContain('n5');
    expect(found('Shenzhen').map((m) => m.entryId)).not.toContain('n6');
    // An acronym compares letter for letter: "SHIG" is another one.
    expect(found('SIG')[0]).toMatchObject({ entryId: 'n7', score: 1 });
    expect(found('SHIG').map((m) => m.entryId)).not.toContain('n7');
    // A party's own names within its name are screened too, but not its acronym, which others may share.
    expect(found('Foo Trading (f.k.a. Special Industries Group)')[0]).toMatchObject({ entryId: 'n7', explanation: { queryName: 'Special Industries Group' } });
    expect(found('Sanam Industrial Group (SIG)').map((m) => m.entryId)).not.toContain('n7');
  });

  it('an aircraft is found by its registration mark or serial number however spaced, and not by a mark one letter apart', () => {
    const aircraft = buildIndex(['EP-MNK', 'EP-MNQ', 'EP-MNC', 'YV2040', 'MSN 391'].map((name, i) => entry(`a${i}`, 'aircraft', name)));
    const found = (party: Party) => screenParty(aircraft, party).map((m) => `${m.matchedName} ${m.score}`);
    expect(found({ name: 'EP-MNK', type: 'aircraft' })).toEqual(['EP-MNK 1']);
    expect(found({ name: 'EPMNQ', type: 'aircraft' })).toEqual(['EP-MNQ 1']);
    // Written apart where the list runs them together, and the other way round: retrieval finds both.
    expect(found({ name: 'YV-2040', type: 'aircraft' })).toEqual(['YV2040 1']);
    expect(found({ name: 'MSN391', type: 'aircraft' })).toEqual(['MSN 391 1']);
    expect(found({ name: 'EP-MNX', type: 'aircraft' })).toEqual([]);
    // Of a party of unknown type the name may be a word, and is compared as one.
    expect(found({ name: 'EP-MNX' }).length).toBeGreaterThan(0);
  });

  it('an organization\'s one distinctive word, all of the shorter name, is a match', () => {
    // Rarity needs a list of realistic size: 2,000 filler names ("Bcd Trading Co") around the entries.
    const word = (n: number) => [...n.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');
    const fillers = Array.from({ length: 2000 }, (_, n) => entry(`f${n}`, 'organization', `${word(n + 700)} Trading Co`));
    const large = buildIndex([...ENTRIES, ...fillers]);
    const [match] = screenParty(large, { name: 'Hikmicro', type: 'organization' });
    expect(match).toMatchObject({ entryId: '11' });
    expect(match!.score).toBeGreaterThanOrEqual(TUNING.threshold);
    expect(screenParty(large, { name: 'Trading', type: 'organization' })).toEqual([]);
    // What a company does is no name, however rare on the lists: "software" is in one name here.
    const withSoftware = buildIndex([...ENTRIES, ...fillers, entry('s', 'organization', 'Douran Software Technologies')]);
    expect(screenParty(withSoftware, { name: 'Le Software', type: 'organization' })).toEqual([]);
    // One Chinese or Korean syllable is one sound of a name: 화 (hwa) of 화성 is not the organization "HWA".
    const withHwa = buildIndex([...ENTRIES, ...fillers, entry('h', 'organization', 'HWA')]);
    expect(screenParty(withHwa, { name: '화성전자', type: 'organization' })).toEqual([]);
    // A vowelless word of two consonants (ضحاك, "dhk") pairs by skeleton with any word of them ("OSK", "IDEK"):
    // alike in sound, not the organization's name; "NPP" still names one spelled "NPP".
    const withOsk = buildIndex([...ENTRIES, ...fillers, entry('o', 'organization', 'OSK AO'), entry('i', 'organization', 'IDEK'), entry('n', 'organization', 'NPP')]);
    expect(screenParty(withOsk, { name: 'ضحّاك مُرسي آل رفيع', type: 'organization' })).toEqual([]);
    expect(screenParty(withOsk, { name: 'NPP Eltom', type: 'organization' })[0]).toMatchObject({ entryId: 'n' });
  });

  it('an organization\'s one word beside generic words only is its name, however many listed affiliates share it', () => {
    const word = (n: number) => [...n.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');
    const fillers = Array.from({ length: 2000 }, (_, n) => entry(`f${n}`, 'organization', `${word(n + 700)} ${n % 2 ? 'Trading' : 'Technologies'} Co`));
    // 150 affiliates make "huawei" a common word of the list, as on the Entity List.
    const affiliates = Array.from({ length: 150 }, (_, n) => entry(`hw${n}`, 'organization', `Huawei ${word(n + 3000)} Co., Ltd.`));
    const large = buildIndex([...ENTRIES, ...fillers, ...affiliates, entry('hw', 'organization', 'Huawei Technologies Co., Ltd.'), entry('inv', 'organization', 'Invest Group LLC')]);
    const [match] = screenParty(large, { name: 'Huawei', type: 'organization' });
    expect(match).toMatchObject({ entryId: 'hw' });
    expect(match!.score).toBeGreaterThanOrEqual(TUNING.threshold);
    // The same word, not a look-alike; and a person's one name part stays one part.
    expect(screenParty(large, { name: 'Invent', type: 'organization' })).toEqual([]);
    expect(screenParty(large, { name: 'Huawei Li', type: 'person' })).toEqual([]);
  });

  it('finds a compound another list writes as one word among names that split it as the query does', () => {
    // Thirty-six names with "abd al hakim" or "abu" apart crowd the candidates; "abdelhakim" stands for two query words.
    const word = (n: number) => [...n.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');
    const crowd = Array.from({ length: 12 }, (_, n) => [
      entry(`s${n}`, 'person', `${word(n + 20000)}, 'Abd-al-Hakim`),
      entry(`a${n}`, 'person', `AL-HAKIM, Abu ${word(n + 30000)}`),
      entry(`b${n}`, 'person', `ABU 'ABD AL-${word(n + 40000)}`),
    ]).flat();
    const fillers = Array.from({ length: 2000 }, (_, n) => entry(`f${n}`, 'organization', `${word(n + 3000)} Trading Co`));
    const listed = buildIndex([entry('kidali', 'person', 'Abu Abdelhakim al-Kidali'), ...crowd, ...fillers]);
    const found = screenParty(listed, { name: "ABU 'ABD AL-HAKIM", type: 'person' }, { threshold: 0, limit: 10 });
    expect(found.map((m) => m.entryId)).toContain('kidali');
  });

  it('finds a Korean name written in Hangul under its usual Latin spelling', () => {
    const listed = [entry('lee', 'person', 'LEE, Min Ho'), entry('li', 'person', 'LI, Ming'), entry('park', 'person', 'PARK, Ji Sung')];
    expect(screenParty(buildIndex(listed), { name: '이민호', type: 'person' }).map((m) => m.entryId)).toEqual(['lee']);
    expect(screenParty(buildIndex(listed), { name: '박지성', type: 'person' }).map((m) => m.entryId)).toEqual(['park']);
  });

  it('finds a name whose particle another list writes glued on ("ELKADDAFI" for "EL-QADDAFI")', () => {
    const family = ['Muammar', 'Khamis', 'Saadi', 'Mutassim', 'Aisha', 'Hannibal', 'Saif al-Islam', 'Saif al-Arab'];
    const listed = [
      ...family.map((given, n) => entry(`k${n}`, 'person', `ELKADDAFI, ${given}`)),
      ...Array.from({ length: 40 }, (_, n) => entry(`m${n}`, 'person', `MUHAMMAD, ${String.fromCharCode(97 + (n % 26))}${'bcdfg'[n % 5]}ir${n}`)),
      entry('q', 'person', 'GADDAFI, Muhammad', { aliases: ['EL-QADDAFI, Muhammad'] }),
    ];
    const [match] = screenParty(buildIndex(listed), { name: 'ELKADDAFI, Muhammad', type: 'person' });
    expect(match).toMatchObject({ entryId: 'q', matchedName: 'EL-QADDAFI, Muhammad' });
  });


  it('finds two list words run together in the query ("HIKMAPHARMA" for "HIKMA PHARMA"), and the other way round', () => {
    const fillers = Array.from({ length: 30 }, (_, n) => entry(`f${n}`, 'organization', `${String.fromCharCode(97 + (n % 26))}zor${n} Pharma`));
    const index = buildIndex([entry('split', 'organization', 'HIKMA PHARMA'), entry('word', 'organization', 'HIKMAPHARMA'), ...fillers]);
    for (const name of ['HIKMAPHARMA', 'Hikma Pharma']) {
      expect(screenParty(index, { name, type: 'organization' }).map((m) => m.entryId).sort()).toEqual(['split', 'word']);
    }
  });

  it('finds the names of every way a run-together word splits into two list words, each once', () => {
    const index = buildIndex([entry('cut5', 'organization', 'ALPHA BETAX'), entry('cut6', 'organization', 'ALPHAB ETAX'), entry('both', 'organization', 'ALPHA BETAX ALPHAB ETAX'), ...ENTRIES]);
    const retrieved = retrieveCandidates(index, normalizeName('ALPHABETAX').tokens, TUNING.retrieval.candidates, 'organization');
    expect(retrieved.flatMap((n) => entryIdsOf(n, index)).sort()).toEqual(['both', 'cut5', 'cut6']);
    expect(new Set(retrieved).size).toBe(retrieved.length);
  });

  it('finds a list word that runs three query words together', () => {
    const index = buildIndex([entry('glued', 'organization', 'DIVETECHNOSERVICES'), ...ENTRIES]);
    expect(screenParty(index, { name: 'Dive Techno Services', type: 'organization' })[0]?.entryId).toBe('glued');
  });

  it('finds three list words a query word runs together, short ones too ("AIRCARGOPRO" for "AIR CARGO PRO")', () => {
    const fillers = Array.from({ length: 40 }, (_, n) => entry(`f${n}`, 'organization', `AIR CARGO ${String.fromCharCode(97 + (n % 26))}zor${n}`));
    const index = buildIndex([entry('split', 'organization', 'AIR CARGO PRO LIMITED'), entry('other', 'organization', 'PRO AIR CARGO'), ...fillers]);
    const retrieved = retrieveCandidates(index, normalizeName('AIRCARGOPRO').tokens, TUNING.retrieval.candidates, 'organization');
    expect(retrieved.flatMap((n) => entryIdsOf(n, index))).toEqual(['split']);
    expect(screenParty(index, { name: 'AIRCARGOPRO LTD', type: 'organization' })[0]?.entryId).toBe('split');
  });

  it('an index of part of a list (a nightly diff) scores with the whole list\'s rarity, as screening the whole list would', () => {
    const word = (n: number) => [...n.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');
    const fillers = Array.from({ length: 2000 }, (_, n) => entry(`f${n}`, 'organization', `${word(n + 700)} Trading Co`));
    const whole = buildIndex([...ENTRIES, ...fillers]);
    const part = [ENTRIES.find((e) => e.entryId === '11')!, fillers[0]!];
    const query: Party = { name: 'Hikmicro', type: 'organization' };
    const [onWhole] = screenParty(whole, query);
    expect(screenParty(buildIndex(part, whole), query)).toEqual([onWhole]);
    // Alone, two names make every word look rare or none: the part would score differently.
    expect(screenParty(buildIndex(part), query, { threshold: 0 })[0]!.score).not.toBe(onWhole!.score);
    expect(screenParty(buildIndex(part, whole), { name: 'Trading', type: 'organization' })).toEqual([]);
  });

  it('the same name on several lists is compared once and found for each entry', () => {
    const ids = screenParty(index, { name: 'Ernest Chornoletskyy', type: 'person' }).map((m) => m.entryId).sort();
    expect(ids).toEqual(['12', '13']);
    const distinct = retrieveCandidates(index, normalizeName('Ernest Chornoletskyy', 'person').tokens);
    expect(distinct.filter((n) => entryIdsOf(n).includes('12'))).toHaveLength(1);
    expect(entryIdsOf(distinct[0]!).sort()).toEqual(['12', '13']);
  });

  it('takes an Arabic name with another own name before one father\'s for a brother\'s, however common the own names on the list', () => {
    const brothers = ['Ali', 'Mohammad', 'Noor'].map((own, i) => entry(`barzan-${i}`, 'person', `AL-TIKRITI, ${own} Barzan Ibrahim Hasan`));
    // The own names common on the list, as on the SDN: left over, they weigh little.
    const others = ['Ali', 'Mohammad', 'Noor', 'Ibrahim', 'Hasan'].flatMap((own) => Array.from({ length: 100 }, (_, i) => entry(`${own}-${i}`, 'person', `${own} ${madeUpWord(i + 100)}`)));
    const siblings = buildIndex([...brothers, ...others]);
    const matches = screenParty(siblings, { name: 'AL-TIKRITI, Ali Barzan Ibrahim Hasan', type: 'person' });
    expect(matches.map((m) => m.entryId)).toEqual(['barzan-0']);
    const brother = screenParty(siblings, { name: 'AL-TIKRITI, Ali Barzan Ibrahim Hasan', type: 'person' }, { threshold: 0 }).find((m) => m.entryId === 'barzan-1');
    expect(brother?.explanation.nameDetail).toMatch(/a brother's or sister's/);
  });

  it('never matches a person to a vessel', () => {
    const matches = screenParty(index, { name: 'Vladimir Putin', type: 'person' }, { threshold: 0 });
    expect(matches.map((m) => m.entryId)).not.toContain('4');
    expect(screenParty(index, { name: 'Vladimir Putin', type: 'vessel' })[0]?.entryId).toBe('4');
  });

  it('explains name alignment and attributes', () => {
    const [match] = screenParty(index, { name: 'Vladimir Putin', type: 'person', dateOfBirth: '1952-10-07', country: 'Russia' });
    expect(match?.explanation.nameAlignment).toEqual(expect.arrayContaining([expect.objectContaining({ query: 'putin', entry: 'putin', similarity: 1 })]));
    expect(match?.explanation.features.map((f) => f.feature).sort()).toEqual(['country', 'dateOfBirth']);
  });

  it('raises the score for a matching birth date and lowers it for a different year', () => {
    const base = top({ name: 'Khalid Muhamad', type: 'person' })!.score;
    expect(top({ name: 'Khalid Muhamad', type: 'person', dateOfBirth: '1970-01-01' })!.score).toBeGreaterThan(base);
    const other = screenParty(index, { name: 'Khalid Muhamad', type: 'person', dateOfBirth: '1990' }, { threshold: 0 })[0]!;
    expect(other.score).toBeLessThan(base);
  });

  it('an equal identifier is strong evidence even for a weak name', () => {
    const [match] = screenParty(index, { name: 'Mahan Airlines Company', ids: [{ number: 'IR77123456' }] });
    expect(match?.entryId).toBe('6');
    expect(match!.score).toBeGreaterThanOrEqual(TUNING.attributes.identifierMatch);
  });

  it('respects threshold and limit', () => {
    expect(screenParty(index, { name: 'Vladimir' }, { threshold: 0, limit: 1 })).toHaveLength(1);
    const matches = screenParty(index, { name: 'Vladimir Putin' }, { threshold: 0 });
    expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a));
  });

  it('finds an acronym alias that stands for the query, where another name of the entry shares its words', () => {
    // Twenty "... Chemical Industries" names crowd the candidates; only one entry is also "PCI".
    const word = (n: number) => [...n.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');
    const crowd = Array.from({ length: 20 }, (_, n) => entry(`c${n}`, 'organization', `${word(n + 20000)} Chemical Industries`));
    const fillers = Array.from({ length: 2000 }, (_, n) => entry(`f${n}`, 'organization', `${word(n + 3000)} Trading Co`));
    const listed = buildIndex([entry('pci', 'organization', 'PARCHIN CHEMICAL INDUSTRIES', { aliases: ['PCI'] }), ...crowd, ...fillers,
      entry('msp', 'organization', 'RUSSIAN BANK FOR SMALL AND MEDIUM ENTERPRISES SUPPORT', { aliases: ['MSP BANK'] })]);
    const [match] = screenParty(listed, { name: 'Para Chemical Industries', type: 'organization' });
    expect(match).toMatchObject({ entryId: 'pci', matchedName: 'PCI' });
    // An acronym alone, its entry sharing no more than a look-alike word, is not looked up.
    expect(screenParty(listed, { name: 'Michelle Sally Padilla', type: 'organization' }).map((m) => m.entryId)).not.toContain('msp');
  });

  it('maps matches to a decision', () => {
    expect(decide([])).toEqual({ decision: 'clear', riskScore: 0 });
    expect(decide(screenParty(index, { name: 'Vladimir Putin', type: 'person' }))).toMatchObject({ decision: 'review' });
  });
});

/** Entry ids carrying distinct name `n`. */
function entryIdsOf(n: number, of: MatchIndex = index): string[] {
  const ids: string[] = [];
  for (let k = of.occurrenceStart[n]!; k < of.occurrenceStart[n + 1]!; k++) ids.push(of.entries[of.occurrenceEntry[k]!]!.entryId);
  return ids;
}

describe('retrieval', () => {
  it('an entry with a hundred aliases does not crowd out another entry sharing the word', () => {
    const word = (n: number) => [...n.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');
    const many = entry('many', 'person', 'Zarkon Abcde', { aliases: Array.from({ length: 120 }, (_, n) => `Zarkon ${word(n + 1000)}`) });
    const listed = [many, entry('other', 'person', 'Zarkon Bilderberg Quastenflosser Ypsilantis')];
    const ids = screenParty(buildIndex(listed), { name: 'Zarkon', type: 'person' }, { threshold: 0 }).map((m) => m.entryId);
    expect(ids.sort()).toEqual(['many', 'other']);
  });

  it('finds an entry sharing no exact token with the query (fuzzy only)', () => {
    const candidates = retrieveCandidates(index, normalizeName('Vladimyr Poutine', 'person').tokens);
    expect(candidates.flatMap((n) => entryIdsOf(n))).toContain('1');
    expect(top({ name: 'Vladimyr Poutin', type: 'person' })?.entryId).toBe('1');
  });

  it('finds a Belarusian or Arabic spelling whose every word is more than two letters apart, by its consonants', () => {
    const listed = buildIndex([...ENTRIES, entry('zim', 'person', 'ZIMOUSKY, Aliaksandr Leanidavich'), entry('chain', 'organization', 'SELSELAT AL THAHAB'), entry('mahmud', 'person', 'Mahmud')]);
    expect(screenParty(listed, { name: 'ZIMOVSKY, Aleksandr Leonidovich', type: 'person' })[0]?.entryId).toBe('zim');
    expect(screenParty(listed, { name: 'AL SILSILAH AL DHAHABA', type: 'organization' })[0]?.entryId).toBe('chain');
    // Known given names are found by their forms, not consonants: Mahmud is not a candidate for Muhammad.
    expect(retrieveCandidates(listed, normalizeName('Muhammad', 'person').tokens).flatMap((n) => entryIdsOf(n, listed))).not.toContain('mahmud');
  });

  it('finds an Arabic-script name as Latin writes it with the article on the first word ("Abdur Rehman" for عبد الرحمن), among names that run it together or share its other word', () => {
    const crowd = Array.from({ length: 60 }, (_, i) => entry(`crowd-${i}`, 'person', [`ABDURRAHMAN ${madeUpWord(i)}`, `ABD AR RAHMAN ${madeUpWord(i)}`, `${madeUpWord(i)} REHMAN`][i % 3]!));
    const listed = buildIndex([...ENTRIES, ...crowd, entry('rehman', 'person', 'ABDUR REHMAN')]);
    expect(retrieveCandidates(listed, normalizeName('عبد الرحمن', 'person').tokens, TUNING.retrieval.candidates, 'person').flatMap((n) => entryIdsOf(n, listed))).toContain('rehman');
  });

  it('finds two Hangul syllables as the English name runs them together after McCune-Reischauer ("Kumsan" for 금산), among many Korea ... Trading firms', () => {
    const crowd = Array.from({ length: 60 }, (_, i) => entry(`crowd-${i}`, 'organization', `KOREA ${madeUpWord(i)} TRADING CORPORATION`));
    const listed = buildIndex([...ENTRIES, ...crowd, entry('kumsan', 'organization', 'KOREA KUMSAN TRADING CORPORATION')]);
    expect(screenParty(listed, { name: '조선금산무역회사', type: 'organization' })[0]?.entryId).toBe('kumsan');
  });

  it('finds two Arabic-script words Latin runs together ("Abubakar" for أبو بكر)', () => {
    const listed = buildIndex([...ENTRIES, entry('shekau', 'person', 'ABUBAKAR MOHAMMED SHEKAU')]);
    expect(retrieveCandidates(listed, normalizeName('أبو بكر', 'person').tokens, TUNING.retrieval.candidates, 'person').flatMap((n) => entryIdsOf(n, listed))).toContain('shekau');
  });

  it('finds a translated word by its meaning, by its other spellings and by its initial', () => {
    const listed = buildIndex([...ENTRIES, entry('sham', 'organization', 'HARAKAT SHAM AL-ISLAM'), entry('rihs', 'organization', 'REVIVAL OF ISLAMIC HERITAGE SOCIETY')]);
    for (const name of ['MOVEMENT SHAM AL-ISLAM', 'HARAKET SHAM AL-ISLAM']) expect(screenParty(listed, { name, type: 'organization' })[0]?.entryId).toBe('sham');
    // The index keeps what each of its words means as that word's id, the names being posted under it too.
    expect(listed.meant[listed.tokenIds.get('harakat')!]).toBe(listed.tokenIds.get('movement'));
    expect(listed.meant[listed.tokenIds.get('sham')!]).toBe(-1);
    expect(screenParty(listed, { name: 'RIHS', type: 'organization' })[0]?.entryId).toBe('rihs');
    // A society is an association: one word's meaning, the list's spelling shown in the explanation.
    const [match] = screenParty(listed, { name: 'Revival of Islamic Heritage Association', type: 'organization' });
    expect(match?.entryId).toBe('rihs');
    expect(match?.explanation.nameAlignment).toContainEqual(expect.objectContaining({ query: 'association', entry: 'society', similarity: 1 }));
  });

  it('scores the one name a query word is found in, however many names its other words crowd in', () => {
    // Forty production associations among three thousand other names: as rare as in the SDN list.
    const crowd = Array.from({ length: 40 }, (_, i) => entry(`pa${i}`, 'organization', `JSC PRODUCTION ASSOCIATION ${madeUpWord(i)}`));
    const listed = buildIndex([...ENTRIES, ...crowd, ...madeUpNames(3000, 'organization'), entry('naftan', 'organization', 'NAFTAN OAO')]);
    expect(screenParty(listed, { name: 'NAFTAN PRODUCTION ASSOCIATION', type: 'organization' })[0]?.entryId).toBe('naftan');
  });

  it('scores the one name a query number is found in, however many numbered names of its series crowd in', () => {
    const series = Array.from({ length: 40 }, (_, i) => entry(`csic${i}`, 'organization', `China Shipbuilding Industry Group Co., Ltd. (CSIC) ${750 + i}th Research Institute`));
    const listed = buildIndex([...ENTRIES, ...series, ...madeUpNames(3000, 'organization'), entry('714', 'organization', 'China State Shipbuilding Corporation, Limited (CSSC) 714th Research Institute')]);
    const matches = screenParty(listed, { name: 'China Shipbuilding Industry Group Co., Ltd. (CSIC) 714th Research Institute', type: 'organization' }, { threshold: 0 });
    expect(matches.map((m) => m.entryId)).toContain('714');
  });

  it('reads Russian nauchno- as "scientific" or "research": one organization however translated', () => {
    const listed = buildIndex([...ENTRIES, entry('sapfir', 'organization', 'JOINT STOCK COMPANY RESEARCH AND PRODUCTION ENTERPRISE SAPFIR'), entry('almaz', 'organization', 'SCIENTIFIC PRODUCTION ASSOCIATION ALMAZ')]);
    for (const name of ['AO NPP SAPFIR', 'Aktsionernoye Obshchestvo Nauchno-Proizvodstvennoye Predpriyatiye Sapfir']) expect(screenParty(listed, { name, type: 'organization' })[0]?.entryId).toBe('sapfir');
    const [almaz] = screenParty(listed, { name: 'Research and Production Association Almaz', type: 'organization' });
    expect(almaz?.entryId).toBe('almaz');
    expect(almaz?.score).toBeGreaterThan(0.9);
  });

  it('takes no one word of a vessel\'s name for all of it: HERMES is another ship than ALPHA HERMES', () => {
    // Among three thousand other names, as rare a word as in the SDN list.
    const listed = buildIndex([...ENTRIES, ...madeUpNames(3000, 'vessel'), entry('alpha', 'vessel', 'ALPHA HERMES'), entry('trust', 'organization', 'ALPHA HERMES TRUST')]);
    // An organization's rare word, all of its shorter name, is its name.
    expect(screenParty(listed, { name: 'HERMES', type: 'organization' })[0]?.entryId).toBe('trust');
    expect(screenParty(listed, { name: 'HERMES', type: 'vessel' }).map((m) => m.entryId)).toEqual([]);
  });

  it('ranks first the name a short query word abbreviates within, beside a word the names share', () => {
    const listed = buildIndex([...ENTRIES, entry('bank', 'organization', 'CHAMS BANK'), entry('exchange', 'organization', 'CHAMS EXCHANGE'), entry('mlo', 'organization', 'CHAMS MONEY LAUNDERING ORGANIZATION')]);
    expect(entryIdsOf(retrieveCandidates(listed, normalizeName('CHAMS MLO').tokens, undefined, 'organization')[0]!, listed)).toEqual(['mlo']);
  });

  it('finds the organization a query word abbreviates, though they share no token', () => {
    const listed = [
      ...ENTRIES, entry('hotincol', 'organization', 'HOTELES E INMUEBLES DE COLOMBIA LTDA.'), entry('scos', 'organization', 'SYRIAN CHAMBER OF SHIPPING'),
      entry('morspas', 'organization', 'MARINE RESCUE SERVICE', { aliases: ['MORSPASSLUZHBA'] }),
      entry('petrobras', 'organization', 'PETROLEO BRASILEIRO S.A.'), entry('pcc', 'organization', 'PETROCHEMICAL COMMERCIAL COMPANY (U.K.) LIMITED'),
    ];
    const abbreviated = buildIndex(listed);
    expect(screenParty(abbreviated, { name: 'MORSPAS', type: 'organization' })[0]?.entryId).toBe('morspas');
    expect(screenParty(abbreviated, { name: 'PETROBRAS', type: 'organization' })[0]?.entryId).toBe('petrobras');
    expect(screenParty(abbreviated, { name: 'HOTINCOL', type: 'organization' })[0]?.entryId).toBe('hotincol');
    expect(screenParty(abbreviated, { name: 'SCOS' })[0]?.entryId).toBe('scos');
    // Beside a country or a letter, which branch: the abbreviation is still looked up.
    expect(screenParty(abbreviated, { name: 'PCC UK LTD', type: 'organization' })[0]?.entryId).toBe('pcc');
    expect(screenParty(abbreviated, { name: 'HOTINCOL B LTDA', type: 'organization' })[0]?.entryId).toBe('hotincol');
    // Beside another word, that word finds the names: a word alone abbreviates too many.
    expect(retrieveCandidates(abbreviated, normalizeName('SCOS TRADING').tokens, TUNING.retrieval.candidates, 'organization')).toEqual([]);
    // A person's name is not looked up as an abbreviation.
    expect(retrieveCandidates(abbreviated, normalizeName('Hotincol', 'person').tokens, TUNING.retrieval.candidates, 'person')).toEqual([]);
  });

  it('finds the organization a word of a few names abbreviates letter by letter, not by syllables', () => {
    const listed = buildIndex([
      ...ENTRIES, entry('isil', 'organization', 'ISLAMIC STATE OF IRAQ AND THE LEVANT'),
      ...['YEMEN', 'KHORASAN', 'SINAI'].map((place) => entry(`isil-${place}`, 'organization', `ISIL ${place}`)),
      entry('laser', 'organization', 'LIMITED COMPANY LASER SYSTEMS'),
      ...['ONE', 'TWO', 'THREE'].map((n) => entry(`class-${n}`, 'organization', `CLASS ${n} TRADING`)),
    ]);
    const retrieved = (name: string) => retrieveCandidates(listed, normalizeName(name).tokens, TUNING.retrieval.candidates, 'organization').flatMap((n) => entryIdsOf(n, listed));
    expect(retrieved('ISIL')).toContain('isil');
    expect(retrieved('CLASS')).not.toContain('laser');
  });

  it('finds a name holding an acronym of the query\'s words beside a word they share', () => {
    const word = (n: number) => [...n.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');
    const banks = Array.from({ length: 100 }, (_, n) => entry(`b${n}`, 'organization', `Q${word(n + 700)} BANK`));
    const listed = [...ENTRIES, ...banks, entry('smp', 'organization', 'SMP BANK'), entry('sm', 'organization', 'SEVASTOPOLSKY MORSKOY BANK'), entry('dmc', 'organization', 'DMC')];
    const acronyms = buildIndex(listed);
    const retrieved = (name: string) => retrieveCandidates(acronyms, normalizeName(name).tokens, TUNING.retrieval.candidates, 'organization').flatMap((n) => entryIdsOf(n, acronyms));
    expect(retrieved('AO BANK SEVERNY MORSKOY PUT')[0]).toBe('smp');
    expect(screenParty(acronyms, { name: 'AO BANK SEVERNY MORSKOY PUT', type: 'organization' })[0]?.entryId).toBe('smp');
    // Alone, a short acronym is no evidence: a name of three words gives one that many list names are.
    expect(retrieved('Daniel Miguel Correia')).not.toContain('dmc');
    // Each initial may give its letter or none: a name of 150 answers (unbounded, billions of runs).
    expect(retrieved(`Bank ${Array.from({ length: 150 }, () => 'A').join(' ')} Smp`)).toContain('smp');
  });

  it('finds a compound written as one word or apart, spelled otherwise too: the Arabic article\'s, assimilated or not, and a Persian surname\'s', () => {
    const compounds = buildIndex([
      ...ENTRIES, entry('abdelhakim', 'person', 'ABDELHAKIM, Cherif'), entry('abd-al-karim', 'person', 'AL-HABU, Muhammad Abd-al-Karim'),
      entry('abdulsalam', 'person', 'ABDULSALAM, Mohammad'), entry('abd-as-sattar', 'person', 'ABD AS-SATTAR, Ibrahim'),
      entry('naserzadeh', 'person', 'NASERZADEH, Muhammad Reza'), entry('pour-kazemi', 'person', 'POUR KAZEMI, Abbas'),
    ]);
    const retrieved = (name: string) => retrieveCandidates(compounds, normalizeName(name, 'person').tokens, TUNING.retrieval.candidates, 'person').flatMap((n) => entryIdsOf(n, compounds));
    const cases: [string, string][] = [
      ["'Abd al-Hakim", 'abdelhakim'], ['Abdulkarim', 'abd-al-karim'],
      // "abd as salam" is also "abdalsalam", an edit from "Abdulsalam".
      ['ABD AL-SALAM', 'abdulsalam'], ['ABDULSATTAR', 'abd-as-sattar'],
      ['NASSER ZADEH', 'naserzadeh'], ['PORKAZEMI', 'pour-kazemi'],
    ];
    for (const [query, id] of cases) expect(retrieved(query), query).toContain(id);
    expect(screenParty(compounds, { name: 'NASSER ZADEH, Mohammad Reza', type: 'person' })[0]?.entryId).toBe('naserzadeh');
  });

  it('finds an abjad transliteration without vowels', () => {
    expect(top({ name: 'خالد محمد', type: 'person' })?.entryId).toBe('7');
  });

  it('finds an Arabic-script word of two consonants besides its long vowels among many names sharing a common one', () => {
    const word = (n: number) => [...n.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');
    const mohammads = Array.from({ length: 100 }, (_, n) => entry(`m${n}`, 'person', `MOHAMMAD Q${word(n + 700)}`));
    const listed = buildIndex([...ENTRIES, ...mohammads, entry('yaqoub', 'person', 'MOHAMMAD YAQOUB')]);
    // يعقوب is "yqwb": y and w are long vowels there, leaving the two consonants of "Yaqoub".
    expect(screenParty(listed, { name: 'محمد يعقوب', type: 'person' })[0]?.entryId).toBe('yaqoub');
  });

  it('finds an Arabic-script word under the skeletons of its Persian and Maghrebi readings: ض as z, ث as s, غ as g', () => {
    const listed = buildIndex([...ENTRIES, entry('faiz', 'person', 'FAIZ'), entry('wassiq', 'person', 'WASSIQ, Abdul-Haq'), entry('laagoub', 'person', 'LAAGOUB, Abdelkader')]);
    expect(screenParty(listed, { name: 'فيض', type: 'person' })[0]?.entryId).toBe('faiz');
    expect(screenParty(listed, { name: 'عبد الحق وثيق', type: 'person' })[0]?.entryId).toBe('wassiq');
    expect(screenParty(listed, { name: 'عبد القادر لاغوب', type: 'person' })[0]?.entryId).toBe('laagoub');
  });

  it('finds the Latin entry of a name in Arabic or Hebrew script that writes long vowels and the article', () => {
    const listed = [...ENTRIES, entry('duri', 'person', 'AL-DURI, Izzat Ibrahim'), entry('cohen', 'person', 'COHEN, Moshe'), entry('hidayat', 'person', 'HIDAYATULLAH')];
    const scripts = buildIndex(listed);
    expect(screenParty(scripts, { name: 'هدايت الله', type: 'person' })[0]?.entryId).toBe('hidayat');
    expect(screenParty(scripts, { name: 'عزت ابراهيم الدوري', type: 'person' })[0]?.entryId).toBe('duri');
    expect(screenParty(scripts, { name: 'משה כהן', type: 'person' })[0]?.entryId).toBe('cohen');
  });
});
