/** What is active and how old it is: shown by `lists status`, the console and health checks. */
import { type ActivePointer, getActivePointer, type ListStore } from './list-versions.js';

export interface ListStatus extends ActivePointer {
  ageHours: number;
}

export async function listStatus(store: ListStore, now = Date.now()): Promise<ListStatus | null> {
  const pointer = await getActivePointer(store);
  if (!pointer) return null;
  return { ...pointer, ageHours: Math.round(((now - Date.parse(pointer.activatedAt)) / 3_600_000) * 10) / 10 };
}
