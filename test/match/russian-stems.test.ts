import { describe, expect, it } from 'vitest';
import { russianStemMeaning } from '../../lib/match/normalize/russian-stems.js';

describe('russianStemMeaning', () => {
  it.each([
    // One stem in its genders and cases, as the lists spell them (kh or h, -yy, -yi, -ii, -yj).
    ['nauchnyy', 'scientific'], ['nauchnogo', 'scientific'], ['nauchnoi', 'scientific'], ['nauchno', 'scientific'],
    ['issledovatelskiy', 'research'], ['issledovatelskogo', 'research'], ['tekhnicheskii', 'technical'],
    ['tehnicheskiy', 'technical'], ['gazovykh', 'gas'], ['elektronnyj', 'electronic'], ['predpriiatie', 'enterprise'],
    ['mashinostroitelnaia', 'machine building'], ['priborostroeniya', 'instrument engineering'], ['instituta', 'institute'],
  ])('%s -> %s', (word, meaning) => {
    expect(russianStemMeaning(word)).toBe(meaning);
  });

  it('reads no other word: English ones, names, nouns that name firms ("Elektronika", "Energiya"), a stem with an ending Russian has not', () => {
    for (const word of ['smith', 'nauchnoxyz', 'omskiy', 'elektronika', 'energiya', 'sistema', 'hello', 'zavodskoy']) expect(russianStemMeaning(word)).toBeUndefined();
  });
});
