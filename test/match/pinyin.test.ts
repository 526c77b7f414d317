import anyAscii from 'any-ascii';
import { describe, expect, it } from 'vitest';
import { chineseReadings, PINYIN_SYLLABLES, pinyinSyllable, sameSyllable, spellsSyllable, wadeGilesReadings } from '../../lib/match/normalize/pinyin.js';

describe('pinyin syllables', () => {
  it('are the readings any-ascii gives at least three CJK Unified Ideographs', () => {
    const counts = new Map<string, number>();
    for (let c = 0x4e00; c <= 0x9fff; c++) {
      const reading = anyAscii(String.fromCodePoint(c)).toLowerCase();
      counts.set(reading, (counts.get(reading) ?? 0) + 1);
    }
    const derived = [...counts].filter(([s, n]) => s && n >= 3).map(([s]) => s).sort();
    expect([...PINYIN_SYLLABLES].sort()).toEqual(derived);
    // Cantonese and Japanese readings of a character or two stay out.
    expect(PINYIN_SYLLABLES.has('baak')).toBe(false);
    expect(PINYIN_SYLLABLES.has('seki')).toBe(false);
  });

  const same = (a: string, b: string) => sameSyllable(pinyinSyllable(a)!, pinyinSyllable(b)!);

  it.each([
    ['zhang', 'chang'], ['zhao', 'chao'], ['ji', 'chi'], ['dao', 'tao'], ['guo', 'kuo'], ['bei', 'pei'], ['xin', 'xing'],
  ])('%s and %s are one syllable\'s spellings', (a, b) => {
    expect(same(a, b)).toBe(true);
    expect(same(b, a)).toBe(true);
  });

  it.each([['xing', 'ling'], ['zhang', 'yang'], ['lei', 'wei'], ['jiao', 'zhao'], ['shi', 'si'], ['zai', 'cai'], ['ji', 'qi'], ['che', 'she'], ['yu', 'yi']])('%s and %s are other syllables', (a, b) => {
    expect(same(a, b)).toBe(false);
  });

  it('a Latin word spells a character\'s pinyin as pinyin or Wade-Giles, one way only and to the final -ng: "Ping" may be 冰 bing, "Bing" is no 萍 ping', () => {
    expect(spellsSyllable('ping', 'bing')).toBe(true);
    expect(spellsSyllable('bing', 'ping')).toBe(false);
    expect(spellsSyllable('chang', 'zhang')).toBe(true);
    expect(spellsSyllable('zhang', 'chang')).toBe(false);
    // A character's final -n or -ng as written: 成 cheng is no "Chen", 陈 chen no "Cheng".
    expect(spellsSyllable('chen', 'cheng')).toBe(false);
    expect(spellsSyllable('cheng', 'chen')).toBe(false);
  });

  it('are whole syllables of two letters or more, nothing else', () => {
    expect(pinyinSyllable('a')).toBeUndefined();
    expect(pinyinSyllable('huawei')).toBeUndefined();
    expect(pinyinSyllable('smith')).toBeUndefined();
  });

  it.each([
    ['hsi', ['xi']], ['tung', ['dong', 'tong']], ['tsai', ['zai', 'cai']], ['ing', ['ying']], ['kuei', ['gui', 'kui']],
    ['smith', []], ['zhang', []], ['constructor', []],
  ])('Wade-Giles %s reads as pinyin %j', (word, readings) => {
    expect([...wadeGilesReadings(word)].sort()).toEqual([...readings].sort());
  });

  it('reads a word as a Chinese name\'s syllables, in pinyin or Wade-Giles, run together or not', () => {
    expect(chineseReadings('hsi')).toEqual(['xi']);
    expect(chineseReadings('xi')).toEqual(['xi']);
    expect(chineseReadings('tsetung')).toContain('ze-dong');
    expect(chineseReadings('zedong')).toEqual(['ze-dong']);
    expect(chineseReadings('chinping')).toContain('jin-ping');
    expect(chineseReadings('smith')).toEqual([]);
    expect(chineseReadings('constructor')).toEqual([]);
    // ü after l and n as passports and keyboards write it: 吕 is "Lyu" or "Lv".
    expect(chineseReadings('lyu')).toEqual(['lu']);
    expect(chineseReadings('nv')).toEqual(['nu']);
  });
});
