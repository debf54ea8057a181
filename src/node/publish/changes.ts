/** What a publish changed, item by item (node only: it compares canonical JSON). */
import { canonicalJson } from '../build/build-pack.js';
import type { SourceContent } from '../../pack/types.js';

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

function diffItems<T extends { id: string }>(before: T[], after: T[]): ItemChanges {
  const old = new Map(before.map((x) => [x.id, canonicalJson(x)]));
  const now = new Map(after.map((x) => [x.id, canonicalJson(x)]));
  return {
    added: [...now.keys()].filter((id) => !old.has(id)),
    changed: [...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id)),
    removed: [...old.keys()].filter((id) => !now.has(id)),
  };
}

export function diffContent(before: SourceContent | undefined, after: SourceContent): Changes {
  return {
    municipality: canonicalJson(before?.municipality ?? null) !== canonicalJson(after.municipality),
    categories: diffItems(before?.categories ?? [], after.categories),
    entries: diffItems(before?.entries ?? [], after.entries),
    guides: diffItems(before?.guides ?? [], after.guides),
    synonyms: canonicalJson(before?.synonyms ?? []) !== canonicalJson(after.synonyms),
  };
}
