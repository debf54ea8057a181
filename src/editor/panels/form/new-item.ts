/** What "add" makes for each kind: the id it starts from and the item with its required fields empty. */
import type { Item } from '../../model.js';
import type { ListKind } from '../list.js';

/** The made-up id of a new item (until its name gives it one). */
export const NEW_ID: Record<ListKind, string> = {
  entry: 'neuer-eintrag',
  guide: 'neuer-leitfaden',
  category: 'neue-kategorie',
  page: 'neue-seite',
  event: 'neue-veranstaltung',
  notice: 'neuer-hinweis',
};

/** A new item of `kind`; `def` is the default language, `today` the town's date (events and notices start today). */
export function newItem(kind: ListKind, id: string, def: string, today: string): Item {
  // A text of its own for each field: one object shared by two fields would be one text
  // (structuredClone keeps the sharing), and typing the summary would change the name.
  const empty = () => ({ [def]: '' });
  const items: Record<ListKind, () => unknown> = {
    entry: () => ({ id, kind: 'other', categories: [], name: empty(), summary: empty() }),
    guide: () => ({ id, title: empty(), steps: [{ id: 'schritt-1', title: empty() }] }),
    category: () => ({ id, label: empty(), icon: 'info' }),
    page: () => ({ id, title: empty() }),
    event: () => ({ id, title: empty(), time: { dates: [today] } }),
    notice: () => ({ id, text: empty(), from: today, until: today }),
  };
  return items[kind]() as Item;
}
