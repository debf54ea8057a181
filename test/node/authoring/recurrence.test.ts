import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkEventTime, compileOccurrences, zonedIso, type EventTime } from '../../../src/authoring/events/recurrence.js';

const town = { timeZone: 'Europe/Berlin', state: 'NW', windowFrom: '2026-12-01' };
const starts = (time: EventTime, options = town) => compileOccurrences(time, options).map((o) => o[0]);

describe('event times compiled into occurrences', () => {
  test('every Tuesday 15:00–17:00, with exception dates and an end', () => {
    const out = compileOccurrences({ repeat: { every: 'week', on: ['Tu'] }, from: '2026-11-03', until: '2027-01-19', start: '15:00', end: '17:00', except: ['2026-12-22', '2026-12-29'] }, town);
    assert.deepEqual(out, [
      ['2026-12-01T15:00+01:00', '2026-12-01T17:00+01:00'],
      ['2026-12-08T15:00+01:00', '2026-12-08T17:00+01:00'],
      ['2026-12-15T15:00+01:00', '2026-12-15T17:00+01:00'],
      ['2027-01-05T15:00+01:00', '2027-01-05T17:00+01:00'],
      ['2027-01-12T15:00+01:00', '2027-01-12T17:00+01:00'],
      ['2027-01-19T15:00+01:00', '2027-01-19T17:00+01:00'],
    ]);
  });

  test('keeps the wall-clock time across the DST changes and states the new offset', () => {
    const out = starts({ repeat: { every: 'week', on: ['Su'] }, from: '2027-03-21', until: '2027-11-07', start: '10:00' });
    assert.equal(out[0], '2027-03-21T10:00+01:00');
    assert.equal(out[1], '2027-03-28T10:00+02:00', 'summer time starts on 28 March 2027');
    assert.equal(out.at(-2), '2027-10-31T10:00+01:00', 'and ends on 31 October 2027');
    // The same instant as the reader's clock sees it
    assert.equal(new Date(out[1]!).toISOString(), '2027-03-28T08:00:00.000Z');
  });

  test('first Monday and last Friday of the month', () => {
    assert.deepEqual(starts({ repeat: { every: 'month', on: [{ week: 1, day: 'Mo' }] }, from: '2026-12-01', until: '2027-04-30', start: '18:00' }).map((s) => s.slice(0, 10)), ['2026-12-07', '2027-01-04', '2027-02-01', '2027-03-01', '2027-04-05']);
    assert.deepEqual(starts({ repeat: { every: 'month', on: [{ week: -1, day: 'Fr' }] }, from: '2026-12-01', until: '2027-03-31' }), ['2026-12-25', '2027-01-29', '2027-02-26', '2027-03-26']);
  });

  test('leaves out public holidays of the state when the event says so', () => {
    const time: EventTime = { repeat: { every: 'week', on: ['Fr'] }, from: '2026-12-18', until: '2027-01-08', start: '09:00', end: '11:00' };
    assert.deepEqual(starts(time).map((s) => s.slice(0, 10)), ['2026-12-18', '2026-12-25', '2027-01-01', '2027-01-08']);
    assert.deepEqual(starts({ ...time, skipHolidays: true }).map((s) => s.slice(0, 10)), ['2026-12-18', '2027-01-08'], 'Christmas Day and New Year are Fridays');
    // Corpus Christi (27 May 2027) is a holiday in NW, not in Berlin
    const thursday: EventTime = { dates: ['2027-05-27'], start: '10:00', skipHolidays: true };
    assert.deepEqual(starts(thursday), []);
    assert.deepEqual(starts(thursday, { ...town, state: 'BE' }), ['2027-05-27T10:00+02:00']);
  });

  test('every second week counts from the first day', () => {
    assert.deepEqual(starts({ repeat: { every: 'week', on: ['We'], interval: 2 }, from: '2026-12-09', until: '2027-01-20' }), ['2026-12-09', '2026-12-23', '2027-01-06', '2027-01-20']);
  });

  test('several dates: sorted, past ones and those beyond the window left out, all-day without a time', () => {
    assert.deepEqual(compileOccurrences({ dates: ['2027-02-10', '2026-11-30', '2026-12-12', '2028-01-01'] }, town), [['2026-12-12'], ['2027-02-10']]);
  });

  test('an end before the start is on the next day', () => {
    assert.deepEqual(compileOccurrences({ dates: ['2026-12-31'], start: '20:00', end: '01:00' }, town), [['2026-12-31T20:00+01:00', '2027-01-01T01:00+01:00']]);
  });

  test('the window is 12 months by default', () => {
    const out = starts({ repeat: { every: 'week', on: ['Mo'] }, from: '2026-01-05' });
    assert.equal(out[0]!.slice(0, 10), '2026-12-07');
    assert.equal(out.at(-1)!.slice(0, 10), '2027-11-29');
    assert.equal(out.length, 52);
  });

  test('zonedIso states the offset of that moment', () => {
    assert.equal(zonedIso('2026-07-01', '12:00', 'Europe/Berlin'), '2026-07-01T12:00+02:00');
    assert.equal(zonedIso('2026-07-01', '12:00', 'Europe/Kyiv'), '2026-07-01T12:00+03:00');
  });
});

describe('event time problems, each with its field', () => {
  const fields = (t: EventTime) => checkEventTime(t).map((p) => p.field);
  test('a valid rule has none', () => {
    assert.deepEqual(checkEventTime({ repeat: { every: 'month', on: [{ week: 1, day: 'Mo' }] }, from: '2026-12-01', start: '18:00', end: '20:00' }), []);
  });
  test('names what is wrong and where', () => {
    assert.deepEqual(fields({}), ['time']);
    assert.deepEqual(fields({ dates: ['2026-02-30', '8.12.2026'] }), ['time.dates[0]', 'time.dates[1]']);
    assert.deepEqual(fields({ repeat: { every: 'week', on: ['Tue' as 'Tu'] } }), ['time.from', 'time.repeat.on[0]']);
    assert.deepEqual(fields({ dates: ['2026-12-01'], start: '25:00', end: '17:00' }), ['time.start']);
    assert.deepEqual(fields({ dates: ['2026-12-01'], end: '17:00' }), ['time.start']);
    assert.deepEqual(fields({ repeat: { every: 'month', on: [{ week: 5 as 1, day: 'Mo' }] }, from: '2027-01-01', until: '2026-01-01' }), ['time.until', 'time.repeat.on[0].week']);
    assert.match(checkEventTime({ repeat: { every: 'week', on: ['Tu'], interval: 0 }, from: '2026-12-01' })[0]!.message, /whole number of weeks/);
  });
});
