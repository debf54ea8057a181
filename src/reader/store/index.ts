export { openKompassStore, IdbKompassStore, type OpenStoreOptions } from './db.js';
export { MemoryKompassStore } from './memory-store.js';
export { StoreError, isQuotaError, type StoreErrorCode } from './store.js';
export type { Activation, DraftsRepo, FeedbackQueueRepo, FilesRepo, KompassStore, MetaRepo, PointerRepo, ProgressRepo, SearchIndexRepo } from './store.js';
export { DB_NAME, DB_VERSION } from './schema.js';
export type { ActivePointer, DraftRecord, ProgressRecord, QueuedFeedback, RevisionRef, SearchIndexRecord, StoredFile } from './schema.js';
