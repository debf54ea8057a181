import { expect } from '@open-wc/testing';
import { SearchIndex } from '../../../src/reader/search/search-index.js';
import type { SearchDoc } from '../../../src/reader/search/documents.js';
import { parseQuery } from '../../../src/reader/search/query.js';
import { demoSearch, topEntries } from './demo-pack.js';

describe('search: close forms of a word that is in the index', () => {
  it('finds "refugee" places for "refugees", though "refugees" is in some text', async () => {
    const en = await demoSearch('en');
    const top = topEntries(en, 'refugees');
    expect(top).to.include('fluechtlingsberatung');
    expect(top).to.include('jugendmigrationsdienst');
  });

  it('keeps the places with the word as typed before those with a close form', () => {
    const docs: SearchDoc[] = [
      { key: 'e:variant', fields: [{ field: 'name', text: 'Refugee Council', lang: 'en' }] },
      { key: 'e:exact', fields: [{ field: 'name', text: 'Refugees welcome', lang: 'en' }] },
      { key: 'e:other', fields: [{ field: 'name', text: 'Food bank', lang: 'en' }] },
    ];
    const index = SearchIndex.build(docs);
    const hits = index.search(parseQuery('refugees', ['en'])).hits;
    expect(hits.map((h) => h.key)).to.deep.equal(['e:exact', 'e:variant']);
    expect(hits[0]!.score).to.be.greaterThan(hits[1]!.score * 1.5);
  });
});
