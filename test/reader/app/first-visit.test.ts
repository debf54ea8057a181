import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { KompassApp } from '../../../src/index.js';
import '../../../src/define.js';
import { manifestUrl, publish, uniqueId } from '../../support/packs.js';
import { view } from '../../support/reader.js';

/** A first visit (empty database) to a pack whose base file arrives `delayMs` late: a slow line. */
async function firstVisit(attrs: { lang: string; municipality?: string }, delayMs = 1500): Promise<KompassApp> {
  const id = uniqueId('first-visit');
  await publish(id, { revision: 1, languages: ['de', 'en', 'ar'], faults: [{ path: 'base', kind: 'delay', delayMs }] });
  localStorage.clear();
  return fixture<KompassApp>(html`<kompass-app
    src=${manifestUrl(id)}
    lang=${attrs.lang}
    municipality=${attrs.municipality ?? ''}
    routing="memory"
    store-name=${`kompass-${id}`}
  ></kompass-app>`);
}

const root = (el: KompassApp) => el.shadowRoot!;
const brand = (el: KompassApp) => root(el).querySelector('.brand')?.textContent?.trim() ?? '';

describe('<kompass-app> on a first visit over a slow line', () => {
  it('paints at once, before any words are loaded: the town from the attribute, a bar and an outline of the home view, in the reader\'s direction', async () => {
    const el = await firstVisit({ lang: 'ar', municipality: 'Musterstadt' });
    // The first render happens before the interface strings (a chunk of their own) arrive.
    const frame = root(el).querySelector('.frame');
    expect(frame, 'no frame on the first paint').to.exist;
    expect(root(el).textContent!.trim()).not.to.equal('…');
    expect(frame!.getAttribute('dir')).to.equal('rtl');
    expect(frame!.getAttribute('lang')).to.equal('ar');
    expect(brand(el)).to.equal('Musterstadt');
    expect(root(el).querySelector('progress'), 'no download bar').to.exist;
    expect(root(el).querySelectorAll('.skeleton .bone').length).to.be.greaterThan(3);
    await expect(el).to.be.accessible();
    await el.ready();
  });

  it('shows the town\'s name from the manifest and the download\'s progress in the reader\'s language while the content is on its way, then the home view', async () => {
    const el = await firstVisit({ lang: 'en' });
    await waitUntil(() => brand(el).startsWith('Model Town'), `the manifest's name was not shown while loading: "${brand(el)}"`, { timeout: 1400 });
    expect(view(el), 'the content arrived before the delayed base file').to.equal(null);
    expect(root(el).querySelector('[part=content] [role=status]')!.textContent).to.equal('Loading the guide…');
    const bar = root(el).querySelector<HTMLProgressElement>('[part=content] progress')!;
    expect(bar.max).to.be.greaterThan(1); // the size of the download is known from the manifest
    expect(bar.getAttribute('aria-label')).to.equal('Loading the guide…');
    expect(root(el).querySelector('.skeleton')).to.exist;
    await expect(el).to.be.accessible();
    await el.ready();
    await waitUntil(() => view(el)?.localName === 'kompass-home-view', 'the home view did not follow');
    expect(root(el).querySelector('.skeleton')).to.equal(null);
  });
});
