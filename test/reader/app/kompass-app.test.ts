import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { KompassApp, type KompassErrorEvent, type KompassLanguageChangeEvent } from '../../../src/index.js';
import { mountReader, settle, viewText } from '../../support/reader.js';
import '../../../src/define.js';

describe('<kompass-app>', () => {
  it('is registered once, even when define runs twice', async () => {
    await import('../../../src/define.js?again' as string).catch(() => undefined);
    expect(customElements.get('kompass-app')).to.equal(KompassApp);
  });

  it('speaks the language of its lang attribute', async () => {
    const el = await mountReader({ lang: 'de' });
    expect(viewText(el)).to.contain('Willkommen in Musterstadt');
    expect(viewText(el)).to.contain('Ämter und Behörden');
  });

  it('falls back to the browser\'s languages when the pack lacks the wanted one', async () => {
    const el = await mountReader({ lang: 'sw' });
    expect(navigator.languages[0]).to.match(/^en/); // headless Chromium's language
    expect(viewText(el)).to.contain('Welcome to Musterstadt');
    expect(viewText(el)).to.contain('Offices and authorities');
  });

  it('switches language when the attribute changes and tells the host', async () => {
    const el = await mountReader({ lang: 'en' });
    const changed = oneEvent(el, 'kompass-language-change');
    el.setAttribute('lang', 'de');
    const event = (await changed) as unknown as KompassLanguageChangeEvent;
    await settle(el);
    expect(event.lang).to.equal('de');
    expect(event.dir).to.equal('ltr');
    expect(viewText(el)).to.contain('Willkommen in Musterstadt');
  });

  it('says clearly when no content source is set', async () => {
    const el = await fixture<KompassApp>(html`<kompass-app lang="en"></kompass-app>`);
    await el.ready();
    expect(el.shadowRoot!.querySelector('.notice.error')?.textContent).to.contain('src attribute');
    await expect(el).to.be.accessible();
  });

  it('shows a clear error and a retry button when the content cannot be loaded, and tells the host', async () => {
    const el = document.createElement('kompass-app');
    el.setAttribute('lang', 'en');
    el.setAttribute('routing', 'memory');
    el.storeName = `kompass-missing-${Date.now()}`;
    const failed = oneEvent(el, 'kompass-error');
    el.setAttribute('src', '/test/fixtures/.packs/does-not-exist/manifest.json');
    document.body.append(el);
    const event = (await failed) as unknown as KompassErrorEvent;
    await el.ready();
    expect(event.code).to.equal('http');
    expect(event.detail).to.contain('404');
    const main = el.shadowRoot!.querySelector<HTMLElement>('[part=content]')!;
    expect(main.textContent).to.contain('could not be loaded');
    expect(main.querySelector('button')!.textContent).to.contain('Try again');
    await expect(el).to.be.accessible();
    el.remove();
  });
});
