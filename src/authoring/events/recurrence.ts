/**
 * Event times as editors write them — one date, several dates, or a rule ("every Tuesday
 * 15:00–17:00", "first Monday of the month") with a start, an end and exception dates —
 * compiled at build time into the concrete occurrences of a window, so the reader needs no
 * recurrence engine. Each occurrence is an ISO 8601 local time with the municipality's UTC
 * offset of that day (`2026-12-08T15:00+01:00`): the reader compares it with its clock as it
 * is, and an `.ics` file can state it in UTC, across DST changes without a time-zone table.
 *
 * Browser-safe (the editor previews with it); public holidays come from `hours-compile.ts`.
 */
import { publicHolidays } from '../hours/hours-compile.js';
import { problem, type Coded } from '../problem-messages.js';
import { WEEKDAYS, type Weekday } from './weekdays.js';

export { WEEKDAYS, type Weekday };

/** The nth weekday of a month: 1–4 from the start, -1 the last. */
export type MonthWeek = 1 | 2 | 3 | 4 | -1;

export type Repeat =
  /** Every `interval`th week (default 1) on these weekdays. */
  | { every: 'week'; on: Weekday[]; interval?: number }
  /** Every month on these weekdays of the month: `[{ week: 1, day: 'Mo' }]` is the first Monday. */
  | { every: 'month'; on: { week: MonthWeek; day: Weekday }[] };

export interface EventTime {
  /** One or several dates, `YYYY-MM-DD`. */
  dates?: string[];
  /** A rule; its first possible day is `from`, its last `until`. */
  repeat?: Repeat;
  from?: string;
  until?: string;
  /** Local wall-clock times, `HH:MM`; without `start` the event lasts all day. */
  start?: string;
  end?: string;
  /** Dates on which the event does not take place. */
  except?: string[];
  /** Leave out the state's public holidays. */
  skipHolidays?: boolean;
}

/** `[start, end]` as ISO 8601 with offset (`2026-12-08T15:00+01:00`), or dates alone for all-day events. */
export type Occurrence = [start: string, end?: string];

export interface OccurrenceOptions {
  /** The municipality's time zone (IANA), e.g. `Europe/Berlin`. */
  timeZone: string;
  /** German state code for public holidays, e.g. `NW`. */
  state: string;
  /** First day of the window (the build date), `YYYY-MM-DD`. */
  windowFrom: string;
  /** Length of the window in months (default 12). */
  months?: number;
}

export const EVENT_WINDOW_MONTHS = 12;
/** More occurrences than this in one window is a mistake (a daily event is 366). */
export const MAX_OCCURRENCES = 400;

const DAY = 86_400_000;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const toDate = (s: string): Date => new Date(`${s}T00:00:00Z`);
const iso = (d: Date): string => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const minutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};

/** The problems of an event's time (code, params, English message), each with the field it is about. */
export function checkEventTime(time: EventTime): ({ field: string } & Coded)[] {
  const out: ({ field: string } & Coded)[] = [];
  const date = /^\d{4}-\d{2}-\d{2}$/;
  const clock = /^([01]\d|2[0-3]):[0-5]\d$/;
  const validDate = (s: unknown) => typeof s === 'string' && date.test(s) && iso(toDate(s)) === s;
  if (!time.dates?.length && !time.repeat) out.push({ field: 'time', ...problem('event.noDate') });
  if (time.dates?.length && time.repeat) out.push({ field: 'time', ...problem('event.datesAndRepeat') });
  time.dates?.forEach((d, i) => validDate(d) || out.push({ field: `time.dates[${i}]`, ...problem('date.invalid', { value: String(d) }) }));
  time.except?.forEach((d, i) => validDate(d) || out.push({ field: `time.except[${i}]`, ...problem('date.invalid', { value: String(d) }) }));
  for (const k of ['from', 'until'] as const) {
    if (time[k] !== undefined && !validDate(time[k])) out.push({ field: `time.${k}`, ...problem('date.invalid', { value: String(time[k]) }) });
  }
  if (time.repeat && !time.from) out.push({ field: 'time.from', ...problem('event.repeatNeedsFrom') });
  if (time.from && time.until && validDate(time.from) && validDate(time.until) && time.until < time.from) {
    out.push({ field: 'time.until', ...problem('dates.untilBeforeFrom', { until: time.until, from: time.from }) });
  }
  for (const k of ['start', 'end'] as const) {
    if (time[k] !== undefined && !clock.test(String(time[k]))) out.push({ field: `time.${k}`, ...problem('time.invalid', { value: String(time[k]) }) });
  }
  if (time.end !== undefined && time.start === undefined) out.push({ field: 'time.start', ...problem('event.endWithoutStart') });
  const r = time.repeat;
  if (r?.every === 'week') {
    if (!r.on?.length) out.push({ field: 'time.repeat.on', ...problem('event.weekdaysMissing', { weekdays: [...WEEKDAYS] }) });
    r.on?.forEach((d, i) => (WEEKDAYS as readonly string[]).includes(d) || out.push({ field: `time.repeat.on[${i}]`, ...problem('weekday.invalid', { value: String(d), weekdays: [...WEEKDAYS] }) }));
    if (r.interval !== undefined && !(Number.isInteger(r.interval) && r.interval >= 1 && r.interval <= 8)) {
      out.push({ field: 'time.repeat.interval', ...problem('event.interval') });
    }
  } else if (r?.every === 'month') {
    if (!r.on?.length) out.push({ field: 'time.repeat.on', ...problem('event.monthWeekdaysMissing') });
    r.on?.forEach((o, i) => {
      if (![1, 2, 3, 4, -1].includes(o?.week)) out.push({ field: `time.repeat.on[${i}].week`, ...problem('event.weekOfMonth') });
      if (!(WEEKDAYS as readonly string[]).includes(o?.day)) out.push({ field: `time.repeat.on[${i}].day`, ...problem('weekday.invalid', { value: String(o?.day), weekdays: [...WEEKDAYS] }) });
    });
  } else if (r) {
    out.push({ field: 'time.repeat.every', ...problem('event.every') });
  }
  return out;
}

/** One formatter per time zone: making one costs far more than formatting with it (a pack has thousands of occurrences). */
const wallClocks = new Map<string, Intl.DateTimeFormat>();
function wallClock(timeZone: string): Intl.DateTimeFormat {
  let f = wallClocks.get(timeZone);
  if (!f) wallClocks.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' })));
  return f;
}

/** Minutes the wall clock of `timeZone` is ahead of UTC at the instant `utc` (ms). */
function offsetAt(utc: number, timeZone: string): number {
  const parts = Object.fromEntries(wallClock(timeZone).formatToParts(new Date(utc)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour) % 24, Number(parts.minute));
  return Math.round((wall - utc) / 60_000);
}

/** A wall-clock time of `timeZone` as ISO 8601 with that moment's offset. */
export function zonedIso(date: string, hhmm: string, timeZone: string): string {
  const wall = toDate(date).getTime() + minutes(hhmm) * 60_000;
  // The offset of the instant that shows this wall time (the second guess settles DST days).
  let offset = offsetAt(wall, timeZone);
  offset = offsetAt(wall - offset * 60_000, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${date}T${hhmm}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Whether `date` is a day of the rule (before `from`/`until`, exceptions and holidays). */
function matches(repeat: Repeat, date: Date, from: Date): boolean {
  const wd = WEEKDAYS[(date.getUTCDay() + 6) % 7]!;
  if (repeat.every === 'week') {
    if (!repeat.on.includes(wd)) return false;
    // Weeks counted from the Monday of the first day's week.
    const monday = (d: Date) => d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY;
    const weeks = Math.round((monday(date) - monday(from)) / (7 * DAY));
    return weeks % (repeat.interval ?? 1) === 0;
  }
  const dayOfMonth = date.getUTCDate();
  const daysInMonth = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  return repeat.on.some((o) => o.day === wd && (o.week === -1 ? dayOfMonth + 7 > daysInMonth : Math.ceil(dayOfMonth / 7) === o.week));
}

/**
 * The occurrences of an event inside the window, in order. Dates before the window's first
 * day are left out (they are past when the pack is built); a time check comes first
 * (`checkEventTime`), this assumes a valid time.
 */
export function compileOccurrences(time: EventTime, options: OccurrenceOptions): Occurrence[] {
  const windowStart = toDate(options.windowFrom);
  const windowEnd = new Date(Date.UTC(windowStart.getUTCFullYear(), windowStart.getUTCMonth() + (options.months ?? EVENT_WINDOW_MONTHS), windowStart.getUTCDate()) - DAY);
  const except = new Set(time.except ?? []);
  let days: string[];
  if (time.repeat) {
    const from = toDate(time.from!);
    const until = time.until ? toDate(time.until) : windowEnd;
    const first = Math.max(from.getTime(), windowStart.getTime());
    const last = Math.min(until.getTime(), windowEnd.getTime());
    days = [];
    for (let t = first; t <= last; t += DAY) if (matches(time.repeat, new Date(t), from)) days.push(iso(new Date(t)));
  } else {
    days = [...new Set(time.dates ?? [])].filter((d) => d >= options.windowFrom && d <= iso(windowEnd)).sort();
  }
  days = days.filter((d) => !except.has(d));
  if (time.skipHolidays && days.length) {
    const holidays = publicHolidays(options.state, days[0]!, days[days.length - 1]!);
    days = days.filter((d) => !holidays.has(d));
  }
  return days.slice(0, MAX_OCCURRENCES).map((d): Occurrence => {
    if (time.start === undefined) return [d];
    const start = zonedIso(d, time.start, options.timeZone);
    if (time.end === undefined) return [start];
    // An end before the start is past midnight: the next day.
    const endDay = minutes(time.end) <= minutes(time.start) ? iso(new Date(toDate(d).getTime() + DAY)) : d;
    return [start, zonedIso(endDay, time.end, options.timeZone)];
  });
}
