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

describe('the first-visit language chooser', () => {
  let pageLang: string;
  beforeEach(() => {
    localStorage.clear();
    pageLang = document.documentElement.lang;
    document.documentElement.lang = 'de';
  });
  afterEach(() => {
    document.documentElement.lang = pageLang;
    restoreNavigatorLanguages();
  });

  const chooserOf = async (el: KompassApp) => {
    await waitUntil(() => el.shadowRoot!.querySelector('kompass-language-chooser'), 'no language chooser', { timeout: 8000 });
    const chooser = el.shadowRoot!.querySelector('kompass-language-chooser')!;
    await chooser.updateComplete;
    return chooser;
  };
  const buttons = (chooser: HTMLElement) => [...chooser.shadowRoot!.querySelectorAll('button')];

  it('asks when the browser and the page disagree: own names, the likely ones first, large buttons', async () => {
    stubNavigatorLanguages(['en-US', 'en']);
    const el = await mountHosted();
    const chooser = await chooserOf(el);
    expect(chooser.shadowRoot!.querySelector('h2')!.textContent).to.contain('Choose your language');
    const labels = buttons(chooser).map((b) => b.querySelector('.endonym')!);
    expect(labels.slice(0, 3).map((l) => l.getAttribute('lang'))).to.deep.equal(['en', 'de', 'ar']); // the reader's, then the town's
    const codes = labels.map((l) => l.getAttribute('lang'));
    for (const shipped of ['ti', 'so', 'ps', 'prs', 'ku']) expect(codes, shipped).to.include(shipped);
    const arabic = labels.find((l) => l.getAttribute('lang') === 'ar')!;
    expect(arabic.textContent).to.equal('العربية');
    expect(arabic.getAttribute('dir')).to.equal('rtl');
    for (const b of buttons(chooser)) expect(b.getBoundingClientRect().height, b.textContent!).to.be.at.least(44);
    expect(el.shadowRoot!.querySelector('kompass-home-view'), 'the chooser comes before the content').to.equal(null);
    await expect(chooser).to.be.accessible();
  });

  it('finds a language by its own, English or German name', async () => {
    stubNavigatorLanguages(['sw']);
    const el = await mountHosted();
    const chooser = await chooserOf(el);
    const input = chooser.shadowRoot!.querySelector('input')!;
    const search = async (q: string) => {
      input.value = q;
      input.dispatchEvent(new Event('input'));
      await chooser.updateComplete;
      return buttons(chooser).map((b) => b.querySelector('.endonym')!.getAttribute('lang'));
    };
    expect(await search('Tigrinya')).to.deep.equal(['ti']);
    expect(await search('Persisch')).to.deep.equal(['fa']);
    expect(await search('turkce')).to.deep.equal(['tr']);
    expect(await search('Українська')).to.deep.equal(['uk']);
    expect(await search('zzz')).to.deep.equal([]);
    expect(chooser.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('Keine Sprache gefunden'); // guessed from the page: German
  });

  it('choosing with the keyboard shows the content in that language and remembers it', async () => {
    stubNavigatorLanguages(['en-US']);
    const storeName = `kompass-chooser-${Date.now()}`;
    const el = await mountHosted({ storeName });
    const chooser = await chooserOf(el);
    const input = chooser.shadowRoot!.querySelector('input')!;
    input.value = 'arab';
    input.dispatchEvent(new Event('input'));
    await chooser.updateComplete;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await el.ready();
    await waitUntil(() => el.shadowRoot!.querySelector('kompass-home-view'), 'the content did not follow the choice');
    expect(frameOf(el).getAttribute('lang')).to.equal('ar');
    expect(el.shadowRoot!.querySelector('kompass-language-chooser')).to.equal(null);
    el.remove();
    const again = await mountHosted({ storeName });
    expect(frameOf(again).getAttribute('lang')).to.equal('ar');
    expect(again.shadowRoot!.querySelector('kompass-language-chooser'), 'no chooser on the next visit').to.equal(null);
  });

  it('does not ask when the browser\'s first language is offered and the page agrees', async () => {
    stubNavigatorLanguages(['de-DE', 'en']);
    const el = await mountHosted();
    await waitUntil(() => el.shadowRoot!.querySelector('kompass-home-view'), 'no home view');
    expect(el.shadowRoot!.querySelector('kompass-language-chooser')).to.equal(null);
  });

  it('the header\'s picker offers every shipped UI language, not only the town\'s content languages', async () => {
    stubNavigatorLanguages(['de-DE']);
    const el = await mountHosted();
    const options = [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>('header select option')];
    const codes = options.map((o) => o.value);
    for (const shipped of ['de', 'en', 'ar', 'ti', 'so', 'ps', 'prs', 'fa', 'ku', 'uk', 'ru', 'tr', 'fr', 'es']) expect(codes, shipped).to.include(shipped);
    expect(options.find((o) => o.value === 'ps')!.getAttribute('dir')).to.equal('rtl');
  });
});
