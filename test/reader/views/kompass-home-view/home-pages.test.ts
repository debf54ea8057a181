import { expect } from '@open-wc/testing';
import type { KompassApp } from '../../../../src/index.js';
import { mountReader, settle, view } from '../../../support/reader.js';

const DEMO_PACK = '/test/fixtures/.packs/demo/manifest.json';

const topics = (el: KompassApp) => [...view(el)!.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part=pages] a')];

describe('<kompass-home-view> information topics', () => {
  it('lists the first-level pages in the editor\'s order, each with an icon, as links to the page', async () => {
    const el = await mountReader({ src: DEMO_PACK });
    const h = [...view(el)!.shadowRoot!.querySelectorAll('h3')].map((x) => x.textContent);
    expect(h).to.include('Good to know');
    expect(topics(el).map((a) => a.textContent!.trim())).to.deep.equal(['Arriving in Musterstadt', 'Housing', 'Work', 'Health', 'Children & school', 'Learning German', 'Residence', 'Money']);
    expect(topics(el).every((a) => a.querySelector('svg.icon'))).to.equal(true);
    await expect(el).to.be.accessible();
    topics(el)[3]!.click();
    await settle(el);
    expect(view(el)!.localName).to.equal('kompass-page-view');
    expect(view(el)!.shadowRoot!.querySelector('h2')!.textContent).to.equal('Health');
  });

  it('shows a topic in the default language, marked with lang, where it is not translated', async () => {
    const el = await mountReader({ src: DEMO_PACK, lang: 'ru' });
    // The demo's "Aufenthalt" has no Russian title (a deliberate gap).
    expect(topics(el).map((a) => a.querySelector('.title')!.getAttribute('lang'))).to.deep.equal(['ru', 'ru', 'ru', 'ru', 'ru', 'ru', 'de', 'ru']);
    expect(topics(el)[6]!.textContent!.trim()).to.equal('Aufenthalt');
    expect(topics(el)[7]!.textContent!.trim()).to.equal('Деньги');
  });

  it('has no topics section for a pack without pages', async () => {
    const el = await mountReader();
    expect(view(el)!.shadowRoot!.querySelector('[part=pages]')).to.equal(null);
    expect(view(el)!.shadowRoot!.textContent).not.to.contain('Good to know');
  });
});
