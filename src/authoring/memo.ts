/**
 * Remembers the last results of a pure function of a string: validating 5,000 entries again
 * after one keystroke, or publishing one changed entry, then compiles only the opening hours
 * and Markdown texts that changed. Least recently used results are forgotten first, so the
 * memory stays bounded. Callers must treat results as read-only: they are shared.
 */
export function memoize<T>(fn: (key: string) => T, size: number): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) {
      // Most recently used last: delete and set again.
      cache.delete(key);
      cache.set(key, hit as T);
      return hit as T;
    }
    const value = fn(key);
    cache.set(key, value);
    if (cache.size > size) cache.delete(cache.keys().next().value as string);
    return value;
  };
}
