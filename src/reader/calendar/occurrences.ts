/**
 * Occurrences as the reader shows them: day groups, date ranges for the filter, times and
 * the rule in words. The pack writes each timed occurrence in the municipality's wall-clock
 * time with its offset (`2026-12-08T15:00+01:00`), so the local date and time are the
 * string's own digits — no time-zone arithmetic here.
 */
import type { BaseEvent } from '../../pack/types.js';
import { addDays, weekdayOf } from '../hours/evaluate.js';
import { formatDate, formatMinutes, intlLang, weekdayName } from '../i18n/format.js';

type T = (key: string, options?: Record<string, unknown>) => string;

export type EventsFilter = 'week' | 'next-week' | 'month' | 'date';
export const EVENTS_FILTERS: readonly EventsFilter[] = ['week', 'next-week', 'month', 'date'];

/** The local date (`YYYY-MM-DD`) an occurrence starts on. */
export const occurrenceDate = (start: string): string => start.slice(0, 10);

const minutesOf = (iso: string): number => Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16));

/** The first and last local day the filter covers, `today` included. */
export function filterRange(filter: EventsFilter, today: string, picked?: string): [string, string] {
  const sunday = addDays(today, 6 - weekdayOf(today));
  switch (filter) {
    case 'week':
      return [today, sunday];
    case 'next-week':
      return [addDays(sunday, 1), addDays(sunday, 7)];
    case 'month': {
      const [y, m] = today.split('-').map(Number) as [number, number];
      return [today, new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)];
    }
    case 'date':
      return picked && /^\d{4}-\d{2}-\d{2}$/.test(picked) ? [picked, picked] : [today, today];
  }
}

/** "Today", "Tomorrow", else e.g. "Tue 8 Dec" in the reader's language. */
export function dayLabel(t: T, lang: string, date: string, today: string): string {
  if (date === today) return t('events:today');
  if (date === addDays(today, 1)) return t('events:tomorrow');
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const intl = new Intl.DateTimeFormat(intlLang(lang), { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' });
  // Where Kompass brings its own calendar strings (Intl lacks the language), use those instead.
  const weekday = weekdayName(lang, weekdayOf(date), 'short');
  if (weekday !== new Intl.DateTimeFormat(intlLang(lang), { timeZone: 'UTC', weekday: 'short' }).format(Date.UTC(y, m - 1, d))) {
    return `${weekday}, ${formatDate(lang, date)}`;
  }
  return intl.format(Date.UTC(y, m - 1, d));
}

/** "15:00–17:00", "18:00", or "All day". */
export function timeRange(t: T, lang: string, start: string, end?: string): string {
  if (!start.includes('T')) return t('events:allDay');
  const from = formatMinutes(lang, minutesOf(start));
  return end?.includes('T') ? `${from}–${formatMinutes(lang, minutesOf(end))}` : from;
}

const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const list = (lang: string, items: string[]): string =>
  new Intl.ListFormat(intlLang(lang), { type: 'conjunction' }).format(items);

/** The rule in words: "Every Tuesday, 15:00–17:00", "First Monday of the month, 18:00"; undefined for plain dates. */
export function ruleText(t: T, lang: string, event: Pick<BaseEvent, 'repeat' | 'start' | 'end'>): string | undefined {
  const r = event.repeat;
  if (!r) return undefined;
  const day = (d: string) => weekdayName(lang, Math.max(0, DAYS.indexOf(d)));
  let rule: string;
  if (r.every === 'week') {
    const days = list(lang, r.on.map(day));
    const interval = r.interval ?? 1;
    rule = interval === 1 ? t('events:everyWeek', { days }) : interval === 2 ? t('events:everyOtherWeek', { days }) : t('events:everyNWeeks', { days, count: interval });
  } else {
    rule = list(lang, r.on.map((o) => t(o.week === -1 ? 'events:monthlyLast' : `events:monthly${o.week}`, { day: day(o.day) })));
  }
  if (!event.start) return rule;
  const [h = 0, m = 0] = event.start.split(':').map(Number);
  const [eh, em] = event.end?.split(':').map(Number) ?? [];
  const time = formatMinutes(lang, h * 60 + m) + (eh !== undefined ? `–${formatMinutes(lang, eh * 60 + (em ?? 0))}` : '');
  return t('events:ruleTime', { rule, time });
}
