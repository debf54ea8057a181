const chains = new Map<string, Promise<unknown>>();

/**
 * Runs `fn` while holding the exclusive lock `name`: across tabs with the Web Locks API,
 * else (older WebViews) within this page through a promise chain.
 */
export function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
  if (locks && typeof locks.request === 'function') return locks.request(name, () => fn()) as Promise<T>;
  return chained(name, fn);
}

/** The in-page fallback of `withLock` (exported for tests). */
export function chained<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const run = (chains.get(name) ?? Promise.resolve()).then(fn, fn);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  chains.set(name, tail);
  void tail.then(() => {
    if (chains.get(name) === tail) chains.delete(name);
  });
  return run;
}
