/**
 * The `calendar` block of every locale (see locales/README.md): twelve month names, seven
 * weekday names and seven short ones (Monday first), a date pattern with day, month and year,
 * and no name that would split the comma-separated list wrongly. The reader uses these where
 * the browser's Intl has no data for the language, so a wrong count would shift every date.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LOCALES = fileURLToPath(new URL('../../../locales/', import.meta.url));
const languages = readdirSync(LOCALES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

interface Calendar {
  months?: string;
  weekdays?: string;
  weekdaysShort?: string;
  date?: string;
}

export function checkCalendar(file: string, calendar: Calendar | undefined): string[] {
  if (!calendar) return [`${file}: no calendar block`];
  const problems: string[] = [];
  const count = (key: 'months' | 'weekdays' | 'weekdaysShort', want: number) => {
    const names = (calendar[key] ?? '').split(',').map((n) => n.trim());
    if (names.length !== want || names.some((n) => !n)) problems.push(`${file}: calendar.${key}: ${names.filter(Boolean).length} names, needs ${want} separated by commas`);
    else if (new Set(names).size !== want && key !== 'weekdaysShort') problems.push(`${file}: calendar.${key}: a name is listed twice`);
  };
  count('months', 12);
  count('weekdays', 7);
  count('weekdaysShort', 7);
  for (const v of ['day', 'month', 'year']) {
    if (!(calendar.date ?? '').includes(`{{${v}}}`)) problems.push(`${file}: calendar.date: needs {{${v}}}`);
  }
  return problems;
}

describe('calendar strings for browsers without locale data', () => {
  for (const lang of languages) {
    test(`locales/${lang}/kompass.json: 12 months, 7 weekdays, 7 short weekdays, a date pattern`, () => {
      const data = JSON.parse(readFileSync(join(LOCALES, lang, 'kompass.json'), 'utf8')) as { calendar?: Calendar };
      assert.deepEqual(checkCalendar(`locales/${lang}/kompass.json`, data.calendar), []);
    });
  }

  test('names the file and the miscount', () => {
    assert.deepEqual(checkCalendar('xx.json', { months: 'a, b', weekdays: 'Mo, Tu, We, Th, Fr, Sa, Su', weekdaysShort: 'M, T, W, T, F, S, S', date: '{{day}} {{month}}' }), [
      'xx.json: calendar.months: 2 names, needs 12 separated by commas',
      'xx.json: calendar.date: needs {{year}}',
    ]);
  });
});
