/**
 * Reader-side evaluation of `CompiledHours` (browser code, no dependencies): is a place open
 * now, until when, and when does it open next. Everything works in the wall-clock time of
 * the municipality's time zone, read with `Intl.DateTimeFormat`, so DST changes need no
 * special case: an interval `01:00–04:00` is open whenever the local clock shows those times.
 */
import type { CompiledHours, HoursMeaning, Interval } from '../../pack/types.js';

export interface HoursStatus {
  /** `appointment`: at this time only by appointment ("nur mit Termin", "nach Vereinbarung") — neither open nor closed. */
  state: 'open' | 'closed' | 'appointment' | 'unknown';
  /** Open with no closing time given (`18:00+`): "open from 18:00". */
  openEnd?: boolean;
  /** When the current opening ends (local wall-clock; `minutes` may be 1440 = midnight at the end of `date`). */
  closesAt?: { minutes: number; date: string };
  /** The next opening, at most 14 days ahead. `weekday`: 0 = Monday. */
  opensAt?: { minutes: number; date: string; weekday: number };
  /** Condition of the current (when open) or next (when closed) interval, e.g. "nur mit Termin". */
  comment?: string;
}

export interface WeekTableDay {
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  intervals: Interval[];
  /** The day differs from the regular week (e.g. a public holiday). */
  exception: boolean;
}

export interface LocalDateTime {
  date: string;
  /** Minutes after local midnight. */
  minutes: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Weekday of a `YYYY-MM-DD` date, 0 = Monday. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** `YYYY-MM-DD` plus `days` days (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** The wall-clock date, time and weekday of an instant in a time zone. */
export function localDateTime(now: Date, timeZone: string): LocalDateTime {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(now)) parts[p.type] = p.value;
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const hour = Number(parts.hour) % 24;
  return { date, minutes: hour * 60 + Number(parts.minute), weekday: weekdayOf(date) };
}

/** The local date (`YYYY-MM-DD`) of an instant in a time zone. */
export function localDate(now: Date, timeZone: string): string {
  return localDateTime(now, timeZone).date;
}

/** The intervals of one local date: its exception if there is one, else the regular week. */
export function intervalsOn(hours: CompiledHours, date: string): Interval[] {
  if (hours.alwaysOpen) return [[0, 1440]];
  return hours.exceptions[date] ?? hours.week[weekdayOf(date)] ?? [];
}

const commentOf = (hours: CompiledHours, interval: Interval): string | undefined =>
  interval[2] !== undefined && hours.comments?.[interval[2]] ? hours.comments[interval[2]] : undefined;

/** What an interval's comment means for the state (see `CompiledHours.meanings`). */
export const meaningOf = (hours: CompiledHours, interval: Interval): HoursMeaning | null =>
  interval[2] !== undefined ? (hours.meanings?.[interval[2]] ?? null) : null;

const MAX_DAYS = 14;

/** Whether a place is open at `now`, until when, or when it opens next. */
export function evaluateHours(hours: CompiledHours, now: Date, timeZone: string): HoursStatus {
  if (hours.alwaysOpen) return { state: 'open' };
  if (hours.byAppointment) return { state: 'appointment' };
  if (!Array.isArray(hours.week) || hours.week.length !== 7) return { state: 'unknown' };
  const { date, minutes } = localDateTime(now, timeZone);
  const today = intervalsOn(hours, date);
  const current = today.find((i) => i[0] <= minutes && minutes < i[1]);
  if (current) {
    const meaning = meaningOf(hours, current);
    const status: HoursStatus = { state: meaning === 'appointment' ? 'appointment' : 'open' };
    const comment = commentOf(hours, current);
    if (comment !== undefined) status.comment = comment;
    if (meaning === 'open-end') {
      status.openEnd = true;
      return status;
    }
    // Follow the opening across midnight while the next day continues it seamlessly.
    let end = current;
    let endDate = date;
    for (let d = 1; d <= MAX_DAYS && end[1] >= 1440; d++) {
      const nextDate = addDays(date, d);
      const next = intervalsOn(hours, nextDate).find((i) => i[0] === 0 && i[2] === current[2]);
      if (!next) break;
      end = next;
      endDate = nextDate;
    }
    if (end[1] >= 1440 && endDate !== date && endDate === addDays(date, MAX_DAYS)) return status; // open for weeks on end
    status.closesAt = { minutes: end[1], date: endDate };
    return status;
  }
  for (let d = 0; d <= MAX_DAYS; d++) {
    const day = addDays(date, d);
    const next = intervalsOn(hours, day)
      .filter((i) => d > 0 || i[0] > minutes)
      .sort((a, b) => a[0] - b[0])[0];
    if (next) {
      const status: HoursStatus = { state: 'closed', opensAt: { minutes: next[0], date: day, weekday: weekdayOf(day) } };
      const comment = commentOf(hours, next);
      if (comment !== undefined) status.comment = comment;
      return status;
    }
  }
  return { state: 'closed' };
}

/** The seven days of the week containing `today` (Monday first), exceptions applied. */
export function weekTable(hours: CompiledHours, today: string): WeekTableDay[] {
  const monday = addDays(today, -weekdayOf(today));
  const days: WeekTableDay[] = [];
  for (let i = 0; i < 7; i++) {
    const date = addDays(monday, i);
    days.push({
      date,
      weekday: i,
      intervals: intervalsOn(hours, date),
      exception: !hours.alwaysOpen && hours.exceptions[date] !== undefined,
    });
  }
  return days;
}
