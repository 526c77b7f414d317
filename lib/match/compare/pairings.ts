/**
 * Pairings of query and entry tokens that may align: the Candidate each source of them (the pair
 * matrix, glued runs, abbreviations) hands compareNames, and the cache of token-pair similarities
 * the matrix and glued runs are scored from.
 */
import type { NameToken } from '../normalize/tokens.js';
import { tokenSimilarity } from './similarity.js';

/** Every field set at creation, structural and particles too: one hidden class, where compareNames' loops deopted on each new one. */
export interface Candidate {
  q: readonly number[];
  e: readonly number[];
  similarity: number;
  /** Structural pairings (acronym, initial, legal form) count their similarity as is, never bent by alignedContribution. */
  structural: boolean;
  /** Two particles ("al" ~ "al") pair last: a glued run may need one ("abd al hakim" ~ "abdelhakim"). */
  particles: boolean;
}

/**
 * Similarities already computed, per pair of tokens: a query meets the same list tokens in many
 * candidate names, and a nightly re-screening meets the same given names and surnames in many parties.
 * A fixed table of typed arrays, a slot per hash of the two tokens' ids, a new pair taking the slot of
 * the old: no object per pair. A Map of Maps bounded at a million pairs filled and was dropped over
 * and over on sign-ups' ever new names, each pair living long enough to reach V8's old space, which
 * at 200 sign-ups/s with 20 owners grew 3.5 MB/s and was marked and compacted every 30 s.
 */
const PAIR_SLOTS = 1 << 20;
/**
 * Per slot 16 bytes, one cache line: the two token ids (0, which no token has, marks an empty slot)
 * and their similarity. Ids and similarities in two arrays cost two cache misses per lookup, the
 * costliest line of comparing names in a profile of 20-owner sign-ups.
 */
const pairBuffer = new ArrayBuffer(16 * PAIR_SLOTS);
const pairIds = new Int32Array(pairBuffer);
const pairSimilarities = new Float64Array(pairBuffer);

/** tokenSimilarity(own, other), remembered; their ids given when at hand (PreparedName.ids). */
export function rememberedSimilarity(own: NameToken, other: NameToken, ownId = own.id, otherId = other.id): number {
  // One token (makeToken builds one per text): most candidate names share a word with the query, and a slot not read is a cache miss saved.
  if (ownId === otherId) return 1;
  const slot = slotOf(ownId, otherId);
  if (pairIds[4 * slot] === ownId && pairIds[4 * slot + 1] === otherId) return pairSimilarities[2 * slot + 1]!;
  const similarity = tokenSimilarity(own, other);
  fill(slot, ownId, otherId, similarity);
  return similarity;
}

/**
 * Files tokenSimilarity(own, other) computed at a lower floor, as retrieval's similar-word search
 * does: the same where it reaches `minimum`, and below it where it does not, which is all this
 * table's readers tell apart. The names a query word brings are those of the list words it found
 * so: their pairs need no second computation.
 */
export function rememberSimilarity(own: NameToken, other: NameToken, similarity: number): void {
  if (own.id !== other.id) fill(slotOf(own.id, other.id), own.id, other.id, similarity);
}

const slotOf = (ownId: number, otherId: number) => (Math.imul(ownId, 0x9e3779b1) ^ Math.imul(otherId, 0x85ebca6b)) >>> 12;

function fill(slot: number, ownId: number, otherId: number, similarity: number): void {
  pairIds[4 * slot] = ownId;
  pairIds[4 * slot + 1] = otherId;
  pairSimilarities[2 * slot + 1] = similarity;
}
