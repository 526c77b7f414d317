/**
 * persianForm folds a word's Persian and Arabic romanizations together in two passes over its
 * letters: checked against the seven replacements it stands for, on every word of up to five of the
 * letters they touch (and on real names), and by the pairs it makes alike.
 */
import { describe, expect, it } from 'vitest';
import { persianForm, tokenSimilarity } from '../../lib/match/compare/similarity.js';
import { normalizeName } from '../../lib/match/normalize/pipeline.js';

const replaced = (word: string) =>
  word.replace(/(.)\1/g, '$1').replace(/gh/g, 'q').replace(/w/g, 'v').replace(/[ae][iy]/g, 'i').replace(/[ao][uw]/g, 'u').replace(/e/g, 'i').replace(/o/g, 'u');

describe('persianForm', () => {
  it('is the seven replacements on every word of up to five of the letters they touch', () => {
    const letters = 'aeiouywghqvb';
    const words = [''];
    for (let length = 1; length <= 5; length++) for (const word of words.filter((w) => w.length === length - 1)) for (const c of letters) words.push(word + c);
    for (const word of words) expect(persianForm(word), word).toBe(replaced(word));
    for (const word of ['soleimani', 'sulaymani', 'ghasemi', 'qasimi', 'mohsen', 'muhsin', 'hosseini', 'husayni', 'mahdawi', 'mahdavi', 'aaa', 'owwa']) expect(persianForm(word), word).toBe(replaced(word));
  });

  it('makes a Persian romanization and an Arabic one alike', () => {
    const word = (text: string) => normalizeName(text, 'person').tokens[0]!;
    expect(tokenSimilarity(word('Sulaymani'), word('Soleimani'))).toBeGreaterThanOrEqual(0.9);
    expect(tokenSimilarity(word('Ghasemi'), word('Qasimi'))).toBeGreaterThanOrEqual(0.9);
    expect(tokenSimilarity(word('Husayni'), word('Hosseini'))).toBeGreaterThanOrEqual(0.9);
  });
});
