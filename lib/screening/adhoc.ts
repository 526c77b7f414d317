/**
 * An analyst's ad hoc screening: the sign-up request's body and validation, the same engine, index
 * and policy, but nothing stored (no screening record, no customer profile, no alerts): a lookup,
 * not a customer event. `customerId` is optional here (a party screened before it is a customer).
 */
import type { RiskPolicy } from '../risk/policy.js';
import type { ActiveListCache } from './active-list.js';
import { parseSignupRequest } from './request.js';
import { screenSignup, type SignupScreening } from './screen-signup.js';

export interface AdhocScreening extends SignupScreening {
  adhoc: true;
  customerId?: string;
  screenedAt: string;
  /** The analyst who ran it. */
  screenedBy: string;
}

/** Stands in for an absent customerId during validation only; never returned. */
const NO_CUSTOMER = 'adhoc';

export async function runAdhocScreening(lists: ActiveListCache, body: unknown, analyst: string, options: { policy?: RiskPolicy; now?: Date } = {}): Promise<AdhocScreening> {
  const hasCustomer = isObject(body) && body.customerId !== undefined && body.customerId !== null && body.customerId !== '';
  const request = parseSignupRequest(isObject(body) && !hasCustomer ? { ...body, customerId: NO_CUSTOMER } : body);
  const active = await lists.get();
  const result = screenSignup(request, { index: active.index, listVersion: active.version, ...(options.policy && { policy: options.policy }) });
  return {
    adhoc: true,
    ...(hasCustomer && { customerId: request.customerId }),
    screenedAt: (options.now ?? new Date()).toISOString(),
    screenedBy: analyst,
    ...result,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
