import { expect } from '@open-wc/testing';
import { dayLabel, filterRange, ruleText, timeRange } from '../../../src/reader/calendar/occurrences.js';
import { useOwnCalendarIfNeeded } from '../../../src/reader/i18n/format.js';
import ti from '../../../locales/ti/kompass.json';
import type { CalendarStrings } from '../../../src/reader/i18n/own-calendar.js';

/** The English strings, enough for the words around the dates. */
const t = (key: string, o: Record<string, unknown> = {}) =>
  ({
    'events:today': 'Today',
    'events:tomorrow': 'Tomorrow',
    'events:allDay': 'All day',
    'events:everyWeek': `Every ${o.days}`,
    'events:everyOtherWeek': `Every other ${o.days}`,
    'events:everyNWeeks': `Every ${o.count} weeks on ${o.days}`,
    'events:monthly1': `First ${o.day} of the month`,
    'events:monthlyLast': `Last ${o.day} of the month`,
    'events:ruleTime': `${o.rule}, ${o.time}`,
  })[key] ?? key;

describe('occurrences in words', () => {
  it('filters: this week to Sunday, next week Monday to Sunday, the rest of the month', () => {
    expect(filterRange('week', '2026-12-01')).to.deep.equal(['2026-12-01', '2026-12-06']);
    expect(filterRange('week', '2026-12-06')).to.deep.equal(['2026-12-06', '2026-12-06'], 'on Sunday, this week is today');
    expect(filterRange('next-week', '2026-12-06')).to.deep.equal(['2026-12-07', '2026-12-13']);
    expect(filterRange('month', '2027-02-10')).to.deep.equal(['2027-02-10', '2027-02-28']);
    expect(filterRange('date', '2026-12-01', '2026-12-24')).to.deep.equal(['2026-12-24', '2026-12-24']);
    expect(filterRange('date', '2026-12-01', 'nonsense')).to.deep.equal(['2026-12-01', '2026-12-01']);
  });

  it('says the rule: weekly on several days, every other week, first and last weekday of the month', () => {
    expect(ruleText(t, 'en', { repeat: { every: 'week', on: ['We', 'Fr'] }, start: '09:30', end: '11:00' })).to.equal('Every Wednesday and Friday, 9:30 AM–11:00 AM');
    expect(ruleText(t, 'de', { repeat: { every: 'week', on: ['Th'], interval: 2 }, start: '16:00' })).to.equal('Every other Donnerstag, 16:00');
    expect(ruleText(t, 'en', { repeat: { every: 'week', on: ['Mo'], interval: 3 } })).to.equal('Every 3 weeks on Monday');
    expect(ruleText(t, 'en', { repeat: { every: 'month', on: [{ week: 1, day: 'Mo' }, { week: -1, day: 'Sa' }] } })).to.equal('First Monday of the month and Last Saturday of the month');
    expect(ruleText(t, 'en', {})).to.equal(undefined);
    expect(timeRange(t, 'en', '2026-12-12')).to.equal('All day');
    expect(timeRange(t, 'de', '2026-12-12T22:00+01:00', '2026-12-13T02:00+01:00')).to.equal('22:00–02:00');
  });

  it('labels days: Today, Tomorrow, a short date — in Kompass\'s own calendar where Intl has none (Tigrinya)', async () => {
    expect(dayLabel(t, 'en', '2026-12-01', '2026-12-01')).to.equal('Today');
    expect(dayLabel(t, 'en', '2026-12-02', '2026-12-01')).to.equal('Tomorrow');
    expect(dayLabel(t, 'en', '2026-12-08', '2026-12-01')).to.equal('Tue, Dec 8');
    await useOwnCalendarIfNeeded('ti', (ti as { calendar: CalendarStrings }).calendar);
    expect(dayLabel(t, 'ti', '2026-12-08', '2026-12-01')).to.equal('ሰሉ, ታሕሳስ 8, 2026');
  });
});
