import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { KompassApp } from '../../../src/index.js';
import { SMALL_PACK, WEDNESDAY_10AM } from '../../support/reader.js';
import '../../../src/define.js';

/** The reader's own languages, as the browser reports them (restored after each test). */
export function stubNavigatorLanguages(languages: string[]): void {
  Object.defineProperty(navigator, 'languages', { value: Object.freeze([...languages]), configurable: true });
}

export function restoreNavigatorLanguages(): void {
  delete (navigator as unknown as { languages?: unknown }).languages;
}

let counter = 0;

/** `<kompass-app>` as a host embeds it: no `lang` attribute unless given. */
export async function mountHosted(options: { lang?: string; storeName?: string; routing?: 'hash' | 'memory' } = {}): Promise<KompassApp> {
  const storeName = options.storeName ?? `kompass-lang-${Date.now()}-${counter++}`;
  const el = await fixture<KompassApp>(html`<kompass-app src=${SMALL_PACK} routing=${options.routing ?? 'memory'} store-name=${storeName} .now=${WEDNESDAY_10AM}></kompass-app>`);
  if (options.lang) el.setAttribute('lang', options.lang);
  await el.ready();
  await waitUntil(() => el.shadowRoot!.querySelector('.frame'), 'the app did not render', { timeout: 8000 });
  await el.ready();
  return el;
}

export const frameOf = (el: KompassApp) => el.shadowRoot!.querySelector<HTMLElement>('.frame')!;

describe('the reader\'s language first', () => {
  let pageLang: string;
  beforeEach(() => {
    localStorage.clear();
    pageLang = document.documentElement.lang;
    document.documentElement.lang = 'de'; // a German city app's page
  });
  afterEach(() => {
    document.documentElement.lang = pageLang;
    restoreNavigatorLanguages();
    location.hash = '';
  });

  it('an Arabic phone on a German page gets Arabic, not the page\'s German', async () => {
    stubNavigatorLanguages(['ar-EG', 'ar', 'en']);
    const el = await mountHosted();
    expect(frameOf(el).getAttribute('lang')).to.equal('ar');
    expect(frameOf(el).getAttribute('dir')).to.equal('rtl');
    expect(el.contentLanguage).to.equal('ar');
  });

  it('matches Dari from the browser\'s fa-AF, and offers UI languages the town has no content in', async () => {
    stubNavigatorLanguages(['fa-AF']);
    expect((await mountHosted()).contentLanguage).to.equal('prs');
    stubNavigatorLanguages(['ti-ER', 'de']);
    const el = await mountHosted();
    expect(frameOf(el).getAttribute('lang')).to.equal('ti');
    expect(el.shadowRoot!.querySelector('a[href$="/settings"]')!.getAttribute('aria-label'), 'Tigrinya interface strings').to.equal('ምድላዋትን ቋንቋታትን');
  });

  it('takes the next of the reader\'s languages, then the page\'s, when the first is not offered', async () => {
    stubNavigatorLanguages(['sw', 'uk-UA']);
    expect((await mountHosted()).contentLanguage).to.equal('uk');
    stubNavigatorLanguages(['sw', 'xh']);
    expect((await mountHosted()).contentLanguage).to.equal('de');
  });

  it('an explicit lang attribute wins over the browser\'s languages', async () => {
    stubNavigatorLanguages(['ar']);
    const el = await mountHosted({ lang: 'en' });
    expect(frameOf(el).getAttribute('lang')).to.equal('en');
  });

  it('a deep link\'s ?lang= wins, and the choice is remembered for the next visit', async () => {
    stubNavigatorLanguages(['en-US', 'en']);
    const storeName = `kompass-lang-link-${Date.now()}`;
    location.hash = '#/kompass/search?q=Amt&lang=ar';
    const el = await mountHosted({ routing: 'hash', storeName });
    expect(frameOf(el).getAttribute('lang')).to.equal('ar');
    el.remove();
    location.hash = '';
    const again = await mountHosted({ storeName });
    expect(frameOf(again).getAttribute('lang'), 'remembered over navigator and <html lang>').to.equal('ar');
    const host = await mountHosted({ storeName, lang: 'de' });
    expect(frameOf(host).getAttribute('lang'), 'the host\'s attribute over the remembered choice').to.equal('de');
  });

  it('navigate() with ?lang= switches the language', async () => {
    stubNavigatorLanguages(['de-DE']);
    const el = await mountHosted();
    expect(el.contentLanguage).to.equal('de');
    el.navigate('/?lang=en');
    await el.ready();
    expect(frameOf(el).getAttribute('lang')).to.equal('en');
  });
});
