import { expect } from '@open-wc/testing';
import { MemoryKompassStore, openKompassStore, StoreError, isQuotaError, type KompassStore } from '../../../src/reader/store/index.js';
import { deleteDb, uniqueId } from '../../support/packs.js';
import { allFiles, fakeManifest, fileFor } from './fixtures.js';

const SCOPE = 'https://city.example/kompass/manifest.json';
const OTHER = 'https://other.example/kompass/manifest.json';

async function activateAll(store: KompassStore, scope: string, revision: number, tag = 'x', languages = ['de', 'en']) {
  const manifest = fakeManifest(revision, languages, tag);
  for (const f of allFiles(manifest)) await store.files.put(f);
  return store.pointer.activate(scope, { manifest, revision, languages, manifestUrl: scope, etag: `"e${revision}"` });
}

const kinds: [string, () => Promise<{ store: KompassStore; name: string }>][] = [
  [
    'IndexedDB',
    async () => {
      const name = uniqueId('kompass-test');
      return { store: await openKompassStore({ name }), name };
    },
  ],
  ['memory', async () => ({ store: new MemoryKompassStore('mem'), name: 'mem' })],
];

for (const [kind, make] of kinds) {
  describe(`KompassStore (${kind})`, () => {
    let store: KompassStore;
    let name: string;
    beforeEach(async () => ({ store, name } = await make()));
    afterEach(async () => {
      store.close();
      if (kind === 'IndexedDB') await deleteDb(name);
    });

    it(`is ${kind === 'memory' ? 'not ' : ''}persistent`, () => {
      expect(store.persistent).to.equal(kind !== 'memory');
    });

    it('stores, reads and deletes files by hash', async () => {
      const f = fileFor('a'.repeat(64));
      expect(await store.files.has(f.sha256)).to.equal(false);
      await store.files.put(f);
      expect(await store.files.has(f.sha256)).to.equal(true);
      expect(await store.files.get(f.sha256)).to.deep.equal(f);
      await store.files.delete(f.sha256);
      expect(await store.files.get(f.sha256)).to.equal(undefined);
    });

    it('refuses to activate a revision with a missing file and keeps the active one', async () => {
      await activateAll(store, SCOPE, 1);
      const manifest = fakeManifest(2);
      await store.files.put(fileFor(manifest.base.sha256)); // texts missing
      let error: unknown;
      try {
        await store.pointer.activate(SCOPE, { manifest, revision: 2, languages: ['de'], manifestUrl: SCOPE });
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(StoreError);
      expect((error as StoreError).message).to.contain('text/de.2.json');
      expect((await store.pointer.get(SCOPE))?.revision).to.equal(1);
      expect(await store.meta.etag(SCOPE)).to.equal('"e1"');
    });

    it('flips the pointer, keeps the old revision as previous, and stores the ETag', async () => {
      await activateAll(store, SCOPE, 1);
      const p = await activateAll(store, SCOPE, 2);
      expect(p.revision).to.equal(2);
      expect(p.previous?.revision).to.equal(1);
      expect((await store.pointer.get(SCOPE))?.previous?.revision).to.equal(1);
      expect(await store.meta.etag(SCOPE)).to.equal('"e2"');
      // Same revision again (a language added): previous stays the older revision.
      const again = await activateAll(store, SCOPE, 2, 'x', ['de', 'en']);
      expect(again.previous?.revision).to.equal(1);
    });

    it('garbage-collects all but the active and previous revision, per scope', async () => {
      const r1 = (await activateAll(store, SCOPE, 1)).manifest;
      const r2 = (await activateAll(store, SCOPE, 2)).manifest;
      const r3 = (await activateAll(store, SCOPE, 3)).manifest;
      const other = (await activateAll(store, OTHER, 1, 'other')).manifest;
      await store.files.put(fileFor('f'.repeat(64))); // an orphan
      // Files stored within the grace period may belong to a download in another tab: spared.
      expect(await store.files.gc({ graceMs: 60_000 })).to.equal(0);
      expect(await store.files.gc()).to.equal(4); // r1's three files and the orphan
      expect(await store.files.has(r1.base.sha256)).to.equal(false);
      for (const m of [r2, r3, other]) for (const f of [m.base, ...m.languages]) expect(await store.files.has(f.sha256)).to.equal(true);
    });

    it('drops search indexes of revisions no longer kept', async () => {
      await activateAll(store, SCOPE, 1);
      await store.searchIndex.put(SCOPE, 1, 'de', 'idx-1');
      await activateAll(store, SCOPE, 2);
      await store.searchIndex.put(SCOPE, 2, 'de', 'idx-2');
      expect(await store.searchIndex.get(SCOPE, 1, 'de')).to.equal('idx-1');
      await activateAll(store, SCOPE, 3);
      await store.files.gc();
      expect(await store.searchIndex.get(SCOPE, 1, 'de')).to.equal(undefined);
      expect(await store.searchIndex.get(SCOPE, 2, 'de')).to.equal('idx-2');
    });

    it('keeps progress per pack and guide', async () => {
      await store.progress.set('musterstadt', 'arrival', ['register']);
      await store.progress.set('musterstadt', 'work', ['a', 'b']);
      await store.progress.set('beispielheim', 'arrival', ['bank']);
      expect((await store.progress.get('musterstadt', 'arrival'))?.checked).to.deep.equal(['register']);
      expect((await store.progress.list('musterstadt')).map((r) => r.guideId).sort()).to.deep.equal(['arrival', 'work']);
      expect(await store.progress.get('nowhere', 'arrival')).to.equal(undefined);
    });

    it('keeps drafts per scope', async () => {
      await store.drafts.put(SCOPE, 'entry:e1', { name: 'Bürgerbüro' });
      await store.drafts.put(OTHER, 'entry:e1', { name: 'Rathaus' });
      expect((await store.drafts.get<{ name: string }>(SCOPE, 'entry:e1'))?.value.name).to.equal('Bürgerbüro');
      expect(await store.drafts.list(SCOPE)).to.have.length(1);
      await store.drafts.delete(SCOPE, 'entry:e1');
      expect(await store.drafts.get(SCOPE, 'entry:e1')).to.equal(undefined);
      expect(await store.drafts.list(OTHER)).to.have.length(1);
    });

    it('queues reports per scope, oldest first, once per clientId', async () => {
      const report = (clientId: string, message: string) => ({ entryId: 'e1', revision: 3, lang: 'ar', message, clientId });
      await store.feedback.add({ scope: SCOPE, clientId: 'b', report: report('b', 'later'), queuedAt: 20 });
      await store.feedback.add({ scope: SCOPE, clientId: 'a', report: report('a', 'first'), queuedAt: 10 });
      await store.feedback.add({ scope: SCOPE, clientId: 'a', report: report('a', 'first, edited'), queuedAt: 10 });
      await store.feedback.add({ scope: OTHER, clientId: 'c', report: report('c', 'elsewhere'), queuedAt: 5 });
      expect((await store.feedback.list(SCOPE)).map((r) => r.report.message)).to.deep.equal(['first, edited', 'later']);
      await store.feedback.delete(SCOPE, 'a');
      expect((await store.feedback.list(SCOPE)).map((r) => r.clientId)).to.deep.equal(['b']);
      expect((await store.feedback.list(OTHER)).map((r) => r.clientId)).to.deep.equal(['c']);
      await store.clear();
      expect(await store.feedback.list(SCOPE)).to.deep.equal([]);
    });

    it('deletes the reader\'s data on clear, but keeps editor drafts', async () => {
      await activateAll(store, SCOPE, 1);
      await store.progress.set('musterstadt', 'arrival', ['register']);
      await store.drafts.put(SCOPE, 'k', 1);
      await store.clear();
      expect(await store.pointer.get(SCOPE)).to.equal(undefined);
      expect(await store.progress.list('musterstadt')).to.deep.equal([]);
      expect(await store.drafts.list(SCOPE)).to.have.length(1);
      expect(await store.files.gc()).to.equal(0);
    });

    it('records the last sync time and clears a scope', async () => {
      await activateAll(store, SCOPE, 1);
      await store.meta.setLastSync(SCOPE, 1234);
      expect(await store.meta.lastSync(SCOPE)).to.equal(1234);
      await store.pointer.clear(SCOPE);
      expect(await store.pointer.get(SCOPE)).to.equal(undefined);
      expect(await store.meta.etag(SCOPE)).to.equal(undefined);
      expect(await store.meta.lastSync(SCOPE)).to.equal(undefined);
    });
  });
}

describe('openKompassStore', () => {
  it('keeps checklist progress across a reopen', async () => {
    const name = uniqueId('kompass-test');
    const a = await openKompassStore({ name });
    await a.progress.set('musterstadt', 'arrival', ['register', 'bank']);
    a.close();
    const b = await openKompassStore({ name });
    expect(b.persistent).to.equal(true);
    expect((await b.progress.get('musterstadt', 'arrival'))?.checked).to.deep.equal(['register', 'bank']);
    b.close();
    await deleteDb(name);
  });

  it('falls back to memory when indexedDB.open throws', async () => {
    const original = Object.getOwnPropertyDescriptor(indexedDB, 'open');
    Object.defineProperty(indexedDB, 'open', {
      configurable: true,
      value: () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
    try {
      const store = await openKompassStore({ name: uniqueId('kompass-test') });
      expect(store.persistent).to.equal(false);
      expect(store.fallbackReason).to.contain('SecurityError');
      await store.progress.set('p', 'g', ['s']);
      expect((await store.progress.get('p', 'g'))?.checked).to.deep.equal(['s']);
    } finally {
      if (original) Object.defineProperty(indexedDB, 'open', original);
      else delete (indexedDB as unknown as Record<string, unknown>).open;
    }
  });

  it('falls back to memory when indexedDB.open fails with an error event', async () => {
    // A real request that fails: opening an existing version-2 database at version 1 (VersionError).
    const existing = uniqueId('kompass-test');
    (await openKompassStore({ name: existing })).close();
    const open = indexedDB.open.bind(indexedDB);
    Object.defineProperty(indexedDB, 'open', { configurable: true, value: () => open(existing, 1) });
    try {
      const store = await openKompassStore({ name: uniqueId('kompass-test') });
      expect(store.persistent).to.equal(false);
      expect(store.fallbackReason).to.contain('VersionError');
    } finally {
      delete (indexedDB as unknown as Record<string, unknown>).open;
      await deleteDb(existing);
    }
  });

  it('falls back to memory when the upgrade stays blocked by another tab', async () => {
    const name = uniqueId('kompass-test');
    const old = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore('files', { keyPath: 'sha256' });
      req.onsuccess = () => resolve(req.result);
    });
    // `old` ignores versionchange, like a tab running an old version that never closes.
    const store = await openKompassStore({ name, blockedTimeoutMs: 200 });
    expect(store.persistent).to.equal(false);
    expect(store.fallbackReason).to.contain('blocked');
    old.close();
    await new Promise((r) => setTimeout(r, 100));
    await deleteDb(name);
  });

  it('closes on versionchange from another tab and reopens on next use', async () => {
    const name = uniqueId('kompass-test');
    const store = await openKompassStore({ name });
    await store.progress.set('p', 'g', ['one']);
    // Another tab deletes the database: our connection must close, or this would block.
    const deleted = await new Promise<string>((resolve) => {
      const req = indexedDB.deleteDatabase(name);
      req.onsuccess = () => resolve('deleted');
      req.onblocked = () => resolve('blocked');
    });
    expect(deleted).to.equal('deleted');
    await store.progress.set('p', 'g', ['two']);
    expect((await store.progress.get('p', 'g'))?.checked).to.deep.equal(['two']);
    store.close();
    await deleteDb(name);
  });

  it('recognises a QuotaExceededError however it surfaces', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).to.equal(true);
    expect(isQuotaError(new Error('abort', { cause: new DOMException('full', 'QuotaExceededError') }))).to.equal(true);
    expect(isQuotaError({ name: 'AbortError', error: new DOMException('full', 'QuotaExceededError') })).to.equal(true);
    expect(isQuotaError(new DOMException('x', 'AbortError'))).to.equal(false);
  });
});
