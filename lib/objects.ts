/** Drops undefined properties, so stored items and JSON answers stay small and DynamoDB accepts them. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
