import { expect } from '@open-wc/testing';
import { $, $$, text, type, until } from '../helpers.js';
import { choose } from './setup.js';
import { goTo, openByName, pick, seededEditor } from './content-setup.js';

describe('<kompass-editor> events', function () {
  this.timeout(30_000);
  const ctx = seededEditor();
  const nextDates = () => $$(ctx.app(), '.next-dates li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

  it('lists the events, focus on the heading (accessible)', async () => {
    const app = ctx.app();
    await goTo(app, 'Veranstaltungen');
    expect(app.shadowRoot!.activeElement?.id).to.equal('list-heading');
    expect($$(app, '.items .item-name').map((n) => n.textContent)).to.deep.equal(['Sprachcafé', 'Infoabend']);
    await expect(app).to.be.accessible();
  });

  it('shows the next dates of a weekly event without its exception, and follows the edits', async () => {
    const app = ctx.app(); // today: Friday, 4 December 2026
    await goTo(app, 'Veranstaltungen');
    await openByName(app, 'Sprachcafé');
    await until(app, () => nextDates().length > 0, 'the next dates');
    expect($<HTMLSelectElement>(app, '#f-time-mode')!.value).to.equal('week');
    expect($<HTMLInputElement>(app, '#f-time-day-Tu')!.checked).to.equal(true);
    expect($(app, '#f-time-day-Tu')!.closest('label')!.textContent!.trim()).to.equal('Dienstag');
    // 15 December is left out.
    expect(nextDates()).to.deep.equal(['Di., 08.12.2026, 15:00–17:00', 'Di., 22.12.2026, 15:00–17:00', 'Di., 29.12.2026, 15:00–17:00', 'Di., 05.01.2027, 15:00–17:00', 'Di., 12.01.2027, 15:00–17:00']);
    // Every 2nd week, counted from the week of the first day (3 November).
    await choose(app, $<HTMLSelectElement>(app, '#f-time-interval')!, '2');
    expect(nextDates()).to.deep.equal(['Di., 29.12.2026, 15:00–17:00', 'Di., 12.01.2027, 15:00–17:00', 'Di., 26.01.2027, 15:00–17:00', 'Di., 09.02.2027, 15:00–17:00', 'Di., 23.02.2027, 15:00–17:00']);
    // Thursdays too.
    const thu = $<HTMLInputElement>(app, '#f-time-day-Th')!;
    thu.checked = true;
    thu.dispatchEvent(new Event('change'));
    await app.updateComplete;
    expect(nextDates()[0]).to.equal('Do., 17.12.2026, 15:00–17:00');
    await until(app, () => text(app).includes('1 unveröffentlichte Änderung'), 'one change');
    await goTo(app, 'Unveröffentlichte Änderungen');
    expect(text(app)).to.contain('Sprachcafé').and.contain('Wann: Wie oft').and.contain('Wann: Tage');
  });

  it('shows the next dates of a monthly event (first Monday) without its exception', async () => {
    const app = ctx.app();
    await goTo(app, 'Veranstaltungen');
    await openByName(app, 'Infoabend');
    await until(app, () => nextDates().length > 0, 'the next dates');
    expect($<HTMLSelectElement>(app, '#f-time-mode')!.value).to.equal('month');
    expect($<HTMLSelectElement>(app, '#f-time-week-0')!.selectedOptions[0]!.textContent).to.equal('ersten');
    expect($<HTMLSelectElement>(app, '#f-time-day-0')!.selectedOptions[0]!.textContent).to.equal('Montag');
    // 4 January is left out.
    expect(nextDates()).to.deep.equal(['Mo., 07.12.2026, 18:00', 'Mo., 01.02.2027, 18:00', 'Mo., 01.03.2027, 18:00', 'Mo., 05.04.2027, 18:00', 'Mo., 03.05.2027, 18:00']);
    // The last Friday instead; a second exception on 29 January.
    await choose(app, $<HTMLSelectElement>(app, '#f-time-week-0')!, '-1');
    await choose(app, $<HTMLSelectElement>(app, '#f-time-day-0')!, 'Fr');
    $$<HTMLButtonElement>(app, 'button').find((b) => b.textContent === 'Ausfalltag hinzufügen')!.click();
    await app.updateComplete;
    await type(app, '#f-time_except_1_', '2027-01-29');
    expect(nextDates()).to.deep.equal(['Fr., 25.12.2026, 18:00', 'Fr., 26.02.2027, 18:00', 'Fr., 26.03.2027, 18:00', 'Fr., 30.04.2027, 18:00', 'Fr., 28.05.2027, 18:00']);
    // And with public holidays left out, Christmas Day goes.
    $<HTMLInputElement>(app, '#f-time_skipHolidays')!.click();
    await app.updateComplete;
    expect(nextDates()[0]).to.equal('Fr., 26.02.2027, 18:00');
  });

  it('a new event on single dates, at a place chosen by name', async () => {
    const app = ctx.app();
    await goTo(app, 'Veranstaltungen');
    $$<HTMLButtonElement>(app, 'button').find((b) => b.textContent === 'Neue Veranstaltung')!.click();
    await until(app, () => app.shadowRoot!.activeElement?.id === 'f-title-de', 'the new event opens in its title');
    await type(app, '#f-title-de', 'Elterncafé');
    expect($<HTMLSelectElement>(app, '#f-time-mode')!.value).to.equal('dates');
    await type(app, '#f-time_dates_0_', '2026-12-10');
    await type(app, '#f-time_start', '10:00');
    await until(app, () => nextDates().length > 0, 'the next dates');
    expect(nextDates()).to.deep.equal(['Do., 10.12.2026, 10:00']);
    await pick(app, '#f-place', 'Migrationsberatung');
    const draft = (app as unknown as { draft: { events: { id: string; place?: string; time: unknown }[] } }).draft.events.at(-1)!;
    expect(draft.place).to.equal('migrationsberatung');
    expect(draft.time).to.deep.equal({ dates: ['2026-12-10'], start: '10:00' });
    await expect(app).to.be.accessible();
  });
});
