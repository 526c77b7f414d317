/**
 * What a name's tokens count for when two names are scored: strong parts (a word or number; an
 * initial half a part of a person's name), a part left over that was replaced rather than omitted,
 * a word that can be an organization's whole name, Chinese and Korean names compared as such.
 * Shared by compareNames, its score bound and the preparation of names.
 */
import { isGenericWord, isInitial, type NameToken } from '../normalize/tokens.js';

export function isStrong(token: NameToken): boolean {
  return token.kind === 'word' || token.kind === 'number';
}

/**
 * Lineage of a married name: "de" and the husband's surname, which a woman may give in place of her
 * mother's surname or leave out ("cardona de ibarra" ~ "cardona martinez"). Left over, it is no part
 * replaced (not strong; see isStrongLeft).
 */
export const MARRIED = 2;

/** A token left over that counts as a part of the name replaced: a word or number, not a married name's. */
export function isStrongLeft(token: NameToken, lineage: Uint8Array | undefined, i: number): boolean {
  return isStrong(token) && lineage?.[i] !== MARRIED;
}

/**
 * A word that, rare enough, can be an organization's whole name on its own (see rareSinglePart). A
 * Chinese or Korean syllable is one sound of a name, never all of it ("삼" of 삼성 is not "SAM").
 */
export function canBeDistinctive(token: NameToken): boolean {
  return isStrong(token) && !token.syllabic && !isGenericWord(token);
}

/**
 * Strong name parts among tokens: a word or number counts 1, an initial half. Of an organization's
 * name, with `person` false, a generic word (what it does) is no part of who it is, and a letter is
 * a whole part ("Master Q Services").
 */
export function nameParts(tokens: NameToken[], person = true): number {
  let parts = 0;
  for (const t of tokens) {
    if (!isStrong(t)) continue;
    if (person) parts += isInitial(t) ? 0.5 : 1;
    else if (!isGenericWord(t)) parts++;
  }
  return parts;
}

/** Chinese or Korean names, compared as such: no middle names, so a syllable left over is another given name. */
export function syllabicNames(query: NameToken[], entry: NameToken[], person: boolean): boolean {
  return (hasSyllabic(query) || hasSyllabic(entry)) && (person || !namesOrganization(query) && !namesOrganization(entry));
}

function hasSyllabic(tokens: NameToken[]): boolean {
  return tokens.some((t) => t.syllabic);
}

/** A legal form or a generic organization word: no person's name ("集团", group). */
function namesOrganization(tokens: NameToken[]): boolean {
  return tokens.some((t) => t.kind === 'legal' || isGenericWord(t));
}
