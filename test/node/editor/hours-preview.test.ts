import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { previewHours } from '../../../src/editor/hours-preview.js';

const options = { state: 'NW', timeZone: 'Europe/Berlin', now: new Date('2026-12-03T09:30:00Z') };

describe('opening-hours preview of any week (hours-preview.ts)', () => {
  it('shows this week by default and the chosen week with weekOf, holidays named', () => {
    const rule = 'Mo-Fr 08:00-12:00; PH off';
    assert.equal(previewHours(rule, options).week[0]!.date, '2026-11-30');
    const christmas = previewHours(rule, { ...options, weekOf: '2026-12-24' });
    assert.deepEqual(christmas.week.map((d) => d.date), ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27']);
    assert.deepEqual(christmas.week[3]!.intervals, [{ start: 480, end: 720 }]);
    assert.equal(christmas.week[4]!.holiday, '1. Weihnachtstag', 'Christmas Day is a holiday, by its name');
    assert.deepEqual(christmas.week[4]!.intervals, []);
    assert.equal(christmas.week.some((d) => d.today), false);
    assert.equal(christmas.open, true, '"open now" is still about now (Thursday 10:30 in Berlin)');
  });
});
