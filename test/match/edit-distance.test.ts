import { describe, expect, it } from 'vitest';
import { editDistance } from '../../lib/match/compare/edit-distance.js';
import { prng } from '../support/synthetic-entries.js';

/** Optimal string alignment distance by the textbook full table: the reference. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('editDistance', () => {
  it('counts a swap of adjacent letters as one edit', () => {
    expect(editDistance('schloz', 'scholz')).toBe(1);
    expect(editDistance('donlad', 'donald')).toBe(1);
    expect(editDistance('ca', 'abc')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('agrees with the full table on random words, short, long (over 32 letters) and non-ASCII', () => {
    const random = prng(7);
    const word = (alphabet: string, max: number) => Array.from({ length: Math.floor(random() * max) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let n = 0; n < 5000; n++) {
      const alphabet = n % 10 === 9 ? 'aéb' : 'abcd';
      const longest = n % 7 === 6 ? 45 : 12;
      const [a, b] = [word(alphabet, longest), word(alphabet, longest)];
      expect(editDistance(a, b), `${a} ~ ${b}`).toBe(reference(a, b));
    }
  });

  it('stops past a bound, answering bound + 1 for anything farther', () => {
    const random = prng(11);
    for (let n = 0; n < 2000; n++) {
      const a = Array.from({ length: 1 + Math.floor(random() * 40) }, () => 'abc'[Math.floor(random() * 3)]).join('');
      const b = Array.from({ length: 1 + Math.floor(random() * 40) }, () => 'abc'[Math.floor(random() * 3)]).join('');
      const max = Math.floor(random() * 6);
      const exact = reference(a, b);
      expect(editDistance(a, b, max), `${a} ~ ${b} max ${max}`).toBe(exact > max ? max + 1 : exact);
    }
  });
});
