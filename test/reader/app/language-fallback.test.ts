import { expect, waitUntil } from '@open-wc/testing';
import { mountReader, settle, view, viewText } from '../../support/reader.js';

const DEMO_PACK = '/test/fixtures/.packs/demo/manifest.json';

describe('content fallback chains', () => {
  it('a UI language the town has no content in shows the town\'s chain (so → en), not German', async () => {
    const el = await mountReader({ lang: 'so' });
    const frame = el.shadowRoot!.querySelector('.frame')!;
    expect(frame.getAttribute('lang'), 'the interface is Somali').to.equal('so');
    const home = view(el)!.shadowRoot!;
    const label = [...home.querySelectorAll('[lang]')].find((n) => n.textContent?.includes('Offices and authorities'));
    expect(label, viewText(el)).to.exist;
    expect(label!.getAttribute('lang')).to.equal('en');
    expect(viewText(el)).to.not.contain('Ämter und Behörden');
  });

  it('without a chain, a UI-only language falls back to the default language', async () => {
    const el = await mountReader({ lang: 'ps' });
    expect(el.shadowRoot!.querySelector('.frame')!.getAttribute('dir')).to.equal('rtl');
    expect(viewText(el)).to.contain('Ämter und Behörden');
  });

  it('Dari readers get Persian texts before German (built-in prs → fa)', async () => {
    const el = await mountReader({ src: DEMO_PACK, lang: 'prs' });
    await waitUntil(() => el.shadowRoot!.querySelector('.frame')?.getAttribute('lang') === 'prs', 'prs not applied');
    await settle(el);
    const langs = [...view(el)!.shadowRoot!.querySelectorAll('.cards [lang]')].map((n) => n.getAttribute('lang'));
    expect(langs.length).to.be.greaterThan(0);
    expect(langs.filter((l) => l === 'fa').length, langs.join(',')).to.be.greaterThan(langs.length / 2);
  });
});
