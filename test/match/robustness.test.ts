import { describe, expect, it } from 'vitest';
import { buildIndex, screenParty } from '../../lib/match/screen.js';
import { comparePair } from '../../lib/match/pair.js';
import { ENTRIES, entry } from './entries.js';

/**
 * Names pieced together at random (a fixed seed) from what has broken matchers before: scripts
 * side by side, particles and titles where they make no sense, empty and nested parentheses, the
 * marks the normalizer uses internally, words an object's prototype has. Every one must screen and
 * compare to a score in [0, 1] without throwing.
 */
const PIECES = [
  'de', 'DE', ',', 'ben', 'al', 'bn', 'الأزهر', 'خامنه‌ای', 'ه\u200c', 'ع', 'ا', 'ى', 'ئي', 'کابلی', 'محمد', 'سيد', 'Melli-ye', 'ye',
  'FGUP', 'unitary enterprise', '()', '((x))', '(a.k.a. X)', '(f.k.a. )', 'Ltd', 'III', 'Jr.', '\u0000', '\u0005', '\u0006',
  'constructor', '__proto__', '(toString)', 'hasOwnProperty', '毛泽东', '김정은', 'アベ', 'नरेंद्र', 'Ж', 'ó', '-', "'", '  ', 'x', '7',
  'Ντόναλντ', 'μπ', 'ϊ', 'ευ', 'မင်း', '့်', 'ဦး', 'ျ', '၁', 'إي', 'هبة الله', '리',
];

/** Park-Miller: the same names on every run. */
function* names(count: number): Generator<string> {
  let seed = 20261127;
  const next = () => (seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff;
  for (let i = 0; i < count; i++) {
    const words = Array.from({ length: 1 + Math.floor(next() * 6) }, () => PIECES[Math.floor(next() * PIECES.length)]!);
    yield words.join(next() < 0.7 ? ' ' : '');
  }
}

describe('odd names', () => {
  it('screen and compare without throwing, every score in [0, 1]', () => {
    const index = buildIndex([...ENTRIES, entry('odd', 'organization', 'Acme (a.k.a. constructor) ()')]);
    let k = 0;
    for (const name of names(3000)) {
      const type = (['person', 'organization', undefined] as const)[k % 3];
      for (const match of screenParty(index, { name, type }, { threshold: 0, limit: 3 })) {
        expect(match.score).toBeGreaterThanOrEqual(0);
        expect(match.score).toBeLessThanOrEqual(1);
      }
      const { score } = comparePair(name, PIECES[k % PIECES.length]!, k % 2 ? 'person' : 'company');
      expect(score >= 0 && score <= 1, `${JSON.stringify(name)}: ${score}`).toBe(true);
      k++;
    }
  });
});
