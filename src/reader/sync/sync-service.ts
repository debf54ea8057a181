import { ContentSnapshot } from '../content/snapshot.js';
import type { LanguageCode, PackBase, PackFileRef, PackLanguage, PackManifest, PackText } from '../../pack/types.js';
import { listProjection } from '../../pack/text-projection.js';
import type { RevisionRef, StoredFile } from '../store/schema.js';
import { StoreError, derivedKey, isQuotaError, revisionFiles, toStoreError, type KompassStore } from '../store/store.js';
import { SyncError, describe } from './errors.js';
import { withLock } from './lock.js';
import { fileProblem, manifestProblem } from './verify.js';
import { digestHex } from '../../pack/sha256.js';


export interface RetryOptions {
  /** Attempts per request, the first included. Default 3. */
  attempts: number;
  /** Delay before the second attempt; doubles each time (± 25 % jitter). Default 500. */
  baseDelayMs: number;
}

/** When a download counts as stalled. Every request of a sync (manifest and pack files) is watched. */
export interface SyncTimeouts {
  /** Stop a request when no bytes arrive for this long. Default 15 s. */
  idleMs: number;
  /** Stop a request after this long plus its declared size at `bytesPerSecond`. Default 20 s. */
  baseMs: number;
  /**
   * The slowest transfer still waited for, in bytes per second. Default 4 kB/s: about the
   * 32 kbit/s a prepaid plan is throttled to after its data cap — a reader on such a plan
   * should still get the content, only a drip slower than that is given up.
   */
  bytesPerSecond: number;
}

/** The defaults of `SyncServiceOptions.timeouts` (tests shorten them). */
export const DEFAULT_TIMEOUTS: SyncTimeouts = { idleMs: 15_000, baseMs: 20_000, bytesPerSecond: 4_000 };

/** No pack file may be declared larger than this; such a manifest is refused before anything is downloaded. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface SyncServiceOptions {
  store: KompassStore;
  /** URL of `manifest.json`; relative URLs resolve against the document. */
  manifestUrl: string;
  fetch?: typeof fetch;
  retry?: RetryOptions;
  /** When a stalled or crawling download is given up (as a `network` error, not retried within the sync). */
  timeouts?: Partial<SyncTimeouts>;
  /** Files younger than this are spared by garbage collection (another tab may be downloading them). Default 10 minutes. */
  gcGraceMs?: number;
}

export interface SyncOptions {
  /** The reader's languages; the default language is always added. Languages the pack lacks are ignored. */
  languages: LanguageCode[];
  /** Accept a manifest older than the active revision (normally refused as a stale CDN copy). */
  force?: boolean;
  /** Cancels the sync (it then fails with code `network`). */
  signal?: AbortSignal;
}

export interface SyncResult {
  /** `updated`: a revision or language was activated; `unchanged`: nothing to do; `failed`: see `error`. */
  status: 'updated' | 'unchanged' | 'failed';
  /** The active revision after the sync (the old one after a failure); undefined if nothing is active. */
  revision?: number;
  /** Languages stored for the active revision. */
  languages?: LanguageCode[];
  /** Bytes of pack files downloaded by this sync. */
  bytesDownloaded: number;
  error?: SyncError;
}

/** `progress`: bytes of pack files downloaded so far in this sync; the first one carries the fetched manifest. */
export class SyncProgressEvent extends Event {
  static readonly eventName = 'progress';
  constructor(
    readonly bytesDone: number,
    readonly bytesTotal: number,
    readonly manifest?: PackManifest,
  ) {
    super(SyncProgressEvent.eventName);
  }
}

/** `activated`: a new revision or language is active; `snapshot` is ready to render. */
export class SyncActivatedEvent extends Event {
  static readonly eventName = 'activated';
  constructor(
    readonly snapshot: ContentSnapshot,
    readonly revision: number,
  ) {
    super(SyncActivatedEvent.eventName);
  }
}

/** `sync-error`: a sync failed; the active content is unchanged. Also returned in `SyncResult.error`. */
export class SyncErrorEvent extends Event {
  static readonly eventName = 'sync-error';
  constructor(readonly error: SyncError) {
    super(SyncErrorEvent.eventName);
  }
}

export interface SyncServiceEventMap {
  progress: SyncProgressEvent;
  activated: SyncActivatedEvent;
  'sync-error': SyncErrorEvent;
}

const DEFAULT_RETRY: RetryOptions = { attempts: 3, baseDelayMs: 500 };

/**
 * Keeps one content pack in the store up to date: conditional manifest fetch, download of
 * only the missing files (size and SHA-256 checked), atomic activation. The active content is
 * never touched by a failed sync. One sync at a time per manifest URL, across tabs.
 */
export class SyncService extends EventTarget {
  readonly manifestUrl: string;
  private readonly store: KompassStore;
  private readonly fetchImpl: typeof fetch;
  private readonly retry: RetryOptions;
  private readonly gcGraceMs: number;
  private readonly timeouts: SyncTimeouts;
  /** Parsed files of the last snapshot, by hash, so activation does not re-read what it just downloaded. */
  private parsed = new Map<string, unknown>();

  constructor(options: SyncServiceOptions) {
    super();
    this.store = options.store;
    this.manifestUrl = new URL(options.manifestUrl, typeof document !== 'undefined' ? document.baseURI : undefined).href;
    this.fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.gcGraceMs = options.gcGraceMs ?? 10 * 60_000;
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  }

  /** The scope under which the store keeps this pack. */
  get scope(): string {
    return this.manifestUrl;
  }

  /**
   * The stored active revision as a snapshot, without network: the base, the requested
   * languages that are stored, and always the default language. Falls back to the previous
   * revision if a file of the active one is unreadable (that file is dropped and downloaded
   * again by the next sync). Undefined when nothing usable is stored.
   */
  async loadActive(languages: LanguageCode[]): Promise<ContentSnapshot | undefined> {
    let pointer;
    try {
      pointer = await this.store.pointer.get(this.scope);
    } catch {
      return undefined;
    }
    if (!pointer) return undefined;
    for (const ref of pointer.previous ? [pointer, pointer.previous] : [pointer]) {
      const snapshot = await this.snapshotOf(ref, languages);
      if (snapshot) return snapshot;
    }
    return undefined;
  }

  /** Checks for a new revision and activates it; never rejects: failures come back as `status: 'failed'`. */
  sync(options: SyncOptions): Promise<SyncResult> {
    return withLock(`kompass-sync:${this.manifestUrl}`, () => this.runSync(options));
  }

  private async runSync({ languages, force = false, signal }: SyncOptions): Promise<SyncResult> {
    const abort = new AbortController();
    const onOffline = () => abort.abort(new SyncError('network', `The device went offline while syncing ${this.manifestUrl}.`));
    const onAbort = () => abort.abort(new SyncError('network', `The sync of ${this.manifestUrl} was cancelled.`));
    if (typeof window !== 'undefined') window.addEventListener('offline', onOffline);
    signal?.addEventListener('abort', onAbort);
    if (signal?.aborted) onAbort();
    const progress = { done: 0, total: 0 };
    let active;
    try {
      active = await this.store.pointer.get(this.scope).catch(() => undefined);
      if (typeof navigator !== 'undefined' && navigator.onLine === false)
        throw new SyncError('network', `The device is offline; ${this.manifestUrl} was not checked.`, { url: this.manifestUrl });
      const result = await this.update(languages, force, active, abort.signal, progress);
      await this.store.meta.setLastSync(this.scope, Date.now()).catch(() => undefined);
      return result;
    } catch (e) {
      const error = this.asSyncError(e, abort.signal);
      this.dispatchEvent(new SyncErrorEvent(error));
      return { status: 'failed', revision: active?.revision, languages: active?.languages, bytesDownloaded: progress.done, error };
    } finally {
      if (typeof window !== 'undefined') window.removeEventListener('offline', onOffline);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  private async update(
    requested: LanguageCode[],
    force: boolean,
    active: Awaited<ReturnType<KompassStore['pointer']['get']>>,
    signal: AbortSignal,
    progress: { done: number; total: number },
  ): Promise<SyncResult> {
    const storedEtag = active ? await this.store.meta.etag(this.scope).catch(() => undefined) : undefined;
    const fetched = await this.fetchManifest(storedEtag, signal);
    const manifest = fetched ? fetched.manifest : active!.manifest;
    const etag = fetched ? fetched.etag : storedEtag;

    if (active && manifest.revision < active.revision && !force) {
      throw new SyncError(
        'stale-revision',
        `${this.manifestUrl} has revision ${manifest.revision}, older than the active revision ${active.revision} (a stale CDN copy?); it was not used. Sync with force to accept it.`,
        { url: this.manifestUrl },
      );
    }
    // One revision number, one pack: other files under the active number are a second publish
    // under the same number (or a mix-up of two packs), refused like a stale copy.
    const clash =
      !!active &&
      active.revision === manifest.revision &&
      (active.manifest.base.sha256 !== manifest.base.sha256 ||
        manifest.languages.some((l) => active.manifest.languages.some((a) => a.code === l.code && a.sha256 !== l.sha256)));
    if (clash && !force) {
      throw new SyncError(
        'stale-revision',
        `${this.manifestUrl} has revision ${manifest.revision}, the active revision, but other files; it was not used. Sync with force to accept it.`,
        { url: this.manifestUrl },
      );
    }
    const same = !!active && active.revision === manifest.revision && active.manifest.base.sha256 === manifest.base.sha256;
    const offered = new Set(manifest.languages.map((l) => l.code));
    const wanted = [manifest.municipality.defaultLanguage, ...requested].filter((l) => offered.has(l));
    const langs = [...new Set(same ? [...active!.languages.filter((l) => offered.has(l)), ...wanted] : wanted)];
    const next: RevisionRef = { manifest, revision: manifest.revision, languages: langs };

    const missing: PackFileRef[] = [];
    for (const f of revisionFiles(next)) if (!(await this.store.files.has(f.sha256))) missing.push(f);

    if (same && !missing.length && langs.every((l) => active!.languages.includes(l))) {
      if (etag && etag !== storedEtag) await this.store.pointer.activate(this.scope, { ...active!, manifest, etag });
      return { status: 'unchanged', revision: active!.revision, languages: active!.languages, bytesDownloaded: 0 };
    }

    progress.total = missing.reduce((n, f) => n + f.bytes, 0);
    this.dispatchEvent(new SyncProgressEvent(0, progress.total, manifest));
    const fresh = new Map<string, unknown>();
    const inner = new AbortController();
    const stop = () => inner.abort(signal.reason);
    signal.addEventListener('abort', stop);
    try {
      await Promise.all(
        missing.map(async (f) => {
          try {
            const lang = manifest.languages.find((l) => l.sha256 === f.sha256 && l.file === f.file)?.code;
            fresh.set(f.sha256, await this.download(f, f === manifest.base ? 'base' : 'text', lang, inner.signal, progress));
          } catch (e) {
            inner.abort(e);
            throw e;
          }
        }),
      );
    } finally {
      signal.removeEventListener('abort', stop);
    }

    const pointer = await this.store.pointer.activate(this.scope, { ...next, manifestUrl: this.manifestUrl, etag });
    for (const [sha, json] of fresh) this.parsed.set(sha, json);
    await this.store.files.gc({ graceMs: this.gcGraceMs }).catch(() => undefined);
    const snapshot = await this.loadActive(requested);
    if (snapshot) this.dispatchEvent(new SyncActivatedEvent(snapshot, pointer.revision));
    return { status: 'updated', revision: pointer.revision, languages: pointer.languages, bytesDownloaded: progress.done };
  }

  /** The manifest, or undefined for 304 Not Modified. */
  private async fetchManifest(etag: string | undefined, signal: AbortSignal): Promise<{ manifest: PackManifest; etag?: string } | undefined> {
    const url = this.manifestUrl;
    const { res, bytes } = await this.retrying('manifest.json', url, 0, signal, async (attempt, alive) => {
      const res = await this.fetchImpl(url, {
        cache: 'no-cache',
        credentials: 'omit',
        headers: etag ? { 'If-None-Match': etag } : {},
        signal: attempt,
      });
      if (res.status === 304) return { res, bytes: new Uint8Array() };
      if (!res.ok) throw httpError(res.status, 'manifest.json', url);
      return { res, bytes: await readBody(res, 4 * 1024 * 1024, 'manifest.json', url, alive) };
    });
    if (res.status === 304) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (e) {
      throw new SyncError('malformed', `manifest.json (${url}) is not valid JSON: ${describe(e)}.`, { url, file: 'manifest.json', cause: e });
    }
    const problem = manifestProblem(json) ?? (await shapeChecks()).manifestShapeProblem(json);
    if (problem) throw new SyncError('malformed', `manifest.json (${url}) is malformed: ${problem}.`, { url, file: 'manifest.json' });
    const manifest = json as PackManifest;
    const origin = new URL(url).origin;
    for (const f of [manifest.base, ...manifest.languages]) {
      if (new URL(f.file, url).origin !== origin)
        throw new SyncError('malformed', `manifest.json (${url}) points ${f.file} to another origin; refused.`, { url, file: 'manifest.json' });
      if (f.bytes > MAX_FILE_BYTES)
        throw new SyncError('malformed', `manifest.json (${url}) declares ${f.file} with ${f.bytes} bytes, more than the limit of ${MAX_FILE_BYTES}; refused before downloading.`, { url, file: 'manifest.json' });
    }
    return { manifest, etag: res.headers.get('ETag') ?? undefined };
  }

  private async download(
    f: PackFileRef,
    kind: 'base' | 'text',
    lang: string | undefined,
    signal: AbortSignal,
    progress: { done: number; total: number },
  ): Promise<unknown> {
    const url = new URL(f.file, this.manifestUrl).href;
    let mine = 0;
    const bytes = await this.retrying(f.file, url, f.bytes, signal, async (attempt, alive) => {
      progress.done -= mine;
      mine = 0;
      // Content-addressed files live in IndexedDB: no second copy in the HTTP cache (cheap phones have little disk).
      const res = await this.fetchImpl(url, { cache: 'no-store', credentials: 'omit', signal: attempt });
      if (!res.ok) throw httpError(res.status, f.file, url);
      return readBody(res, f.bytes + 1024 * 1024, f.file, url, (n) => {
        alive();
        mine += n;
        progress.done += n;
        this.dispatchEvent(new SyncProgressEvent(progress.done, progress.total));
      });
    });
    const where = `${f.file} (${url})`;
    if (bytes.byteLength !== f.bytes)
      throw new SyncError('integrity', `Size check failed for ${where}: expected ${f.bytes} bytes, got ${bytes.byteLength}.`, { url, file: f.file });
    const actual = await digestHex(bytes);
    if (actual !== f.sha256)
      throw new SyncError('integrity', `SHA-256 check failed for ${where}: expected ${f.sha256}, got ${actual}.`, { url, file: f.file });
    let text: string;
    let json: unknown;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      json = JSON.parse(text);
    } catch (e) {
      throw new SyncError('malformed', `${where} is not valid JSON: ${describe(e)}.`, { url, file: f.file, cause: e });
    }
    const shape = await shapeChecks();
    const problem = fileProblem(json, kind, lang) ?? (kind === 'base' ? shape.baseShapeProblem : shape.textShapeProblem)(json);
    if (problem) throw new SyncError('malformed', `${where} is not a Kompass ${kind} file: ${problem}.`, { url, file: f.file });
    try {
      await this.store.files.put({ sha256: f.sha256, bytes: f.bytes, json: text, storedAt: Date.now() });
      if (kind === 'text') {
        const list = JSON.stringify(listProjection(json as PackText));
        await this.store.files.put({ sha256: derivedKey(f.sha256, 'list'), bytes: list.length, json: list, storedAt: Date.now() });
      }
    } catch (e) {
      const err = toStoreError(e, `storing ${where}`);
      throw new SyncError(err.code, `${err.message} The active content is kept.`, { url, file: f.file, cause: e });
    }
    return json;
  }

  /**
   * Runs `attempt` up to `retry.attempts` times while it fails with a retryable error, with
   * exponential backoff. Each attempt is watched: it is aborted when `alive()` (called on every
   * chunk) has not been called for `idleMs`, or after `baseMs` plus `bytes` at `bytesPerSecond` —
   * a `network` error that is not retried here (the app tries again later, with its own backoff).
   */
  private async retrying<T>(file: string, url: string, bytes: number, signal: AbortSignal, attempt: (signal: AbortSignal, alive: () => void) => Promise<T>): Promise<T> {
    const { idleMs, baseMs, bytesPerSecond } = this.timeouts;
    for (let i = 1; ; i++) {
      const watch = new AbortController();
      const stop = (why: string) => watch.abort(new SyncError('network', `${file} (${url}) ${why}; the download was stopped.`, { url, file }));
      const totalMs = baseMs + (bytes / bytesPerSecond) * 1000;
      let idle: ReturnType<typeof setTimeout> | undefined;
      const alive = () => {
        clearTimeout(idle);
        idle = setTimeout(() => stop(`sent no data for ${idleMs / 1000} s`), idleMs);
      };
      const total = setTimeout(() => stop(`took longer than ${+(totalMs / 1000).toFixed(1)} s`), totalMs);
      const forward = () => watch.abort(signal.reason);
      signal.addEventListener('abort', forward);
      try {
        if (signal.aborted) throw signal.reason;
        alive();
        try {
          return await attempt(watch.signal, alive);
        } catch (e) {
          throw watch.signal.aborted ? watch.signal.reason : e;
        }
      } catch (e) {
        if (signal.aborted) throw this.asSyncError(signal.reason, signal);
        const err =
          e instanceof SyncError
            ? e
            : new SyncError('network', `Network error while downloading ${file} (${url}): ${describe(e)}.`, { url, file, retryable: true, cause: e });
        if (!err.retryable || i >= this.retry.attempts) {
          if (err.retryable && this.retry.attempts > 1)
            throw new SyncError(err.code, `${err.detail} Gave up after ${i} attempts.`, { url, file, cause: err.cause });
          throw err;
        }
        await sleep(this.retry.baseDelayMs * 2 ** (i - 1) * (0.75 + Math.random() * 0.5), signal);
      } finally {
        clearTimeout(idle);
        clearTimeout(total);
        signal.removeEventListener('abort', forward);
      }
    }
  }

  private asSyncError(e: unknown, signal?: AbortSignal): SyncError {
    if (e instanceof SyncError) return e;
    if (signal?.aborted && signal.reason instanceof SyncError) return signal.reason;
    if (e instanceof StoreError || isQuotaError(e)) {
      const err = toStoreError(e, `activating a revision of ${this.manifestUrl}`);
      return new SyncError(err.code, `${err.message} The active content is kept.`, { cause: e });
    }
    if ((e as { name?: string })?.name === 'AbortError') return new SyncError('network', `The sync of ${this.manifestUrl} was aborted.`, { cause: e });
    return new SyncError('unknown', `The sync of ${this.manifestUrl} failed: ${describe(e)}.`, { cause: e });
  }

  private async snapshotOf(ref: RevisionRef, requested: LanguageCode[]): Promise<ContentSnapshot | undefined> {
    const m = ref.manifest;
    const def = m.municipality.defaultLanguage;
    const stored = new Set(ref.languages);
    const langs = [...new Set([def, ...requested])]
      .map((code) => m.languages.find((x) => x.code === code))
      .filter((l): l is NonNullable<typeof l> => !!l && stored.has(l.code));
    // Start every IndexedDB read at once: the reads overlap with parsing on the main thread.
    // Texts not parsed in this session start as their list projection (names, summaries,
    // labels): a fraction of the bytes. The complete texts follow with `loadFullTexts()`.
    const reads = [m.base, ...langs].map((f, i) => (i === 0 || this.parsed.has(f.sha256) ? this.readStored(f) : this.readList(f)));
    const base = (await this.parseStored(m.base, reads[0]!, 'base')) as PackBase | undefined;
    if (!base) return undefined;
    const texts = new Map<LanguageCode, PackText>();
    let partial = false;
    for (const [i, l] of langs.entries()) {
      let text = this.parsed.get(l.sha256) as PackText | undefined;
      if (!text) {
        text = await this.parseList(l, reads[i + 1]!);
        if (text) partial = true;
        else text = (await this.parseStored(l, this.readStored(l), 'text', l.code)) as PackText | undefined;
      }
      if (text) texts.set(l.code, text);
      else if (l.code === def) return undefined;
    }
    if (!texts.has(def)) return undefined;
    this.parsed = new Map([m.base, ...m.languages].filter((f) => this.parsed.has(f.sha256)).map((f) => [f.sha256, this.parsed.get(f.sha256)]));
    const loaded = langs.filter((l) => texts.has(l.code));
    const loadFull = async () => {
      const full = new Map<LanguageCode, PackText>();
      for (const l of loaded) {
        const text = (await this.parseStored(l, this.readStored(l), 'text', l.code)) as PackText | undefined;
        if (text) full.set(l.code, text);
      }
      return full;
    };
    return new ContentSnapshot(m, base, texts, partial ? loadFull : undefined);
  }

  /** The stored list projection of a text file (see `listProjection`). */
  private readList(f: PackFileRef): Promise<StoredFile | undefined> {
    return this.store.files.get(derivedKey(f.sha256, 'list')).catch(() => undefined);
  }

  private async parseList(f: PackLanguage, read: Promise<StoredFile | undefined>): Promise<PackText | undefined> {
    const stored = await read;
    if (!stored) return undefined;
    try {
      const json: unknown = JSON.parse(stored.json);
      return fileProblem(json, 'text', f.code) ? undefined : (json as PackText);
    } catch {
      return undefined; // the complete file is read instead
    }
  }

  private readStored(f: PackFileRef): Promise<StoredFile | undefined> {
    if (this.parsed.has(f.sha256)) return Promise.resolve(undefined);
    return this.store.files.get(f.sha256).catch(() => undefined);
  }

  /** A stored file, parsed; an unreadable one is dropped so the next sync downloads it again. */
  private async parseStored(f: PackFileRef, read: Promise<StoredFile | undefined>, kind: 'base' | 'text', lang?: string): Promise<unknown> {
    if (this.parsed.has(f.sha256)) return this.parsed.get(f.sha256);
    const stored = await read;
    if (!stored) return undefined;
    try {
      const json: unknown = JSON.parse(stored.json);
      if (fileProblem(json, kind, lang)) throw new Error('bad shape');
      this.parsed.set(f.sha256, json);
      return json;
    } catch {
      await this.store.files.delete(f.sha256).catch(() => undefined);
      return undefined;
    }
  }
}

/**
 * The complete shape check (src/pack/shape.ts), loaded with the first new manifest or file:
 * the first screen of stored content does not need it (stored files were checked when they came).
 */
function shapeChecks(): Promise<typeof import('../../pack/shape.js')> {
  return import('../../pack/shape.js').catch((e: unknown) => {
    throw new SyncError('network', `Loading Kompass's content check failed: ${describe(e)}.`, { retryable: true, cause: e });
  });
}

function httpError(status: number, file: string, url: string): SyncError {
  return new SyncError('http', `HTTP ${status} for ${file} (${url}).`, {
    url,
    file,
    retryable: status >= 500 || status === 408 || status === 429,
  });
}

/** Reads a response body, reporting chunk sizes; refuses to read more than `limit` bytes. */
async function readBody(res: Response, limit: number, file: string, url: string, onChunk?: (n: number) => void): Promise<Uint8Array> {
  if (!res.body) {
    const buf = new Uint8Array(await res.arrayBuffer());
    onChunk?.(buf.byteLength);
    return buf;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new SyncError('integrity', `${file} (${url}) is larger than expected: more than ${limit} bytes.`, { url, file });
    }
    chunks.push(value);
    onChunk?.(value.byteLength);
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
