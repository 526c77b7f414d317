/**
 * compareNames passes over the pairs of words mayReachMinimum turns down, on their letters and
 * shapes alone (their pairChecks in PreparedName.checks). Screening stays exact only if no pair it turns down is one
 * tokenSimilarity scores at `minimum` or more: checked on word pairs made to take each other route of
 * wordSimilarity, on the sample list's words against the test entries', on the evaluation queries'
 * words against the full CSL's (when ../shared is present), and on whole comparisons made with every
 * pair examined. Likewise for the similarities retrieval's similar-word search files in the pair
 * table at its own, lower floor (rememberSimilarity), which compareNames then reads.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryNames } from '../../lib/lists/model.js';
import { readListFile } from '../../lib/lists/read.js';
import { compareNames } from '../../lib/match/compare/names.js';
import { PAIR, prepareName, TOKEN_CHECKS, type PreparedName } from '../../lib/match/compare/prepared-name.js';
import { mayReachMinimum, tokenSimilarity } from '../../lib/match/compare/similarity.js';
import { normalizeName, type NameToken } from '../../lib/match/normalize/pipeline.js';
import { TUNING } from '../../lib/match/tuning.js';
import { CSL_2022, hasShared, SAMPLE_LIST, SHARED } from '../support/shared-data.js';
import { ENTRIES } from './entries.js';

/** Words and names that one route or another pairs: name forms, patronymics, Wade-Giles, sound-alike first letters, Chinese and Korean syllables and their romanizations, Arabic-script names and their Latin forms, Korean spellings, Baltic endings, glued articles, legal forms, particles, numbers. */
const ROUTES = [
  'william', 'bill', 'liam', 'nikolayevna', 'mikalaeuna', 'grigorevich', 'ryhoravich', 'hsi', 'xi', 'tsetung', 'zedong', 'chin', 'jin',
  'qin', 'phillip', 'filip', 'lee', 'yi', 'rhee', 'park', 'pak', 'bahk', 'yusuf', 'joseph', 'jusuf', 'iosif', 'jose', 'pepe',
  'mohammed', 'muhammad', 'mehmet', 'magomed', 'maxamed', 'kaddafi', 'gaddafi', 'qadhafi', 'ghathafi', 'olga', 'volha', 'alexander',
  'sasha', 'aleksandr', 'ted', 'theodore', 'kazan', 'kazanskiy', 'semyonov', 'semenov', 'sergejus', 'sergey', 'soleimani', 'sulaymani',
  'ghasemi', 'qasimi', 'elkaddafi', 'almaghraby', 'maghrabi', 'eitom', 'eltom', 'cho', 'jo', 'choi', 'kim', 'gim', 'rim', 'lim', 'im',
  'ekaterina', 'katerina', 'yekaterina', 'juan', 'john', 'ivan', 'giovanni', 'hans', 'jan', 'jean', 'sean', 'shawn', 'hussein', 'husayn',
  'xavier', 'javier', 'chavez', 'shavez', 'tsai', 'cai', 'zhou', 'chou', 'jou', 'kwok', 'kuo', 'guo', 'wong', 'huang', 'ng', 'wu', 'tse', 'ze',
  '习近平', '毛泽东', '蒋经国', '周恩来', '김정은', '이승만', '박정희', '리영호', '최룡해', 'Hsi Chin ping', 'Mao Tse tung', 'Chiang Ching kuo', 'Chou En lai',
  'Rhee Syngman', 'Ri Yong Ho', 'Pak Chong Hui', 'Choe Ryong Hae', 'Kim Jong Un', 'Ing', 'Ying', 'Jih', 'Lyu', 'Nyu',
  'محمد', 'مهمد', 'أحمد', 'عبد الله', 'يوسف', 'إبراهيم', 'عائشة', 'قاسم', 'حسين', 'خالد', 'عمر', 'علي', 'الصحراوي', 'التكريتي', 'بشار الأسد', 'محمود',
  'Muhammad', 'Mohamed', 'Mehmet', 'Ahmad', 'Abdullah', 'Yusuf', 'Youssef', 'Ibrahim', 'Brahim', 'Aisha', 'Qasim', 'Kassem', 'Hussein', 'Husayn', 'Khalid',
  'Umar', 'Omar', 'Ali', 'Sahraoui', 'Tikriti', 'Bashar al-Assad', 'Mahmoud',
  'Lee Kim Park Choi Jung Oh Lim', 'Yi Gim Bak Choe Jeong O Im', 'Rhee Ri', 'Acme Co Ltd', 'Acme Company Limited', 'OOO Vector', 'JSC Vector', 'ZAO Vector',
  'Sheikh Hafiz al Din', 'Shaykh Hafez ad Din', 'bin Laden', 'ben Ali', 'de la Cruz', 'van der Berg', '14 Kilometres', '714th Institute', 'Unit 29155',
  'chang', 'zhang', 'hryhoravich', 'nikolaevich', 'mikalaevich', 'ivanovna', 'ivanauna', 'johannes', 'avenas', 'aven',
];

/** A name's word tokens, read as a person's and as an organization's. */
const wordsOf = (names: string[]) => {
  const words = new Map<string, NameToken>();
  for (const name of names) {
    for (const kind of ['person', 'other'] as const) for (const token of normalizeName(name, kind).tokens) words.set(`${token.text} ${token.kind} ${token.id}`, token);
  }
  return [...words.values()];
};

const checksOf = (token: NameToken) => prepareName([token]).checks.subarray(PAIR, TOKEN_CHECKS);

/** Pairs turned down, and whether each is below `minimum`; fails on the first that is not. */
function turnedDown(queries: NameToken[], listed: NameToken[]): { pairs: number; down: number } {
  let down = 0;
  const listedChecks = listed.map(checksOf);
  for (const a of queries) {
    const ca = checksOf(a);
    listed.forEach((b, k) => {
      const cb = listedChecks[k]!;
      if (mayReachMinimum(ca, 0, cb, 0)) return;
      down++;
      const similarity = tokenSimilarity(a, b);
      if (similarity >= TUNING.similarity.minimum) expect.fail(`${a.text} ~ ${b.text}: turned down at ${similarity}`);
    });
  }
  return { pairs: queries.length * listed.length, down };
}

const queryNames = (file: string) => readFileSync(`${SHARED}eval/visible/${file}`, 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { name: string }).name);

describe('mayReachMinimum', () => {
  it('turns down no pair of words tokenSimilarity scores at minimum or above, among words each route pairs', () => {
    const words = wordsOf(ROUTES);
    const { pairs, down } = turnedDown(words, words);
    // Not vacuous: most pairs of these different names are turned down.
    expect(down / pairs).toBeGreaterThan(0.5);
  });

  it('turns down no such pair of the sample list\'s words and the test entries\'', async () => {
    const { entries } = await readListFile(SAMPLE_LIST);
    const listed = wordsOf(entries.flatMap(entryNames));
    const { pairs, down } = turnedDown(wordsOf([...ENTRIES.flatMap(entryNames), ...ROUTES]), listed);
    // Legal forms, particles and numbers are always examined.
    expect(down / pairs).toBeGreaterThan(0.3);
  });

  it.skipIf(!hasShared)('turns down no such pair of the evaluation queries\' words and the full CSL\'s (a sample)', async () => {
    const { entries } = await readListFile(CSL_2022);
    const listed = wordsOf(entries.filter((_, i) => i % 7 === 0).flatMap(entryNames));
    const queries = wordsOf([...queryNames('alias_queries.jsonl'), ...queryNames('negatives.jsonl')]).filter((_, i) => i % 5 === 0);
    const { pairs, down } = turnedDown(queries, listed);
    expect(down / pairs).toBeGreaterThan(0.5);
  }, 60_000);
});

describe('a similarity computed at retrieval\'s floor (rememberSimilarity)', () => {
  /** Fails on the first pair whose similarity at fuzzyMinimum and at minimum disagree where either reaches minimum. */
  function agree(queries: NameToken[], listed: NameToken[]): number {
    const { minimum } = TUNING.similarity;
    let reaching = 0;
    for (const a of queries) {
      for (const b of listed) {
        const computed = tokenSimilarity(a, b);
        const filed = tokenSimilarity(a, b, TUNING.retrieval.fuzzyMinimum);
        if (computed >= minimum) reaching++;
        if ((computed >= minimum || filed >= minimum) && computed !== filed) expect.fail(`${a.text} ~ ${b.text}: ${filed} at retrieval's floor, ${computed} at minimum`);
      }
    }
    return reaching;
  }

  it('is the same at minimum or above, and below it where it is below, among words each route pairs', () => {
    const words = wordsOf(ROUTES);
    expect(agree(words, words)).toBeGreaterThan(200);
  });

  it.skipIf(!hasShared)('is the same so for the evaluation queries\' words and the full CSL\'s (a sample)', async () => {
    const { entries } = await readListFile(CSL_2022);
    const listed = wordsOf(entries.filter((_, i) => i % 29 === 0).flatMap(entryNames));
    const queries = wordsOf([...queryNames('alias_queries.jsonl'), ...queryNames('negatives.jsonl')]).filter((_, i) => i % 11 === 0);
    expect(agree(queries, listed)).toBeGreaterThan(100);
  }, 60_000);
});

describe('compareNames with pairs turned down unexamined', () => {
  /** The same name with every pair of words examined: no token passes mayReachMinimum's tests. */
  const examined = (name: PreparedName): PreparedName => {
    const checks = name.checks.slice();
    for (let t = 0; t < name.tokens.length; t++) checks.fill(-1, TOKEN_CHECKS * t + PAIR, TOKEN_CHECKS * (t + 1));
    return { ...name, checks, rows: undefined };
  };
  const NAMES = [...ENTRIES.flatMap(entryNames), 'Vladimir Putin', 'Bill Gates', 'William Henry Gates', 'Mikalai Ryhoravich Semianau', 'Nikolai Grigorevich Semenov',
    'Hsi Chin-ping', 'Xi Jinping', 'Muammar Qadhafi', 'Moamar Ghathafi', 'Ali Abdullah Elkaddafi', 'Kim Jong Un', 'Gim Jeong-eun', 'Katerina Olga Volha', 'Jose Maria Aznar',
    'Pepe Aznar', 'Hikmicro Kompaniya', 'Mahan Airlines Company', 'Al-Maghraby Trading', 'Sulaymani Qasim', 'Qasem Soleimani'];

  it('scores, aligns and explains every pair of names as it does with every pair examined', () => {
    for (const person of [true, false]) {
      for (const a of NAMES) {
        const query = prepareName(normalizeName(a, person ? 'person' : 'other').tokens);
        for (const b of NAMES) {
          const listed = prepareName(normalizeName(b, person ? 'person' : 'other').tokens);
          for (const floor of [undefined, 0.6]) {
            const options = { person, floor };
            expect(compareNames(query, listed, options), `${a} ~ ${b}`).toEqual(compareNames(examined(query), examined(listed), options));
          }
        }
      }
    }
  });
});
