import { expect } from '@open-wc/testing';
import type { KompassApp } from '../../../src/index.js';
import { ContentSnapshot } from '../../../src/reader/content/snapshot.js';
import type { PackBase, PackManifest, PackText } from '../../../src/pack/types.js';
import { openSearch, type SearchIndexStore } from '../../../src/reader/search/engine.js';
import { INDEX_FORMAT, SearchIndex } from '../../../src/reader/search/search-index.js';
import { extractDocuments } from '../../../src/reader/search/documents.js';
import type { KompassSearchView } from '../../../src/reader/views/kompass-search-view/kompass-search-view.js';
import { mountReader, settle, view } from '../../support/reader.js';

const DEMO_PACK = '/test/fixtures/.packs/demo/manifest.json';

async function demoSnapshot(langs: string[], revisionBump = 0): Promise<ContentSnapshot> {
  const dir = DEMO_PACK.replace(/manifest\.json$/, '');
  const manifest = (await (await fetch(DEMO_PACK)).json()) as PackManifest;
  const base = (await (await fetch(dir + manifest.base.file)).json()) as PackBase;
  const texts = new Map<string, PackText>();
  for (const l of manifest.languages.filter((x) => langs.includes(x.code))) texts.set(l.code, (await (await fetch(dir + l.file)).json()) as PackText);
  return new ContentSnapshot({ ...manifest, revision: manifest.revision + revisionBump }, base, texts);
}

async function search(el: KompassApp, query: string): Promise<KompassSearchView> {
  el.navigate(`/search?q=${encodeURIComponent(query)}`);
  await settle(el);
  const v = view(el) as KompassSearchView;
  await v.searchReady();
  await settle(el);
  return v;
}
const results = (v: HTMLElement) => [...v.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part=results] a.card')];

describe('searching information pages', () => {
  it('finds a page by a word of its German text while the reader reads English, and opens it', async () => {
    const el = await mountReader({ src: DEMO_PACK, lang: 'en' });
    const v = await search(el, 'Mindestlohn');
    const [first] = results(v);
    expect(first!.getAttribute('href')).to.equal('#/kompass/page/arbeitsrecht');
    expect(first!.querySelector('.title')!.textContent).to.equal('Your rights at work');
    expect(first!.querySelector('.kind')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Information page · Work');
    await expect(v).to.be.accessible();
    first!.click();
    await settle(el);
    expect(view(el)!.localName).to.equal('kompass-page-view');
  });

  it('finds a page by its title in the reader\'s language (Arabic)', async () => {
    const el = await mountReader({ src: DEMO_PACK, lang: 'ar' });
    const v = await search(el, 'النفايات');
    expect(results(v).map((a) => a.getAttribute('href'))).to.include('#/kompass/page/muell');
  });

  it('indexes page titles as names, attachment titles as headings and texts as text', async () => {
    const snapshot = await demoSnapshot(['de', 'en']);
    const doc = extractDocuments(snapshot.base, [...snapshot.texts.values()]).find((d) => d.key === 'p:wbs')!;
    expect(doc.fields.filter((f) => f.field === 'name').map((f) => f.text)).to.deep.equal(['Wohnberechtigungsschein (WBS)', 'Housing entitlement certificate (WBS)']);
    expect(doc.fields.some((f) => f.field === 'heading' && f.text.includes('Antrag'))).to.equal(true);
    expect(doc.fields.some((f) => f.field === 'text' && f.text.includes('Sozialwohnung'))).to.equal(true);
  });

  it('rebuilds a search index stored by the previous version (without pages) instead of loading it', async () => {
    const stored = new Map<string, string>();
    const repo: SearchIndexStore = { get: async (r, l) => stored.get(`${r}/${l}`), put: async (r, l, d) => void stored.set(`${r}/${l}`, d) };
    const snapshot = await demoSnapshot(['de', 'en']);
    // What version 1 stored: the same encoding, no page documents.
    const withoutPages = SearchIndex.build(extractDocuments({ ...snapshot.base, pages: [] }, [...snapshot.texts.values()])).serialize();
    expect(INDEX_FORMAT).to.equal('kompass-search/7');
    await repo.put(snapshot.revision, 'en', withoutPages.replace(INDEX_FORMAT, 'kompass-search/1'));
    const engine = await openSearch(snapshot, 'en', repo);
    expect(engine.source).to.equal('main-thread');
    expect(engine.search('Wohnberechtigungsschein').hits.map((h) => `${h.kind}:${h.id}`)).to.include('page:wbs');
  });
});
