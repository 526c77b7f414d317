/** The parties of a stored customer profile: the customer and every beneficial owner, nested ones too. */
import type { OwnerInput, PartyInput, SignupRequest } from '../screening/request.js';

export interface StoredParty {
  /** The same path the sign-up screening reports: `customer`, `beneficialOwners[0].owners[1]` ... */
  path: string;
  input: PartyInput | OwnerInput;
}

/** Depth-first, in request order; an unreadable profile (not a sign-up request) yields nothing. */
export function profileParties(request: unknown): StoredParty[] {
  if (!isSignupRequest(request)) return [];
  const parties: StoredParty[] = [{ path: 'customer', input: request.customer }];
  const visit = (owners: OwnerInput[] | undefined, path: string) => {
    (owners ?? []).forEach((owner, i) => {
      const at = `${path}[${i}]`;
      parties.push({ path: at, input: owner });
      visit(owner.owners, `${at}.owners`);
    });
  };
  visit(request.beneficialOwners, 'beneficialOwners');
  return parties;
}

/** Finds one party by its path, or undefined when the profile no longer has it. */
export function partyAt(request: unknown, path: string): StoredParty | undefined {
  return profileParties(request).find((party) => party.path === path);
}

function isSignupRequest(value: unknown): value is SignupRequest {
  if (typeof value !== 'object' || value === null) return false;
  const request = value as Partial<SignupRequest>;
  return typeof request.customer?.name === 'string' && (request.beneficialOwners === undefined || Array.isArray(request.beneficialOwners));
}
