import type { LanguageCode, PackText } from '../../pack/types.js';
import { richTextToPlain } from '../../pack/plain-text.js';
import { conceptWords } from './lexicon.js';

/** What a search finds: an entry, a guide, a category, an information page or an event. */
export type DocKind = 'entry' | 'guide' | 'category' | 'page' | 'event';

/** `e:<id>`, `g:<id>`, `c:<id>`, `p:<id>`, `v:<id>` — the index's name for a document. */
export type DocKey = string;

const PREFIX: Record<DocKind, string> = { entry: 'e', guide: 'g', category: 'c', page: 'p', event: 'v' };
const KIND_OF: Record<string, DocKind> = { e: 'entry', g: 'guide', c: 'category', p: 'page', v: 'event' };

export const docKey = (kind: DocKind, id: string): DocKey => `${PREFIX[kind]}:${id}`;
export function parseDocKey(key: DocKey): { kind: DocKind; id: string } {
  return { kind: KIND_OF[key[0]!] ?? 'category', id: key.slice(2) };
}

/**
 * How much a word counts by where it stands: names (and titles, category labels) most, then
 * editors' keywords, the categories an entry is in, the summary; long texts least.
 */
export const FIELD_WEIGHTS = {
  name: 6,
  keywords: 4,
  category: 2.5,
  summary: 2,
  heading: 1.5,
  text: 1,
} as const;
export type Field = keyof typeof FIELD_WEIGHTS;

export interface SearchField {
  field: Field;
  text: string;
  /** The language the text is in (its stop words are left out of the index). */
  lang: LanguageCode;
}

export interface SearchDoc {
  key: DocKey;
  fields: SearchField[];
}

/** Where something is, as far as search cares: the street and the town are words people type. */
interface IndexedAddress {
  street: string;
  postalCode: string;
  city: string;
}

/** The part of a pack's base the index needs: which entries, guides, categories, pages and events there are. */
export interface IndexedBase {
  categories: readonly { id: string }[];
  entries: readonly { id: string; categories: string[]; address?: IndexedAddress | undefined; concepts?: readonly string[] | undefined }[];
  guides: readonly { id: string }[];
  pages?: readonly { id: string }[];
  events?: readonly { id: string; place?: string | undefined; address?: IndexedAddress | undefined }[];
}

const addressOnly = (a: IndexedAddress | undefined) => a && { street: a.street, postalCode: a.postalCode, city: a.city };

/** Only what the index reads of a base (what a worker needs to be sent). */
export function indexedBase(base: IndexedBase): IndexedBase {
  return {
    categories: base.categories.map(({ id }) => ({ id })),
    entries: base.entries.map(({ id, categories, address, concepts }) => ({ id, categories, address: addressOnly(address), ...(concepts?.length ? { concepts } : {}) })),
    guides: base.guides.map(({ id }) => ({ id })),
    pages: (base.pages ?? []).map(({ id }) => ({ id })),
    events: (base.events ?? []).map(({ id, place, address }) => ({ id, place, address: addressOnly(address) })),
  };
}

/**
 * The searchable texts of a pack in the given languages (the reader's and the default one):
 * one document per entry, guide, category and page, with every language's text in it, so a German
 * word finds the place while the reader reads it in Arabic.
 */
export function extractDocuments(base: IndexedBase, texts: readonly PackText[]): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const c of base.categories) docs.push(categoryDoc(c.id, texts));
  for (const e of base.entries) docs.push(entryDoc(e, texts));
  for (const g of base.guides) docs.push(guideDoc(g.id, texts));
  for (const p of base.pages ?? []) docs.push(pageDoc(p.id, texts));
  for (const e of base.events ?? []) docs.push(eventDoc(e, base, texts));
  return docs;
}

/** The texts of one document (to find how a word was written, for "did you mean"). */
export function extractDocument(base: IndexedBase, texts: readonly PackText[], key: DocKey): SearchDoc | undefined {
  const { kind, id } = parseDocKey(key);
  if (kind === 'category') return base.categories.some((c) => c.id === id) ? categoryDoc(id, texts) : undefined;
  if (kind === 'guide') return base.guides.some((g) => g.id === id) ? guideDoc(id, texts) : undefined;
  if (kind === 'page') return base.pages?.some((p) => p.id === id) ? pageDoc(id, texts) : undefined;
  if (kind === 'event') {
    const ev = base.events?.find((x) => x.id === id);
    return ev && eventDoc(ev, base, texts);
  }
  const e = base.entries.find((x) => x.id === id);
  return e && entryDoc(e, texts);
}

function categoryDoc(id: string, texts: readonly PackText[]): SearchDoc {
  const fields: SearchField[] = [];
  for (const t of texts) add(fields, 'name', t.categories[id], t.lang);
  return { key: docKey('category', id), fields };
}

function entryDoc(entry: IndexedBase['entries'][number], texts: readonly PackText[]): SearchDoc {
  const { id, categories } = entry;
  const fields: SearchField[] = [];
  for (const t of texts) {
    const e = t.entries[id];
    if (e) {
      add(fields, 'name', e.name, t.lang);
      add(fields, 'keywords', e.keywords?.join(' · '), t.lang);
      add(fields, 'summary', e.summary, t.lang);
      add(fields, 'text', richTextToPlain(e.description), t.lang);
      add(fields, 'text', e.addressExtra, t.lang);
      add(fields, 'text', e.gettingThere, t.lang);
    }
    for (const c of categories) add(fields, 'category', t.categories[c], t.lang);
  }
  addAddress(fields, entry.address, texts);
  // The built-in needs it answers, as the words a query's concepts expand to (lexicon.ts).
  if (entry.concepts?.length) add(fields, 'keywords', entry.concepts.map(conceptWords).join(' · '), 'en');
  return { key: docKey('entry', id), fields };
}

/**
 * An event: its title as a name, its description, cost and the words of its place — the place
 * entry's name ("Sprachcafé im Rathaus") and the street — as text.
 */
function eventDoc(event: NonNullable<IndexedBase['events']>[number], base: IndexedBase, texts: readonly PackText[]): SearchDoc {
  const fields: SearchField[] = [];
  const place = event.place ? base.entries.find((e) => e.id === event.place) : undefined;
  for (const t of texts) {
    const ev = t.events?.[event.id];
    if (ev) {
      add(fields, 'name', ev.title, t.lang);
      add(fields, 'text', richTextToPlain(ev.description), t.lang);
      add(fields, 'text', ev.addressExtra, t.lang);
    }
    if (place) add(fields, 'text', t.entries[place.id]?.name, t.lang);
  }
  addAddress(fields, event.address ?? place?.address, texts);
  return { key: docKey('event', event.id), fields };
}

/** Street and town, once (names of places are the same in every language), in the default language's words. */
function addAddress(fields: SearchField[], address: IndexedAddress | undefined, texts: readonly PackText[]): void {
  const lang = texts[texts.length - 1]?.lang;
  if (address && lang) add(fields, 'text', `${address.street} ${address.postalCode} ${address.city}`, lang);
}

function guideDoc(id: string, texts: readonly PackText[]): SearchDoc {
  const fields: SearchField[] = [];
  for (const t of texts) {
    const g = t.guides[id];
    if (!g) continue;
    add(fields, 'name', g.title, t.lang);
    add(fields, 'text', richTextToPlain(g.intro), t.lang);
    for (const s of Object.values(g.steps ?? {})) {
      add(fields, 'heading', s.title, t.lang);
      add(fields, 'heading', s.documents?.join(' · '), t.lang);
      add(fields, 'text', richTextToPlain(s.text), t.lang);
    }
  }
  return { key: docKey('guide', id), fields };
}

/** A page: its title counts as a name, attachment titles as headings, its text as text. */
function pageDoc(id: string, texts: readonly PackText[]): SearchDoc {
  const fields: SearchField[] = [];
  for (const t of texts) {
    const p = t.pages?.[id];
    if (!p) continue;
    add(fields, 'name', p.title, t.lang);
    add(fields, 'heading', p.attachments?.filter((a) => typeof a === 'string').join(' · '), t.lang);
    add(fields, 'text', richTextToPlain(p.text), t.lang);
  }
  return { key: docKey('page', id), fields };
}

function add(fields: SearchField[], field: Field, text: string | undefined, lang: LanguageCode): void {
  if (text) fields.push({ field, text, lang });
}
