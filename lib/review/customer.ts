/** One customer as the console shows it: the profile last screened, its screening history and its alerts. */
import type { Reason } from '../risk/evaluate.js';
import type { SignupRequest } from '../screening/request.js';
import type { ScreeningResponse } from '../screening/service.js';
import { type AlertStore, customerAlerts } from '../store/alerts.js';
import { type CustomerProfile, customerScreenings, getCustomerProfile, type ScreeningStore } from '../store/screenings.js';
import { type AlertSummary, summarizeAlert } from './alerts.js';

export interface ScreeningSummary {
  screeningId: string;
  screenedAt: string;
  decision: string;
  riskScore?: number;
  listVersionId: string;
  reasons: Reason[];
  /** Each party screened with its matches (entry, source, name, score). */
  parties: { path: string; name: string; type: string; matches: { entryId: string; source: string; name: string; matchedName: string; score: number }[] }[];
}

export interface CustomerView {
  customerId: string;
  profile: CustomerProfile<SignupRequest> | null;
  screenings: ScreeningSummary[];
  alerts: AlertSummary[];
}

/** Undefined when the service knows nothing of the customer. */
export async function customerView(stores: { screenings: ScreeningStore; alerts: AlertStore }, customerId: string): Promise<CustomerView | undefined> {
  const [profile, screenings, alerts] = await Promise.all([
    getCustomerProfile<SignupRequest>(stores.screenings, customerId),
    customerScreenings<SignupRequest, ScreeningResponse>(stores.screenings, customerId),
    customerAlerts(stores.alerts, customerId),
  ]);
  if (!profile && screenings.length === 0 && alerts.length === 0) return undefined;
  return {
    customerId,
    profile: profile ?? null,
    screenings: screenings.map((record) => ({
      screeningId: record.screeningId,
      screenedAt: record.screenedAt,
      decision: record.decision,
      ...(typeof record.result?.riskScore === 'number' && { riskScore: record.result.riskScore }),
      listVersionId: record.listVersionId,
      reasons: record.result?.reasons ?? [],
      parties: (record.result?.parties ?? []).map((party) => ({
        path: party.path,
        name: party.name,
        type: party.type,
        matches: party.matches.map((m) => ({ entryId: m.entryId, source: m.source, name: m.name, matchedName: m.matchedName, score: m.score })),
      })),
    })),
    alerts: alerts.map(summarizeAlert),
  };
}
