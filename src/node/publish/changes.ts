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

/** Canonical JSON by id, in list order (a repeated id: its place first seen, its last value). */
type ItemJson = Map<string, string>;

function diffItems(old: ItemJson, now: ItemJson): ItemChanges {
  return {
    added: [...now.keys()].filter((id) => !old.has(id)),
    changed: [...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id)),
    removed: [...old.keys()].filter((id) => !now.has(id)),
  };
}

const jsonById = <T extends { id: string }>(list: readonly T[] | undefined): ItemJson => new Map((list ?? []).map((x) => [x.id, canonicalJson(x)]));

/** What changed from `before` to `after`, every item compared (a change set: `diffChangeSet`, which compares only its own items). */
export function diffContent(before: SourceContent | undefined, after: SourceContent): Changes {
  return {
    municipality: canonicalJson(before?.municipality ?? null) !== canonicalJson(after.municipality),
    categories: diffItems(jsonById(before?.categories), jsonById(after.categories)),
    entries: diffItems(jsonById(before?.entries), jsonById(after.entries)),
    guides: diffItems(jsonById(before?.guides), jsonById(after.guides)),
    synonyms: canonicalJson(before?.synonyms ?? []) !== canonicalJson(after.synonyms),
  };
}

/** A change set's items of `s`, as canonical JSON by `kind:id` (`municipality` first), each list in its order. */
function touchedJson(s: SourceContent | undefined, touched: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  if (touched.has('municipality')) out.set('municipality', canonicalJson(s?.municipality ?? null));
  for (const [kind, list] of Object.entries(SOURCE_LISTS)) for (const x of (s?.[list] ?? []) as { id: string }[]) if (touched.has(`${kind}:${x.id}`)) out.set(`${kind}:${x.id}`, canonicalJson(x));
  return out;
}

/**
 * What a change set changed (as `diffContent` says it), and whether it changed nothing at all
 * (its items all as they were: then publishing it changes nothing); each item serialised once.
 */
export function diffChangeSet(before: SourceContent | undefined, after: SourceContent, touched: ReadonlySet<string>): { changes: Changes; nothing: boolean } {
  const old = touchedJson(before, touched);
  const now = touchedJson(after, touched);
  const ofKind = (all: Map<string, string>, kind: string): ItemJson => new Map([...all].filter(([k]) => k.startsWith(`${kind}:`)).map(([k, json]) => [k.slice(kind.length + 1), json]));
  const items = (kind: string) => diffItems(ofKind(old, kind), ofKind(now, kind));
  return {
    changes: {
      municipality: touched.has('municipality') && old.get('municipality') !== now.get('municipality'),
      categories: items('category'),
      entries: items('entry'),
      guides: items('guide'),
      synonyms: false,
    },
    nothing: [...touched].every((k) => (old.get(k) ?? 'null') === (now.get(k) ?? 'null')),
  };
}
