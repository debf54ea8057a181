import { expect, waitUntil } from '@open-wc/testing';
import { deepQueryAll, mountReader, settle, view, viewText } from '../../../support/reader.js';
import { DEMO_PACK, TUESDAY_10AM } from '../events-fixtures.js';
import type { KompassApp, KompassEntryView } from '../../../../src/index.js';
import type { MapPlatform } from '../../../../src/reader/ui/map-links.js';

async function open(el: KompassApp, id: string, platform?: MapPlatform): Promise<KompassEntryView> {
  el.navigate(`/entry/${id}`);
  await settle(el);
  const v = view(el) as KompassEntryView;
  if (platform) {
    v.platform = platform;
    await settle(el);
  }
  return v;
}

/** The map button and the route link: [href, target]. */
function mapAnchors(v: KompassEntryView): { open: [string | null, string | null]; route: [string | null, string | null] } {
  const open = [...v.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.contact a')].find((a) => a.textContent!.includes('Map'))!;
  const route = v.shadowRoot!.querySelector<HTMLAnchorElement>('.getting-there a')!;
  return { open: [open.getAttribute('href'), open.getAttribute('target')], route: [route.getAttribute('href'), route.getAttribute('target')] };
}

/** The texts of the "Events here" cards, in order. */
const eventsHere = (v: KompassEntryView): string[] =>
  [...(v.shadowRoot!.querySelector('kompass-entry-events')?.shadowRoot?.querySelectorAll('.card') ?? [])].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());

describe('entry view: getting there', () => {
  let el: KompassApp;
  beforeEach(async () => {
    el = await mountReader({ src: DEMO_PACK, now: TUESDAY_10AM });
  });

  it('opens the phone\'s map app on Android, Apple Maps on iOS and OpenStreetMap elsewhere', async () => {
    const name = encodeURIComponent("Citizens' Office (Bürgerbüro) at the Town Hall").replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    let v = await open(el, 'buergerbuero', 'android');
    expect(mapAnchors(v)).to.deep.equal({
      open: [`geo:51.50052,7.45911?q=51.50052,7.45911(${name})`, null],
      route: [`geo:51.50052,7.45911?q=51.50052,7.45911(${name})`, null],
    });
    v.platform = 'ios';
    await settle(el);
    expect(mapAnchors(v)).to.deep.equal({
      open: [`https://maps.apple.com/?ll=51.50052,7.45911&q=${name}`, '_blank'],
      route: ['https://maps.apple.com/?daddr=51.50052,7.45911&dirflg=r', '_blank'],
    });
    v = await open(el, 'buergerbuero', 'other');
    expect(mapAnchors(v)).to.deep.equal({
      open: ['https://www.openstreetmap.org/?mlat=51.50052&mlon=7.45911#map=18/51.50052/7.45911', '_blank'],
      route: ['https://www.openstreetmap.org/directions?route=%3B51.50052%2C7.45911', '_blank'],
    });
    expect(v.shadowRoot!.querySelector('.getting-there a')!.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('shows the getting-there text under the address, with the route link', async () => {
    const v = await open(el, 'buergerbuero', 'other');
    const dts = [...v.shadowRoot!.querySelectorAll('dl.facts dt')].map((d) => d.textContent);
    expect(dts.slice(0, 2)).to.deep.equal(['Address', 'Getting there']);
    const dd = v.shadowRoot!.querySelector('.getting-there')!;
    expect(dd.querySelector('p')!.textContent).to.equal('Bus 12 or 15 to “Rathaus”, then 50 metres across the square. Bike racks at the entrance.');
    expect(dd.querySelector('p')!.getAttribute('lang')).to.equal('en');
    expect(dd.querySelector('a')!.textContent).to.equal('Directions');
    await expect(el).to.be.accessible();
  });

  it('an entry without the text still has the route link; a missing translation shows German, marked', async () => {
    let v = await open(el, 'begegnungszentrum', 'other');
    expect(v.shadowRoot!.querySelector('.getting-there p')).to.equal(null);
    expect(v.shadowRoot!.querySelector('.getting-there a')!.getAttribute('href')).to.equal('https://www.openstreetmap.org/directions?route=%3B51.49655%2C7.45322');
    v = await open(el, 'jobcenter');
    const p = v.shadowRoot!.querySelector('.getting-there p')!;
    expect(p.textContent).to.equal('3 Minuten zu Fuß vom Hauptbahnhof, Ausgang Bahnhofstraße.');
    expect(p.getAttribute('lang')).to.equal('de');
    expect(v.shadowRoot!.querySelector('.fallback-note')).to.not.equal(null);
  });

  it('renders right to left in Arabic, the text and its label in Arabic', async () => {
    el.setAttribute('lang', 'ar');
    await waitUntil(() => el.shadowRoot!.querySelector('.frame')?.getAttribute('dir') === 'rtl', 'ar not applied');
    const v = await open(el, 'buergerbuero', 'android');
    await waitUntil(() => v.shadowRoot!.querySelector('.getting-there p')?.getAttribute('lang') === 'ar', 'no Arabic text');
    await settle(el);
    const dd = v.shadowRoot!.querySelector('.getting-there')!;
    expect(getComputedStyle(dd).direction).to.equal('rtl');
    expect(dd.querySelector('p')!.textContent).to.include('الحافلة');
    expect(dd.querySelector('bdi[dir=ltr]')!.textContent).to.equal('12', 'the bus number is isolated');
    expect(dd.previousElementSibling!.textContent).to.equal('طريق الوصول');
    await expect(el).to.be.accessible();
  });
});

describe('entry view: events here', () => {
  it('lists the next occurrences of the events at the entry or run by it, earliest first, at most five', async () => {
    const el = await mountReader({ src: DEMO_PACK, now: TUESDAY_10AM });
    const v = await open(el, 'begegnungszentrum');
    const cards = eventsHere(v);
    expect(cards).to.deep.equal([
      'Tuesday Language Café Today, 3:00 PM–5:00 PM',
      'Tuesday Language Café Tue, Dec 8, 3:00 PM–5:00 PM',
      'Open bike repair workshop Thu, Dec 10, 4:00 PM–6:30 PM',
      'International Christmas market Sat, Dec 12, All day',
      'Tuesday Language Café Tue, Dec 15, 3:00 PM–5:00 PM',
    ]);
    const links = deepQueryAll<HTMLAnchorElement>(v.shadowRoot!.querySelector('kompass-entry-events')!.shadowRoot!, 'a').map((a) => a.getAttribute('href'));
    expect(links[0]).to.equal('#/kompass/event/sprachcafe-dienstag');
    expect(v.shadowRoot!.querySelector('kompass-entry-events')!.shadowRoot!.querySelector('h3')!.textContent).to.equal('Events here');
    await expect(el).to.be.accessible();
  });

  it('an occurrence disappears once the clock passes its end', async () => {
    const el = await mountReader({ src: DEMO_PACK, now: TUESDAY_10AM });
    let v = await open(el, 'sprachcafe');
    expect(eventsHere(v)[0]).to.equal('Tuesday Language Café Today, 3:00 PM–5:00 PM');
    el.now = new Date('2026-12-01T16:00:00Z'); // 17:00 in Berlin: the café is over
    await settle(el);
    v = view(el) as KompassEntryView;
    await settle(el);
    expect(eventsHere(v)[0]).to.equal('Tuesday Language Café Tue, Dec 8, 3:00 PM–5:00 PM');
  });

  it('shows no section for an entry without events', async () => {
    const el = await mountReader({ src: DEMO_PACK, now: TUESDAY_10AM });
    await open(el, 'buergerbuero');
    expect(viewText(el)).not.to.include('Events here');
  });
});
