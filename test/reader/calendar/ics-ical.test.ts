import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { toIcs } from '../../../src/reader/calendar/ics.js';
import type { PackBase, PackManifest } from '../../../src/pack/types.js';

const PACK = '/test/fixtures/.packs/demo/';
const berlin = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

async function demoBase(): Promise<PackBase> {
  const manifest = (await (await fetch(`${PACK}manifest.json`)).json()) as PackManifest;
  return (await (await fetch(`${PACK}${manifest.base.file}`)).json()) as PackBase;
}

describe('.ics read by an independent parser (ical.js) across the DST changes', () => {
  it('every Tuesday café of the demo pack is at 15:00–17:00 Berlin time, winter and summer', async () => {
    const cafe = (await demoBase()).events!.find((e) => e.id === 'sprachcafe-dienstag')!;
    const offsets = new Set(cafe.occurrences.map(([start]) => start.slice(-6)));
    expect([...offsets].sort()).to.deep.equal(['+01:00', '+02:00'], 'the pack spans both sides of the change');
    for (const occurrence of cafe.occurrences) {
      const vevent = new ICAL.Component(ICAL.parse(toIcs({ uid: cafe.id, title: 'Sprachcafé', occurrence }))).getFirstSubcomponent('vevent')!;
      const event = new ICAL.Event(vevent);
      expect(berlin.format(event.startDate.toJSDate()), occurrence[0]).to.equal('Tue 15:00');
      expect(berlin.format(event.endDate.toJSDate()), occurrence[0]).to.equal('Tue 17:00');
      expect(event.startDate.toJSDate().toISOString().slice(0, 10)).to.equal(occurrence[0].slice(0, 10));
    }
    // Both sides of the spring change (Sunday 28 March 2027), in UTC as the file writes them.
    const [march23, march30] = ['2027-03-23', '2027-03-30'].map((d) => cafe.occurrences.find(([s]) => s.startsWith(d))!);
    const utc = (o: readonly [string, string?]) => new ICAL.Event(new ICAL.Component(ICAL.parse(toIcs({ uid: 'c', title: 'c', occurrence: o }))).getFirstSubcomponent('vevent')!).startDate.toJSDate().toISOString();
    expect([utc(march23!), utc(march30!)]).to.deep.equal(['2027-03-23T14:00:00.000Z', '2027-03-30T13:00:00.000Z']);
  });
});
