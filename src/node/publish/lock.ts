/**
 * The cross-process publish lock (node only): one publish at a time per data folder, whether
 * it comes from the server, `kompass publish` or `kompass rollback`.
 *
 * The lock's content (pid, nonce, time, host) is written to `.lock-<pid>-<nonce>` first and
 * then hard-linked to `.lock`: `link()` is atomic and fails when `.lock` exists, so the lock
 * never becomes visible half written. It is released only while `.lock` still holds our
 * nonce. A lock is stale when its process is dead (same host), when it is older than
 * 15 minutes, or when it cannot be read and is older than 10 seconds (a lock from an older
 * version); a stale lock is moved aside with `rename()` (atomic, so two breakers cannot both
 * win) and put back if it turns out to be a fresh one.
 */
import { randomBytes } from 'node:crypto';
import { link, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { lockedError } from './errors.js';

export const LOCK_FILE = '.lock';
export const STALE_AFTER_MS = 15 * 60_000;
export const OWNERLESS_STALE_AFTER_MS = 10_000;
export const DEFAULT_LOCK_WAIT_MS = 10_000;

export interface LockContent {
  pid: number;
  nonce: string;
  /** ISO date-time of taking the lock. */
  time: string;
  host: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether a process with this id runs on this machine (EPERM: it runs, as another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The process that owns a leftover in the data folder, from its name: `.staging-<pid>-<random>`,
 * `.lock-<pid>-<nonce>`, `current.tmp-<pid>-<random>`; `'legacy'` for names without a pid
 * (written by older versions); undefined for anything else.
 */
export function leftoverOwner(name: string): number | 'legacy' | undefined {
  const m = /^(?:\.staging|\.lock|current\.tmp)-(\d+)-[0-9a-f]+$/.exec(name);
  if (m) return Number(m[1]);
  if (/^(?:\.staging|current\.tmp)-[0-9a-z]+$/.test(name)) return 'legacy';
  return undefined;
}

function parseLock(text: string): LockContent | undefined {
  try {
    const c = JSON.parse(text) as Partial<LockContent>;
    if (Number.isInteger(c.pid) && typeof c.nonce === 'string' && typeof c.time === 'string' && typeof c.host === 'string') return c as LockContent;
  } catch {
    // fall through
  }
  return undefined;
}

type Holder = { state: 'gone' } | { state: 'live'; content?: LockContent } | { state: 'stale'; raw: string };

async function inspect(path: string): Promise<Holder> {
  let raw: string;
  let mtime: number;
  try {
    mtime = (await stat(path)).mtimeMs;
    raw = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'gone' };
    throw e;
  }
  const content = parseLock(raw);
  if (!content) return Date.now() - mtime > OWNERLESS_STALE_AFTER_MS ? { state: 'stale', raw } : { state: 'live' };
  const taken = Date.parse(content.time);
  const age = Date.now() - (Number.isFinite(taken) ? taken : mtime);
  const dead = content.host === hostname() && !isAlive(content.pid);
  return dead || age > STALE_AFTER_MS ? { state: 'stale', raw } : { state: 'live', content };
}

/** Moves a stale lock aside; if what was moved is not the lock judged stale (a new holder took it meanwhile), puts it back. */
async function breakLock(dir: string, staleRaw: string): Promise<void> {
  const path = join(dir, LOCK_FILE);
  const aside = join(dir, `.lock-${process.pid}-${randomBytes(8).toString('hex')}`);
  try {
    await rename(path, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return; // someone else broke it
    throw e;
  }
  try {
    const moved = await readFile(aside, 'utf8');
    if (moved !== staleRaw) await link(aside, path).catch(() => undefined);
  } finally {
    await rm(aside, { force: true });
  }
}

export class PublishLock {
  private constructor(
    readonly path: string,
    readonly content: LockContent,
  ) {}

  /**
   * Takes the lock of `dir`, waiting up to `waitMs` for another holder; then throws the
   * PublishError 423 `locked`.
   */
  static async acquire(dir: string, waitMs = DEFAULT_LOCK_WAIT_MS): Promise<PublishLock> {
    const content: LockContent = { pid: process.pid, nonce: randomBytes(8).toString('hex'), time: new Date().toISOString(), host: hostname() };
    const path = join(dir, LOCK_FILE);
    const mine = join(dir, `.lock-${content.pid}-${content.nonce}`);
    await writeFile(mine, `${JSON.stringify(content)}\n`, { flag: 'wx' });
    const deadline = Date.now() + Math.max(0, waitMs);
    try {
      for (;;) {
        try {
          await link(mine, path);
          return new PublishLock(path, content);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        }
        const holder = await inspect(path);
        if (holder.state === 'gone') continue;
        if (holder.state === 'stale') {
          await breakLock(dir, holder.raw);
          continue;
        }
        const left = deadline - Date.now();
        if (left <= 0) throw lockedError();
        await sleep(Math.min(left, 25 + Math.random() * 75));
      }
    } finally {
      await rm(mine, { force: true });
    }
  }

  /** Removes the lock if it is still ours (a holder judged stale may have lost it). */
  async release(): Promise<void> {
    const raw = await readFile(this.path, 'utf8').catch(() => '');
    if (parseLock(raw)?.nonce === this.content.nonce) await rm(this.path, { force: true });
  }
}
