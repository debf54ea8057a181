/**
 * `node scripts/locale-calendar.mjs [lang…]`: drafts the `calendar` block of
 * `locales/<lang>/kompass.json` from Node's full ICU (CLDR): Gregorian month names in the
 * form a date uses them (e.g. Polish "grudnia"), weekday names and short names from Monday,
 * and the long-date pattern with `{{day}}`, `{{month}}`, `{{year}}`.
 *
 * The reader formats dates with these strings only where the browser's Intl has no data for
 * the language (Chromium ships none for ti, so, ps, ka, hy, sq, ku, ckb, and only root data
 * for bs); elsewhere Intl is used. A block that is already there is kept unless `--force`:
 * after a native speaker has reviewed it, it is theirs.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const force = args.includes('--force');
const wanted = args.filter((a) => !a.startsWith('--'));
const langs = wanted.length ? wanted : readdirSync('locales', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
/** Intl's name for a UI language, where it is not the code itself. */
const INTL = { prs: 'fa-AF' };

const fmt = (lang, options) => new Intl.DateTimeFormat(`${INTL[lang] ?? lang}-u-ca-gregory-nu-latn`, { timeZone: 'UTC', ...options });

export function calendarStrings(lang) {
  const long = fmt(lang, { day: 'numeric', month: 'long', year: 'numeric' });
  const months = [];
  let date = '';
  for (let m = 0; m < 12; m++) {
    const parts = long.formatToParts(Date.UTC(2026, m, 3));
    months.push(parts.find((p) => p.type === 'month').value);
    if (m === 0) date = parts.map((p) => (p.type === 'literal' ? p.value : `{{${p.type}}}`)).join('');
  }
  const day = (width) => [0, 1, 2, 3, 4, 5, 6].map((i) => fmt(lang, { weekday: width }).format(Date.UTC(2024, 0, 1 + i))); // 2024-01-01 was a Monday
  for (const name of [...months, ...day('long'), ...day('short')]) {
    if (name.includes(',')) throw new Error(`${lang}: "${name}" contains a comma, the list separator`);
  }
  return { months: months.join(', '), weekdays: day('long').join(', '), weekdaysShort: day('short').join(', '), date };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const lang of langs) {
    const file = `locales/${lang}/kompass.json`;
    const data = JSON.parse(readFileSync(file, 'utf8'));
    if (data.calendar && !force) continue;
    data.calendar = calendarStrings(lang);
    writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
    console.log(`${file}: ${data.calendar.date} · ${data.calendar.months.split(', ')[11]} · ${data.calendar.weekdaysShort}`);
  }
}
