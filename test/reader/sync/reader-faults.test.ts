import { expect, waitUntil } from '@open-wc/testing';
import type { KompassApp } from '../../../src/index.js';
import { RETRY_DELAYS_MS } from '../../../src/reader/app/kompass-app.js';
import { DEFAULT_TIMEOUTS } from '../../../src/reader/sync/sync-service.js';
import { manifestUrl, publish, requestLog, uniqueId, type SiteConfig } from '../../support/packs.js';
import { mountReader, settle } from '../../support/reader.js';

const saved = { timeouts: { ...DEFAULT_TIMEOUTS }, delays: [...RETRY_DELAYS_MS] };

/** A reader showing revision `first`; then the server publishes `next`. */
async function readerThen(first: number, next: SiteConfig): Promise<{ el: KompassApp; id: string }> {
  const id = uniqueId('reader-faults');
  await publish(id, { revision: first, languages: ['de', 'en'] });
  const el = await mountReader({ src: manifestUrl(id), lang: 'en' });
  await publish(id, { languages: ['de', 'en'], ...next });
  return { el, id };
}

const statusLine = (el: KompassApp) => el.shadowRoot!.querySelector('[part=status]')!.textContent!.replace(/\s+/g, ' ');
const banner = (el: KompassApp) => el.shadowRoot!.querySelector('.notice.error')?.textContent ?? '';
const brand = (el: KompassApp) => el.shadowRoot!.querySelector('.brand')!.textContent!;

describe('<kompass-app> after a failed check: says what happened, stays usable, tries again later', () => {
  beforeEach(() => {
    Object.assign(DEFAULT_TIMEOUTS, { idleMs: 400 });
    RETRY_DELAYS_MS.splice(0, RETRY_DELAYS_MS.length, 60_000);
  });
  afterEach(() => {
    Object.assign(DEFAULT_TIMEOUTS, saved.timeouts);
    RETRY_DELAYS_MS.splice(0, RETRY_DELAYS_MS.length, ...saved.delays);
  });

  it('a stalled download: checkForUpdates() settles as network within the timeout, the status line is back, a second check is not blocked', async () => {
    const { el } = await readerThen(1, { revision: 2, faults: [{ path: 'text/en', kind: 'stall', delayMs: 30_000, times: 1 }] });
    const started = performance.now();
    const pending = el.checkForUpdates();
    await waitUntil(() => statusLine(el).includes('Checking for updates'), 'the check did not start');
    const result = await pending;
    expect(performance.now() - started).to.be.lessThan(2500);
    expect(result?.error?.code).to.equal('network');
    await settle(el);
    expect(statusLine(el)).to.not.contain('Checking for updates');
    expect(statusLine(el)).to.contain('Online');
    expect(banner(el)).to.contain('No connection to the server');
    const second = await el.checkForUpdates();
    expect(second?.status, second?.error?.detail).to.equal('updated');
    await settle(el);
    expect(banner(el)).to.equal('');
  });

  it('HTTP 500: "the server reported an error", not "damaged"; the next try comes by itself and succeeds', async () => {
    RETRY_DELAYS_MS.splice(0, RETRY_DELAYS_MS.length, 300, 60_000);
    const { el, id } = await readerThen(1, { revision: 2, faults: [{ path: 'manifest.json', kind: 'status', status: 500, times: 3 }] });
    const updated = new Promise((resolve) => el.addEventListener('kompass-content-updated', resolve, { once: true }));
    const result = await el.checkForUpdates();
    expect(result?.error?.code).to.equal('http');
    await settle(el);
    expect(banner(el)).to.contain('The server reported an error');
    expect(banner(el)).to.not.contain('damaged');
    await updated; // the retry after 300 ms, without anyone asking
    const manifests = (await requestLog(id)).filter((e) => e.path === 'manifest.json');
    expect(manifests.map((e) => e.status)).to.deep.equal([200, 500, 500, 500, 200]);
    await settle(el);
    expect(banner(el)).to.equal('');
  });

  it('an older revision (stale CDN copy): "out-of-date copy", not "damaged", and no automatic retry', async () => {
    RETRY_DELAYS_MS.splice(0, RETRY_DELAYS_MS.length, 100);
    const { el, id } = await readerThen(3, { revision: 2 });
    const result = await el.checkForUpdates();
    expect(result?.error?.code).to.equal('stale-revision');
    await settle(el);
    expect(banner(el)).to.contain('out-of-date copy');
    expect(banner(el)).to.not.contain('damaged');
    await new Promise((r) => setTimeout(r, 400));
    expect((await requestLog(id)).filter((e) => e.path === 'manifest.json')).to.have.length(2);
    expect(brand(el)).to.contain('Model Town'); // revision 3 still shown
  });
});
