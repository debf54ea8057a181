/**
 * The opening-hours editor's model ⇄ OpenStreetMap `opening_hours` (pure, node- and
 * browser-safe). `toOsm` writes valid syntax without meaning warnings: equal days share a
 * rule (`Mo,We,Fr 08:00-12:00; Tu,Th 08:00-12:00,14:00-18:00`), times "only by appointment"
 * are additional rules (`, Th 14:00-18:00 "nur mit Termin"`), then public holidays, closures
 * and special days. `fromOsm` reads that back, and common simple rules; anything else is
 * `undefined` (the UI then offers only the expert field).
 */
import { OSM_DAYS, osmDayGroups } from '../../../authoring/hours/osm-week.js';
import { meansAppointment } from '../../../authoring/hours/hours-compile.js';

/** `HH:MM` (24 h) as `<input type="time">` gives it. */
export interface TimeRange {
  start: string;
  end: string;
  /** A condition such as "nur mit Termin" (always one that means "by appointment"). */
  comment?: string;
}

/** Closed from `from` to `to` (inclusive, `YYYY-MM-DD`). */
export interface Closure {
  from: string;
  to: string;
  note?: string;
  /** Every year on these days (`Dec 24-Jan 01 off`); the years of from/to are only where the calendar opens. */
  yearly?: boolean;
}

/** A date with other hours than its weekday. */
export interface SpecialDay {
  date: string;
  ranges: TimeRange[];
}

export interface HoursModel {
  /** Monday first; an empty list is a closed day. */
  days: TimeRange[][];
  /** No times at all: "nach Vereinbarung" on every day. */
  appointmentOnly: boolean;
  /** Outside the times: by appointment (an OSM fallback rule). */
  byAppointmentAlso?: boolean;
  closures: Closure[];
  specialDays: SpecialDay[];
  holidaysClosed: boolean;
}

/** The comments this editor writes. */
export const APPOINTMENT_ONLY = 'nach Vereinbarung';
export const APPOINTMENT_RANGE = 'nur mit Termin';

export const emptyModel = (holidaysClosed = true): HoursModel => ({ days: OSM_DAYS.map(() => []), appointmentOnly: false, closures: [], specialDays: [], holidaysClosed });

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** `2026-12-24` → `2026 Dec 24` (`Dec 24` every year). */
export function osmDate(date: string, yearly = false): string {
  const [y, m, d] = date.split('-');
  return `${yearly ? '' : `${y} `}${MONTHS[Number(m) - 1]} ${d}`;
}

/** Whether `date` is in the closure (for a yearly one: its days in any year). */
export function inClosure(c: Closure, date: string): boolean {
  const to = c.to || c.from;
  if (!c.yearly) return c.from <= date && date <= to;
  const [md, a, b] = [date.slice(5), c.from.slice(5), to.slice(5)];
  return a <= b ? a <= md && md <= b : md >= a || md <= b;
}

const rangeText = (r: TimeRange): string => `${r.start}-${r.end}`;
const byStart = (a: TimeRange, b: TimeRange): number => a.start.localeCompare(b.start);
const quote = (comment: string | undefined): string => (comment ? ` "${comment.replace(/"/g, "'")}"` : '');

/** The week: plain times as `;` rules, times with a condition as additional `,` rules; `prefix` `PH ` repeats it for holidays. */
function weekRules(days: readonly TimeRange[][], prefix = ''): string {
  const plain = osmDayGroups(days.map((d) => d.filter((r) => !r.comment).sort(byStart).map(rangeText).join(',')));
  const comments = [...new Set(days.flat().flatMap((r) => (r.comment ? [r.comment] : [])))];
  const conditional = comments.flatMap((c) => osmDayGroups(days.map((d) => d.filter((r) => r.comment === c).sort(byStart).map(rangeText).join(','))).map((g) => ({ ...g, rule: `${g.rule}${quote(c)}` })));
  const first = plain.map((g) => `${prefix}${g.days} ${g.rule}`).join('; ');
  const more = conditional.map((g) => `${prefix}${g.days} ${g.rule}`).join(', ');
  return [first, more].filter(Boolean).join(first ? ', ' : '');
}

/** The model as one `opening_hours` value ('' when it says nothing). */
export function toOsm(model: HoursModel): string {
  if (model.appointmentOnly) return `"${APPOINTMENT_ONLY}"`;
  const week = weekRules(model.days);
  const parts = week ? [week] : [];
  if (model.holidaysClosed) parts.push('PH off');
  else if (week) parts.push(weekRules(model.days, 'PH '));
  for (const c of model.closures) parts.push(`${osmDate(c.from, c.yearly)}${c.to && c.to !== c.from ? `-${osmDate(c.to, c.yearly)}` : ''} off${quote(c.note)}`);
  for (const s of model.specialDays) parts.push(`${osmDate(s.date)} ${s.ranges.length ? [...s.ranges].sort(byStart).map(rangeText).join(',') : 'off'}`);
  if (!week && !model.specialDays.some((s) => s.ranges.length) && !model.byAppointmentAlso) return '';
  const rule = parts.join('; ');
  return model.byAppointmentAlso ? `${rule} || "${APPOINTMENT_ONLY}"` : rule;
}

/* ───────────────────────────── reading ───────────────────────────── */

const DAY = '(?:Mo|Tu|We|Th|Fr|Sa|Su)';
const DAY_LIST = new RegExp(`^${DAY}(?:-${DAY})?(?:,${DAY}(?:-${DAY})?)*$`);
const TIME = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/;
const OSM_DATE = /^(\d{4}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2})$/;

/** `Mo-We,Fr` → day indexes (a range may wrap: `Fr-Mo`). */
function dayIndexes(list: string): number[] {
  const out = new Set<number>();
  for (const part of list.split(',')) {
    const [a, b] = part.split('-').map((d) => OSM_DAYS.indexOf(d as (typeof OSM_DAYS)[number]));
    for (let i = a!; ; i = (i + 1) % 7) {
      out.add(i);
      if (i === (b ?? a)) break;
    }
  }
  return [...out].sort();
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `08:00-12:00,14:00-18:00` → ranges, or undefined (also for 24:00 and overnight times, which a time input cannot hold). */
function timeRanges(text: string, comment: string | undefined): TimeRange[] | undefined {
  const out: TimeRange[] = [];
  for (const part of text.split(',')) {
    const m = TIME.exec(part.trim());
    if (!m) return undefined;
    const [h1, m1, h2, m2] = m.slice(1).map(Number) as [number, number, number, number];
    if (h1 > 23 || h2 > 23 || m1 > 59 || m2 > 59 || h2 * 60 + m2 <= h1 * 60 + m1) return undefined;
    out.push({ start: `${pad(h1)}:${pad(m1)}`, end: `${pad(h2)}:${pad(m2)}`, ...(comment ? { comment } : {}) });
  }
  return out;
}

/** `2026 Dec 24` → `2026-12-24` (a real date), or undefined. */
function isoDate(text: string): string | undefined {
  const m = OSM_DATE.exec(text.trim());
  if (!m) return undefined;
  const iso = `${m[1]}-${pad(MONTHS.indexOf(m[2] as (typeof MONTHS)[number]) + 1)}-${pad(Number(m[3]))}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

/** `2026 Dec 24-2027 Jan 01`, `2026 Aug 03-Aug 14`, `2026 Aug 03-14`, `2026 Dec 24` → from/to. */
function dateRange(text: string): { from: string; to: string } | undefined {
  const [a, b, ...rest] = text.split('-');
  if (rest.length) return undefined;
  const from = isoDate(a!);
  if (!from) return undefined;
  if (b === undefined) return { from, to: from };
  const [year, month] = a!.trim().split(' ');
  const parts = b.trim().split(' ');
  const to = isoDate(parts.length === 3 ? b : parts.length === 2 ? `${year} ${b}` : `${year} ${month} ${b}`);
  return to && to >= from ? { from, to } : undefined;
}

/** `Dec 24-Jan 01` in `year` (the end in the next year when it comes first). */
function yearlyRange(text: string, year: number): { from: string; to: string } | undefined {
  const [a, b, ...rest] = text.split('-');
  if (rest.length || /\d{4}/.test(b ?? '')) return undefined;
  const from = isoDate(`${year} ${a!.trim()}`);
  if (!from || b === undefined) return from ? { from, to: from } : undefined;
  const parts = b.trim().split(' ');
  const end = parts.length === 2 ? b.trim() : `${a!.trim().split(' ')[0]} ${b.trim()}`;
  const to = isoDate(`${year} ${end}`);
  if (!to) return undefined;
  const next = isoDate(`${year + 1} ${end}`);
  return to >= from ? { from, to } : next ? { from, to: next } : undefined;
}

/** Splits at `sep` outside quotes (a separator of several characters, `||`, too). */
function splitOutside(text: string, sep: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (!quoted && text.startsWith(sep, i)) {
      out.push(text.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim());
}

/** A rule's additional rules: a `,` after a time, `off` or comment that starts a new selector. */
function additional(rule: string): string[] {
  const selector = new RegExp(`^\\s*(?:PH\\b|\\d{4} |${DAY}\\b)`);
  const out: string[] = [];
  let current = '';
  for (const piece of splitOutside(rule, ',')) {
    if (current && /(\d|off|closed|")$/.test(current) && selector.test(piece)) {
      out.push(current);
      current = piece;
    } else current = current ? `${current},${piece}` : piece;
  }
  out.push(current);
  return out;
}

/** Every rule and additional rule, whitespace collapsed. */
const rulePieces = (text: string): string[] => splitOutside(text, ';').flatMap(additional).map((r) => r.replace(/\s+/g, ' ').trim());

interface Parsed {
  /** `PH`, a weekday list, a date (range) or nothing (every day). */
  ph: boolean;
  days?: number[];
  dates?: { from: string; to: string };
  yearly?: boolean;
  /** Time ranges, or `off`. */
  body: TimeRange[] | 'off' | undefined;
  comment?: string;
}

function parseRule(rule: string, year: number): Parsed | undefined {
  const m = /^(.*?)\s*(?:"([^"]*)")?$/.exec(rule.trim());
  if (!m) return undefined;
  const comment = m[2]?.trim();
  let rest = m[1]!.trim();
  const out: Parsed = { ph: false, body: undefined };
  if (comment) out.comment = comment;
  const ph = /^PH(?:\s+|$)/.exec(rest);
  if (ph) {
    out.ph = true;
    rest = rest.slice(ph[0].length);
  }
  const dated = /^((\d{4} )?[A-Z][a-z]{2} \d{1,2}(?:-(?:\d{4} )?(?:[A-Z][a-z]{2} )?\d{1,2})?)(?:\s+|$)/.exec(rest);
  if (dated) {
    const yearly = !dated[2];
    // Every year: read in `year`, a range over New Year ends in the next one.
    const dates = yearly ? yearlyRange(dated[1]!, year) : dateRange(dated[1]!);
    if (!dates || out.ph) return undefined;
    out.dates = dates;
    if (yearly) out.yearly = true;
    rest = rest.slice(dated[0].length);
  }
  const days = /^(\S+)(?:\s+|$)/.exec(rest);
  if (days && DAY_LIST.test(days[1]!)) {
    if (out.dates) return undefined;
    out.days = dayIndexes(days[1]!);
    rest = rest.slice(days[0].length);
  }
  if (/^(off|closed)$/.test(rest)) out.body = 'off';
  else if (rest) {
    const ranges = timeRanges(rest, comment);
    if (!ranges) return undefined;
    out.body = ranges;
  }
  return out;
}

export interface FromOsmOptions {
  /** What a rule that never says `PH` means on public holidays (the municipality's setting; default closed). */
  closedOnPublicHolidays?: boolean;
  /** The year a closure "every year" is shown in (default: this year). */
  year?: number;
}

/** A rule back into the model, or undefined when the model cannot say it. */
export function fromOsm(value: string, options: FromOsmOptions = {}): HoursModel | undefined {
  const model = emptyModel(options.closedOnPublicHolidays ?? true);
  const text = value.trim();
  if (!text) return model;
  const [main, fallback, ...more] = splitOutside(text, '||');
  if (more.length || main === undefined) return undefined;
  if (fallback !== undefined) {
    const f = /^"([^"]*)"$/.exec(fallback);
    if (!f || !meansAppointment(f[1]!)) return undefined;
    model.byAppointmentAlso = true;
  }
  const only = /^"([^"]*)"$/.exec(main);
  if (only) return meansAppointment(only[1]!) && fallback === undefined ? { ...model, appointmentOnly: true } : undefined;
  const phRules: string[] = [];
  let sawPh = false;
  for (const rule of splitOutside(main, ';')) {
    if (!rule) continue;
    const parts = additional(rule);
    for (const [i, part] of parts.entries()) {
      const p = parseRule(part, options.year ?? new Date().getUTCFullYear());
      if (!p) return undefined;
      const replaces = i === 0;
      if (p.ph) {
        sawPh = true;
        if (p.body === 'off' && !p.days && !p.comment && parts.length === 1) model.holidaysClosed = true;
        else if (p.body && p.body !== 'off') {
          model.holidaysClosed = false;
          phRules.push(part.replace(/\s+/g, ' ').trim());
        } else return undefined;
      } else if (p.dates) {
        if (p.body === 'off') model.closures.push({ ...p.dates, ...(p.comment ? { note: p.comment } : {}), ...(p.yearly ? { yearly: true } : {}) });
        else if (p.body && p.dates.from === p.dates.to && !p.comment && !p.yearly) model.specialDays.push({ date: p.dates.from, ranges: p.body });
        else return undefined;
      } else {
        if (p.body === undefined || (p.comment && !meansAppointment(p.comment)) || (p.body === 'off' && (!replaces || p.comment))) return undefined;
        for (const d of p.days ?? [0, 1, 2, 3, 4, 5, 6]) model.days[d] = p.body === 'off' ? [] : [...(replaces ? [] : model.days[d]!), ...p.body];
      }
    }
  }
  // Holiday rules are only "as on other days": the same week again with `PH ` before each rule.
  if (sawPh && !model.holidaysClosed && phRules.join('|') !== rulePieces(weekRules(model.days, 'PH ')).join('|')) return undefined;
  model.days = model.days.map((d) => d.sort(byStart));
  return model;
}
