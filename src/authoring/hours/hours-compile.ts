/**
 * Compiles OpenStreetMap `opening_hours` rules into `CompiledHours` at build time (node
 * only): a regular week plus every date in an 18-month window that differs from it, public
 * holidays of the municipality's German state included.
 *
 * The `opening_hours` library evaluates in the process's local time. We run it with
 * `TZ=UTC`, so "local" equals UTC and every Date we hand it or get back is read as plain
 * wall-clock time: DST never shifts an opening.
 */
import OpeningHours from 'opening_hours';
import type { CompiledHours, HoursMeaning, Interval } from '../../pack/types.js';
import { overriddenDays } from './hours-overrides.js';
import { libraryError, libraryWarning } from './hours-library-messages.js';
import { note, type Coded, type ProblemCode, type ProblemParams } from '../problem-messages.js';
import { memoize } from '../memo.js';
import { GERMAN_STATES } from './german-states.js';

// In a module of their own, so the editor's settings form names the states without loading this one.
export { GERMAN_STATES };

export const HOURS_WINDOW_MONTHS = 18;

export interface CompileHoursOptions {
  /** German state code, e.g. `NW`. */
  state: string;
  /** First day of the window, `YYYY-MM-DD` (the build date). */
  from: string;
  /** Length of the window in months (default 18). */
  months?: number;
  /** Close on public holidays unless the rule mentions `PH` (default true). */
  closedOnPublicHolidays?: boolean;
  /** Where the place is, for `sunrise`/`sunset`/`dawn`/`dusk` (the entry's, else the town's coordinates; else the middle of Germany). */
  lat?: number;
  lon?: number;
  /** The municipality's time zone, for sun times in its wall-clock time (default Europe/Berlin). */
  timeZone?: string;
}

/** Minutes the wall clock of `timeZone` is ahead of UTC at noon of `date` (YYYY-MM-DD). */
function utcOffsetMinutes(date: Date, timeZone: string): number {
  const noon = new Date(date.getTime() + 12 * 3_600_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(noon)
      .map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour) % 24, Number(parts.minute));
  return Math.round((wall - noon.getTime()) / 60_000);
}

/** The middle of Germany: sun times there are within half an hour of every German town's. */
const GERMANY = { lat: 51.16, lon: 10.45 };

/** Whether a rule depends on where the sun is (so its compiled result depends on coordinates). */
export const usesSunTimes = (rule: string): boolean => /\b(sunrise|sunset|dawn|dusk)\b/i.test(rule.replace(/"[^"]*"/g, ''));

/**
 * Words that make a comment mean "by appointment" (the state, not just a note): "nach
 * Vereinbarung", "nur mit Termin", "by appointment". A negation ("ohne Termin") does not.
 */
const APPOINTMENT = /termin|vereinbarung|absprache|anfrage|appointment|arrangement|request/i;
const NEGATED = /\b(ohne|kein|keine|without|no)\b/i;
export const meansAppointment = (comment: string): boolean => APPOINTMENT.test(comment) && !NEGATED.test(comment);

/** The library's own comment for `18:00+` and `17:00-open end`. */
const OPEN_END = /^Specified as open end/;

export interface HoursSyntaxError {
  /** The library's explanation, in English. */
  message: string;
  /** What the library found (`hoursError.*`), with the token it stopped at and the raw text. */
  code: ProblemCode;
  params: ProblemParams;
  /** 0-based character offset in the rule where the library stopped, if it said. */
  position?: number;
}

export interface HoursCheck {
  error?: HoursSyntaxError;
  /** In English, without the "Opening hours:" prefix. */
  warnings: string[];
  /** The same warnings with their codes (`hoursWarning.*`) and params. */
  notes: Coded[];
}

/**
 * Runs `fn` with the process time zone set to UTC, so the library's local-time arithmetic is
 * UTC arithmetic. In a browser (the editor's syntax check) there is no process to set; the
 * check does not depend on the time zone.
 */
function withUtc<T>(fn: () => T): T {
  // Read through globalThis: this module is browser-safe and compiled without Node's types.
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  if (!env) return fn();
  const previous = env.TZ;
  env.TZ = 'UTC';
  try {
    return fn();
  } finally {
    if (previous === undefined) delete env.TZ;
    else env.TZ = previous;
  }
}

function nominatim(state: string, at: { lat?: number | undefined; lon?: number | undefined } = {}) {
  // The library reads coordinates only as strings; numbers silently mean 06:00–18:00 all year.
  const lat = at.lat ?? GERMANY.lat;
  const lon = at.lon ?? GERMANY.lon;
  return { lat: String(lat), lon: String(lon), address: { country_code: 'de', state: GERMAN_STATES[state] ?? state } };
}

const OPTIONS = { mode: 0, locale: 'en', tag_key: undefined, map_value: undefined, warnings_severity: undefined } as const;

function create(rule: string, state: string, at?: { lat?: number | undefined; lon?: number | undefined }): OpeningHours {
  return new OpeningHours(rule, nominatim(state, at) as never, OPTIONS as unknown as ConstructorParameters<typeof OpeningHours>[2]);
}

/**
 * Where a value's compiled meaning differs from how it reads, said as warnings (the
 * compiled result is what the reader shows): unquoted words, fallback rules, open ends.
 */
export const meaningWarnings = (rule: string): string[] => meaningNotes(rule).map((n) => n.message);

export function meaningNotes(rule: string): Coded[] {
  const out: Coded[] = [];
  const unquoted = rule.replace(/"[^"]*"/g, '');
  if (/\|\|/.test(unquoted)) {
    const fallback = /\|\|\s*"([^"]*)"/.exec(rule)?.[1];
    out.push(fallback === undefined ? note('hoursWarning.fallback') : note(meansAppointment(fallback) ? 'hoursWarning.fallbackAppointment' : 'hoursWarning.fallbackCondition', { comment: fallback }));
  }
  if (/\+(?=\s*($|[;,"]))|open end/i.test(unquoted)) out.push(note('hoursWarning.openEnd'));
  if (isAppointmentOnly(rule)) out.push(note('hoursWarning.appointmentOnly'));
  return out;
}

/** A value that is only a condition, with no days or times: `"nach Vereinbarung"`, `nach Vereinbarung`, `by appointment`. */
export function isAppointmentOnly(rule: string): boolean {
  const text = rule.trim().replace(/^"|"$/g, '').trim();
  return meansAppointment(text) && !/\d|\b(Mo|Tu|We|Th|Fr|Sa|Su|PH|SH|off|closed|open|24\/7)\b/.test(text);
}

/**
 * The library's warnings as coded notes, each said once: it repeats one finding per place
 * ("08.00-12.00" → two colon warnings; a reordered rule → four), which reads as noise.
 */
function libraryWarnings(raw: readonly string[]): Coded[] {
  const seen = new Set<string>();
  return raw.map((w) => libraryWarning(w.replace(/\s+/g, ' ').trim())).filter((n) => {
    const { detail, token, ...rest } = n.params as Record<string, unknown>;
    const key = n.code === 'hoursWarning.library' ? `${n.code}|${String(detail)}|${String(token)}` : `${n.code}|${JSON.stringify(rest)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Checks a rule's syntax; `error.position` points into the rule when the library marks it.
 * Remembered per rule and state (most towns use a few dozen rules for thousands of entries,
 * and the editor validates again after every pause in typing); the result is shared: read-only.
 */
export function checkHours(rule: string, state = 'NW'): HoursCheck {
  return checked(`${state}\n${rule}`);
}

const checked = memoize((key: string): HoursCheck => {
  const cut = key.indexOf('\n');
  return checkHoursNow(key.slice(cut + 1), key.slice(0, cut));
}, 5_000);

function checkHoursNow(rule: string, state: string): HoursCheck {
  return withUtc(() => {
    try {
      const oh = create(rule, state);
      const notes = [...libraryWarnings(oh.getWarnings()), ...overriddenDays(rule), ...meaningNotes(rule)];
      return { warnings: notes.map((n) => n.message), notes };
    } catch (e) {
      const raw = String(e instanceof Error ? e.message : e).trim();
      const marker = raw.indexOf(' <--- ');
      const explanation = /<--- \((.*)\)/s.exec(raw)?.[1]?.trim() ?? raw;
      const before = marker >= 0 ? raw.slice(0, marker) : '';
      const error: HoursSyntaxError = { message: explanation, ...libraryError(explanation, before, rule) };
      if (marker >= 0) {
        const at = rule.indexOf(before);
        error.position = at >= 0 ? at + before.length : Math.min(before.length, rule.length);
      }
      return { error, warnings: [], notes: [] };
    }
  });
}

/** Whether the rule says anything about public holidays itself. */
export function mentionsPublicHolidays(rule: string): boolean {
  return /\bPH\b/.test(rule.replace(/"[^"]*"/g, ''));
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const isoDate = (d: Date): string => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const parseDate = (s: string): Date => new Date(`${s}T00:00:00Z`);
const DAY = 86_400_000;

/** The last day of the window that starts at `from` and lasts `months` months (inclusive). */
export function windowUntil(from: string, months = HOURS_WINDOW_MONTHS): string {
  const d = parseDate(from);
  const end = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate()));
  return isoDate(new Date(end.getTime() - DAY));
}

/** The public holidays of a German state from `from` to `until` (inclusive, `YYYY-MM-DD`). */
export function publicHolidays(state: string, from: string, until: string): Set<string> {
  const out = new Set<string>();
  withUtc(() => {
    const oh = create('Mo-Su 00:00-24:00', state);
    for (let t = parseDate(from).getTime(); t <= parseDate(until).getTime(); t += DAY) {
      if (oh.getPublicHolidayContext(new Date(t + 12 * 3_600_000)).isHoliday) out.add(isoDate(new Date(t)));
    }
  });
  return out;
}

/** Compiles a rule. Throws on a syntax error (validate first). */
export function compileHours(rule: string, options: CompileHoursOptions): CompiledHours {
  const trimmed = rule.trim();
  if (trimmed === '24/7') return { week: Array.from({ length: 7 }, () => [[0, 1440]]), exceptions: {}, alwaysOpen: true };
  // Only a condition ("nach Vereinbarung", quoted or not): by appointment, never open and never closed.
  if (isAppointmentOnly(trimmed)) return { week: Array.from({ length: 7 }, () => []), exceptions: {}, byAppointment: true };
  const closePH = (options.closedOnPublicHolidays ?? true) && !mentionsPublicHolidays(trimmed);
  const from = parseDate(options.from);
  const until = parseDate(windowUntil(options.from, options.months));
  const days = Math.round((until.getTime() - from.getTime()) / DAY) + 1;

  const comments: string[] = [];
  const meanings: (HoursMeaning | null)[] = [];
  const commentIndex = (c: string, meaning: HoursMeaning | null): number => {
    let i = comments.findIndex((x, j) => x === c && meanings[j] === meaning);
    if (i < 0) {
      i = comments.push(c) - 1;
      meanings.push(meaning);
    }
    return i;
  };

  const quoted = new Set([...trimmed.matchAll(/"([^"]*)"/g)].map((m) => m[1]!.trim()));
  const perDay: Interval[][] = Array.from({ length: days }, () => []);
  const holidays = new Set<number>();
  // The library works in UTC here (see withUtc), so fixed times are wall-clock times, but its
  // sun times are true UTC instants. Asking for a place 15° further west per hour of the
  // zone's offset moves the sun events onto the wall clock (day length depends on latitude
  // only); days with another offset (DST) are compiled in a run of their own.
  const sun = usesSunTimes(trimmed);
  const offsets = sun ? Array.from({ length: days }, (_, i) => utcOffsetMinutes(new Date(from.getTime() + i * DAY), options.timeZone ?? 'Europe/Berlin')) : [];
  const runs = sun ? [...new Set(offsets)] : [0];
  withUtc(() => {
    for (const offset of runs) {
      const at = { lat: options.lat ?? GERMANY.lat, lon: (options.lon ?? GERMANY.lon) - offset / 4 };
      const oh = create(trimmed, options.state, at);
      const end = new Date(until.getTime() + DAY);
      for (const [start, stop, unknown, comment] of oh.getOpenIntervals(from, end)) {
        // In OSM syntax a comment without `open` makes the state "unknown": `Th 14:00-18:00 "nur mit
        // Termin"`. We read it as open under that condition. Without a comment, `unknown` cannot
        // be shown as open or closed; such times count as closed (validation warns).
        // The library reports holiday names as comments of `PH` intervals; only the rule's own
        // quoted comments are conditions.
        const own = comment?.trim() && quoted.has(comment.trim()) ? comment.trim() : undefined;
        // An open end (`18:00+`) is open from then on; the library only guesses a closing time.
        const openEnd = unknown && !own && OPEN_END.test(comment ?? '');
        if (unknown && !own && !openEnd) continue;
        const c = openEnd ? commentIndex('', 'open-end') : own !== undefined ? commentIndex(own, meansAppointment(own) ? 'appointment' : null) : undefined;
        let t = start.getTime();
        const stopT = stop.getTime();
        while (t < stopT) {
          const day = Math.floor((t - from.getTime()) / DAY);
          const dayStart = from.getTime() + day * DAY;
          const segEnd = Math.min(stopT, dayStart + DAY);
          const list = sun && offsets[day] !== offset ? undefined : perDay[day];
          if (list) {
            const interval: Interval = c === undefined ? [(t - dayStart) / 60000, (segEnd - dayStart) / 60000] : [(t - dayStart) / 60000, (segEnd - dayStart) / 60000, c];
            const prev = list[list.length - 1];
            if (prev && prev[1] === interval[0] && prev[2] === interval[2]) prev[1] = interval[1];
            else list.push(interval);
          }
          t = segEnd;
        }
      }
    }
    const holidaysOf = create(trimmed, options.state);
    if (closePH) {
      for (let i = 0; i < days; i++) {
        if (holidaysOf.getPublicHolidayContext(new Date(from.getTime() + i * DAY + 12 * 3_600_000)).isHoliday) holidays.add(i);
      }
    }
  });
  for (const i of holidays) perDay[i] = [];

  // The regular week: per weekday, the pattern that occurs most often in the window.
  const key = (list: Interval[]) => JSON.stringify(list);
  const week: Interval[][] = [];
  const weekKeys: string[] = [];
  for (let wd = 0; wd < 7; wd++) {
    const counts = new Map<string, { n: number; list: Interval[] }>();
    for (let i = 0; i < days; i++) {
      const date = new Date(from.getTime() + i * DAY);
      if ((date.getUTCDay() + 6) % 7 !== wd) continue;
      const k = key(perDay[i]!);
      const c = counts.get(k);
      if (c) c.n++;
      else counts.set(k, { n: 1, list: perDay[i]! });
    }
    let best: { n: number; list: Interval[] } | undefined;
    for (const c of counts.values()) if (!best || c.n > best.n) best = c;
    week.push(best?.list ?? []);
    weekKeys.push(key(best?.list ?? []));
  }
  const exceptions: Record<string, Interval[]> = {};
  for (let i = 0; i < days; i++) {
    const date = new Date(from.getTime() + i * DAY);
    if (key(perDay[i]!) !== weekKeys[(date.getUTCDay() + 6) % 7]) exceptions[isoDate(date)] = perDay[i]!;
  }
  const compiled: CompiledHours = { week, exceptions };
  if (comments.length) compiled.comments = comments;
  if (meanings.some((x) => x !== null)) compiled.meanings = meanings;
  return compiled;
}
