/** Tables, list versions with their diffs, and stored customers for re-screening tests. */
import { randomBytes } from 'node:crypto';
import type { ListEntry } from '../../lib/lists/model.js';
import { diffEntries } from '../../lib/refresh/diff.js';
import type { RescreenDeps } from '../../lib/rescreen/run.js';
import type { OwnerInput, PartyInput, SignupRequest } from '../../lib/screening/request.js';
import { writeDiff } from '../../lib/store/list-diffs.js';
import { activateVersion, getActivePointer, type ListStore, writeVersion } from '../../lib/store/list-versions.js';
import { saveCustomerProfile } from '../../lib/store/screenings.js';
import { ensureTable } from '../../lib/store/tables.js';

/** Fresh customers and alerts tables beside a test's lists table. */
export async function rescreenDeps(lists: ListStore): Promise<RescreenDeps> {
  const suffix = randomBytes(4).toString('hex');
  const customersTable = `customers-${suffix}`;
  const alertsTable = `alerts-${suffix}`;
  await Promise.all([ensureTable(lists.client, customersTable), ensureTable(lists.client, alertsTable, { gsi1: true })]);
  return { lists, customers: { client: lists.client, customersTable, screeningsTable: `screenings-${suffix}` }, alerts: { client: lists.client, alertsTable } };
}

export interface PublishedVersion {
  versionId: string;
  entries: ListEntry[];
}

let clock = Date.parse('2026-11-01T00:00:00Z');

/** Writes the entries as a new version with its diff against `previous`, and activates it (as the refresh does). */
export async function publishVersion(lists: ListStore, entries: ListEntry[], previous: PublishedVersion | null): Promise<PublishedVersion> {
  // A minute apart, so version ids sort in publication order as they do in production.
  const now = new Date((clock += 60_000));
  const version = await writeVersion(lists, entries, { sourceUrl: 'test', contentHash: `h${clock}`, fetchedAt: now.toISOString() }, { now });
  await writeDiff(lists, version.versionId, previous?.versionId ?? null, diffEntries(previous?.entries ?? [], entries), now);
  await activateVersion(lists, version.versionId, (await getActivePointer(lists))?.versionId ?? null);
  return { versionId: version.versionId, entries };
}

/** Stores a customer profile as the sign-up screening leaves it. */
export async function storeCustomer(deps: RescreenDeps, customerId: string, customer: PartyInput, beneficialOwners: OwnerInput[], listVersionId: string): Promise<SignupRequest> {
  const request: SignupRequest = { customerId, customer, beneficialOwners };
  await saveCustomerProfile(deps.customers, { customerId, request, lastScreeningId: `scr_${customerId}`, lastDecision: 'clear', listVersionId, updatedAt: '2026-11-01T00:00:00.000Z' });
  return request;
}

/** Replaces one entry (by id) with a changed copy. */
export function changeEntry(entries: ListEntry[], entryId: string, change: (entry: ListEntry) => Partial<ListEntry>): ListEntry[] {
  return entries.map((entry) => (entry.entryId === entryId ? { ...entry, ...change(entry) } : entry));
}
