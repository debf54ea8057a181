import { expect } from '@open-wc/testing';
import { deepQueryAll, mountReader, settle, view, viewText } from '../../../support/reader.js';
import { DEMO_PACK, TUESDAY_10AM } from '../events-fixtures.js';
import type { KompassApp } from '../../../../src/index.js';
import type { KompassSearchView } from '../../../../src/reader/views/kompass-search-view/kompass-search-view.js';

/** Monday 28 December 2026, 10:00 in Berlin: the Bürgerbüro (Mo 08:00–12:00) is closed by a notice from 24.12. to 2.1. */
const CLOSED_MONDAY = new Date('2026-12-28T09:00:00Z');

const notices = (root: ShadowRoot) => deepQueryAll<HTMLElement>(root, '[part=notice]').map((n) => [n.className, n.textContent!.replace(/\s+/g, ' ').trim()]);

async function hoursStatus(el: KompassApp): Promise<[string, string]> {
  const hours = view(el)!.shadowRoot!.querySelector('kompass-hours')!;
  await (hours as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return [hours.shadowRoot!.querySelector('[part=status]')!.textContent!.trim(), hours.shadowRoot!.querySelector('.condition')?.textContent?.trim() ?? ''];
}

describe('notices and "this week" in the reader', () => {
  it('home: town-wide notices (urgent first, severity in words) and this week\'s next three events', async () => {
    const el = await mountReader({ src: DEMO_PACK, now: TUESDAY_10AM });
    const home = view(el)!.shadowRoot!;
    expect(notices(home)).to.deep.equal([
      ['urgent', 'Urgent: Strike: no town buses on Thursday, 3 December.'],
      ['info', "Notice: You can now book appointments at the citizens' office online."],
    ]);
    const week = home.querySelector('kompass-this-week')!.shadowRoot!;
    expect(week.querySelector('h3')!.textContent).to.equal('This week');
    expect([...week.querySelectorAll('.card')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Tuesday Language Café Today, 3:00 PM–5:00 PM',
      "Parents' café at the family centre Tomorrow, 9:30 AM–11:00 AM",
      "Parents' café at the family centre Fri, Dec 4, 9:30 AM–11:00 AM",
    ]);
    expect(week.querySelector('a[href="#/kompass/events"]')!.textContent).to.equal('All events');
    await expect(el).to.be.accessible();
  });

  it('home: the strike notice is gone after its last day, by the clock alone (no sync)', async () => {
    const el = await mountReader({ src: DEMO_PACK, now: TUESDAY_10AM });
    el.now = new Date('2026-12-03T23:00:00Z'); // Friday 00:00 in Berlin
    await settle(el);
    expect(notices(view(el)!.shadowRoot!).map(([severity]) => severity)).to.deep.equal(['info']);
  });

  it('entry: its notice is shown and "open now" says closed, with the notice\'s text, for the notice\'s dates', async () => {
    const el = await mountReader({ src: DEMO_PACK, now: new Date('2026-12-21T09:00:00Z') }); // the Monday before
    el.navigate('/entry/buergerbuero');
    await settle(el);
    expect((await hoursStatus(el))[0]).to.equal('Open now · closes at 12:00 PM');
    expect(notices(view(el)!.shadowRoot!)).to.deep.equal([]);

    el.now = CLOSED_MONDAY;
    await settle(el);
    const [status, why] = await hoursStatus(el);
    expect(status).to.equal('Closed · opens Monday at 8:00 AM'); // Monday 4 January
    expect(why).to.equal("The citizens' office is closed from 24 December to 2 January. Urgent matters: registry office, phone 1234 5678-50.");
    expect(notices(view(el)!.shadowRoot!)).to.deep.equal([['warning', `Important: ${why}`]]);
    const table = view(el)!.shadowRoot!.querySelector('kompass-hours')!.shadowRoot!.querySelector('tr.today')!;
    expect(table.textContent).to.include('closed');
    await expect(el).to.be.accessible();
  });

  it('lists: a badge on entries with a notice, and the closed entry is not "open now"', async () => {
    const el = await mountReader({ src: DEMO_PACK, now: CLOSED_MONDAY });
    el.navigate('/category/behoerden');
    await settle(el);
    const list = view(el)!.shadowRoot!.querySelector('kompass-entry-list')!.shadowRoot!;
    const card = [...list.querySelectorAll('.card')].find((c) => c.getAttribute('href')!.endsWith('/buergerbuero'))!;
    const badge = card.querySelector('kompass-notice-list')!;
    await (badge as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(badge.shadowRoot!.textContent!.trim()).to.equal('Notice');
    const hours = card.querySelector('kompass-hours')!;
    expect(hours.shadowRoot!.querySelector('[part=status]')!.textContent!.trim()).to.equal('Closed · opens Monday at 8:00 AM');

    el.navigate('/open-now');
    await settle(el);
    expect(viewText(el)).not.to.include('Citizens');
    await expect(el).to.be.accessible();
  });

  it('search results: the same badge and the closed status', async () => {
    const el = await mountReader({ src: DEMO_PACK, now: CLOSED_MONDAY });
    el.navigate('/search?q=B%C3%BCrgerb%C3%BCro');
    await settle(el);
    const v = view(el) as KompassSearchView;
    await v.searchReady();
    await settle(el);
    const card = [...v.shadowRoot!.querySelectorAll('[part=results] .card')].find((c) => c.getAttribute('href')!.endsWith('/buergerbuero'))!;
    const badge = card.querySelector('kompass-notice-list')!;
    await (badge as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(badge.shadowRoot!.textContent!.trim()).to.equal('Notice');
    expect(card.querySelector('kompass-hours')!.shadowRoot!.querySelector('[part=status]')!.textContent!.trim()).to.equal('Closed · opens Monday at 8:00 AM');
  });

  it('right to left: Arabic notices on home', async () => {
    const el = await mountReader({ src: DEMO_PACK, now: TUESDAY_10AM, lang: 'ar' });
    const home = view(el)!.shadowRoot!;
    const list = home.querySelector('kompass-notice-list')!;
    expect(getComputedStyle(list.shadowRoot!.querySelector('li')!).direction).to.equal('rtl');
    expect(notices(home)[0]![1]).to.include('إضراب');
    expect(deepQueryAll(home, '[part=notice] [lang]').map((n) => n.getAttribute('lang'))).to.deep.equal(['ar', 'ar']);
    await expect(el).to.be.accessible();
  });
});
