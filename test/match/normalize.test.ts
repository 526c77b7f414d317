import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../lib/match/normalize/pipeline.js';
import { arabicConsonantReadings, consonantKeys, consonantSkeleton, isVowelless, koreanSyllableForm, phoneticForm } from '../../lib/match/normalize/phonetic.js';
import { isKoreanName } from '../../lib/match/compare/prepared-name.js';
import { makeToken, meaningOf } from '../../lib/match/normalize/tokens.js';
import { comparePair } from '../../lib/match/pair.js';
import { TUNING } from '../../lib/match/tuning.js';

const texts = (raw: string, kind: 'person' | 'other' = 'other') => normalizeName(raw, kind).tokens.map((t) => t.text);

describe('normalizeName', () => {
  it.each([
    ['PUTIN, Vladimir', 'person', ['vladimir', 'putin']],
    ['Mr. Recep Tayyip Erdoğan', 'person', ['recep', 'tayyip', 'erdogan']],
    // A title before an organization's name (a legal form or a generic word in it) is that name's first word.
    ['MRS GmbH', 'other', ['mrs', 'gmbh']],
    ['SR Chemicals and Pharmaceuticals', 'other', ['sr', 'chemicals', 'and', 'pharmaceuticals']],
    ['SHANGHAI JUAN-CHEM.INDUSTRY CO., LTD.', 'other', ['shanghai', 'juan', 'chem', 'industry', 'co', 'ltd']],
    ['Company Limited Alpha', 'other', ['co', 'ltd', 'alpha']],
    // Russian, Ukrainian and Belarusian legal forms spelled out, misspelled as lists do; other long words stay as written.
    ['OBSHCHESTVO S OGRANICHENNOI OTVETSTSVENNOSTYU PSB LIZING', 'other', ['llc', 'psb', 'lizing']],
    ['TOVARYSTVO Z OBMEZHENOYU VIDPOVIDALNISTYU BELKAZTRANS UKRAINA', 'other', ['llc', 'belkaztrans', 'ukraina']],
    ['ADKRYTAE AKTSYIANERNAE TAVARYSTVA TAE AVIYA', 'other', ['jsc', 'tae', 'aviya']],
    ['BANCO CORPORATIVO SA', 'other', ['banco', 'corporativo', 'sa']],
    ['Ahmad Fa?ur', 'person', ['ahmad', 'faur']],
    ['ABC Trading, and any successor, sub-unit, or subsidiary thereof', 'other', ['abc', 'trading']],
    ['11420 CORP', 'other', ['11420', 'corp']],
    ['习近平', 'person', ['xi', 'jin', 'ping']],
    ['Владимир Путин', 'person', ['vladimir', 'putin']],
    // Indian scripts with the vowel each consonant carries, as Indian names are spelled in Latin letters.
    ['नरेंद्र मोदी', 'person', ['narendra', 'modi']],
    ['मनमोहन सिंह', 'person', ['manmohan', 'sinh']],
    ['अमित शाह', 'person', ['amit', 'shah']],
    ['ਸਿੰਘ', 'person', ['singh']],
    // Bengali writes w and a y before u with vowels: ও and য় before a vowel sign, ই first before উ or য়.
    ['সজীব ওয়াজেদ', 'person', ['sajib', 'wajed']],
    ['মুহাম্মদ ইউনূস', 'person', ['muhammad', 'yunus']],
    ['ইয়াসিন', 'person', ['yasin']],
    ['ইসলাম', 'person', ['islam']],
    ['ஸ்டாலின்', 'person', ['stalin']],
    // The Dravidian scripts sound every consonant's "a" where no vowel sign or virama follows.
    ['ಸಿದ್ದರಾಮಯ್ಯ', 'person', ['siddaramayya']],
    ['പിണറായി വിജയൻ', 'person', ['pinarayi', 'vijayan']],
    ['Brigade Forty-Four', 'other', ['brigade', '44']],
    ['CSIC 714th Institute', 'other', ['csic', '714', 'institute']],
    ['Mohd Faiz', 'person', ['mohd', 'faiz']],
    ['Alaxy BVBA', 'other', ['alaxy', 'bv']],
    // A lone letter between an organization's words is its connector (izafat, "y", "e"); a person's is an initial.
    ['Tehrik-i-Taliban Pakistan', 'other', ['tehrik', 'and', 'taliban', 'pakistan']],
    ['Lashkar-e-Taiba', 'other', ['lashkar', 'and', 'taiba']],
    ['John E Smith', 'person', ['john', 'e', 'smith']],
    ['E Trade Bank', 'other', ['e', 'trade', 'bank']],
    // Letters spelled out one by one in an organization's name are its acronym; a person's are initials.
    ['S E A Ship Management', 'other', ['sea', 'ship', 'management']],
    ['S M A Shipping Inc.', 'other', ['sma', 'shipping', 'inc']],
    ['J M Smith', 'person', ['j', 'm', 'smith']],
    // Russian legal forms spelled out, in the lists' several transliterations of each word.
    ['ZAKRYTOYE AKTSIONERNOYE OBSHCHESTVO ABSOLYUTBANK', 'other', ['jsc', 'absolyutbank']],
    ["AKTSIONERNOE OBSCHESTVO 'YALTINSKAYA KINOSTUDIYA'", 'other', ['jsc', 'yaltinskaya', 'kinostudiya']],
    ['Obshchestvo s Ogranichennoi Otvetstvennostiu Alfa', 'other', ['llc', 'alfa']],
  ['Apofruit Italia Soc.Coop.Agr.', 'other', ['apofruit', 'italia', 'coop']],
    ['Kaplan Tekstil San. ve Tic. Ltd. Şti.', 'other', ['kaplan', 'tekstil', 'sanayi', 'and', 'tic', 'ltd']],
    ['Banco San Juan', 'other', ['banco', 'san', 'juan']],
    ['Ig0r Sech1n', 'person', ['igor', 'sechin']],
    ['MiG29 A320 H1N1 C3', 'other', ['mig29', 'a320', 'h1n1', 'c3']],
    ['Brigade Forty 4', 'other', ['brigade', '44']],
    // A Roman numeral closing a name that is not a person's is its number; elsewhere, or a person's, a word.
    ['BICENTENARIO XIV', 'other', ['bicentenario', '14']],
    ['Tehrik I Taliban', 'other', ['tehrik', 'and', 'taliban']],
    ['GATES, William III', 'person', ['william', 'iii', 'gates']],
    // The Arabic article as it sounds before a sun letter, so "Addounia" and "Al Dounia" glue alike.
    ["'Abd al-Rahman al-Shami", 'person', ['abd', 'ar', 'rahman', 'ash', 'shami']],
    ['AL DOUNIA', 'other', ['ad', 'dounia']],
    // Thai as names are written in Latin letters: vowels written before their consonant, the
    // unwritten "o", letters silenced by the thanthakhat, consonants sounded as finals.
    ['สมชาย', 'person', ['somchai']],
    ['ประยุทธ์ จันทร์โอชา', 'person', ['prayut', 'chanocha']],
    ['สมศักดิ์', 'person', ['somsak']],
    // A ร after an i or u between consonants is a syllable "ra", as names of Sanskrit words sound it.
    ['สุรชัย', 'person', ['surachai']],
    ['ธีรพงษ์', 'person', ['thiraphong']],
    ['เชียงใหม่', 'other', ['chiangmai']],
    // A silent อ leads only ย ("อยู่" yu); "อนุ" is a-nu. A leading vowel before two letters and a vowel
    // sign goes with the second ("เจริญ" cha-roen), not before an "า" alone ("เวลา" we-la).
    ['อนุทิน', 'person', ['anuthin']],
    ['อยู่', 'person', ['yu']],
    ['ลิ้มเจริญรัตน์', 'person', ['limcharoenrat']],
    ['เฉลิม', 'person', ['chaloem']],
    ['เวลา', 'other', ['wela']],
    // Two letters ending a name are a syllable of their own ("-phon", "-thon"), but ตร a final t with its ร kept;
    // a ย after an i before a consonant is "ya", as ร is "ra".
    ['จตุพร', 'person', ['chatuphon']],
    ['ธนาธร', 'person', ['thanathon']],
    ['ประวิตร', 'person', ['prawitr']],
    ['ปิยบุตร', 'person', ['piyabutr']],
    // An อ before a final, or last, is the vowel o, so the letter before it begins a syllable ("ทอง" thong,
    // not a final t: "แพทองธาร" phae-thong-than; "กรอง" krong); a vowel sign a leading vowel does not take
    // sits on the second letter ("เสรี" se-ri, not the cluster of "เสร็จ" set).
    ['แพทองธาร', 'person', ['phaethongthan']],
    ['ศรีทอง', 'person', ['sithong']],
    ['กรอง', 'person', ['krong']],
    ['อนันต์', 'person', ['anan']],
    ['เสรี', 'person', ['seri']],
    ['เสร็จ', 'person', ['set']],
    ['ไทย', 'other', ['thai']],
    ['บริษัท มหาชน จำกัด', 'other', ['co', 'plc', 'ltd']],
    // Burmese syllable by syllable, as the names are written in English: medials (ျ ြ y, ွ w, ှ h), rhymes
    // read by vowel and final together, a nasal final in the creaky tone ending in t, ဦး first the honorific U.
    ['မင်းအောင်လှိုင်', 'person', ['min', 'aung', 'hlaing']],
    ['သန်းရွှေ', 'person', ['than', 'shwe']],
    ['ဦးသိန်းစိန်', 'person', ['u', 'thein', 'sein']],
    ['ခင်ညွန့်', 'person', ['khin', 'nyunt']],
    ['တင်အောင်မြင့်ဦး', 'person', ['tin', 'aung', 'myint', 'oo']],
    ['စိုးထွန်း', 'person', ['soe', 'htun']],
    ['ချစ်ဦး', 'person', ['chit', 'oo']],
    ['ဆန်းဆန်းနွယ်', 'person', ['san', 'san', 'nwe']],
    // Greek as passports write it.
    ['Ευάγγελος Βενιζέλος', 'person', ['evangelos', 'venizelos']],
    ['Al-Qaida', 'other', ['al', 'qaida']],
    // An organization's generic words in Chinese, Japanese or Korean are matched on characters:
    // 泰国集团 holds no 国际 ("guo ji", international) across its words.
    ['삼성전자주식회사', 'other', ['sam', 'seong', 'electronics', 'jsc']],
    ['泰国集团', 'other', ['tai', 'guo', 'group']],
    ['中国银行', 'other', ['china', 'bank']],
    // An ordinal written in characters is its number; the armed forces' words as their English names say them.
    ['中国电子科技集团公司第五十四研究所', 'other', ['china', 'electronics', 'technology', 'group', 'co', '54', 'research', 'institute']],
    ['中国人民解放军空军工程大学', 'other', ['pla', 'air', 'force', 'engineering', 'university']],
    ['전자', 'person', ['jeon', 'ja']],
    // Kana in Hepburn: small kana join the one before, a small tsu doubles, the long mark is left out.
    ['アディダスジャパン株式会社', 'other', ['adidasujapan', 'jsc']],
    ['スターバックス・コーヒー', 'other', ['sutabakkusu', 'kohi']],
    ['ウィキペディア', 'other', ['wikipedia']],
  ] as const)('%s -> %j', (raw, kind, expected) => {
    expect(texts(raw, kind)).toEqual(expected);
  });

  it('keeps a word\'s text as written, whatever string it was cut from (tokens keep flat one-byte copies)', () => {
    // Cut from a string with a character beyond Latin-1, of which V8 makes two-byte slices.
    const written = '\u2713 zqxjvemberg zqxjvémberg zqxjvωmberg zqxjvembergsonovich'.split(' ');
    expect(written.slice(1).map((word) => makeToken(word, 'word').text)).toEqual(['zqxjvemberg', 'zqxjvémberg', 'zqxjvωmberg', 'zqxjvembergsonovich']);
    expect(texts('Ivan Petrovich-Zqxjvembergsonovich \u2014', 'person')).toEqual(['ivan', 'petrovich', 'zqxjvembergsonovich']);
  });

  it('keeps an abbreviation or a translated word as spelled, meaning the English word', () => {
    const meanings = (raw: string) => normalizeName(raw).tokens.map((t) => meaningOf(t).text);
    expect(meanings('Mohd Faiz')).toEqual(['mohammed', 'faiz']);
    expect(meanings('PSB Lizing')).toEqual(['psb', 'leasing']);
    expect(meanings('Harakat Sham al-Islam')).toEqual(['movement', 'sham', 'al', 'islam']);
    expect(meanings('Haraket Sham')).toEqual(['haraket', 'sham']);
  });

  it('keeps the Arabic article a particle however it is assimilated', () => {
    expect(normalizeName('Abd ar-Rahman al-Dhahabi', 'person').tokens.map((t) => t.kind)).toEqual(['word', 'stop', 'word', 'stop', 'word']);
  });

  it('reads a Chinese family name\'s character as the name is read, where a person\'s family name stands', () => {
    expect(texts('曾庆红', 'person')).toEqual(['zeng', 'qing', 'hong']);
    expect(texts('军 翟', 'person')).toEqual(['jun', 'zhai']);
    expect(texts('薄熙来', 'person')).toEqual(['bo', 'xi', 'lai']);
    // Within a name, or in an organization's name, the word's reading.
    expect(texts('王曾红', 'person')).toEqual(['wang', 'ceng', 'hong']);
    expect(texts('曾庆红', 'other')).toEqual(['ceng', 'qing', 'hong']);
    expect(comparePair('曾庆红', 'ZENG, Qinghong', 'person').match).toBe(true);
    expect(comparePair('单霁翔', 'Shan Jixiang', 'person').match).toBe(true);
  });

  it('reads a Devanagari consonant with the nukta as the Persian or Arabic sound it writes', () => {
    expect(texts('हाफ़िज़ सईद', 'person')).toEqual(['hafiz', 'said']);
    expect(texts('ग़ालिब क़ासिम', 'person')).toEqual(['ghalib', 'qasim']);
    expect(comparePair('हाफ़िज़ सईद', 'Hafiz Saeed', 'person').match).toBe(true);
  });

  it('keeps a person\'s dotted initials apart, and an organization\'s dotted abbreviation one word', () => {
    expect(texts('BOYARKIN, V.A.', 'person')).toEqual(['v', 'a', 'boyarkin']);
    expect(texts('John Smith a.k.a. Bob', 'person')).toEqual(['john', 'smith', 'aka', 'bob']);
    expect(texts('Ahmed s/o Khan', 'person')).toEqual(['ahmed', 'so', 'khan']);
    expect(texts('Boyarkin S.A.')).toEqual(['boyarkin', 'sa']);
  });

  it('reads a legal form that is a syllable of names too as a syllable in a person\'s name', () => {
    const kinds = (raw: string) => normalizeName(raw, 'person').tokens.map((t) => `${t.text}/${t.kind}`);
    expect(kinds('Chun Doo Hwan')).toEqual(['chun/word', 'doo/word', 'hwan/word']);
    expect(kinds('Kim Sa Rang')).toEqual(['kim/word', 'sa/word', 'rang/word']);
    expect(kinds('Smith Corp Jones')).toEqual(['smith/word', 'corp/legal', 'jones/word']);
    expect(kinds('John Smith LLC')).toEqual(['john/word', 'smith/word', 'llc/legal']);
    expect(normalizeName('Kim Sa Rang').tokens.map((t) => t.kind)).toEqual(['word', 'legal', 'word']);
  });

  it('reads Hebrew without vowel points: a doubled yod or vav one consonant, a geresh\'s foreign sounds', () => {
    expect(texts('משה דיין', 'person')).toEqual(['mshh', 'dyn']);
    expect(comparePair('משה דיין', 'Moshe Dayan', 'person').match).toBe(true);
    expect(comparePair('חיים הרצוג', 'Chaim Herzog', 'person').match).toBe(true);
    expect(comparePair("ג'ורג' בוש", 'George Bush', 'person').match).toBe(true);
    expect(comparePair("בצלאל סמוטריץ'", 'Bezalel Smotrich', 'person').match).toBe(true);
  });

  it('reads الشيخ, "the Sheikh", as a title before a name and as a family\'s name after one', () => {
    const kinds = (raw: string) => normalizeName(raw, 'person').tokens.map((t) => `${t.text}/${t.kind}`);
    expect(kinds('الشيخ محمد')).toEqual(['alshykh/stop', 'mhmd/word']);
    expect(kinds('نوره آل الشيخ')).toEqual(['nwrh/word', 'al/stop', 'alshykh/word']);
    expect(comparePair('نوره آل الشيخ', 'NOOR', 'person').score).toBeLessThanOrEqual(TUNING.alignment.singlePartCap);
  });

  it('keeps legal forms as weak tokens and numbers as numbers', () => {
    const tokens = normalizeName('11420 Limited Liability Company').tokens;
    expect(tokens.map((t) => t.kind)).toEqual(['number', 'legal']);
  });

  it('spells out a Russian organization\'s acronym as its English name does', () => {
    const words = (raw: string) => normalizeName(raw).tokens.map((t) => t.text);
    expect(words('AO NPP RADIY')).toEqual(['jsc', 'scientific', 'production', 'enterprise', 'radiy']);
    expect(words('TSNII BUREVESTNIK AO')).toEqual(['central', 'scientific', 'research', 'institute', 'burevestnik', 'jsc']);
  });

  it('knows the Baltic, Balkan, Turkish, Portuguese and Uzbek legal forms the lists carry', () => {
    const kinds = (raw: string) => normalizeName(raw).tokens.map((t) => `${t.text}:${t.kind}`);
    expect(kinds('ELEKTROOPTIKA SIA')).toEqual(['elektrooptika:word', 'llc:legal']);
    expect(kinds('Falon Sabiedriba ar ierobezotu atbildibu')).toEqual(['falon:word', 'llc:legal']);
    expect(kinds('YMV KREYN ANONIM SIRKETI')).toEqual(['ymv:word', 'kreyn:word', 'jsc:legal']);
    expect(kinds('KAMCHEV KONSALTING SKOPJE DOOEL')).toContain('doo:legal');
    expect(kinds('BUSINESS UNITED UNIPESSOAL LDA')).toEqual(['business:word', 'united:word', 'ltd:legal']);
  });

  it('reads Cyrillic and Greek letters mixed into a Latin word as the Latin letters they pass for, and a Cyrillic word as Cyrillic', () => {
    const words = (raw: string, kind?: 'person') => normalizeName(raw, kind).tokens.map((t) => t.text).join(' ');
    // Р, А, В, К, Ѕ, Н below are Cyrillic; Ο and Ρ Greek.
    expect(words('Vladimir Рutin', 'person')).toBe('vladimir putin');
    expect(words('ВАNК MELLI')).toBe('bank melli');
    expect(words('Ѕberbank')).toBe('sberbank');
    expect(words('Sаddam Нussein', 'person')).toBe('saddam hussein');
    expect(words('ΟΡEC')).toBe('opec');
    expect(words('Рома Петров', 'person')).toBe('roma petrov');
    expect(words('Roman Рома', 'person')).toBe('roman roma');
  });

  it('reads an open or closed joint-stock form before what the company is, and Belarus\'s SZAT, as the JSC they are', () => {
    const kinds = (raw: string) => normalizeName(raw).tokens.map((t) => `${t.text}:${t.kind}`);
    expect(kinds('OPEN JOINT STOCK BANK TRANSCAPITALBANK')).toEqual(['jsc:legal', 'bank:word', 'transcapitalbank:word']);
    expect(kinds('CLOSED JOINT STOCK INSURANCE COMPANY ALFA')).toEqual(['jsc:legal', 'insurance:word', 'co:legal', 'alfa:word']);
    expect(kinds('SZAT ENERGA-OIL')).toEqual(['jsc:legal', 'energa:word', 'oil:word']);
  });

  it('marks only the words that are Chinese or Korean syllables as syllables', () => {
    expect(normalizeName('华为技术').tokens.map((t) => t.syllabic)).toEqual([true, true, false]);
  });

  it('reads a Chinese syllable as a syllable, never as a legal form or particle alone; 有限公司 stays a legal form', () => {
    const tokens = (raw: string, kind?: 'person') => normalizeName(raw, kind).tokens.map((t) => `${t.text}:${t.kind}`);
    expect(tokens('贝拉克·奥巴马', 'person')).toEqual(['bei:word', 'la:word', 'ke:word', 'ao:word', 'ba:word', 'ma:word']);
    expect(tokens('华为技术有限公司')).toContain('ltd:legal');
  });

  it('keeps "in" and "on" as a person\'s syllables, and as an organization\'s connectives; a Burmese honorific is weak', () => {
    const tokens = (raw: string, kind?: 'person') => normalizeName(raw, kind).tokens.map((t) => `${t.text}:${t.kind}`);
    expect(tokens('JONG, In Chol', 'person')).toEqual(['in:word', 'chol:word', 'jong:word']);
    expect(tokens('Bank in Iran')).toContain('in:stop');
    // "General" and "Eng." are words in an organization's name, a person's titles in a person's.
    expect(tokens('Haji Ahmed Jan', 'person')).toContain('haji:stop');
    // Maulvi as Pakistani lists also write it.
    expect(tokens('Molvi Abdursalam Bhattvi', 'person')).toContain('molvi:stop');
    expect(tokens('General Bureau of Atomic Energy')).toContain('general:word');
    // A Burmese name's honorific is a title: Daw (Madam), U (Mister).
    expect(tokens('MYINT, Daw Ohn Mar', 'person')).toEqual(['daw:stop', 'ohn:word', 'mar:word', 'myint:word']);
  });

  it('writes the vowel an alif or ain carries, an ain inside a word as a vowel place, and reads "bn" as "bin", no Latin legal form, in Arabic script', () => {
    const tokens = (raw: string) => normalizeName(raw, 'person').tokens.map((t) => `${t.text}:${t.kind}`);
    expect(tokens('ابراهيم علي')).toEqual(['abrahym:word', 'aly:word']);
    expect(tokens('محمد بن سلمان')).toEqual(['mhmd:word', 'bin:stop', 'slman:word']);
    expect(tokens('إباء الراشد')).toEqual(['aba:word', 'alrashd:word']);
    // An ain inside a word is "o", a vowel's place; an alif, "a", a long a (abjadSpells).
    expect(tokens('القاعدة')).toEqual(['alqaodh:word']);
    expect(tokens('اسماعيل جعفر ربيع')).toEqual(['asmaoyl:word', 'jofr:word', 'rbya:word']);
    expect(tokens('שמעון מאיר אברהם')).toEqual(['shmown:word', 'moyr:word', 'abrhm:word']);
    // A word an object's prototype has ("constructor") beside Arabic script, or in parentheses, is a word.
    expect(tokens('محمد constructor')).toEqual(['mhmd:word', 'constructor:word']);
    expect(normalizeName('Acme (toString)').tokens.map((t) => t.text)).toEqual(['acme', 'tostring']);
    // Titles written in Arabic script are as weak as in Latin (حاجي, Haji); سيد, Sayyid, is also a given name (Said).
    expect(tokens('حاجي سيد محمد')).toEqual(['hajy:stop', 'syd:word', 'mhmd:word']);
  });

  it('reads no Latin title in a name written in Arabic script: عمر is Omar, not "Mr"', () => {
    expect(normalizeName('عمر سليمان', 'person').tokens.map((t) => t.text)).toEqual(['amr', 'slyman']);
    expect(normalizeName('Mr Omar Suleiman', 'person').tokens.map((t) => t.text)).toEqual(['omar', 'suleiman']);
  });

  it('reads "ad" and "as" before a word they sound like as the Arabic article, elsewhere as legal forms', () => {
    const tokens = (raw: string, kind?: 'person') => normalizeName(raw, kind).tokens.map((t) => `${t.text}:${t.kind}`);
    expect(tokens('JAMAL-AL-DIN, Hasan', 'person')).toEqual(['hasan:word', 'jamal:word', 'ad:stop', 'din:word']);
    expect(tokens('Abdul Aziz Al Saud', 'person')).toContain('as:stop');
    expect(tokens('Energoinvest AD')).toEqual(['energoinvest:word', 'ad:legal']);
  });

  it('keeps a country in parentheses as a place, by its ISO code; a legal form in parentheses stays one', () => {
    const tokens = (raw: string) => normalizeName(raw).tokens.map((t) => `${t.text}:${t.kind}`);
    expect(tokens('Taihe Electric (Hong Kong) Limited')).toEqual(['taihe:word', 'electric:word', 'hk:place', 'ltd:legal']);
    expect(tokens('PCC (U.K.)')).toEqual(['pcc:word', 'gb:place']);
    expect(tokens('Nauchny (AO)')).toEqual(['nauchny:word', 'jsc:legal']);
  });

  it('marks kana words as kana, and no other', () => {
    expect(normalizeName('ソニーグループ株式会社 Japan').tokens.map((t) => t.kana)).toEqual([true, false, false]);
  });

  it('folds transliteration variants to one phonetic form', () => {
    expect(consonantSkeleton('mohammed')).toBe(consonantSkeleton('muhammad'));
    expect(consonantSkeleton('mhmwd')).toBe(consonantSkeleton('mahmoud'));
    // A final e after a consonant is silent, in a word of six letters at least: not in "shane", which is no "chan".
    expect(phoneticForm('noureddine')).toBe(phoneticForm('nureddin'));
    expect(phoneticForm('zidane')).toBe(phoneticForm('zidan'));
    expect(phoneticForm('shane')).not.toBe(phoneticForm('chan'));
    // An n before b, m or p is said m.
    expect(phoneticForm('hanbali')).toBe(phoneticForm('hambali'));
    expect(phoneticForm('honma')).toBe(phoneticForm('homma'));
    expect(phoneticForm('hanna')).not.toBe(phoneticForm('hamma'));
  });

  it('tells a Korean name in Latin letters by its syllables and family name, and folds its romanizations', () => {
    expect(isKoreanName(normalizeName('JON, Myong Guk', 'person').tokens)).toBe(true);
    expect(isKoreanName(normalizeName('RI Chae-Il', 'person').tokens)).toBe(true);
    expect(isKoreanName(normalizeName('John Smith', 'person').tokens)).toBe(false);
    expect(isKoreanName(normalizeName('Ali Kim', 'person').tokens)).toBe(false);
    expect(koreanSyllableForm('chon')).toBe(koreanSyllableForm('jeon'));
    expect(koreanSyllableForm('kuk')).toBe(koreanSyllableForm('guk'));
    expect(koreanSyllableForm('chol')).not.toBe(koreanSyllableForm('sol'));
  });

  it('files East Slavic and Arabic spellings under shared consonant keys, and an Arabic gh under no Slavic one', () => {
    const shared = (a: string, b: string) => consonantKeys(a).some((key) => consonantKeys(b).includes(key));
    expect(shared('zimovsky', 'zimousky')).toBe(true);
    expect(shared('halavanau', 'golovanov')).toBe(true);
    expect(shared('silsilah', 'selselat')).toBe(true);
    expect(shared('alghamdi', 'alhamid')).toBe(false);
  });

  it('reads a last h or t after a or e as a ta marbuta, written or not, after two letters at least', () => {
    expect(arabicConsonantReadings('salamah').written).toEqual(['slmh', 'slm']);
    expect(arabicConsonantReadings('salameh').written).toEqual(['slmh', 'slm']);
    expect(arabicConsonantReadings('silsilat').written).toEqual(['slslt', 'slsl']);
    expect(arabicConsonantReadings('salama').written).toEqual(['slm']);
    // After another vowel the h is the word's own.
    expect(arabicConsonantReadings('hamdih').written).toEqual(['hmdh']);
  });

  it('tells words written without vowels: letters only, y a vowel, two at least', () => {
    expect(['mhmd', 'khld', 'sh'].map(isVowelless)).toEqual([true, true, true]);
    expect(['kyl', 'mhmd1', 'x', '', 'abc'].map(isVowelless)).toEqual([false, false, false, false, false]);
  });
});
