/**
 * Dates and weekdays from Kompass's own strings (the `calendar` block of a locale file), for
 * UI languages the browser's `Intl` has no data for. A chunk of its own: `format.ts` loads it
 * only when such a language loads, so readers in other languages never download it.
 */

/** The `calendar` block of a locale file: comma-separated names, Monday first, and a date pattern. */
export interface CalendarStrings {
  months: string;
  weekdays: string;
  weekdaysShort: string;
  date: string;
}

export interface OwnCalendar {
  /** 0 = Monday … 6 = Sunday. */
  weekday(index: number, width: 'long' | 'short'): string;
  date(year: number | string, month: number, day: number | string): string;
  dateTime(date: Date, timeZone?: string): string;
}

const list = (names: string) => names.split(',').map((n) => n.trim());

export function ownCalendar(strings: CalendarStrings): OwnCalendar {
  const months = list(strings.months);
  const names = { long: list(strings.weekdays), short: list(strings.weekdaysShort) };
  const date = (year: number | string, month: number, day: number | string) =>
    strings.date.replace(/\{\{(\w+)\}\}/g, (_, k: string) => `${k === 'month' ? months[month - 1] : k === 'day' ? day : year}`);
  return {
    weekday: (index, width) => names[width][index] ?? '',
    date,
    dateTime(when, timeZone) {
      // Swedish writes "2027-01-01 00:30:00": the wall-clock fields in the time zone, in digits.
      const [y = '', m, d = '', h, min] = when.toLocaleString('sv', { timeZone }).split(/\D/);
      return `${date(y, Number(m), Number(d))} ${h}:${min}`;
    },
  };
}
