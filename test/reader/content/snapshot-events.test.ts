import { expect } from '@open-wc/testing';
import { ContentSnapshot } from '../../../src/reader/content/snapshot.js';
import { evaluateHours } from '../../../src/reader/hours/evaluate.js';
import { eventsOf } from '../../../src/reader/content/events-content.js';
import type { PackBase, PackManifest, PackText } from '../../../src/pack/types.js';

const manifest = { revision: 1, municipality: { id: 'm', name: { de: 'M' }, defaultLanguage: 'de', timeZone: 'Europe/Berlin' }, languages: [] } as unknown as PackManifest;
const week = [[[480, 720]], [[480, 720]], [[480, 720]], [[480, 720]], [[480, 720]], [], []] as [number, number][][];
const base = {
  format: 'kompass-pack/1',
  hoursWindow: { from: '2026-11-01', until: '2027-12-31' },
  categories: [],
  guides: [],
  synonyms: [],
  entries: [{ id: 'office', kind: 'authority', categories: [], hours: { week, exceptions: {} } }],
  events: [
    { id: 'cafe', repeat: { every: 'week', on: ['Tu'] }, occurrences: [['2026-12-01T15:00+01:00', '2026-12-01T17:00+01:00'], ['2026-12-08T15:00+01:00', '2026-12-08T17:00+01:00']] },
    { id: 'fair', occurrences: [['2026-12-05']] },
  ],
  notices: [
    { id: 'info', from: '2026-11-15', until: '2027-01-31', severity: 'info' },
    { id: 'strike', from: '2026-12-03', until: '2026-12-03', severity: 'urgent' },
    { id: 'xmas', from: '2026-12-24', until: '2027-01-02', severity: 'warning', entries: ['office'], closed: true },
  ],
} as unknown as PackBase;
const de = { format: 'kompass-pack/1', lang: 'de', categories: {}, entries: { office: { name: 'Amt' } }, guides: {}, events: { cafe: { title: 'Sprachcafé' }, fair: { title: 'Messe' } }, notices: { info: 'Neu', strike: 'Streik', xmas: 'Geschlossen' } } as unknown as PackText;
const en = { format: 'kompass-pack/1', lang: 'en', categories: {}, entries: {}, guides: {}, events: { cafe: { title: 'Language café' } }, notices: { strike: 'Strike' } } as unknown as PackText;
const snapshot = new ContentSnapshot(manifest, base, new Map([['de', de], ['en', en]]));
const content = eventsOf(snapshot);
const at = (iso: string) => new Date(iso);

describe('ContentSnapshot and eventsOf(snapshot): events and notices by the device clock', () => {
  it('lists upcoming occurrences earliest first, in the reader\'s language or the default one', () => {
    const list = content.upcoming(at('2026-12-01T10:00:00Z'), 'en');
    expect(list.map((o) => [o.event.id, o.start])).to.deep.equal([
      ['cafe', '2026-12-01T15:00+01:00'],
      ['fair', '2026-12-05'],
      ['cafe', '2026-12-08T15:00+01:00'],
    ]);
    expect(list[0]!.event.title).to.deep.equal({ value: 'Language café', lang: 'en' });
    expect(list[1]!.event.title).to.deep.equal({ value: 'Messe', lang: 'de' }, 'a fallback says it is German');
  });

  it('drops an occurrence once it is over, and an all-day one after its local day', () => {
    // 17:00 in Berlin on 1 Dec: the first café is over.
    expect(content.upcoming(at('2026-12-01T16:00:00Z'), 'de').map((o) => o.start)).to.deep.equal(['2026-12-05', '2026-12-08T15:00+01:00']);
    // 23:30 in Berlin on 5 Dec (22:30 UTC): the fair day is still on; 00:30 on 6 Dec it is gone.
    expect(content.upcoming(at('2026-12-05T22:30:00Z'), 'de').map((o) => o.event.id)).to.deep.equal(['fair', 'cafe']);
    expect(content.upcoming(at('2026-12-05T23:30:00Z'), 'de').map((o) => o.event.id)).to.deep.equal(['cafe']);
    expect(content.upcoming(at('2026-12-09T00:00:00Z'), 'de')).to.deep.equal([]);
  });

  it('shows notices from their first to their last local day, urgent first, town-wide apart from entry ones', () => {
    expect(content.activeNotices(at('2026-11-14T22:59:00Z'), 'de').map((n) => n.id)).to.deep.equal([]);
    expect(content.activeNotices(at('2026-11-14T23:00:00Z'), 'de').map((n) => n.id)).to.deep.equal(['info']);
    const thursday = content.activeNotices(at('2026-12-03T12:00:00Z'), 'en');
    expect(thursday.map((n) => [n.id, n.text.value, n.text.lang])).to.deep.equal([['strike', 'Strike', 'en'], ['info', 'Neu', 'de']]);
    expect(content.activeNotices(at('2026-12-03T23:00:00Z'), 'de').map((n) => n.id)).to.deep.equal(['info'], 'the strike expired at midnight');
    expect(content.activeNotices(at('2026-12-03T12:00:00Z'), 'de', 'office')).to.deep.equal([]);
    expect(content.activeNotices(at('2026-12-28T12:00:00Z'), 'de', 'office').map((n) => n.id)).to.deep.equal(['xmas']);
    expect(content.activeNotices(at('2027-01-02T22:59:00Z'), 'de', 'office').map((n) => n.id)).to.deep.equal(['xmas']);
    expect(content.activeNotices(at('2027-01-02T23:00:00Z'), 'de', 'office')).to.deep.equal([]);
  });

  it('closes an entry on the days of a closing notice', () => {
    const office = snapshot.entry('office', 'de')!;
    expect(office.closures!.map((n) => content.noticeView(n, 'de').text.value)).to.deep.equal(['Geschlossen']);
    expect(evaluateHours(office.hours!, at('2026-12-23T09:00:00Z'), 'Europe/Berlin').state).to.equal('open');
    const closed = evaluateHours(office.hours!, at('2026-12-28T09:00:00Z'), 'Europe/Berlin');
    expect(closed.state).to.equal('closed');
    expect(closed.opensAt).to.deep.include({ date: '2027-01-04', minutes: 480 });
  });
});
