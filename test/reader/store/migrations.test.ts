import { expect } from '@open-wc/testing';
import { DB_VERSION, openKompassStore } from '../../../src/reader/store/index.js';
import { deleteDb, uniqueId } from '../../support/packs.js';
import { fakeManifest } from './fixtures.js';

const SCOPE = 'https://city.example/kompass/manifest.json';

function rawOpen(name: string, version: number, upgrade: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => upgrade(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function rawPut(db: IDBDatabase, store: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** Version 1 exactly as it shipped: files, meta, progress. */
async function createV1(name: string) {
  const db = await rawOpen(name, 1, (d) => {
    d.createObjectStore('files', { keyPath: 'sha256' });
    d.createObjectStore('meta', { keyPath: ['key', 'scope'] });
    d.createObjectStore('progress', { keyPath: ['pack', 'guideId'] });
  });
  const manifest = fakeManifest(7, ['de']);
  for (const f of [manifest.base, ...manifest.languages]) await rawPut(db, 'files', { sha256: f.sha256, bytes: 2, json: '{}', storedAt: 1 });
  await rawPut(db, 'meta', { key: 'active', scope: SCOPE, manifestUrl: SCOPE, manifest, revision: 7, languages: ['de'], activatedAt: 1 });
  await rawPut(db, 'meta', { key: 'etag', scope: SCOPE, etag: '"v1"' });
  await rawPut(db, 'progress', { pack: 'musterstadt', guideId: 'arrival', checked: ['register'], updatedAt: 1 });
  db.close();
  return manifest;
}

describe('store migrations', () => {
  it(`brings a version 1 database to version ${DB_VERSION} with every record preserved`, async () => {
    const name = uniqueId('kompass-mig');
    const manifest = await createV1(name);
    const store = await openKompassStore({ name });
    expect(store.persistent).to.equal(true);
    expect((await store.pointer.get(SCOPE))?.revision).to.equal(7);
    expect(await store.meta.etag(SCOPE)).to.equal('"v1"');
    expect(await store.files.has(manifest.base.sha256)).to.equal(true);
    expect((await store.progress.get('musterstadt', 'arrival'))?.checked).to.deep.equal(['register']);
    // The stores version 2 added work.
    await store.drafts.put(SCOPE, 'k', 1);
    expect((await store.drafts.get(SCOPE, 'k'))?.value).to.equal(1);
    await store.searchIndex.put(SCOPE, 7, 'de', 'idx');
    expect(await store.searchIndex.get(SCOPE, 7, 'de')).to.equal('idx');
    // The store version 3 added works.
    const report = { entryId: 'e', revision: 7, lang: 'de', message: 'm', clientId: 'c1' };
    await store.feedback.add({ scope: SCOPE, clientId: 'c1', report, queuedAt: 1 });
    expect((await store.feedback.list(SCOPE)).map((r) => r.report)).to.deep.equal([report]);
    store.close();
    const db = await rawOpen(name, DB_VERSION, () => undefined);
    expect(db.version).to.equal(DB_VERSION);
    expect([...db.objectStoreNames].sort()).to.deep.equal(['drafts', 'feedback', 'files', 'meta', 'progress', 'searchIndex']);
    db.close();
    await deleteDb(name);
  });

  it('creates a fresh database at the current version', async () => {
    const name = uniqueId('kompass-mig');
    const store = await openKompassStore({ name });
    store.close();
    const db = await rawOpen(name, DB_VERSION, () => undefined);
    expect([...db.objectStoreNames].sort()).to.deep.equal(['drafts', 'feedback', 'files', 'meta', 'progress', 'searchIndex']);
    db.close();
    await deleteDb(name);
  });

  it('uses a database a newer Kompass (another tab) already upgraded', async () => {
    const name = uniqueId('kompass-mig');
    (await openKompassStore({ name })).close();
    const newer = await rawOpen(name, DB_VERSION + 1, (d) => d.createObjectStore('future'));
    newer.close();
    const store = await openKompassStore({ name });
    expect(store.persistent).to.equal(true);
    await store.progress.set('p', 'g', ['s']);
    expect((await store.progress.get('p', 'g'))?.checked).to.deep.equal(['s']);
    store.close();
    await deleteDb(name);
  });
});
