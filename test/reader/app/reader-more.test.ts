import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { KompassApp, KompassErrorEvent } from '../../../src/index.js';
import { deepQueryAll, mountReader, settle, view, viewText } from '../../support/reader.js';

const MIGRATION_EN = 'Migration counselling for adults';

function listTitles(el: KompassApp): string[] {
  const list = view(el)!.shadowRoot!.querySelector('kompass-entry-list')!;
  return [...list.shadowRoot!.querySelectorAll('.title')].map((n) => n.textContent!.trim());
}

describe('<kompass-app> filters, settings and device features', () => {
  it('filters a category by wheelchair access and by a language spoken on site', async () => {
    const el = await mountReader();
    el.navigate('/category/behoerden');
    await settle(el);
    expect(listTitles(el)).to.have.length(3);
    const list = view(el)!.shadowRoot!.querySelector('kompass-entry-list')!;
    const wheelchair = [...list.shadowRoot!.querySelectorAll('label')].find((l) => l.textContent!.includes('Wheelchair'))!.querySelector('input')!;
    wheelchair.click();
    await (list as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(listTitles(el)).to.deep.equal(["Citizens' Office Centre"]);
    expect(list.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('1 place');
    wheelchair.click();
    const select = [...list.shadowRoot!.querySelectorAll('select')][0]!;
    expect([...select.options].map((o) => o.textContent)).to.include('العربية');
    select.value = 'ar';
    select.dispatchEvent(new Event('change'));
    await (list as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(listTitles(el)).to.deep.equal([MIGRATION_EN]); // the only one with Arabic spoken on site
    await expect(el).to.be.accessible();
  });

  it('downloads another language from settings, then shows it as saved', async () => {
    const el = await mountReader();
    el.navigate('/settings');
    await settle(el);
    const row = () => [...view(el)!.shadowRoot!.querySelectorAll('tbody tr')].find((r) => r.textContent!.includes('العربية'))!;
    expect(row().querySelector('button')!.textContent).to.contain('Download');
    row().querySelector('button')!.click();
    await waitUntil(() => row().textContent!.includes('Saved'), 'Arabic was not saved', { timeout: 5000 });
    expect(viewText(el)).to.contain('Version of the information');
  });

  it('deletes the data on this device after asking, and loads it again', async () => {
    const el = await mountReader();
    el.navigate('/settings');
    await settle(el);
    const button = (text: string) => deepQueryAll<HTMLButtonElement>(view(el)!.shadowRoot!, 'button').find((b) => b.textContent!.includes(text))!;
    button('Delete data on this device').click();
    await settle(el);
    expect(viewText(el)).to.contain('Delete all saved information');
    button('Yes, delete').click();
    await waitUntil(() => el.shadowRoot!.textContent!.includes('has been deleted'), 'no confirmation', { timeout: 5000 });
    await el.ready();
    await waitUntil(() => view(el) !== null, 'the content did not come back', { timeout: 5000 });
  });

  it('says so when the device has no voice to read aloud in the content\'s language', async () => {
    const el = await mountReader({ lang: 'ar' });
    el.navigate('/entry/buergerbuero');
    await settle(el);
    // A device with only an English voice.
    const getVoices = speechSynthesis.getVoices;
    speechSynthesis.getVoices = () => [{ lang: 'en-US', name: 'English', default: true, localService: true, voiceURI: 'en' } as SpeechSynthesisVoice];
    try {
      const read = deepQueryAll<HTMLButtonElement>(view(el)!.shadowRoot!, 'button').find((b) => b.getAttribute('aria-pressed') !== null)!;
      read.click();
      await waitUntil(() => (view(el)!.shadowRoot!.querySelector('[role=status]')?.textContent ?? '').trim().length > 0, 'no message', { timeout: 3000 });
      const ar = (await import('../../../locales/ar/kompass.json')).default as { entry: { noVoice: string } };
      expect(view(el)!.shadowRoot!.querySelector('[role=status]')!.textContent!.trim()).to.equal(ar.entry.noVoice);
    } finally {
      speechSynthesis.getVoices = getVoices;
    }
  });

  it('works without IndexedDB: content in memory and a visible notice', async () => {
    const original = indexedDB.open;
    indexedDB.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    try {
      localStorage.clear();
      const el = document.createElement('kompass-app');
      el.setAttribute('lang', 'en');
      el.setAttribute('routing', 'memory');
      el.storeName = `no-idb-${Date.now()}`;
      el.setAttribute('src', '/test/fixtures/.packs/small/manifest.json');
      document.body.append(el);
      try {
        await el.ready();
        await waitUntil(() => view(el) !== null, 'no content without IndexedDB', { timeout: 5000 });
        await settle(el);
        expect(viewText(el)).to.contain('Welcome to Musterstadt');
        expect(el.shadowRoot!.textContent).to.contain('does not let Kompass save data');
      } finally {
        el.remove();
      }
    } finally {
      indexedDB.open = original;
    }
  });

  it('reports a pack it cannot load as kompass-error, naming the file', async () => {
    const el = await mountReader();
    const errors: KompassErrorEvent[] = [];
    el.addEventListener('kompass-error', (e) => errors.push(e as KompassErrorEvent));
    el.setAttribute('src', '/test/fixtures/.packs/does-not-exist/manifest.json');
    const failed = oneEvent(el, 'kompass-error');
    await failed;
    expect(errors[0]!.code).to.equal('http');
    expect(errors[0]!.detail).to.contain('does-not-exist/manifest.json');
    // The previous pack's content is not shown for the new source.
    await el.ready();
    expect(view(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part=content]')!.textContent).to.contain('could not be loaded');
  });

  it('starts from stored content with the list texts, then shows descriptions and guide steps', async () => {
    const first = await mountReader();
    const storeName = first.storeName!;
    first.remove();
    const el = document.createElement('kompass-app');
    el.setAttribute('lang', 'en');
    el.setAttribute('routing', 'memory');
    el.storeName = storeName;
    el.setAttribute('src', '/test/fixtures/.packs/small/manifest.json');
    document.body.append(el);
    try {
      await el.ready();
      el.navigate('/entry/buergerbuero');
      await waitUntil(() => view(el)?.localName === 'kompass-entry-view', 'no entry view', { timeout: 5000 });
      await waitUntil(() => viewText(el).includes('What to bring'), 'the description never arrived', { timeout: 5000 });
      el.navigate('/guide/ankommen');
      await waitUntil(() => viewText(el).includes('Register within two weeks'), 'the guide steps never arrived', { timeout: 5000 });
    } finally {
      el.remove();
    }
  });

  it('with Save-Data on, asks before downloading another language and says how big it is', async () => {
    const el = await mountReader();
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
    try {
      const select = el.shadowRoot!.querySelector<HTMLSelectElement>('header select')!;
      select.value = 'ar';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => !!el.shadowRoot!.querySelector('[role=alertdialog]'), 'no question before the download', { timeout: 5000 });
      const dialog = el.shadowRoot!.querySelector('[role=alertdialog]')!;
      expect(dialog.textContent).to.match(/العربية|Arabic/);
      expect(dialog.textContent).to.match(/\d/); // the size
      await expect(el).to.be.accessible();
      [...dialog.querySelectorAll('button')].find((b) => b.classList.contains('button'))!.click();
      await waitUntil(() => viewText(el).includes('الخطوات الأولى في موسترشتات'), 'Arabic did not arrive after saying yes', { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('[role=alertdialog]')).to.equal(null);
    } finally {
      delete (navigator as unknown as { connection?: unknown }).connection;
    }
  });
});
