/**
 * Other names a list writes inside a name, in parentheses: "National University of Defense
 * Technology (NUDT)", "Gazprom Russkaya, OOO (f.k.a., Obshchestvo S Ogranichennoi Otvetstvennostyu
 * Kovyktneftegaz)". Each is indexed as a name of the entry, as if listed as an alias: a query for
 * "NUDT" is the entry's name, not one word of its long one.
 */
import { toCountryCode } from '../../lists/countries.js';
import { abbreviatesStart } from '../compare/abbreviations.js';
import { normalizeName } from './pipeline.js';
import { isGenericWord } from './tokens.js';

const PARENTHESES = /\(([^()]*)\)/g;
/** "a.k.a.", "aka", "f.k.a.", "formerly" and the like, then the names, ";"-separated. */
const ANOTHER_NAME = /^(?:a\.?k\.?a\.?|f\.?k\.?a\.?|formerly(?: known as)?)[,:]?\s+/i;
const LOWER_CASE = /\p{Ll}/u;
/** An acronym names the whole entry only at the end: "(IRGC)-QODS FORCE", "(CSSC) 750th Test Center" are parts' acronyms. */
const AT_END = /^[\s.,;]*$/;

/**
 * A name within another. An acronym is compared letter for letter, as a code is (CompareOptions.acronym):
 * "SIG" is not "SHIG"; acronyms of three or four letters collide enough as they are.
 */
export interface NameWithin {
  text: string;
  acronym: boolean;
}

/** The names in parentheses within `name`; [] for most names. */
export function namesWithin(name: string, person: boolean): NameWithin[] {
  if (!name.includes('(')) return [];
  const found: NameWithin[] = [];
  for (const match of name.matchAll(PARENTHESES)) {
    const inside = match[1]!.trim();
    const named = ANOTHER_NAME.exec(inside);
    if (named) {
      for (const other of inside.slice(named[0].length).split(';')) if (other.trim()) found.push({ text: other.trim(), acronym: false });
    } else if (!person && AT_END.test(name.slice(match.index! + match[0].length))) {
      const before = name.slice(0, match.index).trim();
      if (isAcronymOf(inside, before)) found.push({ text: inside, acronym: true });
      // The acronym first, its words in parentheses: "ADF (Allied Democratic Forces)", "ARITP (All Russian Institute for Technical Physics)".
      else if (spellsInitials(before, inside)) found.push({ text: before, acronym: true }, { text: inside, acronym: false });
    }
  }
  return found;
}

/** One word in capitals whose letters are the initials of `words`. */
function spellsInitials(acronym: string, words: string): boolean {
  if (LOWER_CASE.test(acronym)) return false;
  const tokens = normalizeName(acronym, 'other').tokens;
  return tokens.length === 1 && tokens[0]!.kind === 'word' && abbreviatesStart(tokens[0]!.text, normalizeName(words, 'other').tokens);
}

/**
 * An organization's acronym after its name: written in capitals where the name is not ("Rosoboronexport
 * OJSC (ROE)"), or, in a name all in capitals, the initials of its words ("ISLAMIC REVOLUTIONARY GUARD
 * CORPS (IRGC)"; "(LONDON)" and "(PASDARAN)" say where or who, not what the name spells). Never a
 * country, legal form or generic word ("(HK)", "(PVT)", "(GROUP)").
 */
function isAcronymOf(inside: string, rest: string): boolean {
  if (LOWER_CASE.test(inside)) return false;
  const tokens = normalizeName(inside, 'other').tokens;
  if (toCountryCode(tokens.map((t) => t.text).join(' '))) return false;
  if (!tokens.some((t) => t.kind === 'word' && t.text.length >= 2 && !isGenericWord(t))) return false;
  return LOWER_CASE.test(rest) || spellsInitials(inside, rest);
}
