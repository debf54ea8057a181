import { expect } from '@open-wc/testing';
import { SearchIndex } from '../../../src/reader/search/search-index.js';
import type { SearchDoc } from '../../../src/reader/search/documents.js';
import { parseQuery } from '../../../src/reader/search/query.js';
import { demoSearch, topEntries } from './demo-pack.js';

describe('search: rare words that name the need outweigh common ones', () => {
  it('ranks the doctor on duty above places that only match "child"', async () => {
    const en = await demoSearch('en');
    const top = topEntries(en, 'my child has fever at night', 3);
    // The places about fever or night duty, not the child benefit office or the youth office.
    const duty = ['aerztlicher-bereitschaftsdienst', 'hausarztpraxis-petrowa', 'apotheken-notdienst'];
    expect(top, top.join()).to.have.members(duty);
  });

  it('lets a rare word in a long text beat a common word in names', () => {
    const docs: SearchDoc[] = [
      ...Array.from({ length: 8 }, (_, i): SearchDoc => ({ key: `e:family${i}`, fields: [{ field: 'name', text: `Child and family office ${i}`, lang: 'en' }] })),
      { key: 'e:doctor', fields: [{ field: 'name', text: 'Doctor on duty', lang: 'en' }, { field: 'text', text: 'At night, with fever or pain.', lang: 'en' }] },
    ];
    const index = SearchIndex.build(docs);
    expect(index.search(parseQuery('child fever', ['en'])).hits[0]!.key).to.equal('e:doctor');
  });
});
