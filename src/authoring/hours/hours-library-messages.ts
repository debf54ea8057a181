/**
 * The `opening_hours` library's English errors and warnings as problem codes with params
 * (browser-safe): the known ones (German day names, "geschlossen", dates like "24.12.",
 * missing minutes, …) get their own code, so the editor says them in its language; any other
 * text gets `hoursError.library` / `hoursWarning.library` with the raw text as `detail`.
 */
import { note, type Coded, type ProblemCode } from '../problem-messages.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A German date or date range (`24.12.`, `24.12.–01.01.`, `1.5.2027`) in a rule. */
const GERMAN_DATE = /(\d{1,2})\.(\d{1,2})\.(?:\d{2,4})?(?:\s*[-–]\s*(\d{1,2})\.(\d{1,2})\.(?:\d{2,4})?)?/;

const osmDate = (day: string, month: string): string | undefined => {
  const m = MONTHS[Number(month) - 1];
  return m && Number(day) >= 1 && Number(day) <= 31 ? `${m} ${day.padStart(2, '0')}` : undefined;
};

/** `24.12.–01.01.` → `{ date: '24.12.–01.01.', osm: 'Dec 24-Jan 01' }`. */
export function germanDate(rule: string): { date: string; osm: string } | undefined {
  const m = GERMAN_DATE.exec(rule.replace(/"[^"]*"/g, ''));
  if (!m) return undefined;
  const from = osmDate(m[1]!, m[2]!);
  const to = m[3] !== undefined ? osmDate(m[3], m[4]!) : undefined;
  if (!from || (m[3] !== undefined && !to)) return undefined;
  return { date: m[0].trim(), osm: to ? `${from}-${to}` : from };
}

/** The last word before the library's `<---` marker: where it stopped. */
const tokenBefore = (before: string): string => /(\S+)\s*$/.exec(before)?.[1] ?? '';

/** A syntax error: `explanation` is the library's text, `before` the rule up to where it stopped. */
export function libraryError(explanation: string, before: string, rule: string): Pick<Coded, 'code' | 'params'> {
  const detail = explanation.replace(/\.?$/, '.');
  const token = tokenBefore(before);
  const date = germanDate(rule);
  if (date) return { code: 'hoursError.germanDate', params: { detail, token, ...date } };
  if (/starts outside of the current day/.test(explanation)) return { code: 'hoursError.outsideDay', params: { detail, token } };
  if (/in time range expected/.test(explanation)) return { code: 'hoursError.rangeExpected', params: { detail, token } };
  return { code: 'hoursError.library', params: { detail, token } };
}

const WARNINGS: readonly [RegExp, ProblemCode, readonly string[]][] = [
  [/Please use "off" for "([^"]+)"/, 'hoursWarning.useOff', ['word']],
  [/Please use the English abbreviation "([^"]+)" for "([^"]+)"/, 'hoursWarning.germanDay', ['day', 'word']],
  [/Please use the English written "([^"]+)" for "([^"]+)"/, 'hoursWarning.englishWord', ['abbr', 'word']],
  [/Please omit "([^"]+)"/, 'hoursWarning.omitWord', ['word']],
  [/Time range without minutes specified/, 'hoursWarning.noMinutes', []],
  [/as hour\/minute-separator/, 'hoursWarning.colon', []],
  [/Please use notation "-" for/, 'hoursWarning.dash', []],
  [/does not contain anything useful/, 'hoursWarning.emptyRule', []],
  [/24 hours notation/, 'hoursWarning.twelveHours', []],
  [/was switched with the selector/, 'hoursWarning.reordered', []],
];

/** A library warning (whitespace already collapsed) as a coded note; its English message is the text itself. */
export function libraryWarning(text: string): Coded {
  const marker = text.indexOf(' <--- ');
  const token = marker >= 0 ? tokenBefore(text.slice(0, marker)) : '';
  for (const [re, code, names] of WARNINGS) {
    const m = re.exec(text);
    if (!m) continue;
    const params: Record<string, string> = { detail: text, token };
    names.forEach((name, i) => (params[name] = m[i + 1]!));
    return note(code, params);
  }
  return note('hoursWarning.library', { detail: text, token });
}
