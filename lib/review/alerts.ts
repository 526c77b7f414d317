/**
 * The alert queue and one alert as the console shows them: the queue filtered and sorted for the
 * analyst, an alert beside the customer's party and the list entry it was raised on, and an
 * analyst's action validated before the store applies it (and records who took it).
 */
import { ValidationError } from '../errors.js';
import type { ListEntry } from '../lists/model.js';
import type { MatchIndex } from '../match/index.js';
import { findEntries } from '../lookup/search.js';
import { type FieldErrors, oneOf } from '../query-params.js';
import { partyAt } from '../rescreen/parties.js';
import type { OwnerInput, PartyInput } from '../screening/request.js';
import { ALERT_ACTIONS, ALERT_STATUSES, type Alert, type AlertAction, type AlertKind, type AlertStatus, type AlertStore, actOnAlert, getAlert, listAlerts, TRANSITIONS } from '../store/alerts.js';
import { type CustomerProfile, getCustomerProfile, type ScreeningStore } from '../store/screenings.js';

export const ALERT_KINDS: readonly AlertKind[] = ['new-match', 'changed-match', 'match-gone', 'signup-review'];
export const ALERT_SORTS = ['newest', 'oldest', 'score', 'customer'] as const;
export type AlertSort = (typeof ALERT_SORTS)[number];

/** The queue is read whole up to this many alerts of the chosen status, then filtered and sorted here. */
export const QUEUE_READ_LIMIT = 1000;
const STORE_PAGE = 500;

export interface QueueQuery {
  /** Absent: every status. */
  status?: AlertStatus;
  sort: AlertSort;
  kind?: AlertKind;
  source?: string;
  customerId?: string;
}

/** An alert without its explanation and history: a queue row. */
export type AlertSummary = Omit<Alert, 'explanation' | 'history' | 'fingerprints'> & { lastAction?: Alert['history'][number] };

export interface QueuePage {
  alerts: AlertSummary[];
  /** More alerts of this status exist than the queue reads; narrow the filters. */
  truncated: boolean;
}

export function parseQueueQuery(params: Record<string, string | undefined>): QueueQuery {
  const errors: FieldErrors = [];
  const query: QueueQuery = { status: 'open', sort: 'newest' };
  const status = params.status?.trim().toLowerCase();
  if (status === 'all') delete query.status;
  else if (status) {
    if ((ALERT_STATUSES as readonly string[]).includes(status)) query.status = status as AlertStatus;
    else errors.push({ field: 'status', reason: `must be all or one of ${ALERT_STATUSES.join(', ')}` });
  }
  const sort = oneOf(params.sort, ALERT_SORTS, 'sort', errors);
  if (sort) query.sort = sort;
  const kind = oneOf(params.kind, ALERT_KINDS, 'kind', errors);
  if (kind) query.kind = kind;
  const source = params.source?.trim();
  if (source) query.source = source.toLowerCase() === 'policy' ? 'policy' : source.toUpperCase();
  const customerId = params.customerId?.trim();
  if (customerId) query.customerId = customerId;
  if (errors.length) throw new ValidationError(errors);
  return query;
}

const SORTERS: Record<AlertSort, (a: Alert, b: Alert) => number> = {
  newest: (a, b) => b.createdAt.localeCompare(a.createdAt),
  oldest: (a, b) => a.createdAt.localeCompare(b.createdAt),
  score: (a, b) => b.score - a.score || b.createdAt.localeCompare(a.createdAt),
  customer: (a, b) => a.customerId.localeCompare(b.customerId) || a.partyPath.localeCompare(b.partyPath) || b.score - a.score,
};

export async function alertQueue(store: AlertStore, query: QueueQuery): Promise<QueuePage> {
  const read: Alert[] = [];
  let cursor: string | undefined;
  do {
    const page = await listAlerts(store, { ...(query.status && { status: query.status }), limit: STORE_PAGE, ...(cursor && { cursor }) });
    read.push(...page.alerts);
    cursor = page.cursor;
  } while (cursor && read.length < QUEUE_READ_LIMIT);
  const alerts = read
    .filter((a) => (!query.kind || a.kind === query.kind) && (!query.source || a.source === query.source) && (!query.customerId || a.customerId === query.customerId))
    .sort(SORTERS[query.sort] ?? SORTERS.newest)
    .map(summarizeAlert);
  return { alerts, truncated: cursor !== undefined };
}

export function summarizeAlert(alert: Alert): AlertSummary {
  const { explanation: _explanation, history, fingerprints: _fingerprints, ...summary } = alert;
  const lastAction = history.at(-1);
  return { ...summary, ...(lastAction && { lastAction }) };
}

export interface AlertDetail {
  alert: Alert;
  /** The customer's party the alert is about, as last screened; null when the profile no longer has it. */
  party: PartyInput | OwnerInput | null;
  customer: Pick<CustomerProfile, 'customerId' | 'lastDecision' | 'lastScreeningId' | 'updatedAt' | 'listVersionId'> | null;
  /** The list entry on the active list; null when it is not there (removed, or a policy alert). */
  entry: ListEntry | null;
  /** The actions the alert's status allows now. */
  actions: AlertAction[];
}

export interface ReviewStores {
  alerts: AlertStore;
  screenings: ScreeningStore;
}

export async function alertDetail(stores: ReviewStores, alertId: string, index: MatchIndex | undefined): Promise<AlertDetail | undefined> {
  const alert = await getAlert(stores.alerts, alertId);
  if (!alert) return undefined;
  const profile = await getCustomerProfile(stores.screenings, alert.customerId);
  const [entry] = index ? findEntries(index, alert.entryId, alert.source) : [];
  return {
    alert,
    party: profile ? (partyAt(profile.request, alert.partyPath)?.input ?? null) : null,
    customer: profile ? { customerId: profile.customerId, lastDecision: profile.lastDecision, lastScreeningId: profile.lastScreeningId, updatedAt: profile.updatedAt, listVersionId: profile.listVersionId } : null,
    entry: entry ?? null,
    actions: ALERT_ACTIONS.filter((action) => TRANSITIONS[action].from.includes(alert.status)),
  };
}

export interface ActionRequest {
  action: AlertAction;
  reason?: string;
  /** The `updatedAt` the analyst saw, so a decision on a stale page is refused. */
  expectedUpdatedAt?: string;
}

/** `{action, reason?, expectedUpdatedAt?}`: clearing (a false positive) needs a reason. */
export function parseActionRequest(body: unknown): ActionRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ValidationError([{ field: '(body)', reason: 'must be a JSON object' }]);
  const { action, reason, expectedUpdatedAt, ...rest } = body as Record<string, unknown>;
  const errors: { field: string; reason: string }[] = Object.keys(rest).map((field) => ({ field, reason: 'is not a known field' }));
  if (typeof action !== 'string' || !(ALERT_ACTIONS as readonly string[]).includes(action)) errors.push({ field: 'action', reason: `must be one of ${ALERT_ACTIONS.join(', ')}` });
  if (reason !== undefined && typeof reason !== 'string') errors.push({ field: 'reason', reason: 'must be a string' });
  const why = typeof reason === 'string' ? reason.trim() : '';
  if (action === 'clear' && !why) errors.push({ field: 'reason', reason: 'is required to clear an alert: say why it is not a match' });
  if (expectedUpdatedAt !== undefined && typeof expectedUpdatedAt !== 'string') errors.push({ field: 'expectedUpdatedAt', reason: 'must be the alert\'s updatedAt as shown' });
  if (errors.length) throw new ValidationError(errors);
  return { action: action as AlertAction, ...(why && { reason: why }), ...(typeof expectedUpdatedAt === 'string' && { expectedUpdatedAt }) };
}

export function actAsAnalyst(store: AlertStore, alertId: string, request: ActionRequest, analyst: string): Promise<Alert> {
  return actOnAlert(store, alertId, { ...request, by: analyst });
}
