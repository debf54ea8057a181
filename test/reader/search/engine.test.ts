import { expect } from '@open-wc/testing';
import { ContentSnapshot } from '../../../src/reader/content/snapshot.js';
import type { PackBase, PackManifest, PackText } from '../../../src/pack/types.js';
import { buildInWorker, openSearch, type SearchIndexStore } from '../../../src/reader/search/engine.js';
import { INDEX_FORMAT, SearchIndex } from '../../../src/reader/search/search-index.js';
import { openKompassStore } from '../../../src/reader/store/index.js';
import { deleteDb, uniqueId } from '../../support/packs.js';
import { SMALL_PACK } from '../../support/reader.js';

async function loadSnapshot(langs: string[], revisionBump = 0): Promise<ContentSnapshot> {
  const dir = SMALL_PACK.replace(/manifest\.json$/, '');
  const manifest = (await (await fetch(SMALL_PACK)).json()) as PackManifest;
  const base = (await (await fetch(dir + manifest.base.file)).json()) as PackBase;
  const texts = new Map<string, PackText>();
  for (const l of manifest.languages.filter((x) => langs.includes(x.code))) texts.set(l.code, (await (await fetch(dir + l.file)).json()) as PackText);
  return new ContentSnapshot({ ...manifest, revision: manifest.revision + revisionBump }, base, texts);
}

describe('openSearch', () => {
  it('stores the index per revision and language and loads it, not rebuilds it, next time', async () => {
    const name = uniqueId('kompass-search');
    const store = await openKompassStore({ name });
    const repo: SearchIndexStore = { get: (r, l) => store.searchIndex.get('scope', r, l), put: (r, l, d) => store.searchIndex.put('scope', r, l, d) };
    try {
      const first = await openSearch(await loadSnapshot(['de', 'ar']), 'ar', repo);
      expect(first.source).to.equal('main-thread');
      expect(first.search('Anmeldung').hits[0]?.id).to.equal('buergerbuero');
      const snapshot = await loadSnapshot(['de', 'ar']); // as after a reload: a new snapshot
      expect(await repo.get(snapshot.revision, 'ar')).to.satisfy(SearchIndex.canLoad);
      const again = await openSearch(snapshot, 'ar', repo);
      expect(again.source).to.equal('stored');
      expect(again.search('Anmeldung').hits[0]?.id).to.equal('buergerbuero');
      // The same snapshot and language: the same engine from memory.
      expect(await openSearch(snapshot, 'ar', repo)).to.equal(again);
      // A damaged stored index is rebuilt.
      const next = await loadSnapshot(['de', 'ar'], 1);
      await repo.put(next.revision, 'ar', INDEX_FORMAT + '\n{"docs":[],"terms":5,"postings":9,"vocab":0}\n');
      expect((await openSearch(next, 'ar', repo)).source).to.equal('main-thread');
    } finally {
      store.close();
      await deleteDb(name);
    }
  });

  it('builds in a module worker when asked (large packs) and gives the same results', async () => {
    const snapshot = await loadSnapshot(['de', 'en']);
    const data = await buildInWorker(snapshot.base, [...snapshot.texts.values()]);
    expect(SearchIndex.canLoad(data)).to.be.true;
    const viaWorker = await openSearch(snapshot, 'en', undefined, { worker: true });
    expect(viaWorker.source).to.equal('worker');
    const onMainThread = await openSearch(await loadSnapshot(['de', 'en']), 'en', undefined, { worker: false });
    expect(onMainThread.source).to.equal('main-thread');
    expect(viaWorker.search('immigration office').hits).to.deep.equal(onMainThread.search('immigration office').hits);
    expect(viaWorker.search('Ausländerbehörde').hits[0]?.id).to.equal('auslaenderbehoerde');
  });

  it('builds the same index in several workers at once as in one', async () => {
    const snapshot = await loadSnapshot(['de', 'ar']);
    const texts = [...snapshot.texts.values()];
    const one = await buildInWorker(snapshot.base, texts, { workers: 1 });
    const three = await buildInWorker(snapshot.base, texts, { workers: 3 });
    expect(three.length).to.be.greaterThan(1000);
    expect(three).to.equal(one);
  });

  it('indexes the default language alone when the reader language is not on the device', async () => {
    const snapshot = await loadSnapshot(['de']);
    const engine = await openSearch(snapshot, 'ar');
    expect(engine.lang).to.equal('de');
    expect(engine.search('Bürgerbüro').hits[0]?.id).to.equal('buergerbuero');
  });
});
