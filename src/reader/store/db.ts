import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, upgrade, type ActivePointer, type DraftRecord, type KompassDB, type MetaRecord } from './schema.js';
import { keptHashes, keptRevisions, missingFileError, nextPointer, revisionFiles, toStoreError, type Activation, type DraftsRepo, type FilesRepo, type KompassStore, type MetaRepo, type PointerRepo, type ProgressRepo, type SearchIndexRepo, type FeedbackQueueRepo, byQueuedAt, fileHashOf } from './store.js';
import { MemoryKompassStore } from './memory-store.js';

export interface OpenStoreOptions {
  /** Database name; default `kompass`. Tests use unique names. */
  name?: string;
  /** How long to wait when another tab blocks the upgrade before falling back to memory. Default 3000. */
  blockedTimeoutMs?: number;
}

type DB = IDBPDatabase<KompassDB>;

/**
 * Opens the Kompass database. Never rejects: when IndexedDB is unavailable (private mode,
 * disabled, open throws, errors or stays blocked) it resolves to an in-memory store with the
 * same interface and `persistent: false`, so the reader still works for this visit.
 */
export async function openKompassStore(options: OpenStoreOptions = {}): Promise<KompassStore> {
  const name = options.name ?? DB_NAME;
  try {
    const store = new IdbKompassStore(name, options.blockedTimeoutMs ?? 3000);
    await store.ready();
    return store;
  } catch (e) {
    const reason = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return new MemoryKompassStore(name, `IndexedDB is unavailable (${reason}); content is kept in memory for this visit only.`);
  }
}

/** The IndexedDB store. On `versionchange` (another tab upgrades or deletes the database) it closes and reopens on next use. */
export class IdbKompassStore implements KompassStore {
  readonly persistent = true;
  readonly fallbackReason = undefined;
  private current?: Promise<DB>;

  constructor(
    readonly name: string,
    private readonly blockedTimeoutMs: number,
  ) {}

  /** Opens the connection now (rejects if IndexedDB is unavailable). */
  async ready(): Promise<void> {
    await this.db();
  }

  clear(): Promise<void> {
    return this.run('deleting the data on this device', async (db) => {
      const stores = ['files', 'meta', 'progress', 'searchIndex', 'feedback'] as const;
      const tx = db.transaction(stores, 'readwrite');
      await Promise.all([...stores.map((s) => tx.objectStore(s).clear()), tx.done]);
    });
  }

  close(): void {
    const p = this.current;
    this.current = undefined;
    void p?.then((db) => db.close()).catch(() => undefined);
  }

  private db(): Promise<DB> {
    return (this.current ??= this.open().catch((e: unknown) => {
      this.current = undefined;
      throw e;
    }));
  }

  private open(): Promise<DB> {
    if (typeof indexedDB === 'undefined' || !indexedDB) return Promise.reject(new Error('indexedDB is not defined'));
    return new Promise<DB>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let settled = false;
      const callbacks = (p: () => Promise<DB>) => ({
        upgrade: (db: DB, oldVersion: number, newVersion: number | null, tx: Parameters<typeof upgrade>[3]) =>
          upgrade(db, oldVersion, newVersion ?? DB_VERSION, tx),
        blocked: () => {
          timer ??= setTimeout(() => {
            settled = true;
            reject(new Error(`opening ${this.name} stayed blocked by another tab`));
            void p().then((db) => db.close(), () => undefined);
          }, this.blockedTimeoutMs);
        },
        blocking: () => {
          // Another tab wants a newer version (or to delete the database): let it.
          const mine = p();
          if (this.current === mine) this.current = undefined;
          void mine.then((db) => db.close(), () => undefined);
        },
        terminated: () => {
          if (this.current === p()) this.current = undefined;
        },
      });
      const attempt = (version: number | undefined): Promise<DB> => {
        let promise: Promise<DB>;
        // eslint-disable-next-line prefer-const
        promise = openDB<KompassDB>(this.name, version, callbacks(() => promise));
        return promise;
      };
      attempt(DB_VERSION)
        .catch((e: unknown) => {
          // A newer Kompass in another tab upgraded the database: use it as it is (versions only add stores).
          if ((e as { name?: string }).name === 'VersionError') return attempt(undefined);
          throw e;
        })
        .then(
          (db) => {
            clearTimeout(timer);
            if (settled) db.close();
            else resolve(db);
          },
          (e: unknown) => {
            clearTimeout(timer);
            if (!settled) reject(e);
          },
        );
    });
  }

  /** Runs `fn` with an open connection; reopens once if the connection was closed underneath. */
  private async run<T>(doing: string, fn: (db: DB) => Promise<T>): Promise<T> {
    for (let i = 0; ; i++) {
      try {
        return await fn(await this.db());
      } catch (e) {
        if (i === 0 && (e as { name?: string }).name === 'InvalidStateError') {
          this.current = undefined;
          continue;
        }
        throw toStoreError(e, doing);
      }
    }
  }

  readonly files: FilesRepo = {
    get: (sha) => this.run(`reading file ${sha}`, (db) => db.get('files', sha)),
    has: (sha) => this.run(`reading file ${sha}`, async (db) => (await db.getKey('files', sha)) !== undefined),
    put: (file) =>
      this.run(`storing file ${file.sha256}`, async (db) => {
        await db.put('files', file);
      }),
    delete: (sha) => this.run(`deleting file ${sha}`, (db) => db.delete('files', sha)),
    gc: ({ graceMs = 0 } = {}) =>
      this.run('collecting unused files', async (db) => {
        const tx = db.transaction(['files', 'meta', 'searchIndex'], 'readwrite');
        const pointers = (await tx.objectStore('meta').getAll()).filter((m): m is ActivePointer => m.key === 'active');
        const keep = keptHashes(pointers);
        const now = Date.now();
        let deleted = 0;
        for (const sha of await tx.objectStore('files').getAllKeys()) {
          if (keep.has(fileHashOf(sha))) continue;
          if (graceMs > 0) {
            const f = await tx.objectStore('files').get(sha);
            if (f && now - f.storedAt < graceMs) continue;
          }
          await tx.objectStore('files').delete(sha);
          deleted++;
        }
        const revisions = keptRevisions(pointers);
        let cursor = await tx.objectStore('searchIndex').openCursor();
        while (cursor) {
          if (!revisions.get(cursor.value.scope)?.has(cursor.value.revision)) await cursor.delete();
          cursor = await cursor.continue();
        }
        await tx.done;
        return deleted;
      }),
  };

  readonly pointer: PointerRepo = {
    get: (scope) =>
      this.run('reading the active revision', async (db) => (await db.get('meta', ['active', scope])) as ActivePointer | undefined),
    activate: (scope, next: Activation) =>
      this.run(`activating revision ${next.revision}`, async (db) => {
        const tx = db.transaction(['files', 'meta'], 'readwrite');
        const files = tx.objectStore('files');
        const meta = tx.objectStore('meta');
        for (const f of revisionFiles(next)) {
          if ((await files.getKey(f.sha256)) === undefined) {
            tx.abort();
            await tx.done.catch(() => undefined);
            throw missingFileError(scope, f);
          }
        }
        const current = (await meta.get(['active', scope])) as ActivePointer | undefined;
        const pointer = nextPointer(scope, current, next, Date.now());
        await meta.put(pointer);
        if (next.etag) await meta.put({ key: 'etag', scope, etag: next.etag });
        else await meta.delete(['etag', scope]);
        await tx.done;
        return pointer;
      }),
    clear: (scope) =>
      this.run('clearing the active revision', async (db) => {
        const tx = db.transaction('meta', 'readwrite');
        await Promise.all([tx.store.delete(['active', scope]), tx.store.delete(['etag', scope]), tx.store.delete(['lastSync', scope]), tx.done]);
      }),
  };

  readonly meta: MetaRepo = {
    etag: (scope) =>
      this.run('reading the ETag', async (db) => ((await db.get('meta', ['etag', scope])) as Extract<MetaRecord, { key: 'etag' }> | undefined)?.etag),
    lastSync: (scope) =>
      this.run('reading the last sync time', async (db) => ((await db.get('meta', ['lastSync', scope])) as Extract<MetaRecord, { key: 'lastSync' }> | undefined)?.at),
    setLastSync: (scope, at) =>
      this.run('storing the last sync time', async (db) => {
        await db.put('meta', { key: 'lastSync', scope, at });
      }),
  };

  readonly progress: ProgressRepo = {
    get: (pack, guideId) => this.run('reading progress', (db) => db.get('progress', [pack, guideId])),
    set: (pack, guideId, checked) =>
      this.run('storing progress', async (db) => {
        const record = { pack, guideId, checked: [...checked], updatedAt: Date.now() };
        await db.put('progress', record);
        return record;
      }),
    list: (pack) => this.run('reading progress', (db) => db.getAll('progress', IDBKeyRange.bound([pack], [pack, []]))),
  };

  readonly drafts: DraftsRepo = {
    get: <T>(scope: string, key: string) => this.run('reading a draft', (db) => db.get('drafts', [scope, key])) as Promise<DraftRecord<T> | undefined>,
    put: <T>(scope: string, key: string, value: T) =>
      this.run('storing a draft', async (db) => {
        const record = { scope, key, value, updatedAt: Date.now() };
        await db.put('drafts', record);
        return record;
      }),
    delete: (scope, key) => this.run('deleting a draft', (db) => db.delete('drafts', [scope, key])),
    list: (scope) => this.run('reading drafts', (db) => db.getAll('drafts', IDBKeyRange.bound([scope], [scope, []]))),
  };

  readonly searchIndex: SearchIndexRepo = {
    get: (scope, revision, lang) => this.run('reading a search index', async (db) => (await db.get('searchIndex', [scope, `${revision}:${lang}`]))?.data),
    put: (scope, revision, lang, data) =>
      this.run('storing a search index', async (db) => {
        await db.put('searchIndex', { scope, key: `${revision}:${lang}`, revision, lang, data, storedAt: Date.now() });
      }),
  };

  readonly feedback: FeedbackQueueRepo = {
    add: (record) =>
      this.run('queueing a report', async (db) => {
        await db.put('feedback', record);
      }),
    list: (scope) =>
      this.run('reading queued reports', async (db) => (await db.getAll('feedback', IDBKeyRange.bound([scope], [scope, []]))).sort(byQueuedAt)),
    delete: (scope, clientId) => this.run('deleting a sent report', (db) => db.delete('feedback', [scope, clientId])),
  };
}
