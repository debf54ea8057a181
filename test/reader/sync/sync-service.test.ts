import { expect } from '@open-wc/testing';
import { openKompassStore } from '../../../src/reader/store/index.js';
import { SyncActivatedEvent, SyncProgressEvent, type SyncResult } from '../../../src/reader/sync/index.js';
import { chained } from '../../../src/reader/sync/lock.js';
import { publish } from '../../support/packs.js';
import { cleanup, count, expectActive, setup } from './helpers.js';

describe('SyncService', () => {
  afterEach(cleanup);

  it('has nothing to show before the first sync', async () => {
    const s = await setup({ revision: 1 });
    expect(await s.service.loadActive(['en'])).to.equal(undefined);
  });

  it('downloads the base, the requested languages and the default language, then activates', async () => {
    const s = await setup({ revision: 1, languages: ['de', 'en', 'ar'] });
    const progress: SyncProgressEvent[] = [];
    let activated: SyncActivatedEvent | undefined;
    s.service.addEventListener('progress', (e) => progress.push(e as SyncProgressEvent));
    s.service.addEventListener('activated', (e) => (activated = e as SyncActivatedEvent));
    const result = await s.service.sync({ languages: ['en'] });
    expect(result.status).to.equal('updated');
    expect(result.revision).to.equal(1);
    expect(result.languages).to.deep.equal(['de', 'en']);
    expect(result.error).to.equal(undefined);
    const last = progress.at(-1)!;
    expect(last.bytesDone).to.equal(last.bytesTotal);
    expect(last.bytesTotal).to.equal(result.bytesDownloaded);
    expect(activated?.revision).to.equal(1);
    expect(activated?.snapshot.hasLanguage('en')).to.equal(true);
    const log = await s.log();
    expect(log.map((e) => e.path.replace(/\.[0-9a-f]{16}\.json$/, ''))).to.have.members(['manifest.json', 'base', 'text/de', 'text/en']);
    await expectActive(s, 1, 'en');
    await expectActive(s, 1, 'de');
    expect(await s.store.meta.lastSync(s.url)).to.be.a('number');
  });

  it('sends If-None-Match and does nothing on 304 Not Modified', async () => {
    const s = await setup({ revision: 1 });
    await s.service.sync({ languages: ['en'] });
    const result = await s.service.sync({ languages: ['en'] });
    expect(result).to.deep.include({ status: 'unchanged', revision: 1, bytesDownloaded: 0 });
    const log = await s.log();
    expect(log).to.have.length(5); // manifest, base, de, en; then only the manifest
    expect(log.at(-1)).to.deep.include({ path: 'manifest.json', status: 304 });
    expect(log.at(-1)!.ifNoneMatch).to.match(/^"r1-/);
  });

  it('is unchanged without an ETag when the revision is the same', async () => {
    const s = await setup({ revision: 1, etag: false });
    await s.service.sync({ languages: ['en'] });
    expect((await s.service.sync({ languages: ['en'] })).status).to.equal('unchanged');
    expect(count(await s.log(), 'base')).to.equal(1);
  });

  it('adds a language later by downloading just that file, without a new revision', async () => {
    const s = await setup({ revision: 1, languages: ['de', 'en', 'ar'] });
    await s.service.sync({ languages: ['en'] });
    const before = (await s.log()).length;
    const result = await s.service.sync({ languages: ['ar'] });
    expect(result).to.deep.include({ status: 'updated', revision: 1 });
    expect(result.languages).to.have.members(['de', 'en', 'ar']);
    const added = (await s.log()).slice(before);
    expect(added.map((e) => e.path.replace(/\.[0-9a-f]{16}\.json$/, ''))).to.deep.equal(['manifest.json', 'text/ar']);
    await expectActive(s, 1, 'ar');
    await expectActive(s, 1, 'en');
    expect((await s.store.pointer.get(s.url))?.previous).to.equal(undefined);
  });

  it('ignores languages the pack does not offer', async () => {
    const s = await setup({ revision: 1, languages: ['de', 'en'] });
    const result = await s.service.sync({ languages: ['xx', 'en'] });
    expect(result.languages).to.deep.equal(['de', 'en']);
  });

  it('activates a new revision and keeps the previous one; GC drops older ones', async () => {
    const s = await setup({ revision: 1 });
    const m1 = await publish(s.id, { revision: 1 });
    await s.service.sync({ languages: ['en'] });
    const m2 = await publish(s.id, { revision: 2 });
    expect((await s.service.sync({ languages: ['en'] })).revision).to.equal(2);
    await expectActive(s, 2);
    expect((await s.store.pointer.get(s.url))?.previous?.revision).to.equal(1);
    expect(await s.store.files.has(m1.base.sha256)).to.equal(true);
    await publish(s.id, { revision: 3 });
    expect((await s.service.sync({ languages: ['en'] })).revision).to.equal(3);
    await expectActive(s, 3);
    expect(await s.store.files.has(m1.base.sha256)).to.equal(false);
    expect(await s.store.files.has(m1.languages.find((l) => l.code === 'en')!.sha256)).to.equal(false);
    expect(await s.store.files.has(m2.base.sha256)).to.equal(true);
    expect(await s.store.files.has(m2.languages.find((l) => l.code === 'en')!.sha256)).to.equal(true);
  });

  it('runs one sync at a time: a second service on the same URL waits and finds nothing to do', async () => {
    const s = await setup({ revision: 1, faults: [{ path: 'base', kind: 'delay', delayMs: 300 }] });
    const other = await openKompassStore({ name: s.dbName });
    const second = s.fresh();
    const third = new (s.service.constructor as typeof import('../../../src/reader/sync/index.js').SyncService)({ store: other, manifestUrl: s.url });
    const results: SyncResult[] = await Promise.all([s.service.sync({ languages: ['en'] }), second.sync({ languages: ['en'] }), third.sync({ languages: ['en'] })]);
    expect(results.map((r) => r.status).sort()).to.deep.equal(['unchanged', 'unchanged', 'updated']);
    const log = await s.log();
    expect(count(log, 'base')).to.equal(1);
    expect(count(log, 'text/en')).to.equal(1);
    expect(count(log, 'text/de')).to.equal(1);
    other.close();
    await expectActive(s, 1);
  });

  it('serialises syncs within a page when Web Locks are missing', async () => {
    const order: string[] = [];
    const slow = (name: string, ms: number) => async () => {
      order.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, ms));
      order.push(`end ${name}`);
      if (name === 'a') throw new Error('a failed');
      return name;
    };
    const a = chained('lock-test', slow('a', 50)).catch((e: Error) => e.message);
    const b = chained('lock-test', slow('b', 10));
    expect(await Promise.all([a, b])).to.deep.equal(['a failed', 'b']);
    expect(order).to.deep.equal(['start a', 'end a', 'start b', 'end b']);
  });

  it('works in memory when IndexedDB is unavailable', async () => {
    const original = Object.getOwnPropertyDescriptor(indexedDB, 'open');
    Object.defineProperty(indexedDB, 'open', {
      configurable: true,
      value: () => {
        throw new DOMException('IndexedDB is disabled', 'InvalidStateError');
      },
    });
    let store;
    try {
      store = await openKompassStore({ name: 'kompass-disabled' });
    } finally {
      if (original) Object.defineProperty(indexedDB, 'open', original);
      else delete (indexedDB as unknown as Record<string, unknown>).open;
    }
    expect(store.persistent).to.equal(false);
    const s = await setup({ revision: 1 }, { store });
    expect((await s.service.sync({ languages: ['en'] })).status).to.equal('updated');
    await expectActive(s, 1);
    expect((await s.service.sync({ languages: ['en'] })).status).to.equal('unchanged');
  });

  it('drops a stored file that no longer parses and downloads it again on the next sync', async () => {
    const s = await setup({ revision: 1 });
    const m = await publish(s.id, { revision: 1 });
    await s.service.sync({ languages: ['en'] });
    const en = m.languages.find((l) => l.code === 'en')!;
    await s.store.files.put({ sha256: en.sha256, bytes: en.bytes, json: '{"format": "kompass-pa', storedAt: Date.now() });
    const degraded = await s.fresh().loadActive(['en']);
    expect(degraded?.revision).to.equal(1);
    // Lists come from the stored list projection, which is intact: names stay English.
    expect(degraded?.entry('e1', 'en')?.name.lang).to.equal('en');
    // The complete texts do not parse: the file is dropped, lists keep working.
    await degraded!.loadFullTexts();
    expect(degraded?.entry('e1', 'en')?.name.lang).to.equal('en');
    expect(await s.store.files.has(en.sha256)).to.equal(false);
    const before = (await s.log()).length;
    const result = await s.fresh().sync({ languages: ['en'] });
    expect(result.status).to.equal('updated');
    expect((await s.log()).slice(before).map((e) => e.path)).to.deep.equal(['manifest.json', en.file]);
    await expectActive(s, 1);
  });

  it('falls back to the previous revision when the active base is unreadable', async () => {
    const s = await setup({ revision: 1 });
    await s.service.sync({ languages: ['en'] });
    const m2 = await publish(s.id, { revision: 2 });
    await s.service.sync({ languages: ['en'] });
    await s.store.files.delete(m2.base.sha256);
    await expectActive(s, 1);
    expect((await s.fresh().sync({ languages: ['en'] })).status).to.equal('updated');
    await expectActive(s, 2);
  });
});
