/** A query-time answer from `cache`, computed on first use; the cache starts over once it holds `limit` answers. */
export function remembered<K, V>(cache: Map<K, V>, key: K, limit: number, compute: () => V): V {
  let found = cache.get(key);
  if (found === undefined) {
    if (cache.size >= limit) cache.clear();
    found = compute();
    cache.set(key, found);
  }
  return found;
}
