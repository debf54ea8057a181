import { expect } from '@open-wc/testing';
import { deepQueryAll, follow, mountReader, settle, view, viewText } from '../../../support/reader.js';
import type { KompassApp } from '../../../../src/index.js';

import { DEMO_PACK, TUESDAY_10AM } from '../events-fixtures.js';

/** Day headings and, under each, "title | time" lines. */
function groups(el: KompassApp): [string, string[]][] {
  return [...view(el)!.shadowRoot!.querySelectorAll('section')].map((s) => [
    s.querySelector('h3')!.textContent!.trim(),
    [...s.querySelectorAll('.card')].map((c) => `${c.querySelector('.title')!.textContent!.trim()} | ${c.querySelector('.when')!.textContent!.trim()}`),
  ]);
}

async function choose(el: KompassApp, label: string): Promise<void> {
  const input = [...view(el)!.shadowRoot!.querySelectorAll('label')].find((l) => l.textContent!.includes(label))!.querySelector('input')!;
  input.click();
  await settle(el);
}

describe('events list: day groups and the date filter', () => {
  let el: KompassApp;
  beforeEach(async () => {
    el = await mountReader({ src: DEMO_PACK, now: TUESDAY_10AM });
    el.navigate('/events');
    await settle(el);
  });

  it('groups this week\'s occurrences by day: Today, Tomorrow, then the date', async () => {
    expect(view(el)!.shadowRoot!.querySelector('h2')!.textContent).to.equal('Events');
    expect(groups(el)).to.deep.equal([
      ['Today', ['Tuesday Language Café | 3:00 PM–5:00 PM']],
      ['Tomorrow', ["Parents' café at the family centre | 9:30 AM–11:00 AM"]],
      ['Fri, Dec 4', ["Parents' café at the family centre | 9:30 AM–11:00 AM"]],
    ]);
  });

  it('drops an occurrence once it is over, by the clock', async () => {
    el.now = new Date('2026-12-01T16:30:00Z'); // 17:30: the café is over
    await settle(el);
    expect(groups(el).map(([day]) => day)).to.deep.equal(['Tomorrow', 'Fri, Dec 4']);
  });

  it('shows next week, this month or one picked date', async () => {
    await choose(el, 'Next week');
    expect(groups(el).map(([day, list]) => `${day}: ${list.length}`)).to.deep.equal(['Mon, Dec 7: 1', 'Tue, Dec 8: 1', 'Wed, Dec 9: 2', 'Thu, Dec 10: 1', 'Fri, Dec 11: 1', 'Sat, Dec 12: 1']);
    expect(groups(el)[5]).to.deep.equal(['Sat, Dec 12', ['International Christmas market | All day']]);
    await choose(el, 'This month');
    expect(groups(el).at(-1)![0]).to.equal('Wed, Dec 30', 'to the end of the month (New Year\'s Eve has nothing)');
    expect(groups(el).some(([day]) => day.includes('Dec 22'))).to.equal(false, 'no café in the Christmas break');
    await choose(el, 'Pick a date');
    const date = view(el)!.shadowRoot!.querySelector<HTMLInputElement>('input[type=date]')!;
    date.value = '2026-12-26';
    date.dispatchEvent(new Event('change'));
    await settle(el);
    expect(groups(el)).to.deep.equal([['Sat, Dec 26', ['Story time in many languages | 10:30 AM–11:30 AM']]]);
  });

  it('opens an event from the list', async () => {
    await follow(el, 'Tuesday Language Café');
    expect(view(el)!.localName).to.equal('kompass-event-view');
    expect(viewText(el)).to.include('Every Tuesday, 3:00 PM–5:00 PM');
  });

  it('is accessible', async () => {
    await expect(el).to.be.accessible();
  });

  it('reads right to left in Arabic, with German where the Arabic is missing marked by lang', async () => {
    el = await mountReader({ src: DEMO_PACK, now: TUESDAY_10AM, lang: 'ar' });
    el.navigate('/events?when=next-week');
    await settle(el);
    expect(el.shadowRoot!.querySelector('section.frame')!.getAttribute('dir')).to.equal('rtl');
    const titles = deepQueryAll<HTMLElement>(view(el)!.shadowRoot!, '.title').slice(0, 2);
    // The information evening has no Arabic title: German, marked as such; the café has one.
    expect(titles.map((t) => [t.textContent, t.getAttribute('lang')])).to.deep.equal([['Infoabend Arbeit und Ausbildung', 'de'], ['مقهى اللغة يوم الثلاثاء', 'ar']]);
    await expect(el).to.be.accessible();
  });
});
