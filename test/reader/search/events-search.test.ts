import { expect } from '@open-wc/testing';
import type { KompassApp } from '../../../src/index.js';
import type { KompassSearchView } from '../../../src/reader/views/kompass-search-view/kompass-search-view.js';
import { mountReader, settle, view } from '../../support/reader.js';

const DEMO_PACK = '/test/fixtures/.packs/demo/manifest.json';

async function search(el: KompassApp, query: string): Promise<KompassSearchView> {
  el.navigate(`/search?q=${encodeURIComponent(query)}`);
  await settle(el);
  const v = view(el) as KompassSearchView;
  await v.searchReady();
  await settle(el);
  return v;
}
const cards = (v: HTMLElement) => [...v.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part=results] a.card')];
const hrefs = (v: HTMLElement) => cards(v).map((a) => a.getAttribute('href'));

describe('searching events and addresses', () => {
  it('finds a weekly event by a word of its German title while the reader reads English, with its next date', async () => {
    // Wednesday 4 November 2026: the next Tuesday language café is on 10 November.
    const el = await mountReader({ src: DEMO_PACK, lang: 'en', now: new Date('2026-11-04T09:00:00Z') });
    const v = await search(el, 'Sprachcafé');
    const card = cards(v).find((a) => a.getAttribute('href') === '#/kompass/event/sprachcafe-dienstag');
    expect(card, hrefs(v).join(', ')).to.exist;
    expect(card!.textContent!.replace(/\s+/g, ' ')).to.contain('Tuesday Language Café');
    expect(card!.querySelector('.kind')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Event · Tue, Nov 10, 3:00\sPM–5:00\sPM$/);
    await expect(v).to.be.accessible();
    card!.click();
    await settle(el);
    expect(view(el)!.localName).to.equal('kompass-event-view');
  });

  it('finds an event by the name of the place it is held at', async () => {
    const el = await mountReader({ src: DEMO_PACK, lang: 'de' });
    const v = await search(el, 'Begegnungszentrum');
    expect(hrefs(v).some((h) => h!.startsWith('#/kompass/event/'))).to.equal(true);
  });

  it('no longer finds an event once its last date is over, by the device clock', async () => {
    const el = await mountReader({ src: DEMO_PACK, lang: 'en', now: new Date('2027-07-14T12:00:00Z') });
    const v = await search(el, 'Sprachcafé');
    expect(hrefs(v)).not.to.include('#/kompass/event/sprachcafe-dienstag');
    // The café itself (an entry) is still there.
    expect(hrefs(v)).to.include('#/kompass/entry/sprachcafe');
  });

  it('leaves events out while "open now" is ticked, which only places can be', async () => {
    const el = await mountReader({ src: DEMO_PACK, lang: 'en' });
    const v = await search(el, 'Sprachcafé');
    const box = v.shadowRoot!.querySelector<HTMLInputElement>('[part=filters] input[type=checkbox]')!;
    box.click();
    await settle(el);
    expect(hrefs(v).filter((h) => h!.startsWith('#/kompass/event/'))).to.deep.equal([]);
  });

  it('finds a place by its street', async () => {
    const el = await mountReader({ src: DEMO_PACK, lang: 'en' });
    const v = await search(el, 'Kreisstraße');
    expect(hrefs(v)).to.include('#/kompass/entry/auslaenderbehoerde');
  });
});
