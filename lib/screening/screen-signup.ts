/** Screens a sign-up: the customer and every beneficial owner against the index, then the risk policy. */
import type { MatchIndex } from '../match/index.js';
import type { Match, Party, PartyIdentifier } from '../match/party.js';
import { screenParty } from '../match/screen.js';
import { evaluateRisk, type Reason, type ScreenedParty } from '../risk/evaluate.js';
import { DEFAULT_POLICY, type RiskPolicy } from '../risk/policy.js';
import type { OwnerInput, PartyInput, SignupRequest } from './request.js';

export interface ListVersionRef {
  versionId: string;
  activatedAt: string;
  entryCount: number;
}

export interface ScreeningContext {
  index: MatchIndex;
  listVersion: ListVersionRef;
  policy?: RiskPolicy;
  /** Overrides the matcher's default and per-source thresholds (deployment setting MATCH_THRESHOLD). */
  threshold?: number;
}

export interface PartyResult {
  path: string;
  type: PartyInput['type'];
  name: string;
  ownershipPercent?: number | null;
  matches: Match[];
}

export interface SignupScreening {
  decision: 'clear' | 'review' | 'deny';
  riskScore: number;
  reasons: Reason[];
  parties: PartyResult[];
  listVersion: ListVersionRef;
}

export function screenSignup(request: SignupRequest, context: ScreeningContext): SignupScreening {
  const parties: PartyResult[] = [];
  const screen = (input: PartyInput | OwnerInput, path: string): ScreenedParty => {
    const matches = screenParty(context.index, toMatchParty(input), context.threshold === undefined ? {} : { threshold: context.threshold });
    const owner = 'ownershipPercent' in input ? input : undefined;
    parties.push({ path, type: input.type, name: input.name, ...(owner && { ownershipPercent: owner.ownershipPercent }), matches });
    return {
      path,
      name: input.name,
      type: input.type,
      countries: [...new Set([input.country, input.address?.country, input.nationality].filter((c): c is string => Boolean(c)))],
      addressText: input.address ? Object.values(input.address).join(', ') : undefined,
      ownershipPercent: owner?.ownershipPercent ?? null,
      matches,
      owners: (owner?.owners ?? []).map((o, i) => screen(o, `${path}.owners[${i}]`)),
    };
  };
  const customer = screen(request.customer, 'customer');
  customer.owners = request.beneficialOwners.map((o, i) => screen(o, `beneficialOwners[${i}]`));
  const risk = evaluateRisk(customer, context.policy ?? DEFAULT_POLICY);
  // Not a spread of `risk`: see objects.ts.
  return { decision: risk.decision, riskScore: risk.riskScore, reasons: risk.reasons, parties, listVersion: context.listVersion };
}

/** What the matcher compares: names, type, a country, birth date, and every number we were given. */
export function toMatchParty(input: PartyInput): Party {
  const ids: PartyIdentifier[] = [
    ...(input.registrationNumber ? [{ type: 'Registration Number', number: input.registrationNumber }] : []),
    ...(input.identifiers ?? []).map((id) => (id.type ? { type: id.type, number: id.number } : { number: id.number })),
    // OFAC lists e-mail addresses and phone numbers among an entry's ids: an equal one is strong evidence.
    ...(input.email ? [{ type: 'Email Address', number: input.email }] : []),
    ...(input.phone ? [{ type: 'Phone Number', number: input.phone }] : []),
  ];
  const country = input.country ?? input.address?.country ?? input.nationality;
  return {
    name: input.name,
    type: input.type,
    ...(input.aliases && { aliases: input.aliases }),
    ...(country && { country }),
    ...(input.dateOfBirth && { dateOfBirth: input.dateOfBirth }),
    ...(ids.length && { ids }),
  };
}
