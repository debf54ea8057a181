/** Limits of the publish server's API (node only): request budgets and the hashing queue. */

const MAX_KEYS = 10_000;

/** Token buckets: `limit` requests per period per key. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(
    private readonly limit: number,
    private readonly periodMs = 60_000,
  ) {}

  /** 0 when allowed, else seconds to wait. */
  take(key: string): number {
    const now = Date.now();
    const b = this.buckets.get(key) ?? { tokens: this.limit, at: now };
    b.tokens = Math.min(this.limit, b.tokens + ((now - b.at) / this.periodMs) * this.limit);
    b.at = now;
    this.buckets.set(key, b);
    if (this.buckets.size > MAX_KEYS) this.prune(now);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - b.tokens) * this.periodMs) / this.limit / 1000);
  }

  /**
   * Forgets keys whose budget is full again, then — if a flood of new keys (random token ids,
   * say) still fills the table — the least recently used half. Never everything at once: that
   * would reset the keys that are exhausted.
   */
  private prune(now: number): void {
    for (const [k, b] of this.buckets) if (b.tokens + ((now - b.at) / this.periodMs) * this.limit >= this.limit) this.buckets.delete(k);
    if (this.buckets.size <= MAX_KEYS / 2) return;
    const byAge = [...this.buckets.entries()].sort((x, y) => x[1].at - y[1].at);
    for (const [k, b] of byAge.slice(0, byAge.length / 2)) if (!(b.tokens < 1)) this.buckets.delete(k);
  }

  /** Whether the key has used up its budget, without taking. */
  exhausted(key: string): boolean {
    const b = this.buckets.get(key);
    if (!b) return false;
    return b.tokens + ((Date.now() - b.at) / this.periodMs) * this.limit < 1;
  }
}

/**
 * Runs at most `concurrency` tasks at once, with up to `queue` waiting; beyond that a task is
 * refused. Used for scrypt: each hash holds a libuv thread (the pool has four) and 64 MB of
 * memory-hard work, so unbounded hashing starves the file reads that serve the pack.
 */
export class Gate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly queue: number,
  ) {}

  /** The task's promise, or undefined when the queue is full. */
  tryRun<T>(task: () => Promise<T>): Promise<T> | undefined {
    if (this.running >= this.concurrency && this.waiting.length >= this.queue) return undefined;
    return this.enter().then(async () => {
      try {
        return await task();
      } finally {
        this.running--;
        this.waiting.shift()?.();
      }
    });
  }

  private enter(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) =>
      this.waiting.push(() => {
        this.running++;
        resolve();
      }),
    );
  }
}
