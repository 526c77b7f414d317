/**
 * The 50 percent rules (OFAC, August 2014; BIS Affiliates Rule, 2025): an entity owned 50% or more,
 * directly or indirectly, individually or in aggregate, by blocked persons is itself blocked.
 * Indirect ownership passes only through entities that are themselves blocked: an SDN owning 25% of
 * A and 25% of B, each owning 50% of C, does not block C.
 */

export interface OwnershipNode {
  /** Where the party sits in the request, e.g. `beneficialOwners[1].owners[0]`. */
  path: string;
  name: string;
  /** Listed itself (a blocking-list match). */
  listed: boolean;
  /** Share of its parent it owns, in percent; null when the caller does not know it. */
  ownershipPercent: number | null;
  owners: OwnershipNode[];
}

export interface OwnershipFinding {
  /** Aggregate percent owned by blocked persons, counting only known shares. */
  blockedPercent: number;
  /** The blocked owners counted, with their contribution. */
  blockedOwners: { path: string; name: string; percent: number; via: 'listed' | '50% rule' }[];
  /** Blocked owners whose share is unknown: a red flag needing review. */
  unknownShareOwners: { path: string; name: string }[];
}

/** Aggregate blocked ownership of `node` by its owners (recursively through blocked entities only). */
export function blockedOwnership(node: OwnershipNode): OwnershipFinding {
  const finding: OwnershipFinding = { blockedPercent: 0, blockedOwners: [], unknownShareOwners: [] };
  for (const owner of node.owners) {
    const via = owner.listed ? 'listed' : isBlocked(owner) ? '50% rule' : undefined;
    if (!via) continue;
    if (owner.ownershipPercent === null) finding.unknownShareOwners.push({ path: owner.path, name: owner.name });
    else {
      finding.blockedPercent += owner.ownershipPercent;
      finding.blockedOwners.push({ path: owner.path, name: owner.name, percent: owner.ownershipPercent, via });
    }
  }
  // Shares are given to two decimals at most; rounding keeps 33.33 + 16.67 at exactly 50.
  finding.blockedPercent = Math.round(finding.blockedPercent * 100) / 100;
  return finding;
}

/** Listed, or owned 50% or more in aggregate by blocked owners. */
export function isBlocked(node: OwnershipNode): boolean {
  return node.listed || blockedOwnership(node).blockedPercent >= 50;
}
