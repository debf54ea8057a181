import { expect } from '@open-wc/testing';
import { escapeText, foldLine, toIcs } from '../../../src/reader/calendar/ics.js';

const unfold = (ics: string) => ics.replace(/\r\n /g, '');
const field = (ics: string, name: string) => unfold(ics).split('\r\n').find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
const now = new Date('2026-12-01T09:30:00Z');

describe('add to calendar (.ics, RFC 5545)', () => {
  it('writes a timed occurrence in UTC, summer and winter alike', () => {
    const winter = toIcs({ uid: 'sprachcafe@musterstadt', title: 'Sprachcafé', occurrence: ['2026-12-08T15:00+01:00', '2026-12-08T17:00+01:00'] }, now);
    expect(field(winter, 'DTSTART')).to.equal('DTSTART:20261208T140000Z');
    expect(field(winter, 'DTEND')).to.equal('DTEND:20261208T160000Z');
    expect(field(winter, 'UID')).to.equal('UID:sprachcafe@musterstadt-20261208T140000Z');
    expect(field(winter, 'DTSTAMP')).to.equal('DTSTAMP:20261201T093000Z');
    const summer = toIcs({ uid: 'x', title: 'x', occurrence: ['2027-06-01T15:00+02:00'] }, now);
    expect(field(summer, 'DTSTART')).to.equal('DTSTART:20270601T130000Z');
    expect(field(summer, 'DTEND')).to.equal(undefined);
  });

  it('writes all-day occurrences as dates with an exclusive end', () => {
    const ics = toIcs({ uid: 'fest', title: 'Stadtfest', occurrence: ['2027-06-12'] }, now);
    expect(field(ics, 'DTSTART')).to.equal('DTSTART;VALUE=DATE:20270612');
    expect(field(ics, 'DTEND')).to.equal('DTEND;VALUE=DATE:20270613');
  });

  it('is a calendar with one event, CRLF line ends and escaped text', () => {
    const ics = toIcs({ uid: 'a', title: 'Beratung; Familie, Kinder', description: 'Raum 104–112\nmit Termin', location: 'Rathaus, Markt 1', url: 'https://example.org/a', occurrence: ['2026-12-08T15:00+01:00'] }, now);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).to.equal(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.include('\n');
    expect(field(ics, 'SUMMARY')).to.equal('SUMMARY:Beratung\\; Familie\\, Kinder');
    expect(field(ics, 'DESCRIPTION')).to.equal('DESCRIPTION:Raum 104–112\\nmit Termin');
    expect(field(ics, 'LOCATION')).to.equal('LOCATION:Rathaus\\, Markt 1');
    expect(escapeText('a\\b')).to.equal('a\\\\b');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const title = 'مقهى اللغة للقادمين الجدد في مركز الحي — كل يوم ثلاثاء من الساعة الثالثة';
    const ics = toIcs({ uid: 'ar', title, occurrence: ['2026-12-08T15:00+01:00'] }, now);
    const bytes = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(bytes.encode(line).length).to.be.at.most(75);
    expect(field(ics, 'SUMMARY')).to.equal(`SUMMARY:${title}`);
    expect(foldLine('x'.repeat(75))).to.equal('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).to.equal(`${'x'.repeat(75)}\r\n x`);
  });

  it('reads back in the browser as the same instants', () => {
    const ics = toIcs({ uid: 'dst', title: 'x', occurrence: ['2027-03-28T10:00+02:00'] }, now);
    const v = field(ics, 'DTSTART')!.slice('DTSTART:'.length);
    const instant = Date.UTC(+v.slice(0, 4), +v.slice(4, 6) - 1, +v.slice(6, 8), +v.slice(9, 11), +v.slice(11, 13));
    expect(instant).to.equal(new Date('2027-03-28T10:00+02:00').getTime());
  });
});
