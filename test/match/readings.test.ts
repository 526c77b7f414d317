import { describe, expect, it } from 'vitest';
import { greekForeignReading, romanizedGreek } from '../../lib/match/normalize/greek.js';
import { thaiEnglishReadings } from '../../lib/match/normalize/thai.js';
import { palladiusReading } from '../../lib/match/normalize/palladius.js';
import { cantoneseReadings } from '../../lib/match/normalize/cantonese-names.js';
import { japaneseReadings } from '../../lib/match/normalize/japanese-names.js';
import { composedReadings } from '../../lib/match/normalize/kanji-readings.js';
import { koreanReadings } from '../../lib/match/normalize/korean-names.js';
import { buildIndex, screenParty } from '../../lib/match/screen.js';
import { entry } from './entries.js';

describe('japaneseReadings', () => {
  it.each([
    // Each reading IPADIC gives the family name (山田 Yamada, less often Yamata) with the given name's.
    ['山田太郎', ['Yamada Taro', 'Yamata Taro']],
    // Written apart (a space, an ideographic space, a middle dot) or together, the same name.
    ['山田 太郎', ['Yamada Taro', 'Yamata Taro']],
    ['山田\u3000太郎', ['Yamada Taro', 'Yamata Taro']],
    ['麻原・彰晃', ['Asahara Shoko', 'Mahara Shoko']],
    // A given name read several ways: each reading, the most common first; at most six readings.
    ['高山清司', ['Takayama Seiji', 'Takayama Kiyoshi', 'Takayama Kiyoji', 'Koyama Seiji', 'Koyama Kiyoshi', 'Koyama Kiyoji']],
    // A given name IPADIC lacks beside a family name it knows is read kanji by kanji (晋 of 晋一, 三 of 健三).
    ['安倍晋三', ['Abe Shinzo']],
    ['大谷翔平', ['Oya Shohei', 'Otani Shohei']],
    // And a family name IPADIC lacks beside a known given name.
    ['稲盛和夫', ['Inamori Kazuo']],
    // A given name in kana, as some are written.
    ['大坂なおみ', ['Osaka Naomi']],
    ['大坂 ナオミ', ['Osaka Naomi']],
    // A known family name alone, as a person may be named by it.
    ['山田', ['Yamada', 'Yamata']],
  ])('%s is read %j', (name, readings) => {
    expect(japaneseReadings(name)).toEqual(readings);
  });

  it.each([['王伟'], ['习近平'], ['Vladimir Putin'], ['山田 Taro'], ['김정은'], ['峰 李'], ['山田ー'], ['山田ッ'], ['山田ゝ']])('%s is no Japanese name: of two known parts, three characters or more, or a known family name alone', (name) => {
    expect(japaneseReadings(name)).toEqual([]);
  });

  it('reads a name of kanji unknown together by each kanji in its place, the repeat mark as the kanji repeated', () => {
    expect(composedReadings('晋三', 'g')).toEqual(['shinzo']);
    expect(composedReadings('佐々木', 'f')[0]).toBe('sasaki');
    // One kanji, or four, are not composed; nor a kanji never seen in that place.
    expect(composedReadings('晋', 'g')).toEqual([]);
    expect(composedReadings('晋三三郎', 'g')).toEqual([]);
    expect(composedReadings('義偉', 'g')).toEqual([]);
  });

  it('a Japanese name in kanji finds its Latin entry, and says it was read as Japanese', () => {
    const index = buildIndex([entry('t', 'person', 'TAKAYAMA, Kiyoshi'), entry('w', 'person', 'WANG, Wei')]);
    const [match] = screenParty(index, { name: '高山清司', type: 'person' });
    expect(match).toMatchObject({ entryId: 't', score: 1 });
    expect(match!.explanation.queryName).toBe('Takayama Kiyoshi');
    expect(match!.explanation.nameDetail).toContain('"高山清司" read as a Japanese name');
    // An organization's name is not read as a person's.
    expect(screenParty(index, { name: '高山清司', type: 'organization' })).toEqual([]);
  });
});

describe('koreanReadings', () => {
  it.each([
    // 金 as a family name is Kim, not Geum as in words; the initial-sound rule makes 李 Lee (이), not Ri.
    ['金正恩', ['김정은']],
    ['李明博', ['이명박']],
  ])('%s is read %j', (name, readings) => {
    expect(koreanReadings(name)).toEqual(readings);
  });

  // Two characters, or apart, are how the Chinese names that met listed Koreans' were written.
  it.each([['畅 张'], ['王伟'], ['山田太郎'], ['Kim Jong Un']])('%s is not read as Korean', (name) => {
    expect(koreanReadings(name)).toEqual([]);
  });

  it('a Korean name in Hanja finds its Latin entry', () => {
    const index = buildIndex([entry('k', 'person', 'KIM, Jong Un'), entry('j', 'person', 'JIN, Zheng')]);
    const [match] = screenParty(index, { name: '金正恩', type: 'person' });
    expect(match).toMatchObject({ entryId: 'k' });
    expect(match!.explanation.nameDetail).toContain('"金正恩" read as a Korean name');
  });
});

describe('Greek names', () => {
  it.each([
    // As Greek passports write names (ELOT 743): ου is ou, αυ and ευ are av/af and ev/ef by what follows, γγ is ng.
    ['Παύλος', 'pavlos'],
    ['Ουζουνίδης', 'ouzounidis'],
    ['Ευάγγελος', 'evangelos'],
    ['Ευκλείδης', 'efkleidis'],
    ['Χαρδούβελης', 'chardouvelis'],
    // The diaeresis parts two vowels: no digraph.
    ['Ευβοϊκός', 'evvoikos'],
    ['Μπακογιάννη', 'mpakogianni'],
  ])('%s is romanized %s', (greek, latin) => {
    expect(romanizedGreek(greek)).toBe(latin);
  });

  it('reads μπ, ντ, γκ, ου and τζ as a foreign name\'s b, d, g, u and j, last in a word μπ as mp', () => {
    expect(greekForeignReading('Ντόναλντ Τραμπ')).toEqual(['donald tramp']);
    expect(greekForeignReading('Βλαντιμίρ Πούτιν')).toEqual(['vladimir putin']);
    expect(greekForeignReading('Κυριάκος Μητσοτάκης')).toEqual([]);
    expect(greekForeignReading('Donald Trump')).toEqual([]);
  });

  it('a foreign name in Greek letters finds its Latin entry, and says how it was read', () => {
    const index = buildIndex([entry('e', 'person', 'ERDOGAN, Recep'), entry('p', 'person', 'PUTIN, Vladimir'), entry('o', 'person', 'ORNTOGAN, Recep')]);
    const [match] = screenParty(index, { name: 'Ρετζέπ Ερντογάν', type: 'person' });
    expect(match).toMatchObject({ entryId: 'e' });
    expect(match!.explanation.nameDetail).toContain('read as a foreign name in Greek letters');
    expect(screenParty(index, { name: 'Βλαντιμίρ Πούτιν', type: 'person' })[0]).toMatchObject({ entryId: 'p', score: 1 });
  });
});

describe('thaiEnglishReadings', () => {
  it('reads พ, ภ and ผ as "p" and เ-ิ as "er" where RTGS writes "ph" and "oe"; a name without them has no such reading', () => {
    expect(thaiEnglishReadings('ไพบูลย์')).toEqual(['paibun']);
    expect(thaiEnglishReadings('ประเสริฐ')).toEqual(['prasert']);
    // Either convention alone, or both: "Pita Limjaroenrat" writes p for ph and keeps RTGS's oe.
    expect(thaiEnglishReadings('พิธา ลิ้มเจริญรัตน์')).toEqual(['pitha limcharoenrat', 'pitha limcharernrat']);
    expect(thaiEnglishReadings('สมชาย')).toEqual([]);
    expect(thaiEnglishReadings('Paiboon')).toEqual([]);
  });
});

describe('palladiusReading', () => {
  it.each([
    ['Си Цзиньпин', 'xi jinping'],
    ['Мао Цзэдун', 'mao zedong'],
    // z, c, s before i are ы; j, q, x before ü are цз, ц, с with ю; y and w as vowels.
    ['Цзян Цзэминь', 'jiang zemin'],
    ['Сюй Цилян', 'xu qiliang'],
    ['Ван И', 'wang yi'],
    ['Жэнь Чжэнфэй', 'ren zhengfei'],
  ])('%s is read %s', (name, reading) => {
    expect(palladiusReading(name)).toEqual([reading]);
  });

  // A word that is no run of Palladius syllables, a single word, or no Cyrillic at all: no reading.
  it.each([['Иван Иванов'], ['Владимир Путин'], ['Цзиньпин'], ['Xi Jinping'], ['Ким Чен Ын']])('%s has none', (name) => {
    expect(palladiusReading(name)).toEqual([]);
  });
});

describe('cantoneseReadings', () => {
  it.each([
    // As Hong Kong identity cards spell the sounds: Yale's unaspirated initials as p, t, k, ch (鄧 Tang, 炳 Ping).
    ['李家超', ['Lee Ka Chiu']],
    ['鄧炳強', ['Tang Ping Keung']],
    ['林鄭月娥', ['Lam Cheng Yuet Ngo']],
  ])('%s is read %j', (name, readings) => {
    expect(cantoneseReadings(name)).toEqual(readings);
  });

  // Two characters are too little to tell syllables apart in Latin letters; a name written apart is in Western order.
  it.each([['李明'], ['家超 李'], ['Lee Ka Chiu'], ['山田太郎太郎']])('%s is not read in Cantonese', (name) => {
    expect(cantoneseReadings(name)).toEqual([]);
  });

  it('a Hong Kong name in characters finds its Latin entry, and says it was read in Cantonese', () => {
    const index = buildIndex([entry('l', 'person', 'LEE, John Ka-chiu'), entry('m', 'person', 'LEE, Ka Ming')]);
    const [match] = screenParty(index, { name: '李家超', type: 'person' });
    expect(match).toMatchObject({ entryId: 'l' });
    expect(match!.explanation.nameDetail).toContain('"李家超" read as a Hong Kong name, in Cantonese');
    expect(screenParty(index, { name: '李家超', type: 'person' }).map((m) => m.entryId)).not.toContain('m');
  });
});
