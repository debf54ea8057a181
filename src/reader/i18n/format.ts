/**
 * Locale-aware formatting of times, weekdays, dates and sizes with `Intl`, cached per
 * language. Opening hours are wall-clock minutes of the municipality, so they are
 * formatted as UTC times of a fixed day: no time-zone arithmetic can shift them.
 */
import type { CalendarStrings, OwnCalendar } from './own-calendar.js';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/** UI language → formatting from Kompass's own strings, only for languages this browser's Intl lacks. */
const own = new Map<string, OwnCalendar>();

/**
 * Called when a UI language's strings load. If `Intl` has no data for the language, loads the
 * formatter for Kompass's own calendar strings: Chromium knows no ti, so, ps, ka, hy, sq, ku or
 * ckb (it answers in its default locale: "Mon", "December 3") and has only root data for bs
 * ("2026 M12 3").
 */
export async function useOwnCalendarIfNeeded(lang: string, strings?: CalendarStrings): Promise<void> {
  const l = intlLang(lang);
  if (strings && (!Intl.DateTimeFormat.supportedLocalesOf(l).length || /^M\d/.test(new Intl.DateTimeFormat(l, { month: 'long' }).format(0)))) {
    // If the chunk cannot load (the connection dropped just now), Intl's output stays: worse, but readable.
    await import('./own-calendar.js').then((m) => own.set(lang, m.ownCalendar(strings)), () => undefined);
  }
}

function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(intlLang(lang), { timeZone: 'UTC', ...options })));
  return f;
}

/** Intl does not know private-use tags such as `de-x-simple`: use their base language. */
export function intlLang(lang: string): string {
  return lang.split('-x-')[0] || 'en';
}

export function formatMinutes(lang: string, minutes: number): string {
  const m = minutes % 1440;
  // English readers expect "8:00 AM"; elsewhere the 24-hour "08:00" of German signs.
  const english = lang.startsWith('en');
  return dateFormat(lang, { hour: english ? 'numeric' : '2-digit', minute: '2-digit', hourCycle: english ? 'h12' : 'h23' }).format(
    Date.UTC(2024, 0, 1, Math.floor(m / 60), m % 60),
  );
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayName(lang: string, weekday: number, width: 'long' | 'short' = 'long'): string {
  const c = own.get(lang);
  if (c) return c.weekday(weekday, width);
  return dateFormat(lang, { weekday: width }).format(Date.UTC(2024, 0, 1 + weekday)); // 2024-01-01 was a Monday
}

/** A local date `YYYY-MM-DD`, e.g. "28 November 2026". */
export function formatDate(lang: string, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  const c = own.get(lang);
  if (c) return c.date(y, m, d);
  return dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(Date.UTC(y, m - 1, d));
}

export function formatDateTime(lang: string, date: Date, timeZone?: string): string {
  const c = own.get(lang);
  if (c) return c.dateTime(date, timeZone);
  const key = `dt|${lang}|${timeZone}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(intlLang(lang), { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) })));
  return f.format(date);
}

export function formatBytes(lang: string, bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const key = `n|${lang}|${units[unit]}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(intlLang(lang), { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: 1 })));
  return f.format(value);
}

export function formatDistance(lang: string, metres: number): string {
  const km = metres >= 1000;
  const key = `n|${lang}|${km ? 'km' : 'm'}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(intlLang(lang), { style: 'unit', unit: km ? 'kilometer' : 'meter', unitDisplay: 'short', maximumFractionDigits: km ? 1 : 0 })));
  return f.format(km ? metres / 1000 : Math.round(metres / 10) * 10);
}

/** A language's name in that language itself (endonym), e.g. `ar` → "العربية". */
export function endonym(code: string): string {
  // Names Intl lacks or gets wrong; Chromium has no data for so, ka, hy, sq, ckb (it would say "Somali").
  const overrides: Record<string, string> = {
    'de-x-simple': 'Einfache Sprache',
    prs: 'دری',
    ku: 'Kurdî (Kurmancî)',
    ckb: 'کوردی (سۆرانی)',
    ti: 'ትግርኛ',
    ps: 'پښتو',
    so: 'Soomaali',
    ka: 'ქართული',
    hy: 'Հայերեն',
    sq: 'Shqip',
  };
  if (overrides[code]) return overrides[code];
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(code) + name.slice(1) : code;
  } catch {
    return code;
  }
}
