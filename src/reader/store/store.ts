import type { LanguageCode, PackFileRef } from '../../pack/types.js';
import type { ActivePointer, DraftRecord, ProgressRecord, QueuedFeedback, RevisionRef, StoredFile } from './schema.js';

export type { ActivePointer, DraftRecord, ProgressRecord, QueuedFeedback, RevisionRef, SearchIndexRecord, StoredFile } from './schema.js';

/** Pack files, content-addressed by SHA-256 and shared by every scope. */
export interface FilesRepo {
  get(sha256: string): Promise<StoredFile | undefined>;
  has(sha256: string): Promise<boolean>;
  /** Stores a file whose size and hash the caller has verified. */
  put(file: StoredFile): Promise<void>;
  delete(sha256: string): Promise<void>;
  /**
   * Deletes every file that no scope's active or previous revision refers to, except files
   * stored less than `graceMs` ago (a download in progress in another tab). Also drops search
   * indexes of revisions no longer kept. Resolves to the number of files deleted.
   */
  gc(options?: { graceMs?: number }): Promise<number>;
}

/** What `PointerRepo.activate` makes active. */
export interface Activation extends RevisionRef {
  manifestUrl: string;
  /** The manifest response's ETag, stored together with the pointer. */
  etag?: string;
}

/** The active revision per scope (the absolute manifest URL). */
export interface PointerRepo {
  get(scope: string): Promise<ActivePointer | undefined>;
  /**
   * In one transaction: checks that every file of `next` (base and its languages) is stored,
   * then flips the pointer (the old revision becomes `previous` when the revision changes)
   * and stores the ETag. Rejects with a `StoreError` and changes nothing if a file is missing.
   */
  activate(scope: string, next: Activation): Promise<ActivePointer>;
  /** Removes the pointer, its ETag and last-sync time. */
  clear(scope: string): Promise<void>;
}

export interface MetaRepo {
  etag(scope: string): Promise<string | undefined>;
  lastSync(scope: string): Promise<number | undefined>;
  setLastSync(scope: string, at: number): Promise<void>;
}

/** A reader's checklist progress, per municipality id (`pack`) and guide. */
export interface ProgressRepo {
  get(pack: string, guideId: string): Promise<ProgressRecord | undefined>;
  set(pack: string, guideId: string, checked: string[]): Promise<ProgressRecord>;
  list(pack: string): Promise<ProgressRecord[]>;
}

/** The editor's drafts, per scope. */
export interface DraftsRepo {
  get<T = unknown>(scope: string, key: string): Promise<DraftRecord<T> | undefined>;
  put<T = unknown>(scope: string, key: string, value: T): Promise<DraftRecord<T>>;
  delete(scope: string, key: string): Promise<void>;
  list(scope: string): Promise<DraftRecord[]>;
}

/** Serialized search indexes, per scope, revision and language. */
export interface SearchIndexRepo {
  get(scope: string, revision: number, lang: LanguageCode): Promise<string | undefined>;
  put(scope: string, revision: number, lang: LanguageCode, data: string): Promise<void>;
}

/** Reports waiting to be sent, per scope, oldest first. */
export interface FeedbackQueueRepo {
  /** Stores a report; the same `clientId` again replaces it. */
  add(record: QueuedFeedback): Promise<void>;
  list(scope: string): Promise<QueuedFeedback[]>;
  delete(scope: string, clientId: string): Promise<void>;
}

export interface KompassStore {
  /** false: IndexedDB is unavailable and everything lives in memory for this page only. */
  readonly persistent: boolean;
  /** Why the store is not persistent (English, for logs). */
  readonly fallbackReason?: string;
  readonly name: string;
  readonly files: FilesRepo;
  readonly pointer: PointerRepo;
  readonly meta: MetaRepo;
  readonly progress: ProgressRepo;
  readonly drafts: DraftsRepo;
  readonly searchIndex: SearchIndexRepo;
  readonly feedback: FeedbackQueueRepo;
  /** Closes the connection; the next call reopens it. */
  close(): void;
  /**
   * Deletes the reader's data — pack files, pointers, sync state, guide progress, search
   * indexes, reports not sent yet — for "delete data on this device". Editor drafts are kept: unpublished work is
   * never deleted as a side effect.
   */
  clear(): Promise<void>;
}

export type StoreErrorCode = 'storage-full' | 'storage-unavailable';

/** A storage failure, with the code a host sees in `kompass-error`. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Whether `e` (or what it wraps) is a QuotaExceededError, however the browser surfaces it. */
export function isQuotaError(e: unknown): boolean {
  for (let x: unknown = e, i = 0; x && i < 4; i++) {
    const name = (x as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    if ((x as { code?: unknown }).code === 22 && x instanceof DOMException) return true;
    x = (x as { cause?: unknown }).cause ?? (x as { error?: unknown }).error;
  }
  return false;
}

export function toStoreError(e: unknown, doing: string): StoreError {
  if (e instanceof StoreError) return e;
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  if (isQuotaError(e)) return new StoreError('storage-full', `Storage is full while ${doing} (${msg}).`, { cause: e });
  return new StoreError('storage-unavailable', `Storage failed while ${doing} (${msg}).`, { cause: e });
}

export const byQueuedAt = (a: QueuedFeedback, b: QueuedFeedback): number => a.queuedAt - b.queuedAt;

/** Files of a revision: the base and the stored languages' texts. */
export function revisionFiles(ref: RevisionRef): PackFileRef[] {
  const langs = new Set(ref.languages);
  return [ref.manifest.base, ...ref.manifest.languages.filter((l) => langs.has(l.code))];
}

/**
 * Records derived from a pack file are stored under the file's hash plus a suffix
 * (`<sha256>:list`, the texts a list needs); they live and die with that file.
 */
export function derivedKey(sha256: string, kind: 'list'): string {
  return `${sha256}:${kind}`;
}

/** The pack file a stored record belongs to (itself, or the file it was derived from). */
export function fileHashOf(key: string): string {
  const at = key.indexOf(':');
  return at < 0 ? key : key.slice(0, at);
}

/** Hashes kept by garbage collection: every scope's active and previous revision. */
export function keptHashes(pointers: ActivePointer[]): Set<string> {
  const keep = new Set<string>();
  for (const p of pointers) {
    for (const f of revisionFiles(p)) keep.add(f.sha256);
    if (p.previous) for (const f of revisionFiles(p.previous)) keep.add(f.sha256);
  }
  return keep;
}

/** Revisions kept per scope (for search-index GC). */
export function keptRevisions(pointers: ActivePointer[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const p of pointers) out.set(p.scope, new Set(p.previous ? [p.revision, p.previous.revision] : [p.revision]));
  return out;
}

export function nextPointer(scope: string, current: ActivePointer | undefined, next: Activation, now: number): ActivePointer {
  const previous: RevisionRef | undefined =
    current && current.revision !== next.revision
      ? { manifest: current.manifest, revision: current.revision, languages: current.languages }
      : current?.previous;
  return {
    key: 'active',
    scope,
    manifestUrl: next.manifestUrl,
    manifest: next.manifest,
    revision: next.revision,
    languages: [...next.languages],
    activatedAt: now,
    ...(previous ? { previous } : {}),
  };
}

export function missingFileError(scope: string, f: PackFileRef): StoreError {
  return new StoreError('storage-unavailable', `Cannot activate ${scope}: file ${f.file} (sha256 ${f.sha256}) is not stored.`);
}
