/**
 * Opening hours as clerks and OpenStreetMap mappers write them, compiled at build time and
 * read by the reader's evaluator at chosen instants (Europe/Berlin, Cologne's coordinates,
 * North Rhine-Westphalia's holidays). Each case is the state a person at that moment would
 * expect from the value's plain meaning. Values are the common shapes of real OSM data
 * (the opening_hours.js project's test values and taginfo's most frequent values).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkHours, compileHours } from '../../../src/authoring/hours/hours-compile.js';
import { evaluateHours } from '../../../src/reader/hours/evaluate.js';

const COLOGNE = { lat: 50.94, lon: 6.96 };
/** A weekday of the week of 7 December 2026 (no holidays), or an explicit local date. */
const WEEK: Record<string, string> = { Mo: '2026-12-07', Tu: '2026-12-08', We: '2026-12-09', Th: '2026-12-10', Fr: '2026-12-11', Sa: '2026-12-12', Su: '2026-12-13' };
type State = 'open' | 'closed' | 'appointment';
type Case = [rule: string, at: string, expected: State];

/** `Mo 10:00` or `2027-06-14 06:00` (local) → the instant; Berlin is UTC+1 in winter, UTC+2 in summer. */
function instant(at: string): Date {
  const [day, time] = at.split(' ') as [string, string];
  const date = WEEK[day] ?? day;
  const month = Number(date.slice(5, 7));
  const summer = (month > 3 && month < 10) || (month === 3 && date >= '2027-03-28') || (month === 10 && date < '2027-10-31');
  return new Date(`${date}T${time}:00${summer ? '+02:00' : '+01:00'}`);
}

const CASES: Case[] = [
  // plain weeks
  ['Mo-Fr 08:00-12:00', 'Mo 10:00', 'open'],
  ['Mo-Fr 08:00-12:00', 'Mo 12:00', 'closed'],
  ['Mo-Fr 08:00-12:00', 'Sa 10:00', 'closed'],
  ['Mo-Fr 08:00-12:00,13:00-16:00', 'We 12:30', 'closed'],
  ['Mo-Fr 08:00-12:00,13:00-16:00', 'We 15:59', 'open'],
  ['Mo-Fr 08:00-12:00; Th 14:00-18:00', 'Th 10:00', 'closed'],
  ['Mo-Fr 08:00-12:00; Th 14:00-18:00', 'Th 15:00', 'open'],
  ['Mo-Fr 08:00-12:00, Th 14:00-18:00', 'Th 10:00', 'open'],
  ['Mo,We,Fr 09:00-13:00', 'Tu 10:00', 'closed'],
  ['Mo,We,Fr 09:00-13:00', 'Fr 12:59', 'open'],
  ['Mo-Sa 10:00-20:00', 'Sa 19:00', 'open'],
  ['Mo-Sa 10:00-20:00', 'Su 12:00', 'closed'],
  ['Tu-Th 09:00-12:00', 'Mo 10:00', 'closed'],
  ['Tu-Th 09:00-12:00', 'We 10:00', 'open'],
  ['Mo-Fr 7:30-16:00', 'Mo 07:45', 'open'],
  ['Mo-Fr 09:00-18:00; Sa 10:00-14:00; Su off', 'Sa 13:00', 'open'],
  ['Mo-Fr 09:00-18:00; Sa 10:00-14:00; Su off', 'Su 13:00', 'closed'],
  ['Mo-Fr 09:00-18:00; We off', 'We 10:00', 'closed'],
  ['Mo-Fr 09:00-18:00; We 09:00-12:00', 'We 13:00', 'closed'],
  ['Mo-Su 00:00-24:00', 'Su 03:00', 'open'],
  ['24/7', 'Su 03:00', 'open'],
  ['Mo-Fr 22:00-06:00', 'Tu 02:00', 'open'],
  ['Mo-Fr 22:00-06:00', 'Tu 07:00', 'closed'],
  ['Fr 18:00-02:00', 'Sa 01:30', 'open'],
  ['Mo-Fr 08:00-12:00 open', 'Mo 09:00', 'open'],
  ['Mo-Fr 08:00-12:00; Fr closed', 'Fr 09:00', 'closed'],
  // public holidays (NRW): Christmas Day is a Friday, New Year's Day a Friday, Ascension Thursday 6 May 2027
  ['Mo-Fr 08:00-12:00', '2026-12-25 10:00', 'closed'],
  ['Mo-Fr 08:00-12:00', '2027-01-01 10:00', 'closed'],
  ['Mo-Fr 08:00-12:00', '2027-05-06 10:00', 'closed'],
  ['Mo-Fr 08:00-12:00', '2026-12-24 10:00', 'open'],
  ['Mo-Fr 08:00-12:00; PH off', '2026-12-25 10:00', 'closed'],
  ['Mo-Fr 08:00-12:00; PH 10:00-12:00', '2026-12-25 09:00', 'closed'],
  ['Mo-Fr 08:00-12:00; PH 10:00-12:00', '2026-12-25 11:00', 'open'],
  ['Mo-Su 10:00-18:00; PH 10:00-18:00', '2026-12-26 12:00', 'open'],
  // dates and closures
  ['Mo-Fr 08:00-12:00; Dec 24-Jan 01 off', '2026-12-28 10:00', 'closed'],
  ['Mo-Fr 08:00-12:00; Dec 24-Jan 01 off', '2027-01-04 10:00', 'open'],
  ['Mo-Fr 08:00-12:00; Dec 24 off', '2026-12-24 10:00', 'closed'],
  ['Mo-Fr 08:00-12:00; 2026 Dec 21-2027 Jan 03 off', '2026-12-22 10:00', 'closed'],
  ['Jan-Mar Mo-Fr 09:00-12:00; Apr-Dec Mo-Fr 09:00-17:00', 'Mo 15:00', 'open'],
  ['Jan-Mar Mo-Fr 09:00-12:00; Apr-Dec Mo-Fr 09:00-17:00', '2027-01-11 15:00', 'closed'],
  ['Mo 09:00-12:00; week 01-53/2 Mo 14:00-16:00', 'Mo 10:00', 'open'],
  ['Sa[1] 10:00-12:00', '2026-12-05 11:00', 'open'],
  ['Sa[1] 10:00-12:00', 'Sa 11:00', 'closed'],
  ['We[-1] 16:00-18:00', '2026-12-30 17:00', 'open'],
  ['We[-1] 16:00-18:00', 'We 17:00', 'closed'],
  // DST: the clock jumps from 02:00 to 03:00 on Sunday 28 March 2027
  ['Su 01:00-04:00', '2027-03-28 03:30', 'open'],
  ['Mo-Fr 08:00-12:00', '2027-03-29 08:30', 'closed'], // Easter Monday
  ['Mo-Fr 08:00-12:00', '2027-03-30 08:30', 'open'],
  // open end: open from then on, not closed
  ['Mo-Sa 18:00+', 'Mo 20:00', 'open'],
  ['Mo-Sa 18:00+', 'Mo 17:00', 'closed'],
  ['Mo-Fr 17:00-open end', 'Tu 19:00', 'open'],
  ['Fr 20:00+', 'Fr 23:30', 'open'],
  // sun times at the place, per day of the year (Cologne: sunrise about 08:20 in December, 05:20 in June)
  ['Mo-Su sunrise-sunset', 'Mo 07:45', 'closed'],
  ['Mo-Su sunrise-sunset', 'Mo 12:00', 'open'],
  ['Mo-Su sunrise-sunset', 'Mo 17:00', 'closed'],
  ['Mo-Su sunrise-sunset', '2027-06-14 06:00', 'open'],
  ['Mo-Su sunrise-sunset', '2027-06-14 21:30', 'open'],
  ['Mo-Su sunrise-sunset', '2027-06-14 22:30', 'closed'],
  ['Mo-Su 07:00-sunset', 'Mo 16:45', 'closed'],
  // by appointment: a state of its own, never "open 24/7" and never "always closed"
  ['"nach Vereinbarung"', 'Su 03:00', 'appointment'],
  ['"nach Vereinbarung"', 'Mo 10:00', 'appointment'],
  ['nach Vereinbarung', 'Mo 10:00', 'appointment'],
  ['"by appointment"', 'We 11:00', 'appointment'],
  ['Termin nach Vereinbarung', 'We 11:00', 'appointment'],
  ['Tu 14:00-18:00 "nur mit Termin"', 'Tu 15:00', 'appointment'],
  ['Tu 14:00-18:00 "nur mit Termin"', 'Tu 19:00', 'closed'],
  ['Mo-Fr 08:00-12:00; Th 14:00-18:00 "nur mit Termin"', 'Th 15:00', 'appointment'],
  ['Mo-Fr 08:00-12:00; Th 14:00-18:00 "nur mit Termin"', 'Fr 09:00', 'open'],
  ['Mo 08:00-12:00 "Notfallsprechstunde ohne Termin"', 'Mo 09:00', 'open'],
  // a fallback rule: the hours, and by appointment at any other time (not open around the clock)
  ['Mo-Fr 09:00-12:00 || "nach Vereinbarung"', 'Mo 10:00', 'open'],
  ['Mo-Fr 09:00-12:00 || "nach Vereinbarung"', 'Mo 14:00', 'appointment'],
  ['Mo-Fr 09:00-12:00 || "nach Vereinbarung"', 'Su 03:00', 'appointment'],
];

describe('opening hours corpus: compiled meaning at chosen instants', () => {
  const compiled = new Map<string, ReturnType<typeof compileHours>>();
  it(`has at least 60 real-world values (${CASES.length} cases, ${new Set(CASES.map((c) => c[0])).size} values)`, () => {
    assert.ok(CASES.length >= 60);
  });
  for (const [rule, at, expected] of CASES) {
    it(`${rule} @ ${at} → ${expected}`, () => {
      let h = compiled.get(rule);
      if (!h) {
        h = compileHours(rule, { state: 'NW', from: '2026-12-01', ...COLOGNE });
        compiled.set(rule, h);
      }
      assert.equal(evaluateHours(h, instant(at), 'Europe/Berlin').state, expected);
    });
  }
});

describe('opening hours whose meaning differs from how they read get a warning', () => {
  for (const [rule, says] of [
    ['Mo-Fr 09:00-12:00 || "nach Vereinbarung"', /applies at every time the rules before it do not cover.*"by appointment"/],
    ['Mo-Sa 18:00+', /open from 18:00/],
    ['nach Vereinbarung', /Please use notation|by appointment/],
    ['"nach Vereinbarung"', /shown as "by appointment" on every day/],
  ] as const) {
    it(rule, () => {
      const { error, warnings } = checkHours(rule);
      assert.equal(error, undefined);
      assert.match(warnings.join('\n'), says);
    });
  }
  it('a plain week gets none', () => {
    assert.deepEqual(checkHours('Mo-Fr 08:00-12:00,14:00-16:00; Sa 10:00-12:00').warnings, []);
  });
});
