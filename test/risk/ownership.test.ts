import { describe, expect, it } from 'vitest';
import { blockedOwnership, isBlocked, type OwnershipNode } from '../../lib/risk/ownership.js';

const node = (name: string, listed: boolean, ownershipPercent: number | null, owners: OwnershipNode[] = []): OwnershipNode => ({ path: name, name, listed, ownershipPercent, owners });

describe('the 50 percent rule, worked examples', () => {
  it("OFAC's own example: an SDN owning 25% of A and 25% of B, each owning 50% of C, does not block C", () => {
    const sdnInA = node('X', true, 25);
    const sdnInB = node('X', true, 25);
    const c = node('C', false, null, [node('A', false, 50, [sdnInA]), node('B', false, 50, [sdnInB])]);
    expect(blockedOwnership(c).blockedPercent).toBe(0);
    expect(isBlocked(c)).toBe(false);
  });

  it('two SDNs with 25% each block the entity in aggregate, across programmes', () => {
    const c = node('C', false, null, [node('SDN-1 (Iran)', true, 25), node('SDN-2 (Russia)', true, 25)]);
    expect(blockedOwnership(c)).toMatchObject({ blockedPercent: 50 });
    expect(isBlocked(c)).toBe(true);
  });

  it('ownership passes through an entity that is itself blocked', () => {
    // X (SDN) owns 50% of A, so A is blocked; A owns 60% of B, so B is blocked; B owns 50% of C.
    const a = node('A', false, 60, [node('X', true, 50)]);
    const b = node('B', false, 50, [a]);
    const c = node('C', false, null, [b]);
    expect(blockedOwnership(c).blockedOwners).toEqual([{ path: 'B', name: 'B', percent: 50, via: '50% rule' }]);
    expect(isBlocked(c)).toBe(true);
  });

  it('49.99% is not 50%', () => {
    expect(isBlocked(node('C', false, null, [node('X', true, 33.33), node('Y', true, 16.66)]))).toBe(false);
    expect(isBlocked(node('C', false, null, [node('X', true, 33.33), node('Y', true, 16.67)]))).toBe(true);
  });

  it('a listed owner with an unknown share is reported, not counted', () => {
    const finding = blockedOwnership(node('C', false, null, [node('X', true, null), node('Y', false, 80)]));
    expect(finding).toEqual({ blockedPercent: 0, blockedOwners: [], unknownShareOwners: [{ path: 'X', name: 'X' }] });
  });
});
