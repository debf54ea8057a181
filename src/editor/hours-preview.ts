/**
 * The opening-hours field's live preview (loaded only with the editor, never by the reader):
 * the syntax check with exactly the CLI's messages (`checkHours`), then a week's table (this one or any) and
 * "open now", computed with the `opening_hours` library in the municipality's wall-clock time.
 */
import OpeningHours from 'opening_hours';
import { GERMAN_STATES, checkHours, mentionsPublicHolidays } from '../authoring/hours/hours-compile.js';
import { addDays, localDateTime, weekdayOf } from '../reader/hours/evaluate.js';
import { problem, type Coded } from '../authoring/problem-messages.js';

export interface PreviewDay {
  date: string;
  /** 0 = Monday. */
  weekday: number;
  /** Minutes after midnight; a comment is a condition such as "nur mit Termin". */
  intervals: { start: number; end: number; comment?: string }[];
  holiday?: string;
  today: boolean;
}

export interface HoursPreview {
  /** The CLI's problem (code, params, English message), and the 0-based position in the rule where the library stopped. */
  error?: Coded & { position?: number };
  /** The CLI's warnings, in English. */
  warnings: string[];
  week: PreviewDay[];
  open?: boolean;
  comment?: string;
  /** Next change, local wall-clock. */
  next?: { date: string; minutes: number };
}

const localDate = (date: string, minutes = 0): Date => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, Math.floor(minutes / 60), minutes % 60);
};
const pad = (n: number) => String(n).padStart(2, '0');
const dateOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** `weekOf` (`YYYY-MM-DD`, any day of it) shows that week instead of this one; "open now" stays about `now`. */
export function previewHours(rule: string, options: { state: string; timeZone: string; now: Date; closedOnPublicHolidays?: boolean; weekOf?: string }): HoursPreview {
  const trimmed = rule.trim();
  const check = checkHours(trimmed, options.state);
  if (check.error) {
    const error: NonNullable<HoursPreview['error']> = problem(check.error.code, check.error.params);
    if (check.error.position !== undefined) error.position = check.error.position + (rule.length - rule.trimStart().length);
    return { error, warnings: [], week: [] };
  }
  const warnings = check.notes.map((w) => problem(w.code, w.params).message);
  const place = { lat: 0, lon: 0, address: { country_code: 'de', state: GERMAN_STATES[options.state] ?? options.state } };
  const oh = new OpeningHours(trimmed, place as never, { mode: 0, locale: 'en' } as never);
  // The holiday context has no name; the library gives it as the comment of a `PH` rule.
  const names = new OpeningHours('PH off', place as never, { mode: 0, locale: 'en' } as never);
  const closePH = (options.closedOnPublicHolidays ?? true) && !mentionsPublicHolidays(trimmed) && trimmed !== '24/7';
  // The library counts in the browser's local time; we give it the municipality's wall clock.
  const now = localDateTime(options.now, options.timeZone);
  const shown = options.weekOf ?? now.date;
  const monday = addDays(shown, -weekdayOf(shown));
  const quoted = new Set([...trimmed.matchAll(/"([^"]*)"/g)].map((m) => m[1]!.trim()));
  const holidayOf = (date: string): string | undefined => {
    const ctx = oh.getPublicHolidayContext(localDate(date, 720)) as { isHoliday?: boolean; name?: string };
    return ctx.isHoliday ? (ctx.name ?? names.getComment(localDate(date, 720)) ?? 'PH') : undefined;
  };
  const dayOf = (date: string): PreviewDay => {
    const from = localDate(date);
    const to = localDate(addDays(date, 1));
    const day: PreviewDay = { date, weekday: weekdayOf(date), intervals: [], today: date === now.date };
    const holiday = holidayOf(date);
    if (holiday) day.holiday = holiday;
    if (!(holiday && closePH)) {
      for (const [start, stop, unknown, comment] of oh.getOpenIntervals(from, to)) {
        const own = comment?.trim() && quoted.has(comment.trim()) ? comment.trim() : undefined;
        if (unknown && !own) continue;
        const end = stop.getTime() >= to.getTime() ? 1440 : stop.getHours() * 60 + stop.getMinutes();
        day.intervals.push({ start: start.getHours() * 60 + start.getMinutes(), end, ...(own ? { comment: own } : {}) });
      }
    }
    return day;
  };
  const week = Array.from({ length: 7 }, (_, i) => dayOf(addDays(monday, i)));
  const today = week.find((d) => d.today) ?? dayOf(now.date);
  const current = today.intervals.find((iv) => iv.start <= now.minutes && now.minutes < iv.end);
  const preview: HoursPreview = { warnings, week, open: !!current };
  if (current?.comment) preview.comment = current.comment;
  const next = oh.getNextChange(localDate(now.date, now.minutes));
  if (next) preview.next = { date: dateOf(next), minutes: next.getHours() * 60 + next.getMinutes() };
  return preview;
}
