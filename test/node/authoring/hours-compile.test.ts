import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkHours, compileHours, mentionsPublicHolidays, windowUntil } from '../../../src/authoring/hours/hours-compile.js';

const FROM = '2026-12-01';

describe('compileHours', () => {
  it('compiles a regular week with a lunch break in minutes from midnight', () => {
    const h = compileHours('Mo-Fr 08:00-12:00,13:00-16:30', { state: 'NW', from: FROM });
    const day = [[480, 720], [780, 990]];
    assert.deepEqual(h.week, [day, day, day, day, day, [], []]);
    assert.equal(h.comments, undefined);
    assert.equal(h.alwaysOpen, undefined);
  });

  it('closes on the public holidays of the state when the rule does not mention PH', () => {
    const nw = compileHours('Mo-Fr 08:00-12:00', { state: 'NW', from: FROM });
    const be = compileHours('Mo-Fr 08:00-12:00', { state: 'BE', from: FROM });
    assert.deepEqual(nw.exceptions['2027-01-01'], []); // Neujahr, everywhere
    assert.deepEqual(be.exceptions['2027-01-01'], []);
    assert.deepEqual(nw.exceptions['2027-05-27'], []); // Fronleichnam: NW, not Berlin
    assert.equal(be.exceptions['2027-05-27'], undefined);
    assert.deepEqual(be.exceptions['2027-03-08'], []); // Frauentag: Berlin, not NW
    assert.equal(nw.exceptions['2027-03-08'], undefined);
    assert.deepEqual(nw.exceptions['2027-11-01'], []); // Allerheiligen (Monday) in NW
    assert.equal(nw.exceptions['2027-01-06'], undefined); // Heilige Drei Könige: not in NW
  });

  it('keeps holidays open when the municipality says so or the rule mentions PH', () => {
    const open = compileHours('Mo-Fr 08:00-12:00', { state: 'NW', from: FROM, closedOnPublicHolidays: false });
    assert.equal(open.exceptions['2027-01-01'], undefined);
    const ph = compileHours('Mo-Fr 08:00-12:00; PH 10:00-11:00', { state: 'NW', from: FROM });
    assert.deepEqual(ph.exceptions['2027-01-01'], [[600, 660]]);
    assert.ok(mentionsPublicHolidays('Mo-Fr 08:00-12:00; PH off'));
    assert.ok(!mentionsPublicHolidays('Mo-Fr 08:00-12:00 "PH"'));
  });

  it('puts comments in `comments` and the third element of the interval', () => {
    const h = compileHours('Mo-Fr 08:00-12:00; Th 14:00-18:00 "nur mit Termin"', { state: 'NW', from: FROM });
    assert.deepEqual(h.comments, ['nur mit Termin']);
    assert.deepEqual(h.week[3], [[840, 1080, 0]]);
    assert.deepEqual(h.week[0], [[480, 720]]);
    const open = compileHours('Mo 09:00-10:00 open "Sprechstunde"', { state: 'NW', from: FROM });
    assert.deepEqual(open.week[0], [[540, 600, 0]]);
  });

  it('splits hours that run past midnight', () => {
    const h = compileHours('Fr 22:00-02:00', { state: 'BE', from: FROM, closedOnPublicHolidays: false });
    assert.deepEqual(h.week[4], [[1320, 1440]]);
    assert.deepEqual(h.week[5], [[0, 120]]);
  });

  it('keeps wall-clock times across DST changes, whatever the process time zone', () => {
    const h = compileHours('Su 01:00-04:00', { state: 'BE', from: '2027-03-01', closedOnPublicHolidays: false });
    assert.deepEqual(h.week[6], [[60, 240]]);
    assert.equal(h.exceptions['2027-03-28'], undefined);
    assert.equal(h.exceptions['2027-10-31'], undefined);
    assert.equal(process.env.TZ, process.env.TZ); // restored (no throw)
  });

  it('compiles 24/7 to alwaysOpen without holiday exceptions', () => {
    const h = compileHours('24/7', { state: 'NW', from: FROM });
    assert.equal(h.alwaysOpen, true);
    assert.deepEqual(h.exceptions, {});
    assert.deepEqual(h.week[2], [[0, 1440]]);
  });

  it('covers 18 months from the build date', () => {
    assert.equal(windowUntil('2026-12-01'), '2028-05-31');
    const h = compileHours('Mo-Fr 08:00-12:00', { state: 'NW', from: FROM });
    const dates = Object.keys(h.exceptions).sort();
    assert.ok(dates[0]! >= FROM && dates.at(-1)! <= '2028-05-31');
  });
});

describe('checkHours', () => {
  it('returns the library message and the position of the mistake', () => {
    assert.deepEqual(checkHours('Mo-Fr 08:00-12:00'), { warnings: [], notes: [] });
    const bad = checkHours('Mo-Fr 08:00-12:00; Sa 25:00-13:00');
    assert.equal(bad.error?.message, 'Time range starts outside of the current day');
    assert.equal(bad.error?.position, 27);
    assert.equal(checkHours('Mo-Fx 08:00').error?.position, 4);
  });

  it('passes on the library warnings', () => {
    assert.match(checkHours('Mo-Fr 8-12').warnings[0]!, /Time range without minutes/);
  });
});
