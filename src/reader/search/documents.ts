import type { LanguageCode, PackText } from '../../pack/types.js';
import { richTextToPlain } from '../../pack/plain-text.js';

/** What a search finds: an entry, a guide, a category or an information page. */
export type DocKind = 'entry' | 'guide' | 'category' | 'page';

/** `e:<id>`, `g:<id>`, `c:<id>`, `p:<id>` — the index's name for a document. */
export type DocKey = string;

export const docKey = (kind: DocKind, id: string): DocKey => `${kind[0]}:${id}`;
export function parseDocKey(key: DocKey): { kind: DocKind; id: string } {
  const kind = key[0] === 'e' ? 'entry' : key[0] === 'g' ? 'guide' : key[0] === 'p' ? 'page' : 'category';
  return { kind, id: key.slice(2) };
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

/** The part of a pack's base the index needs: which entries, guides, categories and pages there are. */
export interface IndexedBase {
  categories: readonly { id: string }[];
  entries: readonly { id: string; categories: string[] }[];
  guides: readonly { id: string }[];
  pages?: readonly { id: string }[];
}

/** Only the ids and categories of a base (what a worker needs to be sent). */
export function indexedBase(base: IndexedBase): IndexedBase {
  return {
    categories: base.categories.map(({ id }) => ({ id })),
    entries: base.entries.map(({ id, categories }) => ({ id, categories })),
    guides: base.guides.map(({ id }) => ({ id })),
    pages: (base.pages ?? []).map(({ id }) => ({ id })),
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
  for (const e of base.entries) docs.push(entryDoc(e.id, e.categories, texts));
  for (const g of base.guides) docs.push(guideDoc(g.id, texts));
  for (const p of base.pages ?? []) docs.push(pageDoc(p.id, texts));
  return docs;
}

/** The texts of one document (to find how a word was written, for "did you mean"). */
export function extractDocument(base: IndexedBase, texts: readonly PackText[], key: DocKey): SearchDoc | undefined {
  const { kind, id } = parseDocKey(key);
  if (kind === 'category') return base.categories.some((c) => c.id === id) ? categoryDoc(id, texts) : undefined;
  if (kind === 'guide') return base.guides.some((g) => g.id === id) ? guideDoc(id, texts) : undefined;
  if (kind === 'page') return base.pages?.some((p) => p.id === id) ? pageDoc(id, texts) : undefined;
  const e = base.entries.find((x) => x.id === id);
  return e && entryDoc(e.id, e.categories, texts);
}

function categoryDoc(id: string, texts: readonly PackText[]): SearchDoc {
  const fields: SearchField[] = [];
  for (const t of texts) add(fields, 'name', t.categories[id], t.lang);
  return { key: docKey('category', id), fields };
}

function entryDoc(id: string, categories: string[], texts: readonly PackText[]): SearchDoc {
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
  return { key: docKey('entry', id), fields };
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
