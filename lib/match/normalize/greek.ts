/**
 * Greek to Latin as Greek passports write names (ELOT 743): any-ascii spells Greek letter by letter
 * ("Παύλος" paylos, "Ουζουνίδης" oyzoynidis, "Ευάγγελος" eyaggelos), where a passport writes Pavlos,
 * Ouzounidis, Evangelos. Greek writes a foreign name's b, d, g, j and u as μπ, ντ, γκ, τζ and ου
 * (Ομπάμα Obama, Ντόναλντ Donald, Πούτιν Putin): greekForeignReading reads a name so.
 */

export const GREEK = /\p{Script=Greek}/u;
/** A run of Greek letters, accents and diaeresis included. */
export const GREEK_RUNS = /[\p{Script=Greek}\u0300-\u036f]+/gu;

const LETTERS: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
/** Two letters for one sound; αυ, ευ, ηυ apart (their υ is v or f by what follows). */
const DIGRAPHS: Record<string, string> = { ου: 'ou', γγ: 'ng', γξ: 'nx', γχ: 'nch' };
/** The second letter of αυ, ευ, ηυ is f before these (and last), else v: Ευκλείδης Efkleidis, Ευάγγελος Evangelos. */
const VOICELESS = new Set([...'θκξπσςτφχψ']);
/**
 * A foreign name's sounds as Greek writes them (τζ its j: Τζον John); last in a word, μπ and γκ are
 * mp and ng (Τραμπ Trump, Χονγκ Κονγκ Hong Kong).
 */
const FOREIGN: Record<string, string> = { μπ: 'b', ντ: 'd', γκ: 'g', ου: 'u', τζ: 'j' };
const FOREIGN_LAST: Record<string, string> = { μπ: 'mp', ντ: 'd', γκ: 'ng', ου: 'u', τζ: 'j' };
const FOREIGN_PAIRS = /μπ|ντ|γκ|ου|τζ/;

/** "Παύλος" -> "pavlos"; `foreign` reads μπ, ντ, γκ, ου and τζ as b, d, g, u and j ("Ομπάμα" -> "obama"). */
export function romanizedGreek(run: string, foreign = false): string {
  // Accents off, the diaeresis kept: it parts two vowels a digraph would join (Ευβοϊκός: ο, ι).
  const letters = [...run.normalize('NFD').toLowerCase().replace(/[\u0300-\u0307\u0309-\u036f]/g, '').normalize('NFC')];
  let out = '';
  for (let i = 0; i < letters.length; i++) {
    const [c, next] = [letters[i]!, letters[i + 1]];
    const pair = c + (next ?? '');
    if (foreign && FOREIGN[pair]) (out += (i + 2 === letters.length ? FOREIGN_LAST : FOREIGN)[pair]), i++;
    else if (DIGRAPHS[pair]) (out += DIGRAPHS[pair]), i++;
    else if ((c === 'α' || c === 'ε' || c === 'η') && next === 'υ') {
      const after = letters[i + 2];
      out += LETTERS[c] + (after === undefined || VOICELESS.has(after) ? 'f' : 'v');
      i++;
    } else out += LETTERS[c] ?? LETTERS[c.normalize('NFD')[0]!] ?? c;
  }
  return out;
}

/** The name read as a foreign name Greek spells (romanizedGreek's `foreign`), when that reads otherwise; else none. */
export function greekForeignReading(name: string): string[] {
  if (!GREEK.test(name) || !FOREIGN_PAIRS.test(name.normalize('NFD').toLowerCase().replace(/[\u0300-\u036f]/g, ''))) return [];
  return [name.replace(GREEK_RUNS, (run) => romanizedGreek(run, true))];
}
