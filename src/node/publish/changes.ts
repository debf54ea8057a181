/** What a publish changed, item by item (node only: it compares canonical JSON). */
import { canonicalJson } from '../build/build-pack.js';
import type { SourceContent } from '../../pack/types.js';
import { SOURCE_LISTS } from '../../authoring/change-set.js';

export interface ItemChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

export interface Changes {
  municipality: boolean;
  categories: ItemChanges;
  entries: ItemChanges;
  guides: ItemChanges;
  synonyms: boolean;
}

function diffItems<T extends { id: string }>(before: T[], after: T[], only?: (id: string) => boolean): ItemChanges {
  const old = new Map(before.filter((x) => !only || only(x.id)).map((x) => [x.id, canonicalJson(x)]));
  const now = new Map(after.filter((x) => !only || only(x.id)).map((x) => [x.id, canonicalJson(x)]));
  return {
    added: [...now.keys()].filter((id) => !old.has(id)),
    changed: [...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id)),
    removed: [...old.keys()].filter((id) => !now.has(id)),
  };
}

/**
 * What changed from `before` to `after`. With `touched` (the `kind:id` keys and `municipality`
 * of a change set), only those items can have changed, and only they are compared: a publish of
 * one entry does not serialise 5,000.
 */
export function diffContent(before: SourceContent | undefined, after: SourceContent, touched?: ReadonlySet<string>): Changes {
  const only = (kind: string) => (touched ? (id: string) => touched.has(`${kind}:${id}`) : undefined);
  return {
    municipality: (!touched || touched.has('municipality')) && canonicalJson(before?.municipality ?? null) !== canonicalJson(after.municipality),
    categories: diffItems(before?.categories ?? [], after.categories, only('category')),
    entries: diffItems(before?.entries ?? [], after.entries, only('entry')),
    guides: diffItems(before?.guides ?? [], after.guides, only('guide')),
    synonyms: !touched && canonicalJson(before?.synonyms ?? []) !== canonicalJson(after.synonyms),
  };
}

/** Whether a change set's items are all as they were: then publishing it changes nothing. */
export function changesNothing(before: SourceContent, after: SourceContent, touched: ReadonlySet<string>): boolean {
  const items = (s: SourceContent) => {
    const out = new Map<string, unknown>([['municipality', s.municipality]]);
    for (const [kind, list] of Object.entries(SOURCE_LISTS)) for (const x of (s[list] ?? []) as { id: string }[]) if (touched.has(`${kind}:${x.id}`)) out.set(`${kind}:${x.id}`, x);
    return out;
  };
  const a = items(before);
  const b = items(after);
  return [...touched].every((k) => canonicalJson(a.get(k) ?? null) === canonicalJson(b.get(k) ?? null));
}
