import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { KompassApp } from '../../../../src/index.js';
import { deleteDb, uniqueId } from '../../../support/packs.js';
import { settle, view, viewText, WEDNESDAY_10AM } from '../../../support/reader.js';

const DEMO_PACK = '/test/fixtures/.packs/demo/manifest.json';

const mount = (storeName: string) =>
  fixture<KompassApp>(html`<kompass-app src=${DEMO_PACK} lang="en" routing="hash" store-name=${storeName} .now=${WEDNESDAY_10AM}></kompass-app>`);

describe('<kompass-page-view> offline', () => {
  const storeName = uniqueId('kompass-page-offline');
  const realFetch = window.fetch;
  afterEach(async () => {
    window.fetch = realFetch;
    history.replaceState(null, '', location.pathname + location.search);
    await deleteDb(storeName);
  });

  it('renders a page deep link from the stored pack when no request gets through', async () => {
    // One visit online: the pack is stored on the device.
    const online = await mount(storeName);
    await online.ready();
    await waitUntil(() => view(online) !== null, 'the first visit did not render', { timeout: 8000 });
    online.remove();

    // Then the network is gone: every request fails, as on a phone without signal.
    const requests: string[] = [];
    window.fetch = (input: RequestInfo | URL) => {
      requests.push(String(input instanceof Request ? input.url : input));
      return Promise.reject(new TypeError('Failed to fetch'));
    };
    history.replaceState(null, '', '#/kompass/page/notfall');
    const el = await mount(storeName);
    await el.ready();
    await waitUntil(() => view(el)?.localName === 'kompass-page-view', 'the page view did not open from the deep link', { timeout: 8000 });
    await settle(el);
    const root = view(el)!.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Emergency: 112 or 116 117?');
    expect([...root.querySelectorAll('nav a')].map((a) => a.textContent!.trim())).to.deep.equal(['Home', 'Health', 'Seeing a doctor', 'Emergency: 112 or 116 117?']);
    await waitUntil(() => viewText(el).includes('116 117'), 'the page text came from the device');
    // A check for updates fails as a network error and leaves the page where it is.
    const check = await el.checkForUpdates();
    expect(check?.error?.code).to.equal('network');
    expect(requests.some((u) => u.endsWith('manifest.json')), 'the check went to the network and failed').to.equal(true);
    await settle(el);
    expect(view(el)!.shadowRoot!.querySelector('h2')!.textContent).to.equal('Emergency: 112 or 116 117?');
  });
});
