import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkHours, compileHours } from '../../../src/authoring/hours/hours-compile.js';
import { emptyModel, fromOsm, inClosure, toOsm, type HoursModel, type TimeRange } from '../../../src/editor/fields/hours-editor/hours-model.js';

const r = (start: string, end: string, comment?: string): TimeRange => ({ start, end, ...(comment ? { comment } : {}) });
const week = (...days: TimeRange[][]): TimeRange[][] => [0, 1, 2, 3, 4, 5, 6].map((i) => days[i] ?? []);
const model = (m: Partial<HoursModel>): HoursModel => ({ ...emptyModel(), ...m });

/** Rules as this editor writes them (dates far ahead: the library warns about past ones): each reads back into the model and is written again unchanged. */
const CANONICAL = [
  'Mo-Fr 08:00-12:00; PH off',
  'Mo,We,Fr 08:00-12:00; Tu,Th 08:00-12:00,14:00-18:00; PH off',
  'Mo,We,Fr 08:00-12:00; Tu,Th 08:00-12:00,14:00-18:00; PH off; 2030 Dec 24-2031 Jan 01 off',
  'Mo-Fr 08:00-12:00, Th 14:00-18:00 "nur mit Termin"; PH off',
  'Th 14:00-18:00 "nur mit Termin"; PH off',
  'Mo-Fr 09:00-17:00; Sa 10:00-13:00; PH off',
  'Mo,Tu 08:00-16:00; We,Fr 08:00-12:00; Th 08:00-18:00; PH off',
  'Mo-Fr 08:00-12:00; PH Mo-Fr 08:00-12:00',
  'Mo-Fr 08:00-12:00, Th 14:00-18:00 "nur mit Termin"; PH Mo-Fr 08:00-12:00, PH Th 14:00-18:00 "nur mit Termin"',
  'Mo-Fr 08:00-12:00; PH off; 2030 Aug 03-2030 Aug 14 off "Sommerpause"',
  'Mo-Fr 08:00-12:00; PH off; 2030 Dec 24 off',
  'Mo-Fr 08:00-12:00; PH off; 2030 Dec 24-2031 Jan 01 off; 2030 Dec 30 10:00-12:00',
  'Mo-Fr 08:00-12:00; PH off || "nach Vereinbarung"',
  'Sa,Su 10:00-18:00; PH off',
  'Mo-Su 06:30-22:00; PH off',
  'Mo-Fr 08:00-12:00; PH off; Dec 24-Jan 01 off "Weihnachten"',
  'Mo-Fr 08:00-12:00; PH off; Dec 31 off',
  '"nach Vereinbarung"',
];

/** Common rules written by hand: readable, and written again in the editor's form with the same meaning. */
const SIMPLE: [string, string][] = [
  ['Mo-Fr 08:00-12:00', 'Mo-Fr 08:00-12:00; PH off'],
  ['Mo-Fr 8:00-12:00; PH closed', 'Mo-Fr 08:00-12:00; PH off'],
  ['08:00-18:00', 'Mo-Su 08:00-18:00; PH off'],
  ['Mo-Fr 08:00-12:00; We off', 'Mo,Tu,Th,Fr 08:00-12:00; PH off'],
  ['Fr-Mo 10:00-12:00', 'Mo,Fr-Su 10:00-12:00; PH off'],
  ['Mo-Fr 08:00-12:00; 2030 Aug 03-14 off', 'Mo-Fr 08:00-12:00; PH off; 2030 Aug 03-2030 Aug 14 off'],
  ['"nur mit Termin"', '"nach Vereinbarung"'],
];

/** Outside the model: the UI keeps them in the expert field. */
const EXPERT = [
  '24/7',
  'Mo-Fr 08:00-24:00',
  'Mo-Fr 22:00-02:00',
  'Mo-Fr 08:00-12:00 "nur in den Schulferien"',
  'Mo-Fr 08:00-12:00; Dec 24-2027 Jan 01 off',
  'Mo-Fr 08:00-12:00; SH off',
  'Mo-Fr sunrise-sunset',
  'Mo-Fr 08:00-12:00; PH 10:00-12:00',
  'Mo-Fr 08:00-12:00 || "offen"',
  'Mo-Fr 08:00+',
  'Mo-Fr 08:00-12:00; 2026 Dec 24-2026 Dec 20 off',
  'Mo-Fr 08:00-12:00; 2026 Feb 30 off',
  'week 01-10 Mo 08:00-12:00',
];

describe('opening-hours editor model (hours-model.ts)', () => {
  for (const rule of CANONICAL) {
    it(`reads and writes back unchanged: ${rule}`, () => {
      const m = fromOsm(rule);
      assert.ok(m, 'the model can say it');
      assert.equal(toOsm(m), rule);
      assert.deepEqual(fromOsm(toOsm(m)), m);
    });
  }

  for (const [rule, written] of SIMPLE) {
    it(`reads a simple rule: ${rule}`, () => {
      const m = fromOsm(rule);
      assert.ok(m);
      assert.equal(toOsm(m), written);
    });
  }

  for (const rule of EXPERT) {
    it(`leaves to the expert field: ${rule}`, () => assert.equal(fromOsm(rule), undefined));
  }

  it('every rule it writes passes the CLI check without errors or meaning warnings', () => {
    for (const rule of [...CANONICAL, ...SIMPLE.map(([, w]) => w)]) {
      const check = checkHours(rule);
      assert.equal(check.error, undefined, rule);
      // Only the values that say "by appointment" instead of times get the note saying exactly that.
      const expected = rule === '"nach Vereinbarung"' ? ['hoursWarning.appointmentOnly'] : rule.includes('||') ? ['hoursWarning.fallbackAppointment'] : [];
      assert.deepEqual(check.notes.map((n) => n.code), expected, rule);
    }
  });

  it('writes Mo–Fr mornings plus Tu and Th afternoons without replacing the mornings', () => {
    const morning = r('08:00', '12:00');
    const m = model({ days: week([morning], [morning, r('14:00', '18:00')], [morning], [morning, r('14:00', '18:00')], [morning]) });
    const rule = toOsm(m);
    assert.equal(rule, 'Mo,We,Fr 08:00-12:00; Tu,Th 08:00-12:00,14:00-18:00; PH off');
    const compiled = compileHours(rule, { state: 'NW', from: '2026-11-30', months: 1 });
    assert.deepEqual(compiled.week[1], [[480, 720], [840, 1080]], 'Tuesday has both');
    assert.deepEqual(compiled.week[0], [[480, 720]]);
  });

  it('closes across New Year, and a special day inside the closure opens', () => {
    const m = model({ days: week([r('08:00', '12:00')], [r('08:00', '12:00')], [r('08:00', '12:00')], [r('08:00', '12:00')], [r('08:00', '12:00')]), closures: [{ from: '2026-12-24', to: '2027-01-01' }], specialDays: [{ date: '2026-12-30', ranges: [r('10:00', '12:00')] }] });
    const rule = toOsm(m);
    assert.equal(rule, 'Mo-Fr 08:00-12:00; PH off; 2026 Dec 24-2027 Jan 01 off; 2026 Dec 30 10:00-12:00');
    const compiled = compileHours(rule, { state: 'NW', from: '2026-12-01', months: 2 });
    for (const date of ['2026-12-24', '2026-12-28', '2026-12-31', '2027-01-01']) assert.deepEqual(compiled.exceptions[date], [], `${date} closed`);
    assert.deepEqual(compiled.exceptions['2026-12-30'], [[600, 720]]);
    assert.equal(compiled.exceptions['2027-01-04'], undefined, 'open again on Monday 4 January');
  });

  it('closures every year: read in the given year, across New Year, and matched in any year', () => {
    const m = fromOsm('Mo-Fr 08:00-12:00; PH off; Dec 24-Jan 01 off', { year: 2026 });
    assert.deepEqual(m?.closures, [{ from: '2026-12-24', to: '2027-01-01', yearly: true }]);
    const c = m!.closures[0]!;
    assert.deepEqual(['2030-12-23', '2030-12-24', '2031-01-01', '2031-01-02', '2030-06-01'].map((d) => inClosure(c, d)), [false, true, true, false, false]);
    assert.equal(inClosure({ from: '2026-12-24', to: '2027-01-01' }, '2030-12-28'), false, 'a dated closure only in its years');
    const compiled = compileHours(toOsm(m!), { state: 'NW', from: '2027-12-01', months: 2 });
    assert.deepEqual(compiled.exceptions['2027-12-27'], [], 'closed again the next winter');
  });

  it('public holidays: closed with PH off, as on other days when switched off', () => {
    const days = week([], [], [], [], [r('08:00', '12:00')]);
    const closed = compileHours(toOsm(model({ days })), { state: 'NW', from: '2026-12-01', months: 1 });
    assert.deepEqual(closed.exceptions['2026-12-25'], [], 'Christmas Day (a Friday) closed');
    const open = compileHours(toOsm(model({ days, holidaysClosed: false })), { state: 'NW', from: '2026-12-01', months: 1 });
    assert.equal(open.exceptions['2026-12-25'], undefined, 'Christmas Day as on other Fridays');
    assert.deepEqual(open.week[4], [[480, 720]]);
  });

  it('appointment only: no times, and the compiled hours say "by appointment"', () => {
    const m = model({ appointmentOnly: true, days: week([r('08:00', '12:00')]) });
    assert.equal(toOsm(m), '"nach Vereinbarung"');
    assert.equal(compileHours(toOsm(m), { state: 'NW', from: '2026-12-01', months: 1 }).byAppointment, true);
    assert.equal(fromOsm('"nach Vereinbarung"')?.appointmentOnly, true);
  });

  it('a rule that never says PH takes the municipality setting; empty values are an empty model', () => {
    assert.equal(fromOsm('Mo-Fr 08:00-12:00', { closedOnPublicHolidays: false })?.holidaysClosed, false);
    assert.deepEqual(fromOsm(''), emptyModel());
    assert.equal(toOsm(emptyModel()), '');
  });
});
