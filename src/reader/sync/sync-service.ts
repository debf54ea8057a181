import { ContentSnapshot } from '../content/snapshot.js';
import type { LanguageCode, PackBase, PackFileRef, PackLanguage, PackManifest, PackText } from '../../pack/types.js';
import type { RevisionRef, StoredFile } from '../store/schema.js';
import { derivedKey, type KompassStore } from '../store/store.js';
import { SyncError } from './errors.js';
import { withLock } from './lock.js';
import { fileProblem } from './verify.js';


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
  /** @internal (the download half) */
  readonly store: KompassStore;
  /** @internal (the download half) */
  readonly fetchImpl: typeof fetch;
  /** @internal (the download half) */
  readonly retry: RetryOptions;
  /** @internal (the download half) */
  readonly gcGraceMs: number;
  /** @internal (the download half) */
  readonly timeouts: SyncTimeouts;
  /** Parsed files of the last snapshot, by hash, so activation does not re-read what it just downloaded. */
  /** @internal */
  parsed = new Map<string, unknown>();

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
    return withLock(`kompass-sync:${this.manifestUrl}`, async () => {
      let download: typeof import('./download.js');
      try {
        download = await import('./download.js');
      } catch {
        // The network half could not load (offline before it was ever cached): nothing to sync with.
        return { status: 'failed', bytesDownloaded: 0, error: new SyncError('network', `The sync code for ${this.manifestUrl} could not be loaded.`) };
      }
      return download.runSync(this, options);
    });
  }

  /** @internal */
  async snapshotOf(ref: RevisionRef, requested: LanguageCode[]): Promise<ContentSnapshot | undefined> {
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
