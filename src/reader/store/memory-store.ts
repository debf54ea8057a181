import type { ActivePointer, DraftRecord, MetaRecord, ProgressRecord, QueuedFeedback, SearchIndexRecord, StoredFile } from './schema.js';
import { keptHashes, keptRevisions, missingFileError, nextPointer, revisionFiles, type Activation, type DraftsRepo, type FilesRepo, type KompassStore, type MetaRepo, type PointerRepo, type ProgressRepo, type SearchIndexRepo, type FeedbackQueueRepo, byQueuedAt, fileHashOf } from './store.js';

const k = (a: string, b: string) => JSON.stringify([a, b]);
const clone = <T>(v: T): T => structuredClone(v);

/**
 * The same store, in memory, for when IndexedDB is unavailable (private mode, disabled,
 * blocked). Content lives as long as the page; `persistent` is false so the UI can say so.
 */
export class MemoryKompassStore implements KompassStore {
  readonly persistent = false;
  private readonly fileMap = new Map<string, StoredFile>();
  private readonly metaMap = new Map<string, MetaRecord>();
  private readonly progressMap = new Map<string, ProgressRecord>();
  private readonly draftMap = new Map<string, DraftRecord>();
  private readonly indexMap = new Map<string, SearchIndexRecord>();
  private readonly feedbackMap = new Map<string, QueuedFeedback>();

  constructor(
    readonly name = 'kompass-memory',
    readonly fallbackReason?: string,
  ) {}

  close(): void {
    // Nothing to close.
  }

  async clear(): Promise<void> {
    for (const map of [this.fileMap, this.metaMap, this.progressMap, this.indexMap, this.feedbackMap]) map.clear();
  }

  readonly files: FilesRepo = {
    get: async (sha) => clone(this.fileMap.get(sha)),
    has: async (sha) => this.fileMap.has(sha),
    put: async (file) => {
      this.fileMap.set(file.sha256, clone(file));
    },
    delete: async (sha) => {
      this.fileMap.delete(sha);
    },
    gc: async ({ graceMs = 0 } = {}) => {
      const pointers = [...this.metaMap.values()].filter((m): m is ActivePointer => m.key === 'active');
      const keep = keptHashes(pointers);
      const now = Date.now();
      let deleted = 0;
      for (const [sha, f] of this.fileMap) {
        if (keep.has(fileHashOf(sha)) || (graceMs > 0 && now - f.storedAt < graceMs)) continue;
        this.fileMap.delete(sha);
        deleted++;
      }
      const revisions = keptRevisions(pointers);
      for (const [key, r] of this.indexMap) if (!revisions.get(r.scope)?.has(r.revision)) this.indexMap.delete(key);
      return deleted;
    },
  };

  readonly pointer: PointerRepo = {
    get: async (scope) => clone(this.metaMap.get(k('active', scope)) as ActivePointer | undefined),
    activate: async (scope, next: Activation) => {
      for (const f of revisionFiles(next)) if (!this.fileMap.has(f.sha256)) throw missingFileError(scope, f);
      const pointer = nextPointer(scope, this.metaMap.get(k('active', scope)) as ActivePointer | undefined, next, Date.now());
      this.metaMap.set(k('active', scope), clone(pointer));
      if (next.etag) this.metaMap.set(k('etag', scope), { key: 'etag', scope, etag: next.etag });
      else this.metaMap.delete(k('etag', scope));
      return clone(pointer);
    },
    clear: async (scope) => {
      for (const key of ['active', 'etag', 'lastSync']) this.metaMap.delete(k(key, scope));
    },
  };

  readonly meta: MetaRepo = {
    etag: async (scope) => (this.metaMap.get(k('etag', scope)) as Extract<MetaRecord, { key: 'etag' }> | undefined)?.etag,
    lastSync: async (scope) => (this.metaMap.get(k('lastSync', scope)) as Extract<MetaRecord, { key: 'lastSync' }> | undefined)?.at,
    setLastSync: async (scope, at) => {
      this.metaMap.set(k('lastSync', scope), { key: 'lastSync', scope, at });
    },
  };

  readonly progress: ProgressRepo = {
    get: async (pack, guideId) => clone(this.progressMap.get(k(pack, guideId))),
    set: async (pack, guideId, checked) => {
      const record = { pack, guideId, checked: [...checked], updatedAt: Date.now() };
      this.progressMap.set(k(pack, guideId), clone(record));
      return record;
    },
    list: async (pack) => [...this.progressMap.values()].filter((r) => r.pack === pack).map(clone),
  };

  readonly drafts: DraftsRepo = {
    get: async <T>(scope: string, key: string) => clone(this.draftMap.get(k(scope, key))) as DraftRecord<T> | undefined,
    put: async <T>(scope: string, key: string, value: T) => {
      const record = { scope, key, value, updatedAt: Date.now() };
      this.draftMap.set(k(scope, key), clone(record));
      return record;
    },
    delete: async (scope, key) => {
      this.draftMap.delete(k(scope, key));
    },
    list: async (scope) => [...this.draftMap.values()].filter((r) => r.scope === scope).map(clone),
  };

  readonly searchIndex: SearchIndexRepo = {
    get: async (scope, revision, lang) => this.indexMap.get(k(scope, `${revision}:${lang}`))?.data,
    put: async (scope, revision, lang, data) => {
      this.indexMap.set(k(scope, `${revision}:${lang}`), { scope, key: `${revision}:${lang}`, revision, lang, data, storedAt: Date.now() });
    },
  };

  readonly feedback: FeedbackQueueRepo = {
    add: async (record) => {
      this.feedbackMap.set(k(record.scope, record.clientId), clone(record));
    },
    list: async (scope) => [...this.feedbackMap.values()].filter((r) => r.scope === scope).sort(byQueuedAt).map(clone),
    delete: async (scope, clientId) => {
      this.feedbackMap.delete(k(scope, clientId));
    },
  };
}
