import { expect, waitUntil } from '@open-wc/testing';
import { mountReader, settle, viewText } from '../../support/reader.js';

/** A connection that can drop: fetch fails and navigator.onLine is false while `offline`; answers take `delayMs`. */
const connection = { offline: false, delayMs: 0 };
const realFetch = window.fetch;

describe('a language chosen while offline', () => {
  before(() => {
    window.fetch = async (input, init) => {
      if (connection.offline) throw new TypeError('Failed to fetch');
      if (connection.delayMs) await new Promise((r) => setTimeout(r, connection.delayMs));
      return realFetch(input, init);
    };
    Object.defineProperty(navigator, 'onLine', { get: () => !connection.offline, configurable: true });
  });
  after(() => {
    window.fetch = realFetch;
    delete (navigator as unknown as { onLine?: boolean }).onLine;
  });

  it('is downloaded when the connection returns, with visible progress', async () => {
    connection.offline = false;
    connection.delayMs = 0;
    const el = await mountReader({ lang: 'en' });
    const root = el.shadowRoot!;
    connection.offline = true;
    window.dispatchEvent(new Event('offline'));
    const select = root.querySelector<HTMLSelectElement>('header select')!;
    select.value = 'ar';
    select.dispatchEvent(new Event('change'));
    await el.ready();
    await settle(el);
    expect(root.querySelector('.frame')!.getAttribute('lang')).to.equal('ar');
    const waiting = () => root.querySelector('.live .notice')?.textContent ?? '';
    expect(waiting(), 'says Arabic waits for the connection').to.contain('العربية');
    expect(viewText(el), 'no Arabic content yet').to.not.contain('الدوائر والسلطات');

    connection.offline = false;
    connection.delayMs = 150;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => root.querySelector('[part=status] [role=status]')!.textContent!.includes('العربية'), 'no visible download of Arabic', { timeout: 4000 });
    await el.ready();
    await settle(el);
    await waitUntil(() => viewText(el).includes('الدوائر والسلطات'), 'Arabic content did not arrive', { timeout: 5000 });
    expect(waiting(), 'the waiting notice is gone').to.equal('');
    connection.delayMs = 0;
  });
});
