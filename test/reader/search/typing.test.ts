import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { parseQuery, queryWords } from '../../../src/reader/search/query.js';
import type { KompassSearchView } from '../../../src/reader/views/kompass-search-view/kompass-search-view.js';
import { mountReader, settle, view } from '../../support/reader.js';
import { demoSearch, topEntries } from './demo-pack.js';

const prefixes = (query: string, typing?: boolean) =>
  queryWords(parseQuery(query, ['en'], undefined, typing === undefined ? {} : { typing }))
    .filter((t) => t.prefix)
    .map((t) => t.token);

describe('search: the last word is a prefix only while the reader is typing', () => {
  it('treats the last word as a prefix only while typing and before a space', () => {
    expect(prefixes('landlord wants me ou')).to.deep.equal([]);
    expect(prefixes('landlord wants me ou', false)).to.deep.equal([]);
    expect(prefixes('landlord wants me ou', true)).to.deep.equal(['ou']);
    expect(prefixes('landlord wants me ou ', true)).to.deep.equal([]);
  });

  it('does not find the out-of-hours doctor for "landlord wants me out"', async () => {
    const en = await demoSearch('en');
    const finished = topEntries(en, 'landlord wants me out', 10);
    expect(finished[0]).to.equal('mieterverein');
    expect(finished).to.not.include('aerztlicher-bereitschaftsdienst');
  });

  it('in the search view: live results find words the input starts, Enter searches the words as typed', async () => {
    const el = await mountReader({ lang: 'en' });
    el.navigate('/search');
    await settle(el);
    const v = view(el) as KompassSearchView;
    await v.searchReady();
    const root = v.shadowRoot!;
    const titles = () => [...root.querySelectorAll('[part=results] .title')].map((t) => t.textContent?.trim());
    root.querySelector<HTMLInputElement>('input[type=search]')!.focus();
    await sendKeys({ type: 'Aufen' });
    await waitUntil(() => titles().includes('Immigration Office'), 'no live result for a prefix');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !titles().includes('Immigration Office'), 'the finished query still used the prefix');
  });
});
