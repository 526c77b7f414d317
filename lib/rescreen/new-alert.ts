/** A new alert with its deterministic id, status `open` and the first line of its history. */
import { type Alert, alertIdFor } from '../store/alerts.js';

export type AlertFields = Omit<Alert, 'alertId' | 'status' | 'createdAt' | 'updatedAt' | 'history' | 'fingerprints'> & {
  fingerprints: NonNullable<Alert['fingerprints']>;
};

/** Who raised an alert, as its history shows it. */
export const RAISED_BY: Record<Alert['origin'], string> = { rescreen: 'system:rescreen', signup: 'system:signup' };

export function newAlert(fields: AlertFields, now: Date): Alert {
  const at = now.toISOString();
  const alertId = alertIdFor({
    customerId: fields.customerId,
    partyPath: fields.partyPath,
    source: fields.source,
    entryId: fields.entryId,
    kind: fields.kind,
    listVersionId: fields.listVersionId,
    partyFingerprint: fields.fingerprints.party,
  });
  return { alertId, ...fields, status: 'open', createdAt: at, updatedAt: at, history: [{ at, by: RAISED_BY[fields.origin], action: 'created', status: 'open' }] };
}
