/** Drops undefined properties, so stored items and JSON answers stay small and DynamoDB accepts them. */
export function compact<T extends object>(value: T): T {
  // A loop over the keys: Object.fromEntries(Object.entries(...).filter(...)) built an array per property, for every party of every request.
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) kept[key] = v;
  }
  return kept as T;
}
