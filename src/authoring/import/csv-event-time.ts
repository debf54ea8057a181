/**
 * An event's time in two spreadsheet cells (browser-safe), exactly the source's model
 * (src/authoring/events/recurrence.ts): `dates` — "2027-01-12 15:00-17:00, 2027-01-19
 * 15:00-17:00" (one time for all dates) — or `repeat` — "weekly Tue 15:00-17:00",
 * "every 2 weeks Thu 16:00-18:30", "monthly first Mon, third Wed 18:00-20:00",
 * "monthly last Sat". German works too ("wöchentlich Di", "monatlich erster Mo").
 */
import { WEEKDAYS, type MonthWeek, type Repeat, type Weekday } from '../events/recurrence.js';
import { headerKey, parseDate } from './csv-columns.js';
import type { SourceEventTime } from '../../pack/types.js';

const DAY_NAMES: readonly string[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DAY_WORDS: Record<string, Weekday> = {};
[
  ['mo', 'mon', 'monday', 'montag', 'montags'],
  ['tu', 'tue', 'tues', 'tuesday', 'di', 'dienstag', 'dienstags'],
  ['we', 'wed', 'wednesday', 'mi', 'mittwoch', 'mittwochs'],
  ['th', 'thu', 'thur', 'thurs', 'thursday', 'do', 'donnerstag', 'donnerstags'],
  ['fr', 'fri', 'friday', 'freitag', 'freitags'],
  ['sa', 'sat', 'saturday', 'samstag', 'samstags', 'sonnabend'],
  ['su', 'sun', 'sunday', 'so', 'sonntag', 'sonntags'],
].forEach((words, i) => words.forEach((w) => (DAY_WORDS[w] = WEEKDAYS[i]!)));

const ORDINALS: Record<string, MonthWeek> = {};
[
  [1, ['first', '1st', '1.', 'erster', 'erste', 'ersten']],
  [2, ['second', '2nd', '2.', 'zweiter', 'zweite', 'zweiten']],
  [3, ['third', '3rd', '3.', 'dritter', 'dritte', 'dritten']],
  [4, ['fourth', '4th', '4.', 'vierter', 'vierte', 'vierten']],
  [-1, ['last', 'letzter', 'letzte', 'letzten']],
].forEach(([n, words]) => (words as string[]).forEach((w) => (ORDINALS[w] = n as MonthWeek)));
const ORDINAL_NAMES: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' };

/** The clock part: `15:00-17:00`, `15:00–17:00`, `15:00 bis 17:00`, `15:00`; `9:30` is read as 09:30. */
const CLOCK = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;
const clock = (s: string) => {
  const m = CLOCK.exec(s);
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : undefined;
};
export interface Times {
  start?: string;
  end?: string;
}
function parseTimes(s: string): Times | undefined {
  const parts = s.replace(/\s*(?:-|–|bis|to)\s*/gi, '-').replace(/\s*uhr\b/gi, '').split('-');
  if (parts.length > 2 || !parts[0]) return undefined;
  const start = clock(parts[0]);
  const end = parts[1] !== undefined ? clock(parts[1]) : undefined;
  if (!start || (parts[1] !== undefined && !end)) return undefined;
  return end ? { start, end } : { start };
}

const timesText = (t: Times) => (t.start ? ` ${t.start}${t.end ? `-${t.end}` : ''}` : '');

/** The cell of `dates`: each date with the event's time. */
export function datesCell(time: SourceEventTime | undefined): string {
  return (time?.dates ?? []).map((d) => `${d}${timesText(time!)}`).join(', ');
}

/** The cell of `repeat`: the rule in words, with the event's time. */
export function repeatCell(time: SourceEventTime | undefined): string {
  const r = time?.repeat;
  if (!r) return '';
  const day = (d: string) => DAY_NAMES[(WEEKDAYS as readonly string[]).indexOf(d)] ?? d;
  const rule =
    r.every === 'week'
      ? `${(r.interval ?? 1) === 1 ? 'weekly' : `every ${r.interval} weeks`} ${r.on.map(day).join(', ')}`
      : `monthly ${r.on.map((o) => `${ORDINAL_NAMES[String(o.week)] ?? o.week} ${day(o.day)}`).join(', ')}`;
  return `${rule}${timesText(time!)}`;
}

/** A date list with an optional time (one for all); `error: 'times'` when the dates have different times. */
export function parseDatesCell(v: string): { dates: string[]; times: Times } | { error: 'value' | 'times'; times?: string } {
  const dates: string[] = [];
  const seen = new Map<string, Times>();
  for (const token of v.split(/[,;\n]+/).map((s) => s.trim()).filter(Boolean)) {
    const m = /^(\S+)(?:\s+(.+))?$/.exec(token)!;
    const date = parseDate(m[1]!);
    const times = m[2] !== undefined ? parseTimes(m[2]) : {};
    if (!date || !times) return { error: 'value' };
    dates.push(date);
    if (times.start) seen.set(timesText(times).trim(), times);
  }
  if (seen.size > 1) return { error: 'times', times: [...seen.keys()].join(', ') };
  return { dates, times: [...seen.values()][0] ?? {} };
}

const EVERY_OTHER_WEEK = new Set(['fortnightly', 'vierzehntägig', '14-tägig', '14-täglich', 'zweiwöchentlich']);

const dayOf = (w: string): Weekday | undefined => DAY_WORDS[w.replace(/\.$/, '')];

/** `mo, mi, fr`, `mo-fr`, `mo bis fr` → the weekdays, in the week's order; undefined when a word is not a day. */
function weekdays(words: string[]): Weekday[] | undefined {
  const out = new Set<Weekday>();
  const span = (a: Weekday, b: Weekday) => {
    const [i, j] = [WEEKDAYS.indexOf(a), WEEKDAYS.indexOf(b)];
    for (let k = i; k <= (j < i ? j + 7 : j); k++) out.add(WEEKDAYS[k % 7]!);
  };
  const tokens = words.flatMap((w) => w.split(/(-|–)/)).map((w) => (w === '–' || w === 'bis' || w === 'to' ? '-' : w)).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const day = dayOf(tokens[i]!);
    if (!day) return undefined;
    if (tokens[i + 1] === '-') {
      const end = dayOf(tokens[i + 2] ?? '');
      if (!end) return undefined;
      span(day, end);
      i += 2;
    } else out.add(day);
  }
  return [...out];
}

/** A rule in words → the source's `repeat` and time; undefined when it cannot be read. */
export function parseRepeatCell(v: string): { repeat: Repeat; times: Times } | undefined {
  let s = headerKey(v);
  let times: Times = {};
  const time = /\s(\d{1,2}[:.]\d{2}(?:\s*(?:-|–|bis|to)\s*\d{1,2}[:.]\d{2})?)(?:\s*uhr)?$/.exec(s);
  if (time) {
    const t = parseTimes(time[1]!);
    if (!t) return undefined;
    times = t;
    s = s.slice(0, time.index);
  }
  const words = s.split(/[\s,]+|\band\b|\bund\b/).filter(Boolean);
  let interval = 1;
  let every: 'week' | 'month';
  const head = words.shift();
  if (head === 'weekly' || head === 'wöchentlich') every = 'week';
  else if (head && EVERY_OTHER_WEEK.has(head)) {
    every = 'week';
    interval = 2;
  } else if (head && ['every other week', 'jede zweite woche'].includes([head, ...words.slice(0, 2)].join(' '))) {
    every = 'week';
    interval = 2;
    words.splice(0, 2);
  }
  else if (head === 'monthly' || head === 'monatlich') every = 'month';
  else if ((head === 'every' || head === 'alle') && /^\d+$/.test(words[0] ?? '') && /^(weeks|wochen)$/.test(words[1] ?? '')) {
    every = 'week';
    interval = Number(words[0]);
    words.splice(0, 2);
  } else return undefined;
  if (every === 'week') {
    const on = weekdays(words);
    if (!on?.length) return undefined;
    const repeat: Repeat = interval === 1 ? { every, on } : { every, on, interval };
    return { repeat, times };
  }
  const on: { week: MonthWeek; day: Weekday }[] = [];
  for (let i = 0; i < words.length; i += 2) {
    const week = ORDINALS[words[i]!];
    const day = dayOf(words[i + 1] ?? '');
    if (week === undefined || !day) return undefined;
    on.push({ week, day });
  }
  return on.length ? { repeat: { every, on }, times } : undefined;
}
