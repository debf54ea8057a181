import type { BasePage, LanguageCode, RichText } from '../../pack/types.js';
import type { ContentSnapshot, Localized } from './snapshot.js';

/** What a list of pages shows: the title (with the language it is in) and the icon. */
export interface PageLink {
  id: string;
  icon?: string;
  title: Localized;
}

export interface PageView extends BasePage {
  title: Localized;
  text?: Localized<RichText>;
  /** Attachments whose URL the view still passes through `safeHref`; the title falls back to the URL. */
  attachments: { url: string; title: Localized }[];
}

interface Tree {
  byId: Map<string, BasePage>;
  /** Children in tree order; `''` holds the first level. */
  children: Map<string, BasePage[]>;
}

/** One index per snapshot: a snapshot never changes, a new revision is a new snapshot. */
const trees = new WeakMap<ContentSnapshot, Tree>();

function tree(snapshot: ContentSnapshot): Tree {
  let t = trees.get(snapshot);
  if (!t) {
    t = { byId: new Map(), children: new Map() };
    // `base.pages` is in tree order, so each list of children comes out in the editor's order.
    for (const p of Array.isArray(snapshot.base.pages) ? snapshot.base.pages : []) {
      if (typeof p?.id !== 'string' || t.byId.has(p.id)) continue;
      t.byId.set(p.id, p);
      const key = p.parent ?? '';
      t.children.set(key, [...(t.children.get(key) ?? []), p]);
    }
    trees.set(snapshot, t);
  }
  return t;
}

function link(snapshot: ContentSnapshot, p: BasePage, lang: LanguageCode): PageLink {
  return { id: p.id, icon: p.icon, title: snapshot.pageTitle(p.id, lang) };
}

/** The first-level topics in order: `ContentSnapshot.topLevelPages` (home needs them in the first download). */

/** The sub-pages of a page, in order. */
export function childPages(snapshot: ContentSnapshot, id: string, lang: LanguageCode): PageLink[] {
  return (tree(snapshot).children.get(id) ?? []).map((p) => link(snapshot, p, lang));
}

/** The pages above a page, the topic first (for breadcrumbs); stops at a missing parent or a cycle. */
export function ancestorPages(snapshot: ContentSnapshot, id: string, lang: LanguageCode): PageLink[] {
  const { byId } = tree(snapshot);
  const out: PageLink[] = [];
  const seen = new Set([id]);
  for (let p = byId.get(byId.get(id)?.parent ?? ''); p && !seen.has(p.id); p = byId.get(p.parent ?? '')) {
    seen.add(p.id);
    out.unshift(link(snapshot, p, lang));
  }
  return out;
}

/** A page with its texts in `lang`, else the default language (each says which). */
export function pageView(snapshot: ContentSnapshot, id: string, lang: LanguageCode): PageView | undefined {
  const p = tree(snapshot).byId.get(id);
  if (!p) return undefined;
  return {
    ...p,
    title: link(snapshot, p, lang).title,
    text: snapshot.localize(lang, (t) => t.pages?.[id]?.text, true),
    attachments: (p.attachments ?? []).map((a, i) => ({
      url: a.url,
      title: snapshot.localize(lang, (t) => t.pages?.[id]?.attachments?.[i] ?? undefined) ?? { value: a.url, lang: snapshot.defaultLanguage },
    })),
  };
}
