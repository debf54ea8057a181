import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { KompassApp, type KompassLanguageChangeEvent } from '../../../src/index.js';
import '../../../src/define.js';

async function render(template: ReturnType<typeof html>): Promise<KompassApp> {
  const el = await fixture<KompassApp>(template);
  await el.ready();
  return el;
}

describe('<kompass-app>', () => {
  it('is registered once, even when define runs twice', async () => {
    await import('../../../src/define.js?again' as string).catch(() => undefined);
    expect(customElements.get('kompass-app')).to.equal(KompassApp);
  });

  it('shows its title and the tagline in the language of the lang attribute', async () => {
    const el = await render(html`<kompass-app lang="de" src="/pack/manifest.json"></kompass-app>`);
    const heading = el.shadowRoot!.querySelector('h1')!;
    expect(heading.textContent).to.equal('Kompass');
    expect(el.shadowRoot!.querySelector('main')!.textContent).to.contain('Ihr Wegweiser');
  });

  it('falls back to English for a language without UI strings', async () => {
    const el = await render(html`<kompass-app lang="sw" src="/pack/manifest.json"></kompass-app>`);
    expect(el.shadowRoot!.querySelector('main')!.textContent).to.contain('Your guide');
  });

  it('switches language when the attribute changes and tells the host', async () => {
    const el = await render(html`<kompass-app lang="en" src="/pack/manifest.json"></kompass-app>`);
    const changed = oneEvent(el, 'kompass-language-change');
    el.setAttribute('lang', 'de');
    const event = (await changed) as unknown as KompassLanguageChangeEvent;
    await el.ready();
    expect(event.lang).to.equal('de');
    expect(event.dir).to.equal('ltr');
    expect(el.shadowRoot!.querySelector('main')!.textContent).to.contain('Ihr Wegweiser');
  });

  it('says clearly when no content source is set', async () => {
    const el = await render(html`<kompass-app lang="en"></kompass-app>`);
    const alert = el.shadowRoot!.querySelector('[role=alert]');
    expect(alert?.textContent).to.contain('src attribute');
  });

  it('passes an axe accessibility check', async () => {
    const el = await render(html`<kompass-app lang="en" src="/pack/manifest.json"></kompass-app>`);
    await expect(el).to.be.accessible();
  });
});
