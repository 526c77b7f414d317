/** The party being screened, as the CLI and API accept it, and the shape of a match. */
import type { TokenPairing } from './compare/names.js';

/**
 * The longest name (or alias) the matcher takes, in characters: over twice the longest the lists
 * hold (381 on the CSL), and short enough that no name stalls a screening. Comparing one word costs
 * the product of the two words' lengths: a 50,000-letter word took 12 s against its copy.
 */
export const NAME_MAX_LENGTH = 1000;

/** Whether a name has a letter or digit to screen: one without ("---") matches nothing, and would come out clear. */
export function hasNameText(name: string): boolean {
  return NAME_TEXT.test(name);
}

const NAME_TEXT = /[\p{L}\p{N}]/u;

export const PARTY_TYPES = ['person', 'organization', 'vessel', 'aircraft'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];

export interface PartyIdentifier {
  type?: string;
  number: string;
}

export interface Party {
  id?: string;
  name: string;
  type?: PartyType;
  /** ISO alpha-2 code or an English country name. */
  country?: string;
  /** "1965-03-12", "1965", "circa 1965" ... */
  dateOfBirth?: string;
  aliases?: string[];
  ids?: PartyIdentifier[];
}

/** One secondary attribute's contribution to a match score. */
export interface FeatureResult {
  feature: 'dateOfBirth' | 'country' | 'identifier' | 'type';
  /** Added to the name score (negative lowers it); for identifier, the floor the score is raised to. */
  delta: number;
  detail: string;
}

export interface Explanation {
  /** The query name (or alias) that matched, and how its tokens aligned with the entry's. */
  queryName: string;
  nameScore: number;
  nameAlignment: TokenPairing[];
  unmatchedQuery: string[];
  unmatchedEntry: string[];
  nameDetail: string;
  /**
   * When the matched name is another entry's, and that entry is the same party listed again (the
   * same name and country on SDN and the Entity List, say): that entry.
   */
  sameParty?: { entryId: string; source: string; name: string };
  features: FeatureResult[];
}

export interface Match {
  entryId: string;
  source: string;
  /** The entry's primary name. */
  name: string;
  /** The entry name (primary or alias) that matched best. */
  matchedName: string;
  score: number;
  explanation: Explanation;
}
