import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { LanguageCode, PackManifest } from '../../pack/types.js';
import type { FeedbackReport } from '../feedback/report.js';

/**
 * The IndexedDB schema of Kompass, and its history.
 *
 * Everything a pack owns is scoped: by the absolute manifest URL (`scope`) for pack data,
 * by the municipality id (`pack`) for a reader's own progress, so two `<kompass-app>`
 * instances with different packs share one database without clashing. Pack files are
 * content-addressed (by SHA-256), so they are shared safely between scopes.
 *
 * Versions:
 * - 1: `files` (by sha256), `meta` (by [key, scope]), `progress` (by [pack, guideId]).
 * - 2: adds `drafts` and `searchIndex` (by [scope, key]).
 * - 3: adds `feedback`, reports waiting for a connection (by [scope, clientId]).
 *
 * A new version adds one function to `MIGRATIONS`; never edit an old one. Every migration is
 * tested by building the earlier version's database by hand (test/reader/store/migrations.test.ts).
 */
export const DB_NAME = 'kompass';
export const DB_VERSION = 3;

/** A pack file, verified (size and SHA-256) before it was stored. */
export interface StoredFile {
  sha256: string;
  /** Size in bytes of the file as published. */
  bytes: number;
  /** The file's text (UTF-8 decoded JSON), parsed on read. */
  json: string;
  /** Epoch milliseconds. */
  storedAt: number;
}

/** The languages stored for one revision. */
export interface RevisionRef {
  manifest: PackManifest;
  revision: number;
  /** Languages whose text files are stored for this revision (the default language included). */
  languages: LanguageCode[];
}

/** The pointer to the content readers see, per manifest URL. */
export interface ActivePointer extends RevisionRef {
  key: 'active';
  scope: string;
  manifestUrl: string;
  activatedAt: number;
  /** The revision active before this one; its files are kept until the next activation. */
  previous?: RevisionRef;
}

export interface EtagRecord {
  key: 'etag';
  scope: string;
  etag: string;
}

export interface LastSyncRecord {
  key: 'lastSync';
  scope: string;
  at: number;
}

export type MetaRecord = ActivePointer | EtagRecord | LastSyncRecord;

export interface ProgressRecord {
  /** Municipality id of the pack. */
  pack: string;
  guideId: string;
  /** Ids of the checked steps. */
  checked: string[];
  updatedAt: number;
}

export interface DraftRecord<T = unknown> {
  scope: string;
  key: string;
  value: T;
  updatedAt: number;
}

export interface SearchIndexRecord {
  scope: string;
  /** `${revision}:${lang}` */
  key: string;
  revision: number;
  lang: LanguageCode;
  /** The serialized index. */
  data: string;
  storedAt: number;
}

/** A reader's report that could not be sent yet (offline, or the server was busy). */
export interface QueuedFeedback {
  /** The absolute manifest URL: the report goes to this pack's feedback inbox. */
  scope: string;
  clientId: string;
  report: FeedbackReport;
  queuedAt: number;
}

export interface KompassDB extends DBSchema {
  files: { key: string; value: StoredFile };
  meta: { key: [string, string]; value: MetaRecord };
  progress: { key: [string, string]; value: ProgressRecord };
  drafts: { key: [string, string]; value: DraftRecord };
  searchIndex: { key: [string, string]; value: SearchIndexRecord };
  feedback: { key: [string, string]; value: QueuedFeedback };
}

type UpgradeTx = IDBPTransaction<KompassDB, StoreNames<KompassDB>[], 'versionchange'>;

/** `MIGRATIONS[v - 1]` brings a database from version v - 1 to v. */
export const MIGRATIONS: ((db: IDBPDatabase<KompassDB>, tx: UpgradeTx) => void)[] = [
  // 1: the first schema.
  (db) => {
    db.createObjectStore('files', { keyPath: 'sha256' });
    db.createObjectStore('meta', { keyPath: ['key', 'scope'] });
    db.createObjectStore('progress', { keyPath: ['pack', 'guideId'] });
  },
  // 2: the editor's drafts and persisted search indexes.
  (db) => {
    db.createObjectStore('drafts', { keyPath: ['scope', 'key'] });
    db.createObjectStore('searchIndex', { keyPath: ['scope', 'key'] });
  },
  // 3: reports queued while offline.
  (db) => {
    db.createObjectStore('feedback', { keyPath: ['scope', 'clientId'] });
  },
];

export function upgrade(db: IDBPDatabase<KompassDB>, oldVersion: number, newVersion: number, tx: UpgradeTx): void {
  for (let v = oldVersion + 1; v <= newVersion; v++) MIGRATIONS[v - 1]!(db, tx);
}
