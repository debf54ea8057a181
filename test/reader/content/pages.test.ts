import { expect } from '@open-wc/testing';
import { ContentSnapshot } from '../../../src/reader/content/snapshot.js';
import { ancestorPages, childPages, pageView } from '../../../src/reader/content/pages.js';
import { listProjection } from '../../../src/pack/text-projection.js';
import type { PackBase, PackManifest, PackText } from '../../../src/pack/types.js';

const manifest = { revision: 1, municipality: { id: 'musterstadt', name: { de: 'Musterstadt' }, defaultLanguage: 'de' }, languages: [] } as unknown as PackManifest;
const base: PackBase = {
  format: 'kompass-pack/1',
  hoursWindow: { from: '2026-01-01', until: '2026-12-31' },
  categories: [],
  entries: [],
  guides: [],
  synonyms: [],
  pages: [
    { id: 'ankommen', icon: 'info' },
    { id: 'anmelden', parent: 'ankommen', attachments: [{ url: 'https://example.org/merkblatt.pdf' }, { url: 'https://example.org/formular.pdf' }] },
    { id: 'wohnen', parent: 'ankommen', pages: ['anmelden'] },
    { id: 'wohngeld', parent: 'wohnen' },
    { id: 'arbeit', icon: 'briefcase' },
    // A damaged tree (the build refuses cycles; the reader must still not loop).
    { id: 'a', parent: 'b' },
    { id: 'b', parent: 'a' },
  ],
};
const text = (lang: string, pages: PackText['pages']): PackText => ({ format: 'kompass-pack/1', lang, categories: {}, entries: {}, guides: {}, pages });
const de = text('de', {
  ankommen: { title: 'Ankommen', text: [{ t: 'p', c: ['Willkommen in Musterstadt.'] }] },
  anmelden: { title: 'Wohnsitz anmelden', attachments: ['Merkblatt (PDF)', 'Formular (PDF)'] },
  wohnen: { title: 'Wohnen', text: [{ t: 'p', c: ['Eine Wohnung finden.'] }] },
  wohngeld: { title: 'Wohngeld' },
  arbeit: { title: 'Arbeit' },
});
const en = text('en', {
  ankommen: { title: 'Arriving' },
  anmelden: { title: 'Registering your address', attachments: ['Leaflet (PDF)', null] },
  wohnen: { title: 'Housing', text: [{ t: 'p', c: ['Finding a flat.'] }] },
});
const snapshot = () => new ContentSnapshot(manifest, base, new Map([['de', de], ['en', en]]));

describe('information pages in the content snapshot', () => {
  it('lists the first-level topics in order with icon and title, falling back to the default language', () => {
    expect(snapshot().topLevelPages('en')).to.deep.equal([
      { id: 'ankommen', icon: 'info', title: { value: 'Arriving', lang: 'en' } },
      { id: 'arbeit', icon: 'briefcase', title: { value: 'Arbeit', lang: 'de' } },
    ]);
  });

  it('gives the sub-pages in tree order and the ancestors topic first', () => {
    const s = snapshot();
    expect(childPages(s, 'ankommen', 'en').map((p) => p.title.value)).to.deep.equal(['Registering your address', 'Housing']);
    expect(childPages(s, 'arbeit', 'en')).to.deep.equal([]);
    expect(ancestorPages(s, 'wohngeld', 'en').map((p) => p.id)).to.deep.equal(['ankommen', 'wohnen']);
    expect(ancestorPages(s, 'ankommen', 'en')).to.deep.equal([]);
    expect(ancestorPages(s, 'a', 'en').map((p) => p.id)).to.deep.equal(['b'], 'a cycle ends');
  });

  it('gives a page with its text and attachment titles, each marked with its language', () => {
    const s = snapshot();
    const wohnen = pageView(s, 'wohnen', 'en')!;
    expect(wohnen.title).to.deep.equal({ value: 'Housing', lang: 'en' });
    expect(wohnen.text).to.deep.equal({ value: [{ t: 'p', c: ['Finding a flat.'] }], lang: 'en' });
    expect(wohnen.pages).to.deep.equal(['anmelden']);
    const ankommen = pageView(s, 'ankommen', 'en')!;
    expect(ankommen.title.lang).to.equal('en');
    expect(ankommen.text).to.deep.equal({ value: [{ t: 'p', c: ['Willkommen in Musterstadt.'] }], lang: 'de' }, 'text falls back on its own');
    expect(pageView(s, 'anmelden', 'en')!.attachments).to.deep.equal([
      { url: 'https://example.org/merkblatt.pdf', title: { value: 'Leaflet (PDF)', lang: 'en' } },
      { url: 'https://example.org/formular.pdf', title: { value: 'Formular (PDF)', lang: 'de' } },
    ]);
    expect(pageView(s, 'nope', 'en')).to.equal(undefined);
  });

  it('works for a pack without pages', () => {
    const s = new ContentSnapshot(manifest, { ...base, pages: undefined }, new Map([['de', text('de', undefined)]]));
    expect(s.topLevelPages('de')).to.deep.equal([]);
    expect(pageView(s, 'ankommen', 'de')).to.equal(undefined);
  });

  it('lists need only page titles: the projection drops page texts and keeps attachment titles', () => {
    expect(listProjection(de).pages!.wohnen).to.deep.equal({ title: 'Wohnen' });
    expect(listProjection(en).pages!.anmelden).to.deep.equal({ title: 'Registering your address', attachments: ['Leaflet (PDF)', null] });
  });
});
