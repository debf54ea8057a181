import { expect } from '@open-wc/testing';
import { SearchIndex } from '../../../src/reader/search/search-index.js';
import type { SearchDoc } from '../../../src/reader/search/documents.js';
import { demoSearch, topEntries } from './demo-pack.js';

describe('search: typos in the first letter', () => {
  it('finds the place when the first letter is wrong, extra, missing or swapped', async () => {
    const de = await demoSearch('de');
    expect(topEntries(de, 'Vürgerbüro')[0]).to.equal('buergerbuero'); // substituted
    expect(topEntries(de, 'hobcenter')[0]).to.equal('jobcenter'); // substituted (phone keyboard neighbour)
    expect(topEntries(de, 'obcenter')[0]).to.equal('jobcenter'); // missing
    expect(topEntries(de, 'ojbcenter')[0]).to.equal('jobcenter'); // swapped
    expect(topEntries(de, 'üInsolvenzberatung')[0]).to.equal('schuldnerberatung'); // extra
  });

  it('works in other scripts too', async () => {
    const ru = await demoSearch('ru');
    // "Джобцентр" with its first letter wrong.
    expect(topEntries(ru, 'Ежобцентр')).to.include('jobcenter');
    const ar = await demoSearch('ar');
    // "كيندرغيلد" (Kindergeld) with its first letter left out, and wrong.
    expect(topEntries(ar, 'يندرغيلد')[0]).to.equal('familienkasse');
    expect(topEntries(ar, 'سيندرغيلد')[0]).to.equal('familienkasse');
  });

  it('keeps short words to typos after the first letter (too many neighbours otherwise)', () => {
    const docs: SearchDoc[] = [
      { key: 'e:maus', fields: [{ field: 'name', text: 'Maus', lang: 'de' }] },
      { key: 'e:rathaus', fields: [{ field: 'name', text: 'Rathaus', lang: 'de' }] },
    ];
    const index = SearchIndex.build(docs);
    const terms = (w: string) => index.fuzzy(w, 1, { firstLetter: true }).map((f) => index.term(f.term));
    expect(terms('haus')).to.deep.equal([]);
    expect(terms('lathaus')).to.deep.equal(['rathaus']);
    expect(index.fuzzy('lathaus', 1).map((f) => index.term(f.term))).to.deep.equal([]);
  });
});
