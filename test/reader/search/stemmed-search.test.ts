import { expect } from '@open-wc/testing';
import { SearchIndex } from '../../../src/reader/search/search-index.js';
import type { SearchDoc } from '../../../src/reader/search/documents.js';
import { parseQuery, queryWords } from '../../../src/reader/search/query.js';
import { stemmersOf } from '../../../src/reader/search/stemmer.js';
import { tokenize } from '../../../src/reader/search/normalize.js';
import { demoSearch, topEntries } from './demo-pack.js';

describe('search: other forms of a word, through its stem', () => {
  const docs: SearchDoc[] = [
    { key: 'e:beratung', fields: [{ field: 'name', text: 'Anerkennung ausländischer Abschlüsse', lang: 'de' }] },
    { key: 'e:arzt', fields: [{ field: 'name', text: 'Kinderarzt', lang: 'de' }, { field: 'summary', text: 'Врачи говорят по-русски', lang: 'ru' }] },
    { key: 'e:is', fields: [{ field: 'name', text: 'İş ve meslek', lang: 'tr' }] },
    { key: 'e:doktor', fields: [{ field: 'name', text: 'Aile doktoru', lang: 'tr' }] },
  ];

  async function search(query: string, lang: string): Promise<string[]> {
    const stemmers = await stemmersOf(['de', 'ru', 'tr']);
    const index = SearchIndex.build(docs, stemmers);
    const slots = parseQuery(query, [lang, 'de']);
    const st = stemmers.get(lang)!;
    for (const t of queryWords(slots)) t.stems = [st(t.token)];
    return index.search(slots).hits.map((h) => h.key);
  }

  it('a German verb finds the noun, a plural the singular, a Turkish suffix the word', async () => {
    expect(await search('anerkennen', 'de')).to.deep.equal(['e:beratung']);
    expect(await search('Abschluss', 'de')).to.deep.equal(['e:beratung']);
    expect(await search('врач', 'ru')).to.deep.equal(['e:arzt']);
    expect(await search('işler', 'tr')).to.deep.equal(['e:is']);
    expect(await search('doktorlarımız', 'tr')).to.deep.equal(['e:doktor']);
  });

  it('without stemmers a form too far for typo tolerance finds nothing (what the stems add)', () => {
    const index = SearchIndex.build(docs);
    expect(index.search(parseQuery('doktorlarımız', ['tr'])).hits).to.deep.equal([]);
  });

  it('in the demo pack, through the engine: a Ukrainian plural and a German inflection', async () => {
    expect(topEntries(await demoSearch('de'), 'Integrationskursen')).to.include('vhs-integrationskurse');
    const uk = await demoSearch('uk');
    expect(tokenize('лікарі')).to.have.length(1);
    expect(topEntries(uk, 'лікарі').length, 'doctors in Ukrainian find a practice').to.be.greaterThan(0);
  });
});
