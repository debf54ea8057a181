import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KompassApp } from '../../../src/index.js';
import type { KompassSearchView } from '../../../src/reader/views/kompass-search-view/kompass-search-view.js';
import { mountReader, settle, view, viewText } from '../../support/reader.js';

async function search(el: KompassApp, query: string): Promise<KompassSearchView> {
  el.navigate(`/search?q=${encodeURIComponent(query)}`);
  await settle(el);
  const v = view(el) as KompassSearchView;
  await v.searchReady();
  await settle(el);
  return v;
}

const root = (v: HTMLElement) => v.shadowRoot!;
const titles = (v: HTMLElement) => [...root(v).querySelectorAll('[part=results] .title')].map((t) => t.textContent?.trim());

describe('<kompass-search-view>', () => {
  it('finds a German word from a letter while the reader reads English, and highlights it with <mark>', async () => {
    const el = await mountReader({ lang: 'en' });
    const v = await search(el, 'Aufenthaltstitel');
    expect(titles(v)[0]).to.equal('Immigration Office');
    const status = root(v).querySelector('[role=status]')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.textContent).to.match(/\d+ results?/);
    const v2 = await search(el, 'Registering');
    expect([...root(v2).querySelectorAll('mark')].map((m) => m.textContent)).to.include('Registering');
    await expect(v2).to.be.accessible();
  });

  it('searches as you type, after a short pause', async () => {
    const el = await mountReader({ lang: 'en' });
    const v = await search(el, '');
    root(v).querySelector<HTMLInputElement>('input[type=search]')!.focus();
    await sendKeys({ type: 'Burgerbur' });
    await waitUntil(() => titles(v).includes("Citizens' Office Centre"), 'no result while typing');
    // The query is part of the address (refined in place), and the focus stays in the field.
    const events: string[] = [];
    el.addEventListener('kompass-navigate', (e) => events.push((e as unknown as { path: string }).path));
    await sendKeys({ type: 'o' });
    await waitUntil(() => events.includes('/search?q=Burgerburo'), 'the query did not reach the address');
    expect(root(v).activeElement?.localName).to.equal('input');
    // Arrow down moves to the first result.
    await sendKeys({ press: 'ArrowDown' });
    expect(root(v).activeElement?.closest('[part=results]')).to.exist;
  });

  it('suggests a close spelling and links the topics when nothing is found', async () => {
    const el = await mountReader({ lang: 'en' });
    const v = await search(el, 'Wohnungsgeberbestatigungxxx');
    await waitUntil(() => viewText(el).includes('Did you mean'), 'no suggestion');
    const suggestion = root(v).querySelector<HTMLButtonElement>('button.link')!;
    expect(suggestion.textContent?.trim()).to.equal('Wohnungsgeberbestätigung');
    expect(viewText(el)).to.contain('Offices and authorities');
    suggestion.click();
    await settle(el);
    await waitUntil(() => titles(v).includes("Citizens' Office Centre"), 'the suggestion found nothing');
    await expect(v).to.be.accessible();
  });

  it('filters by topic and by open now, and offers to show all again', async () => {
    const el = await mountReader({ lang: 'en' });
    const v = await search(el, 'office');
    expect(titles(v)).to.include("Citizens' Office Centre");
    const select = root(v).querySelector<HTMLSelectElement>('[part=filters] select')!;
    select.value = 'beratung';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(titles(v)).to.not.include("Citizens' Office Centre");
    select.value = '';
    select.dispatchEvent(new Event('change'));
    const openNow = root(v).querySelector<HTMLInputElement>('[part=filters] input[type=checkbox]')!;
    openNow.click();
    await settle(el);
    // Wednesday 10:00: the immigration office (Mo, Tu, Th) is closed.
    expect(titles(v)).to.not.include('Immigration Office');
  });

  it('keeps recent searches on the device and clears them', async () => {
    const el = await mountReader({ lang: 'en' });
    const v = await search(el, '');
    const input = root(v).querySelector<HTMLInputElement>('input[type=search]')!;
    input.focus();
    await sendKeys({ type: 'passport' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    input.value = '';
    v.query = '';
    await settle(el);
    expect(viewText(el)).to.contain('Recent searches');
    const recent = [...root(v).querySelectorAll<HTMLButtonElement>('.recent button')];
    expect(recent.map((b) => b.textContent?.trim())).to.deep.equal(['passport']);
    await expect(v).to.be.accessible();
    [...root(v).querySelectorAll<HTMLButtonElement>('button.link')].find((b) => b.textContent?.includes('Clear'))!.click();
    await settle(el);
    expect(viewText(el)).to.not.contain('Recent searches');
    expect(localStorage.getItem('kompass:recent-searches:musterstadt')).to.equal(null);
  });

  it('shows Arabic results right to left, with German words still found', async () => {
    const el = await mountReader({ lang: 'ar' });
    const v = await search(el, 'Anmeldung');
    expect(getComputedStyle(root(v).querySelector('input')!).direction).to.equal('rtl');
    expect(titles(v)[0]).to.equal('مكتب المواطنين - المركز');
    const v2 = await search(el, 'شهادات');
    expect(root(v2).querySelector('mark')?.textContent).to.equal('شهادات');
    await expect(v2).to.be.accessible();
  });
});
