import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { KompassLanguageChangeEvent, KompassNavigateEvent } from '../../../src/index.js';
import { deepQueryAll, follow, mountReader, settle, view, viewText } from '../../support/reader.js';

describe('<kompass-app> reading a real pack', () => {
  it('shows the home view: greeting, guides, categories with counts, search and open now', async () => {
    const el = await mountReader();
    const home = view(el)!;
    expect(home.localName).to.equal('kompass-home-view');
    const text = viewText(el);
    expect(text).to.contain('Welcome to Musterstadt');
    expect(text).to.contain('First steps in Musterstadt');
    expect(text).to.contain('Offices and authorities');
    expect(text).to.contain('3 places'); // behoerden: its own entry and the two in its sub-category aufenthalt
    expect(home.shadowRoot!.querySelector('input[type=search]')).to.exist;
    expect(text).to.contain('Open now');
    await expect(el).to.be.accessible();
  });

  it('walks home → category → entry, with focus on each new heading and a navigate event', async () => {
    const el = await mountReader();
    const navigated = oneEvent(el, 'kompass-navigate');
    await follow(el, 'Offices and authorities');
    expect(((await navigated) as unknown as KompassNavigateEvent).path).to.equal('/category/behoerden');
    expect(view(el)!.localName).to.equal('kompass-category-view');
    expect(viewText(el)).to.contain("Citizens' Office Centre");
    expect(viewText(el)).to.contain('Immigration Office');
    const heading = view(el)!.shadowRoot!.querySelector('h2')!;
    expect(view(el)!.shadowRoot!.activeElement).to.equal(heading);
    await expect(el).to.be.accessible();

    await follow(el, "Citizens' Office Centre");
    expect(view(el)!.localName).to.equal('kompass-entry-view');
    const text = viewText(el);
    expect(text).to.contain('Registering your address');
    expect(text).to.contain('Open now · closes at 12:00 PM');
    expect(text).to.contain('Marktplatz 1');
    expect(text).to.contain('Ground floor, room 12');
    expect(text).to.contain('An appointment is needed.');
    expect(text).to.contain('What to bring'); // rendered from the compiled Markdown
    await expect(el).to.be.accessible();
  });

  it('links an entry to phone, e-mail, maps and the editors, and opens the report form', async () => {
    const el = await mountReader();
    el.navigate('/entry/buergerbuero');
    await settle(el);
    const links = deepQueryAll<HTMLAnchorElement>(view(el)!.shadowRoot!, 'a').map((a) => a.getAttribute('href'));
    expect(links).to.include('tel:+49221123456');
    expect(links).to.include('mailto:buergerbuero@musterstadt.example');
    expect(links).to.include('https://www.openstreetmap.org/directions?route=%3B50.9375%2C6.9603'); // headless Linux: OpenStreetMap
    expect(links.some((h) => h?.startsWith('https://www.openstreetmap.org/?mlat=50.9375'))).to.equal(true);
    // "Report a mistake" opens the report form inline (test/reader/views/kompass-report-form).
    const report = deepQueryAll<HTMLButtonElement>(view(el)!.shadowRoot!, 'button').find((b) => b.textContent?.includes('Report a mistake'))!;
    report.click();
    await settle(el);
    expect(report.getAttribute('aria-expanded')).to.equal('true');
    expect(view(el)!.shadowRoot!.querySelector('kompass-report-form')).to.not.equal(null);
  });

  it('shows the opening hours as a week table with today highlighted', async () => {
    const el = await mountReader();
    el.navigate('/entry/buergerbuero');
    await settle(el);
    const hours = view(el)!.shadowRoot!.querySelector('kompass-hours')!;
    const rows = [...hours.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(7);
    const today = hours.shadowRoot!.querySelector('tr[aria-current=date]')!;
    expect(today.querySelector('th')!.textContent).to.equal('Wednesday');
    expect(rows[1]!.textContent).to.contain('2:00 PM'); // Tuesday afternoon
    expect(rows[6]!.textContent).to.contain('closed'); // Sunday
  });

  it('keeps guide progress on the device across a reload', async () => {
    const first = await mountReader();
    const storeName = first.storeName!;
    first.navigate('/guide/ankommen');
    await settle(first);
    expect(viewText(first)).to.contain('0 of 2 steps done');
    expect(viewText(first)).to.contain('Passport');
    const box = view(first)!.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    box.click();
    await settle(first);
    expect(viewText(first)).to.contain('1 of 2 steps done');
    await expect(first).to.be.accessible();
    await new Promise((r) => setTimeout(r, 100)); // the write to IndexedDB
    first.remove();

    const { fixture, html } = await import('@open-wc/testing');
    const second = await fixture<typeof first>(html`<kompass-app src="/test/fixtures/.packs/small/manifest.json" lang="en" routing="memory" store-name=${storeName}></kompass-app>`);
    await second.ready();
    second.navigate('/guide/ankommen');
    await settle(second);
    expect(viewText(second)).to.contain('1 of 2 steps done');
    expect(view(second)!.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).to.equal(true);
  });

  it('switches to Arabic: right-to-left, Arabic texts, German fallbacks marked with their language', async () => {
    const el = await mountReader();
    const changed = oneEvent(el, 'kompass-language-change');
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('header select')!;
    select.value = 'ar';
    select.dispatchEvent(new Event('change'));
    const event = (await changed) as unknown as KompassLanguageChangeEvent;
    expect(event.lang).to.equal('ar');
    expect(event.dir).to.equal('rtl');
    // Arabic texts are not on the device yet: German shows first, then Arabic once downloaded.
    await waitUntil(() => viewText(el).includes('الخطوات الأولى في موسترشتات'), 'Arabic texts did not arrive', { timeout: 5000 });
    const frame = el.shadowRoot!.querySelector('.frame')!;
    expect(frame.getAttribute('dir')).to.equal('rtl');
    expect(frame.getAttribute('lang')).to.equal('ar');
    expect(viewText(el)).to.contain('الخطوات الأولى في موسترشتات');
    el.navigate('/entry/buergerbuero');
    await settle(el);
    const root = view(el)!.shadowRoot!;
    expect(root.querySelector('h2')!.getAttribute('lang')).to.equal('ar');
    // No Arabic description: it falls back to German, marked as such.
    expect(root.querySelector('.description')!.getAttribute('lang')).to.equal('de');
    expect(root.querySelector('.fallback-note')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('goes back with the back button in memory routing', async () => {
    const el = await mountReader();
    await follow(el, 'Offices and authorities');
    await follow(el, 'Immigration Office');
    el.shadowRoot!.querySelector<HTMLButtonElement>('header button')!.click();
    await settle(el);
    expect(view(el)!.localName).to.equal('kompass-category-view');
    el.shadowRoot!.querySelector<HTMLButtonElement>('header button')!.click();
    await settle(el);
    expect(view(el)!.localName).to.equal('kompass-home-view');
  });

  it('lists what is open now and filters a category', async () => {
    const el = await mountReader();
    await follow(el, 'Open now');
    const list = view(el)!.shadowRoot!.querySelector('kompass-entry-list')!;
    await (list as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const names = [...list.shadowRoot!.querySelectorAll('.title')].map((n) => n.textContent);
    expect(names, JSON.stringify(names)).to.include("Citizens' Office Centre"); // Mo-Fr 08-12, Wednesday 10:00
    expect(names).not.to.include('Immigration Office'); // Mo, Tu, Th only
    await expect(el).to.be.accessible();
  });

  it('shows settings with languages on the device, storage and the imprint', async () => {
    const el = await mountReader();
    el.shadowRoot!.querySelector<HTMLAnchorElement>('header a[href$="/settings"]')!.click();
    await settle(el);
    const text = viewText(el);
    expect(text).to.contain('Languages on this device');
    expect(text).to.contain('English');
    expect(text).to.contain('العربية');
    expect(text).to.contain('Imprint');
    await expect(el).to.be.accessible();
  });
});
