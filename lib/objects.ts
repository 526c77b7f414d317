/*
 * In the modules the sign-up function loads no object literal opens with a spread that more
 * properties follow (`{ ...a, b: 1 }`, `{ ...a, ...b }`): once optimized, V8 11 (Node 20) gives every
 * object such a literal makes a hidden class of its own, allocated in old space. At 200 sign-ups/s of
 * 20 owners that was 2 MB/s of old space and a mark-compact, 100 ms of marking on the function's core,
 * every 20 s. A property first (`{ b: 1, ...a }`) or Object.assign does not do it.
 * test/screening/object-spreads.test.ts checks it.
 */

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
