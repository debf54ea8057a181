import { expect } from '@open-wc/testing';
import { deepQueryAll, mountReader, settle, view } from '../../support/reader.js';
import type { KompassApp } from '../../../src/index.js';

async function conditions(el: KompassApp): Promise<HTMLElement[]> {
  el.navigate('/entry/auslaenderbehoerde');
  await settle(el);
  return deepQueryAll<HTMLElement>(view(el)!.shadowRoot!, 'table .condition[lang]');
}

describe('opening-hours comments in the reader\'s language', () => {
  it('shows "nur mit Termin" in Arabic, as Arabic', async () => {
    const el = await mountReader({ lang: 'ar' });
    const [thursday] = await conditions(el);
    expect(thursday!.textContent).to.equal('بموعد مسبق فقط');
    expect(thursday!.getAttribute('lang')).to.equal('ar');
    expect(thursday!.hasAttribute('dir')).to.equal(false);
  });

  it('shows it in English', async () => {
    const el = await mountReader({ lang: 'en' });
    const [thursday] = await conditions(el);
    expect(thursday!.textContent).to.equal('by appointment only');
    expect(thursday!.getAttribute('lang')).to.equal('en');
  });

  it('without a translation, shows the German comment marked as German, ltr, and the entry says so', async () => {
    const el = await mountReader({ lang: 'ps' });
    const [thursday] = await conditions(el);
    expect(thursday!.textContent).to.equal('nur mit Termin');
    expect([thursday!.getAttribute('lang'), thursday!.getAttribute('dir')]).to.deep.equal(['de', 'ltr']);
    expect(view(el)!.shadowRoot!.querySelector('.fallback-note bdi[lang=de]')).to.exist;
  });

  it('follows the language\'s chain (so → en) before German', async () => {
    const el = await mountReader({ lang: 'so' });
    const [thursday] = await conditions(el);
    expect([thursday!.textContent, thursday!.getAttribute('lang')]).to.deep.equal(['by appointment only', 'en']);
  });
});
