import { expect } from '@open-wc/testing';
import { deepQueryAll, mountReader, settle, view } from '../../support/reader.js';
import type { KompassApp } from '../../../src/index.js';

const DEMO_PACK = '/test/fixtures/.packs/demo/manifest.json';

async function open(el: KompassApp, path: string): Promise<ShadowRoot> {
  el.navigate(path);
  await settle(el);
  return view(el)!.shadowRoot!;
}

/** Where `part` of a text node's text is drawn. */
function rectOf(root: Element, part: string): DOMRect {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(part);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + part.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${part}" not found in ${root.textContent}`);
}

describe('fallback runs and bidi order in Arabic', () => {
  it('an entry says once that some of it is in Deutsch, and every German run is its own ltr, isolated run', async () => {
    const el = await mountReader({ src: DEMO_PACK, lang: 'ar' });
    const root = await open(el, '/entry/jugendamt');
    const notes = root.querySelectorAll('.fallback-note');
    expect(notes.length, 'one note per view').to.equal(1);
    const name = notes[0]!.querySelector('bdi')!;
    expect([name.textContent, name.getAttribute('lang'), name.getAttribute('dir')]).to.deep.equal(['Deutsch', 'de', 'ltr']);
    const description = root.querySelector<HTMLElement>('.description')!;
    expect(description.getAttribute('lang')).to.equal('de');
    expect(description.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(description).unicodeBidi).to.equal('isolate');
    expect(root.querySelector('h2')!.hasAttribute('dir'), 'the Arabic name inherits rtl').to.equal(false);
  });

  it('a German phone label and its number keep their order: label on the right, number ltr on the left', async () => {
    const el = await mountReader({ src: DEMO_PACK, lang: 'ar' });
    const root = await open(el, '/entry/jugendamt');
    const link = [...root.querySelectorAll('a[href^="tel:"]')].find((a) => a.textContent!.includes('Zentrale'))!;
    const [label, number] = [...link.querySelectorAll('bdi')];
    expect([label!.getAttribute('lang'), label!.getAttribute('dir'), label!.textContent]).to.deep.equal(['de', 'ltr', 'Zentrale']);
    expect([number!.getAttribute('dir'), number!.textContent]).to.deep.equal(['ltr', '+49 1234 5678-50']);
    expect(label!.getBoundingClientRect().left, 'rtl: the label comes first, on the right').to.be.greaterThan(number!.getBoundingClientRect().left);
    // "-50" stays at the end of the number, not at its start.
    expect(rectOf(number!, '-50').left).to.be.greaterThan(rectOf(number!, '+49').left);
  });

  it('a list of languages is in Arabic reading order, each name isolated with its own lang and dir', async () => {
    const el = await mountReader({ src: DEMO_PACK, lang: 'ar' });
    const root = await open(el, '/entry/jugendamt');
    const dd = [...root.querySelectorAll('dl.facts dd')].find((d) => d.querySelector('bdi[lang=tr]'))!;
    const names = [...dd.querySelectorAll('bdi')];
    expect(names.map((n) => n.getAttribute('lang'))).to.deep.equal(['de', 'en', 'tr']);
    expect(names.map((n) => n.getAttribute('dir'))).to.deep.equal(['ltr', 'ltr', 'ltr']);
    expect(dd.textContent).to.match(/Deutsch،? .*English.* و ?Türkçe|Deutsch، English، Türkçe/);
    const [de, en, tr] = names.map((n) => n.getBoundingClientRect().left);
    expect(de, 'Deutsch rightmost').to.be.greaterThan(en!);
    expect(en).to.be.greaterThan(tr!);
  });

  it('a range of rooms in an Arabic address reads 104–112, not 112–104', async () => {
    const el = await mountReader({ src: DEMO_PACK, lang: 'ar' });
    const root = await open(el, '/entry/auslaenderbehoerde');
    const address = root.querySelector('address')!;
    const range = [...address.querySelectorAll('bdi[dir=ltr]')].find((b) => b.textContent === '104–112');
    expect(range, address.innerHTML).to.exist;
    expect(rectOf(range!, '104').left).to.be.lessThan(rectOf(range!, '112').left);
  });

  it('a list marks just the items in another language, and the view says so once', async () => {
    const el = await mountReader({ lang: 'ar' });
    const root = await open(el, '/category/beratung');
    expect(root.querySelectorAll('.fallback-note').length).to.equal(1);
    const items = deepQueryAll<HTMLElement>(root, '.cards li');
    const marked = items.filter((li) => li.querySelector('.lang-mark'));
    expect(marked.length, 'only the item with a German summary').to.equal(1);
    const mark = marked[0]!.querySelector('.lang-mark')!;
    expect([mark.getAttribute('lang'), mark.getAttribute('dir'), mark.textContent]).to.deep.equal(['de', 'ltr', 'Deutsch']);
    const summary = marked[0]!.querySelector('.summary')!;
    expect([summary.getAttribute('lang'), summary.getAttribute('dir')]).to.deep.equal(['de', 'ltr']);
    expect(deepQueryAll(root, '.fallback-note').length, 'the list adds no note of its own').to.equal(1);
  });

  it('in a right-to-left language the town has no content in, home says so once and marks each item', async () => {
    const el = await mountReader({ lang: 'ps' });
    const root = view(el)!.shadowRoot!;
    expect(root.querySelectorAll('.fallback-note').length).to.equal(1);
    const cards = [...root.querySelectorAll('[part=categories] .card')];
    expect(cards.length).to.be.greaterThan(0);
    for (const card of cards) {
      expect(card.querySelector('.title > span[lang=de]')!.getAttribute('dir')).to.equal('ltr');
      expect(card.querySelector('.lang-mark')!.textContent).to.equal('Deutsch');
    }
    const heading = root.querySelector('h2 bdi')!;
    expect(heading.getAttribute('lang'), 'the town\'s name in the heading is its own run').to.equal('de');
  });
});
