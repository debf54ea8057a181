import { expect } from '@open-wc/testing';
import { SearchIndex, typoBudget, type QuerySlot } from '../../../src/reader/search/search-index.js';
import type { SearchDoc } from '../../../src/reader/search/documents.js';
import { parseQuery, SynonymTable } from '../../../src/reader/search/query.js';

const DOCS: SearchDoc[] = [
  { key: 'e:buergerbuero', fields: [{ field: 'name', text: 'Bürgerbüro im Rathaus', lang: 'de' }, { field: 'summary', text: 'Wohnsitz anmelden, Meldebescheinigung', lang: 'de' }, { field: 'name', text: 'مكتب المواطنين', lang: 'ar' }] },
  { key: 'e:auslaenderbehoerde', fields: [{ field: 'name', text: 'Ausländerbehörde', lang: 'de' }, { field: 'summary', text: 'Aufenthaltstitel verlängern', lang: 'de' }, { field: 'name', text: 'Immigration Office', lang: 'en' }] },
  { key: 'e:arzt', fields: [{ field: 'name', text: 'Hausarztpraxis Demir', lang: 'de' }, { field: 'keywords', text: 'Arzt · Doktor', lang: 'de' }, { field: 'text', text: 'Wir sprechen Türkisch und Deutsch. Termine im Rathaus.', lang: 'de' }] },
  { key: 'c:behoerden', fields: [{ field: 'name', text: 'Ämter & Behörden', lang: 'de' }] },
];

const keys = (index: SearchIndex, query: string, synonyms?: SynonymTable, typing = false) =>
  index.search(parseQuery(query, ['de', 'en'], synonyms, { typing })).hits.map((h) => h.key);

describe('SearchIndex', () => {
  const index = SearchIndex.build(DOCS);

  it('finds exact words, prefixes while typing and words with typos', () => {
    expect(keys(index, 'Rathaus')[0]).to.equal('e:buergerbuero');
    expect(keys(index, 'Ausländerbeh', undefined, true)).to.deep.equal(['e:auslaenderbehoerde']);
    expect(keys(index, 'Ausländ', undefined, true)).to.deep.equal(['e:auslaenderbehoerde']);
    expect(keys(index, 'Ausländ')).to.deep.equal([]); // a finished query: no prefix
    expect(keys(index, 'Auslenderbehorde ')).to.deep.equal(['e:auslaenderbehoerde']);
    expect(keys(index, 'Doktr ')).to.deep.equal(['e:arzt']);
    expect(keys(index, 'xyzzy')).to.deep.equal([]);
  });

  it('ranks a document with every word before one with some, and names before long texts', () => {
    expect(keys(index, 'Rathaus Meldebescheinigung')[0]).to.equal('e:buergerbuero');
    const rathaus = index.search(parseQuery('Rathaus', ['de'])).hits;
    expect(rathaus.map((h) => h.key)).to.deep.equal(['e:buergerbuero', 'e:arzt']);
    expect(rathaus[0]!.score).to.be.greaterThan(rathaus[1]!.score * 2);
  });

  it('leaves out stop words, so a whole question works', () => {
    expect(keys(index, 'Wo kann ich meinen Wohnsitz anmelden?')[0]).to.equal('e:buergerbuero');
    expect(keys(index, 'where is the immigration office?')[0]).to.equal('e:auslaenderbehoerde');
  });

  it('finds Arabic words with or without the article', () => {
    expect(keys(index, 'مواطنين')).to.deep.equal(['e:buergerbuero']);
    expect(keys(index, 'المواطنين')).to.deep.equal(['e:buergerbuero']);
  });

  it('expands synonyms from the pack, phrases included', () => {
    const synonyms = new SynonymTable([['ausländerbehörde', 'foreigners office', 'دائرة الأجانب']]);
    expect(keys(index, 'foreigners office', synonyms)[0]).to.equal('e:auslaenderbehoerde');
    expect(keys(index, 'دائرة الأجانب', synonyms)[0]).to.equal('e:auslaenderbehoerde');
  });

  it('survives serialising and loading unchanged', () => {
    const data = index.serialize();
    expect(SearchIndex.canLoad(data)).to.be.true;
    expect(SearchIndex.canLoad('kompass-search/0\n{}')).to.be.false;
    const loaded = SearchIndex.load(data);
    expect(loaded.termCount).to.equal(index.termCount);
    const slots: QuerySlot[] = parseQuery('Burgerburo Aufenth', ['de'], undefined, { typing: true });
    expect(loaded.search(slots)).to.deep.equal(index.search(slots));
    expect(() => SearchIndex.load(data.slice(0, -3))).to.throw();
  });

  it('keeps scores and large document numbers exact through the 15-bit encoding', () => {
    const many: SearchDoc[] = Array.from({ length: 20000 }, (_, i) => ({ key: `e:${i}`, fields: [{ field: 'name', text: i % 9999 === 0 ? 'selten' : `wort${i % 7}`, lang: 'de' }] }));
    const big = SearchIndex.build(many);
    const loaded = SearchIndex.load(big.serialize());
    expect(loaded.search(parseQuery('selten ', ['de'])).hits.map((h) => h.key)).to.deep.equal(['e:0', 'e:9999', 'e:19998']);
  });

  it('walks the vocabulary for typos within the budget, swaps included', () => {
    expect(typoBudget(3)).to.equal(0);
    expect(typoBudget(5)).to.equal(1);
    expect(typoBudget(9)).to.equal(2);
    const found = index.fuzzy('rahtaus', 1).map((f) => index.term(f.term));
    expect(found).to.include('rathaus');
    expect(index.closest('meldebeschienigung')?.term).to.equal('meldebescheinigung');
  });
});
