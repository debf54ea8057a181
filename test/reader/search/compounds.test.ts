import { expect } from '@open-wc/testing';
import { SearchIndex } from '../../../src/reader/search/search-index.js';
import type { SearchDoc } from '../../../src/reader/search/documents.js';
import { parseQuery } from '../../../src/reader/search/query.js';
import { demoSearch, topEntries } from './demo-pack.js';

describe('search: German compounds, both ways', () => {
  const docs: SearchDoc[] = [
    { key: 'e:schuldner', fields: [{ field: 'name', text: 'Schuldnerberatung der Caritas', lang: 'de' }, { field: 'summary', text: 'Hilfe für Schuldner', lang: 'de' }] },
    { key: 'e:beratung', fields: [{ field: 'name', text: 'Beratung für Familien', lang: 'de' }] },
    { key: 'e:tus', fields: [{ field: 'name', text: 'TuS Musterstadt', lang: 'de' }, { field: 'summary', text: 'Fußball Verein für alle', lang: 'de' }] },
    { key: 'e:other', fields: [{ field: 'name', text: 'Verbraucherzentrale', lang: 'de' }] },
  ];
  const index = SearchIndex.build(docs);
  const keys = (q: string) => index.search(parseQuery(q, ['de'])).hits.map((h) => h.key);

  it('a head alone finds its compounds (both parts words of the index), below the texts with the word itself', () => {
    expect(keys('Beratung')).to.deep.equal(['e:beratung', 'e:schuldner']);
    expect(index.compounds.withHead('beratung').map((t) => index.term(t))).to.deep.equal(['schuldnerberatung']);
  });

  it('a word ending like a head is no compound of it ("Verbraucherzentrale" has no head "ale")', () => {
    expect(index.compounds.withHead('ale')).to.deep.equal([]);
    expect(index.compounds.parts('beratung')).to.equal(undefined);
  });

  it('a compound written as one word finds it written apart, through the engine', async () => {
    expect(index.compounds.parts('fussballverein')).to.deep.equal(['fussball', 'verein']);
    const de = await demoSearch('de');
    expect(topEntries(de, 'Fußballverein')).to.include('tus-musterstadt');
    expect(topEntries(de, 'Beratung').length).to.equal(5);
  });
});

describe('search: German names in other scripts, words of other languages in Latin letters', () => {
  it('finds the place by its consonants, whatever the letters', async () => {
    const cases: [string, string, string][] = [
      ['ru', 'бюргербюро', 'buergerbuero'],
      ['ar', 'شتاندزامت', 'standesamt'],
      ['uk', 'шпаркассе', 'sparkasse'],
    ];
    for (const [lang, query, id] of cases) expect(topEntries(await demoSearch(lang), query), `${lang} ${query}`).to.include(id);
  });
});
