import { expect } from '@open-wc/testing';
import { mountReader, settle, view } from '../../../support/reader.js';
import type { KompassApp } from '../../../../src/index.js';

/** The status line of the Bürgerbüro (`Mo,We,Fr 08:00-12:00; Tu,Th 14:00-18:00`; closed on NW public holidays) at `instant`. */
async function statusAt(el: KompassApp, instant: string): Promise<string> {
  el.now = new Date(instant);
  await settle(el);
  const hours = view(el)!.shadowRoot!.querySelector('kompass-hours')!;
  await (hours as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return hours.shadowRoot!.querySelector('[part=status]')!.textContent!.trim();
}

describe('opening hours wording (Europe/Berlin, fixed clocks)', () => {
  let el: KompassApp;
  beforeEach(async () => {
    el = await mountReader({ lang: 'en' });
    el.navigate('/entry/buergerbuero');
    await settle(el);
  });

  it('says when an open place closes', async () => {
    expect(await statusAt(el, '2026-11-04T09:00:00Z')).to.equal('Open now · closes at 12:00 PM'); // Wed 10:00 CET
  });

  it('says when a closed place opens: later today, tomorrow, or on a weekday', async () => {
    expect(await statusAt(el, '2026-11-04T06:00:00Z')).to.equal('Closed · opens today at 8:00 AM'); // Wed 07:00
    expect(await statusAt(el, '2026-11-04T12:00:00Z')).to.equal('Closed · opens tomorrow at 2:00 PM'); // Wed 13:00 → Thu 14:00
    expect(await statusAt(el, '2026-11-06T12:00:00Z')).to.equal('Closed · opens Monday at 8:00 AM'); // Fri 13:00
  });

  it('knows afternoon-only days', async () => {
    expect(await statusAt(el, '2026-11-03T12:00:00Z')).to.equal('Closed · opens today at 2:00 PM'); // Tue 13:00
  });

  it('is closed on a public holiday of the state (Christmas Day, a Friday)', async () => {
    expect(await statusAt(el, '2026-12-25T09:00:00Z')).to.equal('Closed · opens Monday at 8:00 AM');
  });

  it('stays right across the spring DST change (Easter Monday closed too)', async () => {
    // Sat 27 March 2027 → clocks go forward on Sunday 28 → Monday 29 is Easter Monday.
    expect(await statusAt(el, '2027-03-27T11:00:00Z')).to.equal('Closed · opens Tuesday at 2:00 PM');
    // Wed 31 March: 05:30 UTC = 07:30 CEST, closed; 06:30 UTC = 08:30 CEST, open (in winter time both would be an hour earlier).
    expect(await statusAt(el, '2027-03-31T05:30:00Z')).to.equal('Closed · opens today at 8:00 AM');
    expect(await statusAt(el, '2027-03-31T06:30:00Z')).to.equal('Open now · closes at 12:00 PM');
  });

  it('stays right across the autumn DST change (All Saints\' Day closed)', async () => {
    // Sun 31 October 2027 clocks go back; Mon 1 November is a holiday in NW.
    expect(await statusAt(el, '2027-10-29T11:30:00Z')).to.equal('Closed · opens Tuesday at 2:00 PM'); // Fri 13:30 CEST → Tue 2 Nov
    expect(await statusAt(el, '2027-11-03T06:30:00Z')).to.equal('Closed · opens today at 8:00 AM'); // Wed 07:30 CET
    expect(await statusAt(el, '2027-11-03T07:30:00Z')).to.equal('Open now · closes at 12:00 PM'); // Wed 08:30 CET
  });

  it('speaks German with a 24-hour clock', async () => {
    el.setAttribute('lang', 'de');
    await el.ready();
    expect(await statusAt(el, '2026-11-06T12:00:00Z')).to.equal('Geschlossen · öffnet am Montag um 08:00');
  });

  it('warns when the pack is older than its hours window', async () => {
    await statusAt(el, '2028-06-01T09:00:00Z');
    expect(view(el)!.shadowRoot!.querySelector('.notice.warning')!.textContent).to.contain('may be out of date');
    await statusAt(el, '2026-11-04T09:00:00Z');
    expect(view(el)!.shadowRoot!.querySelector('.notice.warning')).to.equal(null);
  });

  it('shows "by appointment" as a state of its own, and an open end without a closing time', async () => {
    // Compiled as the build writes them (src/authoring/hours): Tu 14:00-18:00 "nur mit Termin"; Mo-Sa 18:00+.
    const hours = view(el)!.shadowRoot!.querySelector('kompass-hours')!;
    const show = async (h: unknown, instant: string) => {
      el.now = new Date(instant);
      await settle(el);
      hours.hours = h as never;
      await hours.updateComplete;
      return { status: hours.shadowRoot!.querySelector('[part=status]')!, table: hours.shadowRoot!.querySelector('[part=table]')?.textContent?.replace(/\s+/g, ' ') ?? '' };
    };
    const appointment = { week: [[], [[840, 1080, 0]], [], [], [], [], []], exceptions: {}, comments: ['nur mit Termin'], meanings: ['appointment'] };
    const during = await show(appointment, '2026-11-03T14:00:00Z'); // Tue 15:00
    expect(during.status.textContent!.trim()).to.equal('Now by appointment only');
    expect(during.status.classList.contains('appointment')).to.equal(true);
    expect(during.table).to.contain('by appointment');
    const openEnd = { week: Array.from({ length: 7 }, (_, d) => (d < 6 ? [[1080, 1440, 0]] : [])), exceptions: {}, comments: [''], meanings: ['open-end'] };
    const evening = await show(openEnd, '2026-11-03T19:00:00Z'); // Tue 20:00
    expect(evening.status.textContent!.trim()).to.equal('Open now · no fixed closing time');
    expect(evening.table).to.contain('from 6:00 PM');
    expect(evening.table).not.to.contain('12:00 AM');
    const onlyByAppointment = await show({ week: [[], [], [], [], [], [], []], exceptions: {}, byAppointment: true }, '2026-11-08T02:00:00Z'); // Sun 03:00
    expect(onlyByAppointment.status.textContent!.trim()).to.equal('By appointment');
    expect(onlyByAppointment.table).to.equal('');
  });

  it('passes axe with the week table', async () => {
    await expect(el).to.be.accessible();
  });
});
