import { expect } from '@open-wc/testing';
import type { CompiledHours } from '../../../src/pack/types.js';
import { addDays, evaluateHours, localDate, localDateTime, weekTable, weekdayOf } from '../../../src/reader/hours/evaluate.js';

const TZ = 'Europe/Berlin';
const at = (iso: string) => new Date(iso);
const lunch: [number, number][] = [
  [480, 720],
  [780, 960],
];

/** Mo–Fr 08:00–12:00 and 13:00–16:00, Th 14:00–18:00 "nur mit Termin"; Fronleichnam 2027 closed. */
const office: CompiledHours = {
  week: [lunch, lunch, lunch, [[840, 1080, 0]], lunch, [], []],
  exceptions: { '2027-05-27': [] },
  comments: ['nur mit Termin'],
};

describe('evaluateHours', () => {
  it('is open on a normal weekday morning and says when it closes', () => {
    // Wednesday 13 January 2027, 09:30 CET
    expect(evaluateHours(office, at('2027-01-13T08:30:00Z'), TZ)).to.deep.equal({
      state: 'open',
      closesAt: { minutes: 720, date: '2027-01-13' },
    });
  });

  it('is closed during the lunch break and opens again the same afternoon', () => {
    expect(evaluateHours(office, at('2027-01-13T11:30:00Z'), TZ)).to.deep.equal({
      state: 'closed',
      opensAt: { minutes: 780, date: '2027-01-13', weekday: 2 },
    });
  });

  it('closes at the end of the last interval, exactly', () => {
    expect(evaluateHours(office, at('2027-01-13T14:59:00Z'), TZ).state).to.equal('open');
    expect(evaluateHours(office, at('2027-01-13T15:00:00Z'), TZ).state).to.equal('closed');
  });

  it('opens next Monday when closed on Friday evening', () => {
    expect(evaluateHours(office, at('2027-01-15T16:00:00Z'), TZ)).to.deep.equal({
      state: 'closed',
      opensAt: { minutes: 480, date: '2027-01-18', weekday: 0 },
    });
  });

  it('gives the condition of the current or next interval as comment', () => {
    // Thursday 14 January 2027, 15:00 CET: open "nur mit Termin"
    expect(evaluateHours(office, at('2027-01-14T14:00:00Z'), TZ)).to.deep.equal({
      state: 'open',
      closesAt: { minutes: 1080, date: '2027-01-14' },
      comment: 'nur mit Termin',
    });
    // Thursday 10:00: closed, opens at 14:00 "nur mit Termin"
    expect(evaluateHours(office, at('2027-01-14T09:00:00Z'), TZ)).to.deep.equal({
      state: 'closed',
      opensAt: { minutes: 840, date: '2027-01-14', weekday: 3 },
      comment: 'nur mit Termin',
    });
  });

  it('is closed on a public holiday (an exception) and opens the next working day', () => {
    // Fronleichnam, Thursday 27 May 2027, 15:00 CEST
    expect(evaluateHours(office, at('2027-05-27T13:00:00Z'), TZ)).to.deep.equal({
      state: 'closed',
      opensAt: { minutes: 480, date: '2027-05-28', weekday: 4 },
    });
  });

  describe('across DST changes (Europe/Berlin, 2027)', () => {
    const night: CompiledHours = { week: [[], [], [], [], [], [], [[60, 240]]], exceptions: {} };

    it('spring forward, Sunday 28 March: 01:00–04:00 local, though the day has no 02:xx', () => {
      expect(evaluateHours(night, at('2027-03-27T23:30:00Z'), TZ)).to.deep.equal({
        state: 'closed',
        opensAt: { minutes: 60, date: '2027-03-28', weekday: 6 },
      }); // 00:30 CET
      expect(evaluateHours(night, at('2027-03-28T00:59:00Z'), TZ)).to.deep.equal({
        state: 'open',
        closesAt: { minutes: 240, date: '2027-03-28' },
      }); // 01:59 CET
      expect(evaluateHours(night, at('2027-03-28T01:00:00Z'), TZ).state).to.equal('open'); // 03:00 CEST
      expect(evaluateHours(night, at('2027-03-28T01:59:00Z'), TZ).state).to.equal('open'); // 03:59 CEST
      expect(evaluateHours(night, at('2027-03-28T02:00:00Z'), TZ)).to.deep.equal({
        state: 'closed',
        opensAt: { minutes: 60, date: '2027-04-04', weekday: 6 },
      }); // 04:00 CEST
    });

    it('fall back, Sunday 31 October: 01:00–04:00 local, through both 02:30s', () => {
      expect(evaluateHours(night, at('2027-10-30T22:59:00Z'), TZ).state).to.equal('closed'); // 00:59 CEST
      expect(evaluateHours(night, at('2027-10-30T23:00:00Z'), TZ).state).to.equal('open'); // 01:00 CEST
      expect(evaluateHours(night, at('2027-10-31T00:30:00Z'), TZ).state).to.equal('open'); // 02:30 CEST
      expect(evaluateHours(night, at('2027-10-31T01:30:00Z'), TZ)).to.deep.equal({
        state: 'open',
        closesAt: { minutes: 240, date: '2027-10-31' },
      }); // 02:30 CET
      expect(evaluateHours(night, at('2027-10-31T02:59:00Z'), TZ).state).to.equal('open'); // 03:59 CET
      expect(evaluateHours(night, at('2027-10-31T03:00:00Z'), TZ).state).to.equal('closed'); // 04:00 CET
    });

    it('reads the wall clock right on either side of the switch', () => {
      expect(localDateTime(at('2027-03-28T00:59:00Z'), TZ)).to.deep.equal({ date: '2027-03-28', minutes: 119, weekday: 6 });
      expect(localDateTime(at('2027-03-28T01:00:00Z'), TZ)).to.deep.equal({ date: '2027-03-28', minutes: 180, weekday: 6 });
      expect(localDateTime(at('2027-10-31T00:59:00Z'), TZ).minutes).to.equal(179);
      expect(localDateTime(at('2027-10-31T01:00:00Z'), TZ).minutes).to.equal(120);
    });
  });

  it('follows hours across midnight for "closes at"', () => {
    const bar: CompiledHours = { week: [[], [], [], [], [[1320, 1440]], [[0, 120]], []], exceptions: {} };
    // Friday 15 January 2027, 23:00 CET
    expect(evaluateHours(bar, at('2027-01-15T22:00:00Z'), TZ)).to.deep.equal({
      state: 'open',
      closesAt: { minutes: 120, date: '2027-01-16' },
    });
    // Saturday 01:00 CET
    expect(evaluateHours(bar, at('2027-01-16T00:00:00Z'), TZ)).to.deep.equal({
      state: 'open',
      closesAt: { minutes: 120, date: '2027-01-16' },
    });
  });

  it('says "closes at 24:00" (1440) when the next day does not continue', () => {
    const late: CompiledHours = { week: [[[1200, 1440]], [], [], [], [], [], []], exceptions: {} };
    expect(evaluateHours(late, at('2027-01-11T22:00:00Z'), TZ)).to.deep.equal({
      state: 'open',
      closesAt: { minutes: 1440, date: '2027-01-11' },
    });
  });

  it('is always open for 24/7', () => {
    const always: CompiledHours = { week: Array.from({ length: 7 }, () => [[0, 1440]]), exceptions: {}, alwaysOpen: true };
    expect(evaluateHours(always, at('2027-05-27T03:00:00Z'), TZ)).to.deep.equal({ state: 'open' });
  });

  it('is closed without a next opening when nothing opens within 14 days, unknown for malformed hours', () => {
    const never: CompiledHours = { week: [[], [], [], [], [], [], []], exceptions: {} };
    expect(evaluateHours(never, at('2027-01-13T08:30:00Z'), TZ)).to.deep.equal({ state: 'closed' });
    expect(evaluateHours({ week: [], exceptions: {} }, at('2027-01-13T08:30:00Z'), TZ)).to.deep.equal({ state: 'unknown' });
  });
});

describe('weekTable', () => {
  it('lists Monday to Sunday of the current week with exceptions applied', () => {
    const days = weekTable(office, '2027-05-27');
    expect(days.map((d) => d.date)).to.deep.equal(['2027-05-24', '2027-05-25', '2027-05-26', '2027-05-27', '2027-05-28', '2027-05-29', '2027-05-30']);
    expect(days.map((d) => d.weekday)).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
    expect(days[3]).to.deep.equal({ date: '2027-05-27', weekday: 3, intervals: [], exception: true });
    expect(days[0]!.intervals).to.deep.equal(lunch);
    expect(days[0]!.exception).to.equal(false);
  });

  it('starts on the Monday before a Sunday', () => {
    expect(weekTable(office, '2027-01-17')[0]!.date).to.equal('2027-01-11');
  });
});

describe('localDate', () => {
  it('gives the local date in the time zone, not UTC', () => {
    expect(localDate(at('2027-03-27T23:30:00Z'), TZ)).to.equal('2027-03-28');
    expect(localDate(at('2027-03-27T23:30:00Z'), 'UTC')).to.equal('2027-03-27');
    expect(localDate(at('2026-12-31T23:00:00Z'), TZ)).to.equal('2027-01-01');
  });

  it('does calendar arithmetic on dates', () => {
    expect(addDays('2027-12-31', 1)).to.equal('2028-01-01');
    expect(addDays('2028-03-01', -1)).to.equal('2028-02-29');
    expect(weekdayOf('2027-03-28')).to.equal(6);
  });
});
