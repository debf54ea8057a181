import { expect, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import { deepQueryAll, mountReader, settle, view, viewText } from '../../../support/reader.js';
import { DEMO_PACK, TUESDAY_10AM } from '../events-fixtures.js';
import { eventsOf, type KompassApp, type KompassEventView } from '../../../../src/index.js';

const berlin = (d: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', dateStyle: 'short', timeStyle: 'short' }).format(d);

/** Parses an .ics with ical.js (an independent parser) into its one event. */
function parseIcs(text: string): ICAL.Event {
  const vcalendar = new ICAL.Component(ICAL.parse(text));
  const vevents = vcalendar.getAllSubcomponents('vevent');
  expect(vevents.length).to.equal(1);
  return new ICAL.Event(vevents[0]!);
}

async function open(el: KompassApp, id: string): Promise<KompassEventView> {
  el.navigate(`/event/${id}`);
  await settle(el);
  return view(el) as KompassEventView;
}

describe('event view', () => {
  let el: KompassApp;
  beforeEach(async () => {
    el = await mountReader({ src: DEMO_PACK, now: TUESDAY_10AM });
  });

  it('shows the next date, the rule in words, place, organiser, languages and cost', async () => {
    const v = await open(el, 'sprachcafe-dienstag');
    const text = viewText(el);
    expect(v.shadowRoot!.querySelector('h2')!.textContent).to.equal('Tuesday Language Café');
    expect(v.shadowRoot!.querySelector('.next')!.textContent).to.equal('Next date: Today, December 1, 2026, 3:00 PM–5:00 PM');
    expect(v.shadowRoot!.querySelector('.rule')!.textContent).to.equal('Every Tuesday, 3:00 PM–5:00 PM');
    const links = deepQueryAll<HTMLAnchorElement>(v.shadowRoot!, 'dd a').map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).to.deep.include(['Language Café at the Town Library', '#/kompass/entry/sprachcafe']);
    expect(links.some(([, href]) => href === '#/kompass/entry/begegnungszentrum')).to.equal(true, 'the organiser is linked');
    expect(text).to.include('Marktplatz 2');
    expect(text).to.include('Deutsch, العربية, Українська, فارسی');
    expect(text).to.include('free');
    expect(text).to.include('Further dates');
    expect(text).to.include('December 8, 2026, 3:00 PM–5:00 PM');
    expect(text).not.to.include('December 22, 2026', 'an exception date');
    expect(v.shadowRoot!.querySelector('.fallback-note')).to.equal(null);
  });

  it('says "first Monday of the month", links the registration phone and marks German fallbacks', async () => {
    await open(el, 'infoabend-arbeit');
    const v = view(el)!;
    expect(v.shadowRoot!.querySelector('.rule')!.textContent).to.equal('First Monday of the month, 6:00 PM–7:30 PM');
    expect(v.shadowRoot!.querySelector('.next')!.textContent).to.include('December 7, 2026, 6:00 PM–7:30 PM');
    expect(v.shadowRoot!.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+4912345678300');
    expect(viewText(el)).to.include('Registration is needed.');
    el.setAttribute('lang', 'de');
    await waitUntil(() => view(el)!.shadowRoot!.querySelector('.rule')?.textContent === 'Jeden ersten Montag im Monat, 18:00–19:30', 'no German rule');
    expect(view(el)!.shadowRoot!.querySelector('.next')!.textContent).to.equal('Nächster Termin: 7. Dezember 2026, 18:00–19:30');
    el.setAttribute('lang', 'ar');
    await waitUntil(() => view(el)!.shadowRoot!.querySelector('h2')?.getAttribute('lang') === 'de', 'the Arabic texts did not load');
    await settle(el);
    const title = view(el)!.shadowRoot!.querySelector('h2')!;
    expect(title.getAttribute('lang')).to.equal('de');
    expect(view(el)!.shadowRoot!.querySelector('.fallback-note')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('"Add to calendar" makes an .ics on the device that ical.js reads with the right local time, winter and summer', async () => {
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) => requests.push(...list.getEntries().map((e) => e.name)));
    observer.observe({ type: 'resource', buffered: false });
    const v = await open(el, 'sprachcafe-dienstag');
    v.shadowRoot!.querySelector<HTMLButtonElement>('[part=actions] button')!.click();
    await settle(el);
    const link = v.shadowRoot!.querySelector<HTMLAnchorElement>('a[download]')!;
    expect(link.href.startsWith('blob:')).to.equal(true);
    expect(link.getAttribute('download')).to.equal('sprachcafe-dienstag-2026-12-01.ics');
    const winter = parseIcs(await (await fetch(link.href)).text());
    expect(winter.summary).to.equal('Tuesday Language Café');
    expect(berlin(winter.startDate.toJSDate())).to.equal('01/12/2026, 15:00');
    expect(berlin(winter.endDate.toJSDate())).to.equal('01/12/2026, 17:00');
    expect(winter.location).to.equal('Language Café at the Town Library, Marktplatz 2, 12345 Musterstadt');
    expect(winter.description).to.include('Practise speaking German');
    observer.disconnect();
    expect(requests.filter((r) => !r.startsWith('blob:'))).to.deep.equal([], 'no network request');

    // Summer time: the last café before the summer break, 29 June 2027 15:00 CEST.
    el.now = new Date('2027-06-29T09:00:00Z');
    await settle(el);
    const summerOccurrence = { event: eventsOf(v['app']!.snapshot!).event('sprachcafe-dienstag', 'en')!, start: '2027-06-29T15:00+02:00', end: '2027-06-29T17:00+02:00' };
    expect(v.shadowRoot!.querySelector('.next')!.textContent).to.include('June 29, 2027, 3:00 PM–5:00 PM');
    const summer = parseIcs(v.icsFor(summerOccurrence.event, summerOccurrence));
    expect(berlin(summer.startDate.toJSDate())).to.equal('29/06/2027, 15:00');
    expect(summer.startDate.toJSDate().toISOString()).to.equal('2027-06-29T13:00:00.000Z');
  });

  it('hands the .ics to the share sheet where the device shares files', async () => {
    const shared: ShareData[] = [];
    const nav = navigator as Navigator & { canShare?: unknown; share?: unknown };
    const had = { canShare: Object.getOwnPropertyDescriptor(nav, 'canShare'), share: Object.getOwnPropertyDescriptor(nav, 'share') };
    Object.defineProperty(nav, 'canShare', { configurable: true, value: (d: ShareData) => !!d.files?.length });
    Object.defineProperty(nav, 'share', { configurable: true, value: async (d: ShareData) => void shared.push(d) });
    try {
      const v = await open(el, 'infoabend-arbeit');
      v.shadowRoot!.querySelector<HTMLButtonElement>('[part=actions] button')!.click();
      await settle(el);
      expect(shared.length).to.equal(1);
      const file = shared[0]!.files![0]!;
      expect([file.name, file.type]).to.deep.equal(['infoabend-arbeit-2026-12-07.ics', 'text/calendar']);
      expect(berlin(parseIcs(await file.text()).startDate.toJSDate())).to.equal('07/12/2026, 18:00');
      expect(v.shadowRoot!.querySelector('a[download]')).to.equal(null, 'no download link needed');
    } finally {
      for (const [k, d] of Object.entries(had)) {
        if (d) Object.defineProperty(nav, k, d);
        else delete (nav as unknown as Record<string, unknown>)[k];
      }
    }
  });

  it('writes an all-day occurrence as a date', async () => {
    const v = await open(el, 'internationaler-weihnachtsmarkt');
    expect(v.shadowRoot!.querySelector('.next')!.textContent).to.equal('Next date: December 12, 2026, All day');
    expect(v.shadowRoot!.querySelector('.rule')).to.equal(null, 'one date, no rule');
    const market = eventsOf(v['app']!.snapshot!).event('internationaler-weihnachtsmarkt', 'en')!;
    const ev = parseIcs(v.icsFor(market, { event: market, start: '2026-12-12' }));
    expect(ev.startDate.isDate).to.equal(true);
    expect(ev.startDate.toString()).to.equal('2026-12-12');
    expect(ev.endDate.toString()).to.equal('2026-12-13');
  });

  it('says so when an event has no more dates, and is accessible', async () => {
    el.now = new Date('2026-12-09T16:00:00Z'); // the last workshop ended at 16:30 on 9 December
    const v = await open(el, 'bewerbungstraining');
    expect(v.shadowRoot!.querySelector('.notice')!.textContent).to.equal('This event has no more dates.');
    expect(v.shadowRoot!.querySelector('[part=actions]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('event view: getting there', () => {
  let el: KompassApp;
  beforeEach(async () => {
    el = await mountReader({ src: DEMO_PACK, now: TUESDAY_10AM });
  });

  const anchors = (v: KompassEventView) => [...v.shadowRoot!.querySelectorAll<HTMLAnchorElement>('dl.facts dd a')].map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('target')]);

  it('at an entry: the map at its point with its name, the route there (Android: geo:)', async () => {
    const v = await open(el, 'sprachcafe-dienstag');
    v.platform = 'android';
    await settle(el);
    const geo = 'geo:51.50011,7.45777?q=51.50011,7.45777(Language%20Caf%C3%A9%20at%20the%20Town%20Library)';
    expect(anchors(v)).to.deep.include.members([
      ['Map', geo, null],
      ['Directions', geo, null],
    ]);
  });

  it('with an address of its own: Apple Maps searches the address, the event\'s getting-there text is shown', async () => {
    const v = await open(el, 'internationaler-weihnachtsmarkt');
    v.platform = 'ios';
    await settle(el);
    expect(anchors(v)).to.deep.include.members([
      ['Map', 'https://maps.apple.com/?address=Marktplatz%2C%2012345%20Musterstadt', '_blank'],
      ['Directions', 'https://maps.apple.com/?daddr=Marktplatz%2C%2012345%20Musterstadt&dirflg=r', '_blank'],
    ]);
    const p = v.shadowRoot!.querySelector('.getting-there p')!;
    expect([p.textContent, p.getAttribute('lang')]).to.deep.equal(['Bus 12 or 15 to “Rathaus”. The market square is closed to cars that day.', 'en']);
    await expect(el).to.be.accessible();
  });
});
