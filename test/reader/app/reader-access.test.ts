import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { KompassApp, KompassNavigateEvent } from '../../../src/index.js';
import { deepQueryAll, mountReader, settle, view, viewText } from '../../support/reader.js';

const DEMO_PACK = '/test/fixtures/.packs/demo/manifest.json';

/** The element focused inside nested shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

describe('<kompass-app> for keyboard, screen reader, small screens and right-to-left', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('works with the keyboard alone: Tab to a category, Enter, focus lands on the new heading', async () => {
    const el = await mountReader();
    const first = view(el)!.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    first.focus();
    let steps = 0;
    while (!deepActive()?.textContent?.includes('Offices and authorities') && steps++ < 30) await sendKeys({ press: 'Tab' });
    expect(deepActive()?.textContent).to.contain('Offices and authorities');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(view(el)!.localName).to.equal('kompass-category-view');
    expect(deepActive()?.localName).to.equal('h2');
    expect(deepActive()?.textContent).to.equal('Offices and authorities');
  });

  it('searches from the home view with the keyboard', async () => {
    const el = await mountReader();
    view(el)!.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!.focus();
    await sendKeys({ type: 'Buergerbuero' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(view(el)!.localName).to.equal('kompass-search-view');
    await waitUntil(() => viewText(el).includes("Citizens' Office Centre"), 'no result for the transliterated umlaut');
  });

  it('reflows at 320 px: no horizontal scrolling, touch targets at least 44 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mountReader({ src: DEMO_PACK, lang: 'de' });
    el.navigate('/entry/buergerbuero');
    await settle(el);
    for (const node of [el, view(el)!]) {
      const root = node.shadowRoot!;
      const host = root.host as HTMLElement;
      expect(host.scrollWidth, `${host.localName} overflows`).to.be.at.most(host.clientWidth + 1);
    }
    const targets = [
      ...deepQueryAll<HTMLElement>(el.shadowRoot!, 'header a, header button, header select'),
      ...deepQueryAll<HTMLElement>(view(el)!.shadowRoot!, '.actions button, .contact a'),
    ];
    expect(targets.length).to.be.greaterThan(4);
    for (const t of targets) {
      const r = t.getBoundingClientRect();
      expect(r.height, `${t.outerHTML.slice(0, 60)} height`).to.be.at.least(44);
      expect(r.width, `${t.outerHTML.slice(0, 60)} width`).to.be.at.least(44);
    }
    await expect(el).to.be.accessible();
  });

  it('renders Farsi right to left with Persian texts from the demo pack', async () => {
    const el = await mountReader({ src: DEMO_PACK, lang: 'fa' });
    await waitUntil(() => el.shadowRoot!.querySelector('.frame')?.getAttribute('lang') === 'fa', 'fa not applied');
    const frame = el.shadowRoot!.querySelector('.frame')!;
    expect(frame.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(view(el)!.shadowRoot!.querySelector('h2')!).direction).to.equal('rtl');
    // The header's start is on the right in right-to-left.
    const header = el.shadowRoot!.querySelector('header')!.getBoundingClientRect();
    const brand = el.shadowRoot!.querySelector('.brand')!.getBoundingClientRect();
    expect(header.right - brand.right).to.be.lessThan(brand.left - header.left);
    await waitUntil(() => /[\u0600-\u06FF]/.test(viewText(el)), 'no Persian text');
    await expect(el).to.be.accessible();
  });

  it('offers easy German as a language of its own, with the German interface', async () => {
    const el = await mountReader({ src: DEMO_PACK, lang: 'de-x-simple' });
    await waitUntil(() => el.shadowRoot!.querySelector('.frame')?.getAttribute('lang') === 'de-x-simple', 'easy German not applied');
    expect(viewText(el)).to.contain('Willkommen');
    const options = [...el.shadowRoot!.querySelectorAll('header select option')].map((o) => o.textContent);
    expect(options).to.include('Einfache Sprache');
    expect(options).to.include('العربية');
  });

  it('routes with the hash: deep link opens the entry, the back button returns, host routes stay untouched', async () => {
    history.replaceState(null, '', '#/kompass/entry/buergerbuero');
    const el = await fixture<KompassApp>(html`<kompass-app src="/test/fixtures/.packs/small/manifest.json" lang="en" store-name=${`hash-${Date.now()}`}></kompass-app>`);
    await el.ready();
    await waitUntil(() => view(el)?.localName === 'kompass-entry-view', 'deep link did not open the entry');
    const events: string[] = [];
    el.addEventListener('kompass-navigate', (e) => events.push((e as KompassNavigateEvent).path));
    el.navigate('/guide/ankommen');
    await settle(el);
    expect(location.hash).to.equal('#/kompass/guide/ankommen');
    history.back();
    await waitUntil(() => view(el)?.localName === 'kompass-entry-view', 'back did not return to the entry');
    expect(events).to.deep.equal(['/guide/ankommen', '/entry/buergerbuero']);
    // A host route (not under #/kompass) leaves Kompass where it is.
    location.hash = '#news';
    await new Promise((r) => setTimeout(r, 50));
    expect(view(el)!.localName).to.equal('kompass-entry-view');
  });

  it('lets the host style the views through ::part() on <kompass-app>', async () => {
    const style = document.createElement('style');
    style.textContent = 'kompass-app.parts::part(categories) { outline: 3px solid rgb(255, 0, 0); } kompass-app.parts::part(hours-table) { outline: 2px dashed rgb(0, 0, 255); }';
    document.head.append(style);
    try {
      const el = await mountReader();
      el.classList.add('parts');
      await settle(el);
      const grid = view(el)!.shadowRoot!.querySelector('[part=categories]')!;
      expect(getComputedStyle(grid).outlineColor).to.equal('rgb(255, 0, 0)');
      el.navigate('/entry/buergerbuero');
      await settle(el);
      const table = view(el)!.shadowRoot!.querySelector('kompass-hours')!.shadowRoot!.querySelector('[part=table]')!;
      expect(getComputedStyle(table).outlineColor).to.equal('rgb(0, 0, 255)');
    } finally {
      style.remove();
    }
  });
});
