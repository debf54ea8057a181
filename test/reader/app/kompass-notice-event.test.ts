import { expect, waitUntil } from '@open-wc/testing';
import type { KompassApp, KompassNoticeDetail } from '../../../src/index.js';
import { manifestUrl, publish, uniqueId, type Tamper } from '../../support/packs.js';
import { mountReader, settle } from '../../support/reader.js';

const pause = () => new Promise((r) => setTimeout(r, 200));
const notice = (id: string) => ({ id, from: '2026-11-01', until: '2026-12-31', severity: 'info' });
const event = (id: string) => ({ id, occurrences: [['2026-11-10T15:00+01:00', '2026-11-10T17:00+01:00']] });

/** A revision with these notices and events, texts in German and English (English only for some). */
function items(notices: string[], events: string[]): Tamper[] {
  return [
    { file: 'base', path: ['notices'], value: notices.map(notice) },
    { file: 'base', path: ['events'], value: events.map(event) },
    { file: 'base', path: ['eventsWindow'], value: { from: '2026-11-01', until: '2027-10-31' } },
    { file: 'text/de', path: ['notices'], value: Object.fromEntries(notices.map((n) => [n, `Hinweis ${n}`])) },
    { file: 'text/de', path: ['events'], value: Object.fromEntries(events.map((e) => [e, { title: `Termin ${e}` }])) },
    { file: 'text/en', path: ['notices'], value: Object.fromEntries(notices.filter((n) => n !== 'strike').map((n) => [n, `Notice ${n}`])) },
    { file: 'text/en', path: ['events'], value: Object.fromEntries(events.map((e) => [e, { title: `Event ${e}` }])) },
  ];
}

describe('kompass-notice: the host hears about new notices and events', () => {
  it('fires once per notice or event id new in a revision, with the text in the reader\'s language', async () => {
    const id = uniqueId('notice-event');
    await publish(id, { revision: 1, languages: ['de', 'en'], tamper: items(['closed'], ['cafe']) });
    const heard: KompassNoticeDetail[] = [];
    // It bubbles out of the app, so the host page hears it wherever it listens.
    const listener = (e: GlobalEventHandlersEventMap['kompass-notice']) => heard.push(e.detail);
    document.addEventListener('kompass-notice', listener);
    const el: KompassApp = await mountReader({ src: manifestUrl(id), lang: 'en' });
    expect(heard).to.deep.equal([], 'nothing on the first load: nothing is "new" to this reader yet');

    await publish(id, { revision: 2, languages: ['de', 'en'], tamper: items(['closed', 'strike', 'course'], ['cafe', 'evening']) });
    expect((await el.checkForUpdates())?.status).to.equal('updated');
    await settle(el);
    await waitUntil(() => heard.length >= 3, 'no kompass-notice events');
    await pause(); // any duplicate would have come by now
    expect(heard).to.deep.equal([
      { kind: 'notice', id: 'strike', title: 'Hinweis strike' }, // no English text: the German one
      { kind: 'notice', id: 'course', title: 'Notice course' },
      { kind: 'event', id: 'evening', title: 'Event evening' },
    ]);

    heard.length = 0;
    await publish(id, { revision: 3, languages: ['de', 'en'], tamper: items(['strike', 'course'], ['cafe', 'evening']) });
    expect((await el.checkForUpdates())?.status).to.equal('updated');
    await settle(el);
    await pause();
    expect(heard).to.deep.equal([], 'no new id, a removed one is no news');
    expect((await el.checkForUpdates())?.status).to.not.equal('failed');
    await pause();
    expect(heard).to.deep.equal([]);
    document.removeEventListener('kompass-notice', listener);
  });
});
