import { expect } from '@open-wc/testing';
import { SearchIndex } from '../../../src/reader/search/search-index.js';
import type { SearchDoc } from '../../../src/reader/search/documents.js';
import { parseQuery, queryWords } from '../../../src/reader/search/query.js';
import { demoSearch } from './demo-pack.js';

const words = (query: string, langs: string[]) => queryWords(parseQuery(query, langs)).map((t) => t.token);

describe('search: stop words of the reader language and German only', () => {
  it('finds work for "iş arıyorum" in Turkish (the English "is" is not a Turkish stop word)', async () => {
    const tr = await demoSearch('tr');
    const hits = tr.search('iş arıyorum', { kinds: ['entry'], limit: 5 }).hits;
    expect(hits.map((h) => h.id)).to.include.members(['agentur-fuer-arbeit', 'jobcenter']);
    expect(hits[0]!.complete).to.be.true;
  });

  it('leaves out the function words of a French, Spanish, Italian, Polish question', () => {
    expect(words('où est la mairie ?', ['fr', 'de'])).to.deep.equal(['mairie']);
    expect(words('¿dónde está el ayuntamiento?', ['es', 'de'])).to.deep.equal(['ayuntamiento']);
    expect(words('dove posso trovare un medico', ['it', 'de'])).to.deep.equal(['medico']);
    expect(words('gdzie jest lekarz', ['pl', 'de'])).to.deep.equal(['lekarz']);
    // German stop words for every reader; another language's only for its readers.
    expect(words('wo ist die mairie', ['fr', 'de'])).to.deep.equal(['mairie']);
    expect(words('où est la mairie', ['tr', 'de'])).to.include('la');
  });

  it('does not search for "la" in "où est la mairie"', () => {
    const docs: SearchDoc[] = [
      { key: 'e:pizzeria', fields: [{ field: 'name', text: 'Pizzeria La Strada', lang: 'de' }] },
      { key: 'e:rathaus', fields: [{ field: 'name', text: 'Rathaus', lang: 'de' }, { field: 'name', text: 'Mairie', lang: 'fr' }] },
    ];
    const index = SearchIndex.build(docs);
    expect(index.search(parseQuery('où est la mairie', ['fr', 'de'])).hits.map((h) => h.key)).to.deep.equal(['e:rathaus']);
  });
});
